import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ArticleRow as Row } from '../../src/extension/articleTree';
import { PAGE_ROWS, type ArticleTreeNode, type FigureTypeNode } from '../../src/view';
import { activeApi, fixtureUri, snapshotWhen, waitFor, workspaceRoot } from './helpers';

describe('long lists in the views', function () {
  this.timeout(60_000);

  it('shows a page of a long list, a row that shows the next, and the page of a mention that is revealed', async () => {
    const api = await activeApi();
    const count = PAGE_ROWS * 2 + 30;
    const text = Array.from({ length: count }, (_, i) => `Exports rose ${i + 1}.5 percent.`).join(' ') + '\n';
    mkdirSync(join(workspaceRoot().fsPath, 'pages'), { recursive: true });
    writeFileSync(join(workspaceRoot().fsPath, 'pages', 'percentages.md'), text);
    const uri = fixtureUri('pages', 'percentages.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('policyLens.article.focus');
    await snapshotWhen(api, uri, (s) => s.version === editor.document.version && !s.partial && s.mentions.filter((m) => m.kind === 'figure').length === count, 'the figures of the article');
    await waitFor(() => api.tree.snapshot?.uri.toString() === uri.toString() && api.tree.roots().length > 0, 'the Article view of the article');
    const percent = () => (api.tree.roots().find((g) => g.id === 'figures')!.children as ArticleTreeNode[]).find((n) => n.type === 'figureType' && n.figureType === 'percent') as FigureTypeNode;
    assert.equal(percent().children.length, count);

    // The first page, and a row that says how many more there are.
    let rows = await api.tree.getChildren(percent()) as Row[];
    assert.equal(rows.length, PAGE_ROWS + 1);
    const more = rows.at(-1)!;
    assert.ok(more.type === 'moreRows' && more.total === count && more.shown === PAGE_ROWS);
    const item = api.tree.getTreeItem(more);
    assert.equal(item.label, `Show ${PAGE_ROWS} more`);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    rows = await api.tree.getChildren(percent()) as Row[];
    assert.equal(rows.length, 2 * PAGE_ROWS + 1, 'the next page is shown');

    // Going to the last figure from the editor selects its row, on a page not shown before.
    const last = text.lastIndexOf('230.5 percent');
    editor.selection = new vscode.Selection(editor.document.positionAt(last - 1), editor.document.positionAt(last - 1));
    await vscode.commands.executeCommand('policyLens.nextMention');
    assert.equal(editor.document.offsetAt(editor.selection.start), last);
    rows = await api.tree.getChildren(percent()) as Row[];
    assert.equal(rows.length, count, 'every row shown: the last is on the third page');
    await waitFor(() => api.tree.view.selection.some((n) => n.type === 'mention' && n.mention.start === last), 'the revealed row selected');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('pages the Review view: no list sends more than a page of rows', async () => {
    const api = await activeApi();
    const groups = await api.review.getChildren();
    assert.ok(groups.length > 0);
    let paged = 0;
    for (const group of groups) {
      const articles = await api.review.getChildren(group);
      assert.ok(articles.length <= PAGE_ROWS + 1);
      for (const article of articles) {
        const figures = await api.review.getChildren(article);
        assert.ok(figures.length <= PAGE_ROWS + 1);
        if (figures.at(-1)?.type === 'moreRows') paged++;
      }
    }
    assert.ok(paged > 0, 'the workspace has an article with more unverified figures than a page');
  });
});
