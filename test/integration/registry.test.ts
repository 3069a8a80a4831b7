// The entity registry in the real editor: Add to Entity Registry writes the workspace's
// policy-lens.entities.yaml keeping the person's comments, every open article is re-extracted
// with it at once, Never Mark This Text removes a mention, and the hover links the QID.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { parseRegistry } from '../../src/core/registry';
import type { PolicyLensApi } from '../../src/extension/extension';
import type { WsActorNode } from '../../src/view';
import { activeApi, fixtureUri, snapshotWhen, waitForEvent, workspaceRoot } from './helpers';

const HAND_WRITTEN = `# Our team's actors — keep this comment.
entities:
  # Bodies we follow
  - name: Harare Water and Sanitation Trust   # the utility's trust, not the city
    type: organization
    aliases: [Harare Water Trust]
never: []
`;

/** The article whose mention is added: the engine finds "Tawanda Moyo" after his title. */
const FIRST = `# Water talks

Foreign Minister Tawanda Moyo met the Harare Water Trust on Monday.
`;

/** Another open article: it names him only in a form the engine does not know. */
const SECOND = `# Donors meet

The envoy T. B. Moyo arrived late. The Lusaka Group of donors said little.
`;

function write(path: string, text: string): vscode.Uri {
  const file = join(workspaceRoot().fsPath, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return fixtureUri(...path.split('/'));
}

async function cursorOn(uri: vscode.Uri, needle: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const at = editor.document.positionAt(editor.document.getText().indexOf(needle) + 1);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

describe('entity registry (registry commands, hover, re-extraction)', () => {
  let api: PolicyLensApi;
  const registryPath = (): string => join(workspaceRoot().fsPath, 'policy-lens.entities.yaml');
  let first: vscode.Uri;
  let second: vscode.Uri;

  before(async () => {
    api = await activeApi();
    const changed = waitForEvent(api.onDidChangeRegistry, () => true, 'the registry loaded');
    writeFileSync(registryPath(), HAND_WRITTEN);
    await changed;
    first = write('registry/water-talks.md', FIRST);
    second = write('registry/donors-meet.md', SECOND);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second));
    await snapshotWhen(api, second, (s) => s.mentions.some((m) => m.text === 'Lusaka Group'), 'the second article analysed');
  });

  after(async () => {
    const gone = waitForEvent(api.onDidChangeRegistry, () => true, 'the registry removed');
    rmSync(registryPath(), { force: true });
    await gone;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('applies the registry on disk: its alias is marked with the canonical name', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    const s = await snapshotWhen(api, first, (x) => x.mentions.some((m) => m.kind === 'actor' && m.canonical === 'Harare Water and Sanitation Trust'), 'the first article analysed');
    const trust = s.mentions.find((m) => m.text === 'Harare Water Trust');
    assert.equal(trust?.kind === 'actor' && trust.canonical, 'Harare Water and Sanitation Trust');
  });

  it('Add to Entity Registry writes the entity, keeps the comments, and another open article marks the name with its canonical form', async () => {
    await snapshotWhen(api, first, (x) => x.mentions.some((m) => m.text === 'Tawanda Moyo'), 'the engine marks Tawanda Moyo');
    await cursorOn(first, 'Tawanda Moyo');
    const marked = snapshotWhen(api, second, (x) => x.mentions.some((m) => m.kind === 'actor' && m.text === 'T. B. Moyo' && m.canonical === 'Tawanda B. Moyo'), 'the second article re-extracted');
    await vscode.commands.executeCommand('policyLens.addToEntityRegistry', undefined, { name: 'Tawanda B. Moyo', type: 'person', aliases: 'Tawanda Moyo, T. B. Moyo', qid: 'Q4242' });
    await marked;
    const text = readFileSync(registryPath(), 'utf8');
    for (const comment of ["# Our team's actors — keep this comment.", '  # Bodies we follow', '# the utility\'s trust, not the city']) assert.ok(text.includes(comment), `lost "${comment}" in:\n${text}`);
    const parsed = parseRegistry(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.registry!.entities.map((e) => [e.name, e.type, e.aliases, e.qid]), [
      ['Harare Water and Sanitation Trust', 'organization', ['Harare Water Trust'], undefined],
      ['Tawanda B. Moyo', 'person', ['Tawanda Moyo', 'T. B. Moyo'], 'Q4242'],
    ]);
    const s = await snapshotWhen(api, first, (x) => x.mentions.some((m) => m.kind === 'actor' && m.canonical === 'Tawanda B. Moyo'), 'the first article re-extracted');
    assert.equal(s.mentions.find((m) => m.text === 'Tawanda Moyo')?.kind === 'actor' && (s.mentions.find((m) => m.text === 'Tawanda Moyo') as { role?: string }).role, 'Foreign Minister');
  });

  it('the hover shows the QID as a Wikidata link', async () => {
    const editor = await cursorOn(first, 'Tawanda Moyo');
    const at = editor.document.getText().indexOf('Tawanda Moyo') + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', first, editor.document.positionAt(at));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.ok(text.includes('[Q4242](https://www.wikidata.org/wiki/Q4242)'), text);
  });

  it('Never Mark This Text removes the mention and records the text in the registry', async () => {
    await cursorOn(second, 'Lusaka Group');
    const gone = snapshotWhen(api, second, (x) => !x.mentions.some((m) => m.text === 'Lusaka Group'), 'the mention removed');
    await vscode.commands.executeCommand('policyLens.neverMarkText');
    await gone;
    assert.deepEqual(parseRegistry(readFileSync(registryPath(), 'utf8')).registry!.never, ['Lusaka Group']);
  });

  it('an invalid registry is reported and not applied; the file is left as written', async () => {
    const before = readFileSync(registryPath(), 'utf8');
    const bad = before.replace('type: person', 'type: human');
    const warned = waitForEvent(api.onDidNotify, (n) => n.level === 'warning' && n.message.includes('has errors'), 'the warning');
    const unmarked = snapshotWhen(api, second, (x) => x.mentions.some((m) => m.text === 'Lusaka Group'), 'the registry no longer applied');
    writeFileSync(registryPath(), bad);
    await warned;
    await unmarked;
    assert.equal(readFileSync(registryPath(), 'utf8'), bad);
    assert.ok(existsSync(registryPath()));
    // The commands refuse to edit it rather than risk the person's text.
    await cursorOn(second, 'Lusaka Group');
    const refused = waitForEvent(api.onDidNotify, (n) => n.level === 'error' && n.message.includes('has errors'), 'the refusal');
    await vscode.commands.executeCommand('policyLens.neverMarkText');
    await refused;
    assert.equal(readFileSync(registryPath(), 'utf8'), bad);
  });
});

/** A closed article naming a body only by an alias the engine cannot resolve on its own. */
const CLOSED = `# Basin brief

Delegates of the Zambezi Basin Council met the ZBC secretariat in Lusaka on Monday.
`;

const WITH_BASIN = `entities:
  - name: Zambezi Basin Council
    type: organization
    aliases: [ZBC secretariat]
never: []
`;

describe('entity registry across the workspace index (closed articles)', () => {
  let api: PolicyLensApi;
  let closed: vscode.Uri;
  const registryPath = (): string => join(workspaceRoot().fsPath, 'policy-lens.entities.yaml');
  /** The closed article's actor mentions in the Workspace view's Actors group, as "canonical: text". */
  const actorsOfClosed = (): string[] => {
    const actors = api.workspace.roots().find((g) => g.id === 'actors')?.children as WsActorNode[] | undefined;
    return (actors ?? []).flatMap((a) => a.children.filter((c) => c.uri === closed.toString()).flatMap((c) => c.children.map((m) => `${a.canonical}: ${m.mention.text}`)));
  };
  /** Writes the registry and resolves once the index has applied it (the registry read, the articles it changes analysed again). */
  const writeRegistry = async (text: string): Promise<void> => {
    const changed = waitForEvent(api.onDidChangeRegistry, () => true, 'the registry read');
    writeFileSync(registryPath(), text);
    await changed;
    await api.indexIdle();
  };
  /** The cache's records on disk, by file name. */
  const cacheRecords = (): Map<string, string> => {
    const folder = api.indexCacheFolder!.fsPath;
    return new Map(readdirSync(folder).filter((n) => n.endsWith('.json')).map((n) => [n, readFileSync(join(folder, n), 'utf8')]));
  };

  before(async () => {
    api = await activeApi();
    rmSync(registryPath(), { force: true });
    // The folder exists before the watchers run: a file written at once into a folder just created
    // can come before the recursive watcher follows that folder, and its event is lost.
    mkdirSync(join(workspaceRoot().fsPath, 'registry'), { recursive: true });
    await vscode.commands.executeCommand('policyLens.showWorkspace');
    await vscode.commands.executeCommand('policyLens.clearWorkspaceFilter');
    await api.indexBuilt();
    await api.indexIdle();
    const indexed = waitForEvent(api.onDidChangeIndex, (uris) => uris.some((u) => u.path.endsWith('/registry/basin-brief.md')), 'the closed article indexed', 45_000);
    closed = write('registry/basin-brief.md', CLOSED);
    await indexed;
    await api.indexIdle();
  });

  after(async () => {
    const gone = waitForEvent(api.onDidChangeRegistry, () => true, 'the registry removed');
    rmSync(registryPath(), { force: true });
    await gone;
    await api.indexIdle();
    rmSync(closed.fsPath, { force: true });
  });

  it('a registry entity added on disk is listed for a closed article under its canonical name', async () => {
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the article is not open');
    assert.ok(!actorsOfClosed().some((a) => a.startsWith('Zambezi Basin Council: ZBC')), actorsOfClosed().join());
    const extracted = api.indexStats().extracted;
    await writeRegistry(WITH_BASIN);
    assert.ok(actorsOfClosed().includes('Zambezi Basin Council: ZBC secretariat'), actorsOfClosed().join());
    assert.ok(api.indexStats().extracted > extracted, 'analysed again, not served from before');
  });

  it('reopening the index never serves an entry analysed under another registry', async () => {
    // A cache written while the registry had the entity, as a window closed before the registry changed leaves it.
    await api.indexIdle();
    const underOld = cacheRecords();
    assert.ok([...underOld.values()].some((r) => r.includes('ZBC secretariat')));
    await writeRegistry('entities: []\nnever: []\n');
    assert.ok(!actorsOfClosed().some((a) => a.startsWith('Zambezi Basin Council: ZBC secretariat')), actorsOfClosed().join());
    // Put the old cache back as it was: its records over the new ones, none that it did not have.
    const folder = api.indexCacheFolder!.fsPath;
    for (const name of cacheRecords().keys()) if (!underOld.has(name)) rmSync(join(folder, name));
    for (const [name, text] of underOld) writeFileSync(join(folder, name), text);
    const stats = await api.reopenIndex();
    assert.equal(stats.fromCache, 0, 'every cached entry was analysed under the other registry');
    assert.equal(stats.extracted, stats.articles - stats.open);
    assert.ok(!actorsOfClosed().some((a) => a.startsWith('Zambezi Basin Council: ZBC secretariat')), actorsOfClosed().join());
    // Written under the registry that applies now, the next reopen is served from the cache.
    await api.indexIdle();
    const again = await api.reopenIndex();
    assert.deepEqual(again.analysedPaths.filter((p) => p.startsWith('registry/')), [], `analysed again: ${again.analysedPaths.join(', ')}`);
  });
});
