import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { activeApi, copyArticle, marksWhen, readSidecar, setSetting, sidecarWritten, snapshotWhen, spanOf, workspaceRoot } from './helpers';

async function hoverText(uri: vscode.Uri, doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

describe('audit trail of figure checks', () => {
  after(() => setSetting('author', undefined));

  it('records who verified a figure and when, and shows it with its source as a link', async () => {
    const api = await activeApi();
    await setSetting('author', 'Desk Reviewer');
    const uri = copyArticle('lithium-talks.md', 'audit/lithium.md');
    mkdirSync(join(workspaceRoot().fsPath, 'audit', 'sources'), { recursive: true });
    writeFileSync(join(workspaceRoot().fsPath, 'audit', 'sources', 'exports.md'), 'Export figures\n\nChile: 12 percent of the market\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await marksWhen(api, uri, (s) => Object.keys(s.marks).length > 0);
    const text = doc.getText();
    const [start, end] = spanOf(text, '$2.5 billion');

    let written = sidecarWritten(api, uri, 'verified figure written');
    await vscode.commands.executeCommand('policyLens.verifyFigure', { uri: uri.toString(), start, end }, 'https://example.org/finance-ministry-release');
    await written;
    const a = parseSidecar(readSidecar(api, uri)!).sidecar!.annotations.find((x) => x.quote.exact === '$2.5 billion')!;
    assert.equal(a.checkedBy, 'Desk Reviewer');
    assert.match(a.checkedAt ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    await snapshotWhen(api, uri, (s) => s.mentions.some((m) => m.start === start && m.checkedBy === 'Desk Reviewer'), 'checked figure');
    const md = await hoverText(uri, doc, start + 1);
    assert.match(md, /verified by Desk Reviewer on \d{1,2} [A-Z][a-z]+ \d{4}/);
    assert.ok(md.includes('](https://example.org/finance-ministry-release)'), `the web source is a link: ${md}`);

    const [ps, pe] = spanOf(text, '12 percent');
    written = sidecarWritten(api, uri, 'disputed figure written');
    await vscode.commands.executeCommand('policyLens.disputeFigure', { uri: uri.toString(), start: ps, end: pe }, 'sources/exports.md:3');
    await written;
    await snapshotWhen(api, uri, (s) => s.mentions.some((m) => m.start === ps && m.source === 'sources/exports.md:3'), 'sourced figure');
    const md2 = await hoverText(uri, doc, ps + 1);
    const link = /\(command:_policyLens\.openSource\?([^ )]+)/.exec(md2);
    assert.ok(link, `a workspace path opens the file: ${md2}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand('_policyLens.openSource', ...args);
    const active = vscode.window.activeTextEditor!;
    assert.ok(active.document.uri.path.endsWith('/audit/sources/exports.md'), active.document.uri.path);
    assert.equal(active.selection.active.line, 2, 'opened at line 3');
  });
});
