import * as vscode from 'vscode';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MarkState } from '../../src/extension/decorations';
import type { PolicyLensApi } from '../../src/extension/extension';
import type { ArticleSnapshot } from '../../src/extension/snapshot';

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

/** Polls `check` until it holds: only for state without an event (extension activation). */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function waitForEvent<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = event((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

/** The marks of an article once they satisfy `ready` (now, or after the next matching update). */
export async function marksWhen(api: PolicyLensApi, uri: vscode.Uri, ready: (s: MarkState) => boolean = () => true, what = 'marks'): Promise<MarkState> {
  const now = api.marks(uri);
  if (now && ready(now)) return now;
  return (await waitForEvent(api.onDidApplyMarks, (e) => e.uri.toString() === uri.toString() && ready(e.state), what)).state;
}

/** The snapshot of an article once it satisfies `ready`. */
export async function snapshotWhen(api: PolicyLensApi, uri: vscode.Uri, ready: (s: ArticleSnapshot) => boolean, what = 'snapshot'): Promise<ArticleSnapshot> {
  const now = api.snapshot(uri);
  if (now && ready(now)) return now;
  return waitForEvent(api.onDidChangeSnapshot, (s) => s.uri.toString() === uri.toString() && ready(s), what);
}

/** Resolves once the sidecar of `article` has been written. */
export function sidecarWritten(api: PolicyLensApi, article: vscode.Uri, what = 'sidecar write'): Promise<vscode.Uri> {
  const sidecar = api.sidecarUri(article).toString();
  return waitForEvent(api.onDidWriteSidecar, (u) => u.toString() === sidecar, what);
}

/** Copies a fixture article to a fresh name in the workspace, so each suite has its own sidecar. */
export function copyArticle(from: string, to: string, transform: (text: string) => string = (t) => t): vscode.Uri {
  const root = workspaceRoot().fsPath;
  const text = readFileSync(join(root, 'articles', from), 'utf8');
  mkdirSync(join(root, dirname(to)), { recursive: true });
  writeFileSync(join(root, to), transform(text));
  return fixtureUri(...to.split('/'));
}

export function spanOf(text: string, needle: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${occurrence}) is not in the article`);
  }
  return [at, at + needle.length];
}

export function hasSpan(list: readonly [number, number][] | undefined, span: [number, number]): boolean {
  return (list ?? []).some(([s, e]) => s === span[0] && e === span[1]);
}

export function readSidecar(api: PolicyLensApi, article: vscode.Uri): string | undefined {
  const path = api.sidecarUri(article).fsPath;
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The article's Policy Lens diagnostics. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Policy Lens');
}

/** The article's Policy Lens diagnostics once they satisfy `ready`. */
export async function diagnosticsWhen(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  if (ready(ours(uri))) return ours(uri);
  await waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()) && ready(ours(uri)), what);
  return ours(uri);
}
