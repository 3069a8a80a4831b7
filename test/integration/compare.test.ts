import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { createTarget } from '../../src/core/anchor';
import { parseSidecar, writeSidecar, type SidecarAnnotation } from '../../src/core/sidecar';
import type { Comparison } from '../../src/extension/compare';
import type { PolicyLensApi } from '../../src/extension/extension';
import { activeApi, copyArticle, fixtureUri, marksWhen, readSidecar, sidecarWritten, spanOf, waitForEvent } from './helpers';

describe('Compare Annotations With… (another annotator\'s sidecar)', () => {
  let api: PolicyLensApi;
  let uri: vscode.Uri;
  let other: vscode.Uri;
  let text: string;

  /** The comparison once it satisfies `ready` (now or after the next recomputation). */
  function comparisonWhen(ready: (c: Comparison) => boolean, what: string): Promise<Comparison> {
    const now = api.comparison(uri);
    if (now && ready(now)) return Promise.resolve(now);
    return waitForEvent(api.onDidCompare, (c) => c.article.toString() === uri.toString() && ready(c), what);
  }

  before(async () => {
    api = await activeApi();
    uri = copyArticle('lithium-talks.md', 'compare/lithium.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    text = editor.document.getText();
    await marksWhen(api, uri, (s) => Object.keys(s.marks).length > 0);
    // Bob's copy of the sidecar: Tokyo is not an actor for him; the $2.5 billion are euros.
    const annotation = (id: string, exact: string, fields: Partial<SidecarAnnotation> & Pick<SidecarAnnotation, 'kind' | 'type' | 'decision'>): SidecarAnnotation => {
      const [start, end] = spanOf(text, exact);
      const t = createTarget(text, start, end);
      return { id, quote: t.quote, start: t.start, end: t.end, ...fields };
    };
    other = fixtureUri('compare', 'bob', 'lithium.md.annotations.yaml');
    mkdirSync(dirname(other.fsPath), { recursive: true });
    writeFileSync(other.fsPath, writeSidecar({
      version: 1, article: 'lithium.md', referenceDate: null, entities: [], annotations: [
        annotation('a-tokyo', 'Tokyo', { kind: 'actor', type: 'state', decision: 'rejected' }),
        annotation('a-pledge', '$2.5 billion', { kind: 'figure', type: 'money', value: 2.5e9, unit: 'EUR', decision: 'confirmed' }),
      ],
    }));
  });

  it('lists and marks the other sidecar\'s disagreements without writing anything', async () => {
    await vscode.commands.executeCommand('policyLens.compareWith', other, []);
    const c = await comparisonWhen((x) => x.items.length > 0, 'the comparison');
    assert.deepEqual(c.items.map((i) => i.label.replace(/^line \d+ · /, '')), ['only in this sidecar', 'meaning differs']);
    assert.match(c.items[1].detail, /other: figure\/money “\$2\.5 billion” \(2500000000 EUR\)/);
    assert.deepEqual(c.marks, [spanOf(text, 'Tokyo'), spanOf(text, '$2.5 billion')]);
    const line = (needle: string) => text.slice(0, spanOf(text, needle)[0]).split('\n').length;
    assert.deepEqual(c.items.map((i) => i.disagreement.line), [line('Tokyo'), line('$2.5 billion')]);
    assert.equal(readSidecar(api, uri), undefined, 'comparing writes nothing');
  });

  it('taking the other side writes that decision to this article\'s sidecar and the item goes away', async () => {
    let written = sidecarWritten(api, uri, 'Tokyo rejected');
    await vscode.commands.executeCommand('policyLens.compareWith', other, [0]);
    await written;
    let sidecar = parseSidecar(readSidecar(api, uri) ?? '');
    assert.deepEqual(sidecar.sidecar?.annotations.map((a) => [a.quote.exact, a.decision]), [['Tokyo', 'rejected']]);
    let c = await comparisonWhen((x) => x.items.length === 1, 'one disagreement left');
    assert.equal(c.items[0].disagreement.kind, 'meaning');

    written = sidecarWritten(api, uri, 'the pledge corrected');
    await vscode.commands.executeCommand('policyLens.compareWith', other, [0]);
    await written;
    sidecar = parseSidecar(readSidecar(api, uri) ?? '');
    const pledge = sidecar.sidecar?.annotations.find((a) => a.quote.exact === '$2.5 billion');
    assert.deepEqual([pledge?.unit, pledge?.value, pledge?.decision], ['EUR', 2.5e9, 'confirmed']);
    c = await comparisonWhen((x) => x.items.length === 0, 'no disagreement left');
    assert.deepEqual(c.marks, []);
  });

  it('refuses a malformed sidecar or one of another article with a clear message and keeps the article\'s own', async () => {
    const broken = fixtureUri('compare', 'bob', 'broken.annotations.yaml');
    writeFileSync(broken.fsPath, 'version: 1\narticle: lithium.md\nannotations: [\n');
    const before = readSidecar(api, uri);
    const notice = waitForEvent(api.onDidNotify, (n) => /not a valid sidecar/.test(n.message), 'an error message');
    await vscode.commands.executeCommand('policyLens.compareWith', broken, []);
    const n = await notice;
    assert.equal(n.level, 'error');
    assert.match(n.message, /broken\.annotations\.yaml is not a valid sidecar \(line \d+, column \d+\); nothing compared/);
    assert.equal(readSidecar(api, uri), before);

    const elsewhere = fixtureUri('compare', 'bob', 'other.md.annotations.yaml');
    writeFileSync(elsewhere.fsPath, writeSidecar({ version: 1, article: 'other.md', referenceDate: null, entities: [], annotations: [] }));
    const mismatch = waitForEvent(api.onDidNotify, (x) => /annotates/.test(x.message), 'a mismatch message');
    await vscode.commands.executeCommand('policyLens.compareWith', elsewhere, []);
    assert.match((await mismatch).message, /other\.md\.annotations\.yaml annotates other\.md, not lithium\.md; nothing compared/);
    assert.equal(readSidecar(api, uri), before);
  });
});
