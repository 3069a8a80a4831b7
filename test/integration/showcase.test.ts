import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../src/extension/extension';
import { activeApi, fixtureUri, hasSpan, marksWhen, screenshot, sidecarWritten, spanOf } from './helpers';

/** A reviewer's pass over a sample article; the README's pictures are taken along the way. */
describe('a review pass over a sample article', () => {
  let api: PolicyLensApi;
  let editor: vscode.TextEditor;
  let text: string;
  const ref = (needle: string, occurrence = 0) => {
    const [start, end] = spanOf(text, needle, occurrence);
    return { uri: editor.document.uri.toString(), start, end };
  };
  const decide = async (command: string, ...args: unknown[]) => {
    const written = sidecarWritten(api, editor.document.uri, command);
    await vscode.commands.executeCommand(command, ...args);
    await written;
  };

  before(async () => {
    api = await activeApi();
    // A clean window for the pictures: earlier suites leave editors open beside each other.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('samples', 'indonesia-australia-trade-pact.md')));
    text = editor.document.getText();
    await marksWhen(api, editor.document.uri, (s) => Object.keys(s.marks).length > 0);
  });

  it('confirms, verifies, disputes and annotates, and each shows in the marks', async () => {
    await decide('policyLens.confirmMention', ref('Sari Wulandari'));
    await decide('policyLens.verifyFigure', ref('US$18.4 billion'), 'Statistics Indonesia trade release');
    await decide('policyLens.disputeFigure', ref('90 percent'), 'Tariff schedule lists 87 percent');
    await decide('policyLens.addNote', ref('60-day'), 'Check the implementing regulation');
    const uri = editor.document.uri;
    const { marks } = await marksWhen(api, uri, (s) => !!s.marks['figure.disputed']?.length && !!s.marks.note?.length, 'all four decisions drawn');
    assert.ok(hasSpan(marks['actor.confirmed'], spanOf(text, 'Sari Wulandari')));
    assert.ok(hasSpan(marks['figure.verified'], spanOf(text, 'US$18.4 billion')));
    assert.ok(hasSpan(marks['figure.disputed'], spanOf(text, '90 percent')));
    await vscode.commands.executeCommand('policyLens.showView');
    editor = await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    editor.revealRange(new vscode.Range(8, 0, 8, 0), vscode.TextEditorRevealType.AtTop);
    await screenshot('article-marks');
  });

  it('shows a hover card on a person', async () => {
    const [start] = spanOf(text, 'Callum Prescott');
    editor.selection = new vscode.Selection(editor.document.positionAt(start + 3), editor.document.positionAt(start + 3));
    await vscode.commands.executeCommand('editor.action.showHover');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(start + 3));
    const md = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(md, /Callum Prescott/);
    assert.match(md, /Trade Minister/);
    await screenshot('hover-card');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  });

  it('lists the article in the tree, with the verified figure and its badge', async () => {
    const figures = api.tree.roots().find((g) => g.id === 'figures');
    assert.ok(figures);
    const money = figures.children.find((n) => n.type === 'figureType' && n.figureType === 'money');
    assert.ok(money && money.type === 'figureType');
    await api.tree.view.reveal(money.children[0], { expand: true, select: true, focus: false });
    await screenshot('article-tree');
  });
});
