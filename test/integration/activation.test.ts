import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, EXTENSION_ID, openArticle, screenshot, waitFor } from './helpers';

describe('activation', () => {
  it('activates on a Markdown article and reports its activation time', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension is installed in the host');
    const editor = await openArticle('articles', 'lithium-talks.md');
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor(() => ext.isActive, 'extension activation');
    assert.equal(ext.isActive, true);
    const api = await activeApi();
    assert.ok(api.activatedInMs > 0 && api.activatedInMs < 10_000, `activation took ${api.activatedInMs} ms`);
    console.log(`      activation: ${api.activatedInMs.toFixed(1)} ms`);
  });

  it('contributes the Policy Lens view container and the Article view', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('workbench.view.extension.policyLens'), 'view container command');
    assert.ok(commands.includes('policyLens.article.focus'), 'article view focus command');
    await vscode.commands.executeCommand('workbench.view.extension.policyLens');
    await screenshot('workbench');
  });
});
