import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { cacheRecordName } from '../../src/core/corpus';
import type { PolicyLensApi } from '../../src/extension/extension';
import { chronoKey, type WsActorNode, type WsDateNode, type WsGroupNode, type WsLedgerNode } from '../../src/view';
import { activeApi, fixtureUri, waitForEvent } from './helpers';

const KENYA = ['corpus', 'kenya-imf.md'];
const WIRE = ['corpus', 'wire', 'kenya-imf-wire.md'];

const group = (roots: readonly WsGroupNode[], id: WsGroupNode['id']) => roots.find((g) => g.id === id);
const ledger = (roots: readonly WsGroupNode[], label: string) => (group(roots, 'figures')?.children as WsLedgerNode[] | undefined)?.find((l) => `${l.actor} · ${l.unit}` === label);

/** The records of the index cache on disk. */
function cacheRecords(api: PolicyLensApi): string[] {
  const folder = api.indexCacheFolder!.fsPath;
  return readdirSync(folder).filter((n) => n.endsWith('.json')).map((n) => join(folder, n));
}

describe('Workspace view and the persistent workspace index', () => {
  let api: PolicyLensApi;
  let kenya: vscode.Uri;
  let wire: vscode.Uri;

  before(async () => {
    api = await activeApi();
    kenya = fixtureUri(...KENYA);
    wire = fixtureUri(...WIRE);
    await vscode.commands.executeCommand('policyLens.showWorkspace');
    await vscode.commands.executeCommand('policyLens.refreshWorkspace');
    const stats = await api.indexBuilt();
    // Earlier suites' file events and cache writes settle before anything is asserted.
    await api.indexIdle();
    console.log(`      workspace index: ${stats.articles} articles, ${stats.mentions} mentions in ${stats.buildMs?.toFixed(0)} ms (${stats.extracted} analysed, ${stats.fromCache} from the cache)`);
  });

  after(async () => {
    await vscode.commands.executeCommand('policyLens.clearWorkspaceFilter');
  });

  it('lists every actor across the workspace with its articles and mentions, down to a mention that opens the article', async () => {
    const roots = api.workspace.roots();
    assert.ok(ledger(roots, 'Kenya · USD'), 'the corpus articles in the Workspace view');
    assert.deepEqual(roots.map((g) => g.id), ['actors', 'timeline', 'figures']);
    const actors = group(roots, 'actors')!;
    assert.equal(api.workspace.getTreeItem(actors).description, String(actors.children.length));
    const kenyaActor = (actors.children as WsActorNode[]).find((a) => a.canonical === 'Kenya')!;
    const paths = kenyaActor.children.map((a) => a.path);
    assert.ok(paths.includes('corpus/kenya-imf.md') && paths.includes('corpus/wire/kenya-imf-wire.md'), paths.join());
    const mentions = kenyaActor.children.reduce((n, a) => n + a.children.length, 0);
    assert.equal(api.workspace.getTreeItem(kenyaActor).description, `${kenyaActor.children.length} articles · ${mentions} mentions`);
    const inWire = kenyaActor.children.find((a) => a.uri === wire.toString())!;
    const item = api.workspace.getTreeItem(inWire.children[0]);
    const text = readFileSync(wire.fsPath, 'utf8');
    const first = inWire.children[0].mention;
    assert.equal(text.slice(first.start, first.end), 'Kenya');
    assert.deepEqual(item.command?.arguments, [{ kind: 'mention', uri: wire.toString(), start: first.start, end: first.end }]);
    assert.equal(api.workspace.getParent(inWire.children[0]), inWire);

    await vscode.commands.executeCommand(item.command!.command, ...item.command!.arguments!);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), wire.toString());
    assert.equal(editor.document.getText(editor.selection), 'Kenya');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('shows a timeline of every resolved date in order, each with its article and sentence', () => {
    const dates = group(api.workspace.roots(), 'timeline')!.children as WsDateNode[];
    const keys = dates.map((d) => chronoKey(d.mention));
    assert.deepEqual(keys, [...keys].sort(), 'in date order');
    const mine = dates.filter((d) => d.path.startsWith('corpus/')).map((d) => `${d.mention.normalized}@${d.path.split('/').pop()}`);
    assert.deepEqual(mine, ['2025-03-03@kenya-imf.md', '2025-03-03@kenya-imf-wire.md', '2025-03-04@kenya-imf.md', '2026-01@kenya-imf-wire.md']);
    const item = api.workspace.getTreeItem(dates.find((d) => d.mention.normalized === '2026-01')!);
    assert.equal(item.label, '2026-01');
    assert.equal(item.description, 'January 2026 · kenya-imf-wire.md:9 · Uganda is expected to ask for a similar programme in January 2026.');
  });

  it('flags the same figure stated differently by two articles as conflicting values', () => {
    const kenyaUsd = ledger(api.workspace.roots(), 'Kenya · USD')!;
    const flagged = kenyaUsd.children.filter((f) => f.conflict).map((f) => `${f.path}:${f.mention.text}`);
    assert.deepEqual(flagged, ['corpus/kenya-imf.md:$2.5 billion', 'corpus/wire/kenya-imf-wire.md:$2.1 billion']);
    const item = api.workspace.getTreeItem(kenyaUsd.children.find((f) => f.uri === kenya.toString())!);
    assert.equal(item.contextValue, 'workspaceFigure.conflicting');
    assert.match(String(item.tooltip), /"\$2\.5 billion" conflicts with "\$2\.1 billion" in corpus\/wire\/kenya-imf-wire\.md for the same "Kenya received"/);
    assert.match(String(api.workspace.getTreeItem(kenyaUsd).description), /2 conflicting/);
  });

  it('filters by kind, type, folder and decision, says so, and clears', async () => {
    await vscode.commands.executeCommand('policyLens.filterWorkspace', { kinds: ['date'], folders: ['corpus/wire'] });
    assert.equal(api.workspace.view.description, 'date · in corpus/wire');
    let roots = api.workspace.roots();
    assert.deepEqual(roots.map((g) => g.id), ['timeline']);
    assert.deepEqual((roots[0].children as WsDateNode[]).map((d) => d.mention.normalized), ['2025-03-03', '2026-01']);
    await vscode.commands.executeCommand('policyLens.filterWorkspace', { kinds: ['actor'], types: ['person'], folders: ['corpus'] });
    roots = api.workspace.roots();
    assert.deepEqual((roots[0].children as WsActorNode[]).map((a) => a.canonical), ['William Ruto']);
    await vscode.commands.executeCommand('policyLens.filterWorkspace', { decisions: ['confirmed'], folders: ['corpus'] });
    assert.deepEqual(api.workspace.roots(), [], 'nothing decided there: the welcome text shows');
    await vscode.commands.executeCommand('policyLens.clearWorkspaceFilter');
    assert.equal(api.workspace.view.description, undefined);
    assert.ok(ledger(api.workspace.roots(), 'Kenya · USD'));
  });

  it('serves a reopened index from its cache on disk: no unchanged article is analysed again', async () => {
    await api.indexIdle();
    assert.ok(cacheRecords(api).length > 0, `the cache records in ${api.indexCacheFolder?.fsPath}`);
    const before = api.indexStats();
    const stats = await api.reopenIndex();
    // The corpus articles no test touches must come from the cache, and most of the workspace with them.
    assert.deepEqual(stats.analysedPaths.filter((p) => p.startsWith('corpus/')), [], `analysed again: ${stats.analysedPaths.join(', ')}`);
    assert.ok(stats.fromCache > 0, `${stats.fromCache} from the cache of ${before.articles - stats.open}; analysed: ${stats.analysedPaths.join(', ')}`);
    assert.equal(stats.articles, before.articles);
    assert.equal(ledger(api.workspace.roots(), 'Kenya · USD')!.conflicts, 2, 'the conflict, from the cache');
  });

  it('ignores corrupt cache records and analyses every article again', async () => {
    await api.indexIdle();
    const records = cacheRecords(api);
    assert.ok(records.length > 0);
    for (const record of records) writeFileSync(record, '{"format":"policy-lens-index-entry","engine":');
    const stats = await api.reopenIndex();
    assert.equal(stats.fromCache, 0);
    assert.equal(stats.extracted, stats.articles - stats.open);
    await api.indexIdle();
    const record = join(api.indexCacheFolder!.fsPath, cacheRecordName(kenya.toString()));
    assert.equal(JSON.parse(readFileSync(record, 'utf8')).key, kenya.toString(), 'written afresh');
  });

  it('updates one entry only when one article is edited on disk', async () => {
    // kenya-imf.md is never opened by these tests, so its entry comes from the file (an open article's from its document).
    await api.indexIdle();
    const before = api.indexStats();
    const kenyaRecord = join(api.indexCacheFolder!.fsPath, cacheRecordName(kenya.toString()));
    // A record is replaced by a rename, so a rewritten one (even with the same bytes) has another inode.
    const records = new Map(cacheRecords(api).map((f) => [f, statSync(f).ino]));
    const text = readFileSync(kenya.fsPath, 'utf8');
    const changed = waitForEvent(api.onDidChangeIndex, (uris) => uris.some((u) => u.toString() === kenya.toString()), 'the edited article re-indexed');
    writeFileSync(kenya.fsPath, text.replace('$2.5 billion', '$2.1 billion'));
    const uris = await changed;
    // Other suites' articles may still be settling in the same batch; of this suite's, only the edited one changes.
    assert.deepEqual(uris.map((u) => u.toString()).filter((u) => u.includes('/corpus/')), [kenya.toString()], 'one corpus entry changed');
    const analysed = api.indexStats().analysedPaths.slice(before.analysedPaths.length);
    assert.deepEqual(analysed.filter((p) => p.startsWith('corpus/')), ['corpus/kenya-imf.md'], 'one corpus article analysed');
    assert.equal(ledger(api.workspace.roots(), 'Kenya · USD')!.conflicts, 0, 'the articles agree now');
    await api.indexIdle();
    // One article edited, one record written: the cache is not rewritten whole.
    const rewritten = [...records].filter(([f, ino]) => statSync(f).ino !== ino).map(([f]) => f);
    assert.deepEqual(rewritten, [kenyaRecord], `of ${records.size} cache records, those rewritten`);
    assert.match(readFileSync(kenyaRecord, 'utf8'), /\$2\.1 billion/);
    const restored = waitForEvent(api.onDidChangeIndex, (u) => u.some((x) => x.toString() === kenya.toString()), 'the article restored');
    writeFileSync(kenya.fsPath, text);
    await restored;
    await api.indexIdle();
  });
});
