import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { createTarget } from '../../src/core/anchor';
import { parseSidecar, writeSidecar } from '../../src/core/sidecar';
import type { PolicyLensApi } from '../../src/extension/extension';
import type { ArticleTreeNode, MentionNode } from '../../src/view';
import { activeApi, copyArticle, sidecarWritten, snapshotWhen, spanOf, waitFor } from './helpers';

const mergeConflicts = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'merge-conflict');

describe('a merge conflict recorded in a sidecar (git merge driver)', () => {
  let api: PolicyLensApi;
  let uri: vscode.Uri;
  let text: string;

  before(async () => {
    api = await activeApi();
    uri = copyArticle('lithium-talks.md', 'merged/lithium.md');
    text = readFileSync(uri.fsPath, 'utf8');
    const [start, end] = spanOf(text, '$2.5 billion');
    const t = createTarget(text, start, end);
    // What `policy-lens merge-driver` leaves when two branches set the status differently.
    writeFileSync(api.sidecarUri(uri).fsPath, writeSidecar({
      version: 1, article: 'lithium.md', referenceDate: null, entities: [], annotations: [{
        id: 'a-pledge', kind: 'figure', type: 'money', value: 2.5e9, unit: 'USD', quote: t.quote, start: t.start, end: t.end, decision: 'confirmed',
        status: 'verified', conflict: { fields: ['status'], ours: '{"status":"verified"}', theirs: '{"status":"disputed"}' },
      }],
    }));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await snapshotWhen(api, uri, (s) => s.mentions.some((m) => m.conflict), 'the conflict in the model');
  });

  it('is a warning on the annotation\'s block and marked in the Article view', async () => {
    await waitFor(() => mergeConflicts(api.sidecarUri(uri)).length === 1, 'a merge-conflict diagnostic');
    const [d] = mergeConflicts(api.sidecarUri(uri));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /a-pledge .*status changed on both branches \(ours \{"status":"verified"\}, theirs \{"status":"disputed"\}\)/);
    const sidecarText = readFileSync(api.sidecarUri(uri).fsPath, 'utf8');
    assert.equal(d.range.start.line + 1, sidecarText.slice(0, sidecarText.indexOf('  - id: a-pledge')).split('\n').length);

    await vscode.commands.executeCommand('policyLens.showView');
    await waitFor(() => api.tree.snapshot?.uri.toString() === uri.toString(), 'the Article view on the article');
    const mentions = (nodes: readonly ArticleTreeNode[]): MentionNode[] => nodes.flatMap((n) => (n.type === 'mention' ? [n] : 'children' in n ? mentions(n.children as ArticleTreeNode[]) : []));
    const pledge = mentions(api.tree.roots()).find((n) => n.mention.text === '$2.5 billion')!;
    assert.match(String(api.tree.getTreeItem(pledge).description), /^⚠ merge conflict · /);
  });

  it('a decision on the annotation resolves it: the record and the warning go', async () => {
    const [start, end] = spanOf(text, '$2.5 billion');
    const written = sidecarWritten(api, uri, 'the decision');
    await vscode.commands.executeCommand('policyLens.disputeFigure', { uri: uri.toString(), start, end }, 'Treasury figure differs');
    await written;
    const pledge = parseSidecar(readFileSync(api.sidecarUri(uri).fsPath, 'utf8')).sidecar?.annotations.find((a) => a.id === 'a-pledge');
    assert.deepEqual([pledge?.status, pledge?.conflict], ['disputed', undefined]);
    await waitFor(() => mergeConflicts(api.sidecarUri(uri)).length === 0, 'the warning cleared');
    await snapshotWhen(api, uri, (s) => !s.mentions.some((m) => m.conflict), 'the model without the conflict');
  });
});
