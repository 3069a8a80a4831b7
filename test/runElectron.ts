// The same integration suite through @vscode/test-electron, for machines that can download VS Code.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const workspace = join(mkdtempSync(join(tmpdir(), 'policy-lens-')), 'ws');
  cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  cpSync(join(root, 'samples'), join(workspace, 'samples'), { recursive: true });
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/integration/index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { POLICY_LENS_TEST_WORKSPACE: workspace },
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
