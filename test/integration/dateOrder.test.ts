import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../src/extension/extension';
import type { ArticleSnapshot } from '../../src/extension/snapshot';
import { activeApi, diagnosticsWhen, fixtureUri, setSetting, snapshotWhen, spanOf, workspaceRoot } from './helpers';

const AMBIGUOUS = '04/05/2025';
const PLAIN = `---\ndate: 2026-02-10\n---\n\nThe decree of ${AMBIGUOUS} took effect after a long debate.\n`;
const FRONTED = `---\ndate: 2026-02-10\ndateOrder: DMY\n---\n\nThe decree of ${AMBIGUOUS} took effect after a long debate.\n`;

function writeWorkspaceFile(path: string, text: string): vscode.Uri {
  const file = join(workspaceRoot().fsPath, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return fixtureUri(...path.split('/'));
}

/** The normalised form of the ambiguous date in a snapshot (undefined: no such mention). */
function normalizedIn(s: ArticleSnapshot): string | null | undefined {
  const m = s.mentions.find((x) => x.kind === 'date' && x.text === AMBIGUOUS);
  return m?.kind === 'date' ? m.normalized : undefined;
}



describe('Date order setting', function () {
  this.timeout(120_000);
  let api: PolicyLensApi;
  let plain: vscode.Uri;
  let fronted: vscode.Uri;

  before(async () => {
    api = await activeApi();
    await setSetting('dateOrder', 'auto');
    plain = writeWorkspaceFile('date-order/plain.md', PLAIN);
    fronted = writeWorkspaceFile('date-order/fronted.md', FRONTED);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fronted), { preview: false });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plain), { preview: false });
  });

  after(async () => {
    await setSetting('dateOrder', undefined);
    await setSetting('diagnostics', undefined);
    // Leave the workspace as the other suites expect it: these articles closed and gone.
    const ours = new Set([plain.toString(), fronted.toString()]);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && ours.has(t.input.uri.toString()));
    await vscode.window.tabGroups.close(tabs);
    rmSync(join(workspaceRoot().fsPath, 'date-order'), { recursive: true, force: true });
  });

  it('leaves an ambiguous numeric date unresolved with auto and says why (hover, ambiguous-date finding)', async () => {
    const s = await snapshotWhen(api, plain, (x) => normalizedIn(x) === null, 'the ambiguous date, unresolved');
    assert.equal(normalizedIn(s), null);
    const doc = await vscode.workspace.openTextDocument(plain);
    const [start] = spanOf(PLAIN, AMBIGUOUS);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plain, doc.positionAt(start + 1));
    const md = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(md, /day\\?-month order unknown/);
    await setSetting('diagnostics', 'all');
    const diags = await diagnosticsWhen(plain, (d) => d.some((x) => x.code === 'ambiguous-date'), 'ambiguous-date as a diagnostic');
    const d = diags.find((x) => x.code === 'ambiguous-date')!;
    assert.equal(doc.getText(d.range), AMBIGUOUS);
    assert.match(d.message, /4 May or 5 April 2025/);
  });

  it('re-resolves the open article when the setting changes, and the front matter still wins', async () => {
    await setSetting('dateOrder', 'dmy');
    const dmy = await snapshotWhen(api, plain, (x) => normalizedIn(x) === '2025-05-04', 'day first after the setting changed to dmy');
    assert.equal(normalizedIn(dmy), '2025-05-04');
    // The finding goes once the order is known.
    await diagnosticsWhen(plain, (d) => !d.some((x) => x.code === 'ambiguous-date'), 'no ambiguous-date once dmy is set');
    const frontBefore = await snapshotWhen(api, fronted, (x) => normalizedIn(x) !== undefined, 'the front-matter article analysed');
    await setSetting('dateOrder', 'mdy');
    const mdy = await snapshotWhen(api, plain, (x) => normalizedIn(x) === '2025-04-05', 'month first after the setting changed to mdy');
    assert.equal(normalizedIn(mdy), '2025-04-05');
    // The article whose front matter says DMY is analysed again under mdy and keeps day first.
    const front = await snapshotWhen(api, fronted, (x) => x !== frontBefore, 'the front-matter article analysed again under mdy');
    assert.equal(normalizedIn(front), '2025-05-04');
  });
});
