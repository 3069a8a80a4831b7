// Entry point loaded by the VS Code extension host (extensionTestsPath). Runs every
// *.test.js bundle next to this file with mocha and reports the counts to the launcher.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.POLICY_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  console.log(`Running the Policy Lens integration suite in VS Code ${vscode.version} (${vscode.env.appHost}, ui kind ${vscode.UIKind[vscode.env.uiKind]})`);
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
      const results = process.env.POLICY_LENS_TEST_RESULTS;
      if (results) writeFileSync(results, JSON.stringify({ passed: passes, failed, pending }));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
