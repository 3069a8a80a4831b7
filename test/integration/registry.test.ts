// The entity registry in the real editor: Add to Entity Registry writes the workspace's
// policy-lens.entities.yaml keeping the person's comments, every open article is re-extracted
// with it at once, Never Mark This Text removes a mention, and the hover links the QID.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { parseRegistry } from '../../src/core/registry';
import type { PolicyLensApi } from '../../src/extension/extension';
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
