import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { readConfig } from '../../src/extension/config';
import type { PolicyLensApi } from '../../src/extension/extension';
import { SidecarStore } from '../../src/extension/sidecarStore';
import type { GroupNode, OrphanNode } from '../../src/view';
import { sidecarWritten, activeApi, copyArticle, marksWhen, readSidecar, snapshotWhen, spanOf, waitFor, waitForEvent } from './helpers';

function sidecarFor(article: string, annotations: string, entities = ' []'): string {
  return `# Written by hand, as a reviewer would
version: 1
article: ${article}
reference_date: 2025-06-03
entities:${entities}
annotations:
${annotations}`;
}

function annotation(id: string, text: string, exact: string, decision: string, entity?: string): string {
  const [start, end] = spanOf(text, exact);
  return `  - id: ${id}
    kind: actor
    type: state
${entity ? `    entity: ${entity}\n` : ''}    quote:
      exact: ${JSON.stringify(exact)}
      prefix: ${JSON.stringify(text.slice(Math.max(0, start - 32), start))}
      suffix: ${JSON.stringify(text.slice(end, end + 32))}
    start: ${start}
    end: ${end}
    decision: ${decision}
    reviewer_initials: KM  # an unknown key the tool must keep
`;
}

describe('sidecars changed outside, broken, orphaned and moved', () => {
  let api: PolicyLensApi;

  before(async () => {
    api = await activeApi();
  });

  it('picks up a sidecar written on disk by another program', async () => {
    const uri = copyArticle('lithium-talks.md', 'disk/outside.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const text = doc.getText();
    await snapshotWhen(api, uri, (s) => s.mentions.some((m) => m.text === 'Kenya' && !m.decision), 'first analysis');
    writeFileSync(api.sidecarUri(uri).fsPath, sidecarFor('outside.md', annotation('a-kenya', text, 'Kenya', 'rejected')));
    const snap = await snapshotWhen(api, uri, (s) => s.mentions.some((m) => m.text === 'Kenya' && m.decision === 'rejected'), 'the rejection from disk');
    assert.ok(snap);
  });

  it('marks an article the sidecar listing knows has no sidecar without waiting for the read, and applies one that appears with its article', async () => {
    // Any article analysed asks for the listing; this one makes sure it was asked.
    const first = copyArticle('lithium-talks.md', 'disk/listed-first.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    await snapshotWhen(api, first, () => true, 'an article analysed');
    const fresh = copyArticle('lithium-talks.md', 'disk/no-sidecar.md');
    await waitFor(() => api.sidecarKnownAbsent(fresh), 'the listing knows the new article has no sidecar');
    const doc = await vscode.workspace.openTextDocument(fresh);
    await vscode.window.showTextDocument(doc);
    await snapshotWhen(api, fresh, (s) => s.version === doc.version && !s.partial, 'first marks');
    const applied = api.extraction().applied.filter((a) => a.uri === fresh.toString());
    assert.equal(applied[0]?.sidecarRead, false, 'the first marks did not wait for the sidecar read');

    // A sidecar written next to a new article just before it opens: the listing may not have seen
    // it yet (then the marks come first and the read applies it), but the rejection always lands.
    const late = copyArticle('lithium-talks.md', 'disk/late-sidecar.md');
    const text = readFileSync(late.fsPath, 'utf8');
    writeFileSync(api.sidecarUri(late).fsPath, sidecarFor('late-sidecar.md', annotation('a-kenya', text, 'Kenya', 'rejected')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(late));
    await snapshotWhen(api, late, (s) => s.mentions.some((m) => m.text === 'Kenya' && m.decision === 'rejected'), 'the rejection from the sidecar');
    const marks = await marksWhen(api, late, (s) => !s.marks['actor.detected']?.some(([a, b]) => text.slice(a, b) === 'Kenya'), 'marks without the rejected mention');
    assert.ok(marks);
  });

  it('reports a broken sidecar, leaves it byte-identical, keeps decisions and writes them once it is fixed', async () => {
    const uri = copyArticle('lithium-talks.md', 'disk/broken.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const text = doc.getText();
    const sidecarPath = api.sidecarUri(uri).fsPath;
    const broken = 'version: 1\narticle: broken.md\nannotations:\n  - id: a-1\n    kind: [actor\n';
    writeFileSync(sidecarPath, broken);
    await vscode.commands.executeCommand('policyLens.reextract');
    await snapshotWhen(api, uri, (s) => s.sidecarProblems.some((p) => p.severity === 'error'), 'sidecar error');
    const diagnostics = await waitForDiagnostics(api.sidecarUri(uri));
    assert.ok(diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line >= 3), 'error with its line');

    const [start, end] = spanOf(text, 'Chile', 1);
    await vscode.commands.executeCommand('policyLens.confirmMention', { uri: uri.toString(), start, end });
    const pending = await snapshotWhen(api, uri, (s) => s.mentions.some((m) => m.start === start && m.decision === 'confirmed'), 'decision kept in memory');
    assert.ok(pending);
    assert.equal(readFileSync(sidecarPath, 'utf8'), broken, 'the broken file is untouched');

    const written = waitForEvent(api.onDidWriteSidecar, (u) => u.fsPath === sidecarPath, 'kept decision written');
    writeFileSync(sidecarPath, sidecarFor('broken.md', annotation('a-japan', text, 'Japan', 'rejected')));
    await written;
    const fixed = readFileSync(sidecarPath, 'utf8');
    assert.match(fixed, /# Written by hand/, 'the hand-written comment survives');
    assert.match(fixed, /reviewer_initials: KM {2}# an unknown key the tool must keep/, 'unknown key and its comment survive');
    assert.match(fixed, /exact: "?Japan"?\n[\s\S]*decision: rejected/, 'their decision stays');
    assert.match(fixed, /exact: Chile\n[\s\S]*decision: confirmed/, 'our kept decision landed');
  });

  it('lists an annotation whose text is gone as orphaned, and re-attaches it to a selection', async () => {
    const uri = copyArticle('lithium-talks.md', 'disk/orphan.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const text = doc.getText();
    const gone = text.replace('Nairobi', 'Mombasa-based officials');
    const kenya = '\n  - id: e-kenya\n    kind: actor\n    type: state\n    canonical: Kenya\n';
    writeFileSync(api.sidecarUri(uri).fsPath, sidecarFor('orphan.md', annotation('a-nairobi', text, 'Nairobi', 'confirmed', 'e-kenya'), kenya));
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(text.length)), gone));
    const snap = await snapshotWhen(api, uri, (s) => s.orphans.some((o) => o.id === 'a-nairobi'), 'orphan');
    assert.equal(snap.orphans.length, 1);
    await vscode.commands.executeCommand('policyLens.showView');
    await vscode.window.showTextDocument(doc);
    const group = api.tree.roots().find((g) => g.id === 'orphans') as GroupNode;
    assert.ok(group, 'the tree lists orphans');
    const node = group.children[0] as OrphanNode;
    assert.equal(node.annotation.id, 'a-nairobi');
    assert.ok(readSidecar(api, uri)!.includes('a-nairobi'), 'the orphan stays in the sidecar');

    const [start, end] = spanOf(doc.getText(), 'Mombasa');
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
    const written = sidecarWritten(api, uri, 're-attach write');
    await vscode.commands.executeCommand('policyLens.reattachOrphan', node);
    await written;
    const after = await snapshotWhen(api, uri, (s) => s.orphans.length === 0, 'orphan re-attached');
    assert.ok(after.mentions.some((m) => m.start === start && m.end === end && m.annotationId === 'a-nairobi'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('keeps decisions on their text while the article is edited, and updates positions on save', async () => {
    const uri = copyArticle('lithium-talks.md', 'disk/editing.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await marksWhen(api, uri, (s) => Object.keys(s.marks).length > 0);
    const [start, end] = spanOf(doc.getText(), 'Tokyo');
    const written = sidecarWritten(api, uri, 'decision');
    await vscode.commands.executeCommand('policyLens.rejectMention', { uri: uri.toString(), start, end });
    await written;
    const inserted = 'An earlier paragraph about Brazil and Argentina, added by an editor.\n\n';
    const at = doc.getText().indexOf('Okafor told');
    await editor.edit((b) => b.insert(doc.positionAt(at), inserted));
    const moved = await snapshotWhen(api, uri, (s) => s.version === doc.version, 'analysis after the edit');
    const tokyo = moved.mentions.find((m) => m.text === 'Tokyo');
    assert.equal(tokyo?.start, start + inserted.length, 'the rejection moved with its text');
    assert.equal(tokyo?.decision, 'rejected');
    assert.match(readSidecar(api, uri)!, new RegExp(`start: ${start}\\n`), 'unsaved edits do not touch the sidecar');
    const saved = sidecarWritten(api, uri, 'positions written on save');
    await doc.save();
    await saved;
    assert.match(readSidecar(api, uri)!, new RegExp(`start: ${start + inserted.length}\\n`));
  });

  it('moves the sidecar with its article when the article is renamed', async () => {
    const uri = copyArticle('lithium-talks.md', 'disk/moving.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await marksWhen(api, uri, (s) => Object.keys(s.marks).length > 0);
    const [start, end] = spanOf(doc.getText(), 'Kenya');
    const written = sidecarWritten(api, uri, 'first write');
    await vscode.commands.executeCommand('policyLens.confirmMention', { uri: uri.toString(), start, end });
    await written;
    const target = vscode.Uri.joinPath(uri, '..', 'renamed', 'moved.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, target, { overwrite: false });
    assert.ok(await vscode.workspace.applyEdit(edit));
    await snapshotWhen(api, target, (s) => s.mentions.some((m) => m.text === 'Kenya' && m.decision === 'confirmed'), 'decisions follow the article');
    assert.ok(existsSync(api.sidecarUri(target).fsPath), 'sidecar moved');
    assert.ok(!existsSync(api.sidecarUri(uri).fsPath), 'old sidecar gone');
  });
});

async function waitForDiagnostics(uri: vscode.Uri): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (now.length) return now;
  await waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()), 'diagnostics');
  return vscode.languages.getDiagnostics(uri);
}

describe('decisions kept for a broken sidecar survive a window reload', () => {
  it('a new store (as after a reload) writes what the old one kept, once the file parses', async () => {
    const api = await activeApi();
    const uri = copyArticle('lithium-talks.md', 'disk/reload.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText();
    const sidecarPath = api.sidecarUri(uri).fsPath;
    writeFileSync(sidecarPath, 'version: 1\narticle: reload.md\nannotations: [\n');
    // Workspace state as VS Code keeps it across reloads: a key-value store.
    const kept = new Map<string, unknown>();
    const memento: vscode.Memento = {
      keys: () => [...kept.keys()],
      get: <T>(key: string, fallback?: T) => (kept.has(key) ? (kept.get(key) as T) : fallback),
      update: async (key: string, value: unknown) => { if (value === undefined) kept.delete(key); else kept.set(key, value); },
    };
    const log = { trace: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const before = new SidecarStore(() => readConfig(uri), log, memento);
    const [start, end] = spanOf(text, 'Kenya');
    const mention = { kind: 'actor' as const, type: 'state' as const, canonical: 'Kenya', start, end, text: 'Kenya' };
    await before.apply(uri, { text, decisions: [{ op: 'confirm', mention }] });
    before.dispose();
    assert.equal(readFileSync(sidecarPath, 'utf8'), 'version: 1\narticle: reload.md\nannotations: [\n', 'the broken file is untouched');
    assert.equal(kept.size, 1, 'the kept decision was saved');

    writeFileSync(sidecarPath, '# fixed by hand\nversion: 1\narticle: reload.md\nentities: []\nannotations: []\n');
    const after = new SidecarStore(() => readConfig(uri), log, memento);
    try {
      const written = waitForEvent(after.onDidWrite, (u) => u.fsPath === sidecarPath, 'restored decision written');
      await after.current(uri);
      await written;
      const yaml = readFileSync(sidecarPath, 'utf8');
      assert.match(yaml, /# fixed by hand/);
      assert.match(yaml, /exact: Kenya[\s\S]*decision: confirmed/);
      assert.equal(kept.size, 0, 'nothing is kept once written');
    } finally {
      after.dispose();
    }
  });
});
