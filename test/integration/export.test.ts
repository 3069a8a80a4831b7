import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { createTarget } from '../../src/core/anchor';
import { writeSidecar } from '../../src/core/sidecar';
import type { PolicyLensApi } from '../../src/extension/extension';
import { activeApi, copyArticle, marksWhen, spanOf } from './helpers';

describe('Export Annotations… (exchange formats)', () => {
  let api: PolicyLensApi;
  let uri: vscode.Uri;
  let text: string;
  // Outside the workspace, so the written .txt copies are not taken for articles.
  const out = mkdtempSync(join(tmpdir(), 'policy-lens-export-host-'));

  before(async () => {
    api = await activeApi();
    uri = copyArticle('lithium-talks.md', 'export/lithium.md');
    const original = readFileSync(uri.fsPath, 'utf8');
    // A decision on disk before the article opens: Tokyo is not an actor here.
    const [start, end] = spanOf(original, 'Tokyo');
    const t = createTarget(original, start, end);
    writeFileSync(`${uri.fsPath}.annotations.yaml`, writeSidecar({
      version: 1, article: 'lithium.md', referenceDate: null, entities: [],
      annotations: [{ id: 'a-tokyo', kind: 'actor', type: 'state', decision: 'rejected', quote: t.quote, start: t.start, end: t.end }],
    }));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    text = editor.document.getText();
    await marksWhen(api, uri, (s) => Object.keys(s.marks).length > 0);
  });

  it('writes the current article as CSV with the sidecar decisions', async () => {
    const target = vscode.Uri.file(join(out, 'lithium.csv'));
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('policyLens.exportAnnotations', { format: 'csv', scope: 'article', target });
    assert.deepEqual(written?.map((u) => u.fsPath), [target.fsPath]);
    const lines = readFileSync(target.fsPath, 'utf8').split('\r\n').filter(Boolean);
    assert.equal(lines[0], 'article,start,end,line,column,kind,type,text,meaning,decision,status,source,note,author');
    assert.ok(lines.length > 2, 'the article has mentions');
    for (const l of lines.slice(1)) {
      const [article, s, e] = l.split(',');
      assert.equal(article, 'export/lithium.md');
      assert.ok(Number(e) > Number(s) && Number(e) <= text.length);
    }
    const [ts] = spanOf(text, 'Tokyo');
    assert.ok(lines.some((l) => l.startsWith(`export/lithium.md,${ts},${ts + 5},`) && l.includes(',Tokyo,') && l.includes(',rejected,')), 'Tokyo is exported as rejected');
  });

  it('writes the workspace as W3C Web Annotation and the article as brat files', async function () {
    this.timeout(300_000); // every article of the test workspace, some of them megabytes written by other suites
    const w3c = vscode.Uri.file(join(out, 'all.jsonld'));
    await vscode.commands.executeCommand('policyLens.exportAnnotations', { format: 'w3c', scope: 'workspace', target: w3c });
    const c = JSON.parse(readFileSync(w3c.fsPath, 'utf8')) as { type: string; total: number; first: { items: { target: { source: string; selector: { type: string; exact?: string }[] } }[] } };
    assert.equal(c.type, 'AnnotationCollection');
    const ours = c.first.items.filter((i) => i.target.source === 'export/lithium.md');
    assert.ok(ours.length > 0);
    assert.ok(!ours.some((i) => i.target.selector[0].exact === 'Tokyo'), 'rejected mentions are left out');
    assert.ok(new Set(c.first.items.map((i) => i.target.source)).size > 1, 'more than one article of the workspace');

    const folder = vscode.Uri.file(join(out, 'brat'));
    const files = await vscode.commands.executeCommand<vscode.Uri[]>('policyLens.exportAnnotations', { format: 'brat', scope: 'article', target: folder });
    assert.deepEqual(files?.map((u) => u.fsPath), [join(out, 'brat', 'export', 'lithium.txt'), join(out, 'brat', 'export', 'lithium.ann')]);
    assert.equal(readFileSync(files[0].fsPath, 'utf8'), text);
    const first = readFileSync(files[1].fsPath, 'utf8').split('\n')[0];
    assert.match(first, /^T1\t[A-Z]+-[A-Z]+ \d+ \d+\t/);
  });
});
