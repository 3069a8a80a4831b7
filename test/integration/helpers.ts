import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyLensApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'policy-lens.policy-lens';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return folder.uri;
}

export function fixtureUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

export async function openArticle(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(...segments));
  return vscode.window.showTextDocument(doc);
}

export async function activeApi(): Promise<PolicyLensApi> {
  const ext = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}

/**
 * Asks the launcher for a screenshot of the live workbench and waits until it was taken.
 * Without a launcher that listens (e.g. test:electron) this returns at once.
 */
export async function screenshot(name: string): Promise<void> {
  const signals = process.env.POLICY_LENS_TEST_SIGNALS;
  if (!signals) return;
  console.log(`__POLICY_LENS_SCREENSHOT__:${name}`);
  const done = join(signals, `${name}.done`);
  const deadline = Date.now() + 30_000;
  while (!existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`the launcher did not take screenshot ${name}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
