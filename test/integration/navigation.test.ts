import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../src/extension/extension';
import { activeApi, copyArticle, marksWhen, readSidecar, sidecarWritten, snapshotWhen, spanOf } from './helpers';

describe('navigation and the remaining commands', () => {
  let api: PolicyLensApi;
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;
  let text: string;
  const selected = () => {
    const e = vscode.window.activeTextEditor!;
    return e.document.getText(e.selection);
  };

  before(async () => {
    api = await activeApi();
    uri = copyArticle('lithium-talks.md', 'navigation/lithium.md');
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    text = editor.document.getText();
    await marksWhen(api, uri, (s) => Object.keys(s.marks).length > 0);
  });

  it('goes to the next and previous mention, and to unverified figures only', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const visible = api.snapshot(uri)!.mentions.filter((m) => m.decision !== 'rejected');
    await vscode.commands.executeCommand('policyLens.nextMention');
    assert.equal(selected(), visible[0].text);
    await vscode.commands.executeCommand('policyLens.nextMention');
    assert.equal(selected(), visible[1].text);
    await vscode.commands.executeCommand('policyLens.previousMention');
    assert.equal(selected(), visible[0].text);
    await vscode.commands.executeCommand('policyLens.nextUnverifiedFigure');
    const firstFigure = visible.find((m) => m.kind === 'figure')!;
    assert.equal(selected(), firstFigure.text);
    await vscode.commands.executeCommand('policyLens.nextMention', 'date');
    const nextDate = visible.find((m) => m.kind === 'date' && m.start >= firstFigure.end)!;
    assert.equal(selected(), nextDate.text);
  });

  it('sets a figure’s status and source through setFigureStatus', async () => {
    const [start, end] = spanOf(text, '3 percent');
    const written = sidecarWritten(api, uri, 'status write');
    await vscode.commands.executeCommand('policyLens.setFigureStatus', { uri: uri.toString(), start, end }, 'disputed', 'IMF World Economic Outlook, April 2025');
    await written;
    assert.match(readSidecar(api, uri)!, /exact: 3 percent[\s\S]*status: disputed\n\s+source: IMF World Economic Outlook, April 2025/);
  });

  it('moves a mention’s span to the selection', async () => {
    const [start, end] = spanOf(text, 'first half of 2026');
    editor = await vscode.window.showTextDocument(editor.document);
    // Narrow "first half of 2026" to "half of 2026".
    const half = start + 'first '.length;
    editor.selection = new vscode.Selection(editor.document.positionAt(half), editor.document.positionAt(end));
    const written = sidecarWritten(api, uri, 'span write');
    await vscode.commands.executeCommand('policyLens.editSpan', { uri: uri.toString(), start, end });
    await written;
    const snap = await snapshotWhen(api, uri, (s) => s.mentions.some((m) => m.start === half && m.end === end), 'new span');
    assert.ok(!snap.mentions.some((m) => m.start === start && m.end === end && m.decision !== 'rejected'), 'the old span is gone');
  });

  it('copies a mention as a citation', async () => {
    const [start, end] = spanOf(text, '$2.5 billion');
    await vscode.commands.executeCommand('policyLens.copyCitation', { uri: uri.toString(), start, end });
    const clip = await vscode.env.clipboard.readText();
    assert.match(clip, /^“\$2\.5 billion” — navigation\/lithium\.md:\d+ \(money: US\$2,500,000,000, unverified\)$/);
  });

  it('opens the sidecar beside the article', async () => {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('policyLens.openSidecar');
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), api.sidecarUri(uri).toString());
    assert.match(active.document.getText(), /annotations:/);
  });
});
