import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import {
  activeApi, copyArticle, hasSpan, marksWhen, readSidecar, sidecarWritten, snapshotWhen, spanOf,
} from './helpers';
import type { PolicyLensApi } from '../../src/extension/extension';

/** Runs a command and waits until its decision has been written to the sidecar. */
async function decide(api: PolicyLensApi, article: vscode.Uri, command: string, ...args: unknown[]): Promise<string> {
  const written = sidecarWritten(api, article, `${command} to write the sidecar`);
  await vscode.commands.executeCommand(command, ...args);
  await written;
  return readSidecar(api, article) ?? '';
}

describe('decisions are written to the sidecar', () => {
  let api: PolicyLensApi;
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;
  let text: string;
  const ref = (needle: string, occurrence = 0) => {
    const [start, end] = spanOf(text, needle, occurrence);
    return { uri: uri.toString(), start, end };
  };

  before(async () => {
    api = await activeApi();
    uri = copyArticle('lithium-talks.md', 'decisions/lithium.md');
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    text = editor.document.getText();
    await marksWhen(api, uri, (s) => Object.keys(s.marks).length > 0);
  });

  it('confirm: writes an annotation with quote, context and decision, and draws it solid', async () => {
    assert.equal(readSidecar(api, uri), undefined, 'no sidecar before the first decision');
    const yaml = await decide(api, uri, 'policyLens.confirmMention', ref('Amara Okafor'));
    assert.match(yaml, /decision: confirmed/);
    assert.match(yaml, /exact: Amara Okafor/);
    assert.match(yaml, /canonical: Amara Okafor/);
    const { marks } = await marksWhen(api, uri, (s) => hasSpan(s.marks['actor.confirmed'], spanOf(text, 'Amara Okafor')), 'confirmed style');
    assert.ok(!hasSpan(marks['actor.detected'], spanOf(text, 'Amara Okafor')));
  });

  it('reject: hides the mention and records the rejection', async () => {
    assert.ok(hasSpan(api.marks(uri)?.marks['actor.detected'], spanOf(text, 'Tokyo')), 'Tokyo is marked before');
    const yaml = await decide(api, uri, 'policyLens.rejectMention', ref('Tokyo'));
    assert.match(yaml, /exact: Tokyo[\s\S]*decision: rejected/);
    const { marks } = await marksWhen(api, uri, (s) => !hasSpan(s.marks['actor.detected'], spanOf(text, 'Tokyo')), 'Tokyo hidden');
    assert.ok(!hasSpan(marks['actor.confirmed'], spanOf(text, 'Tokyo')));
  });

  it('verify and dispute a figure with a source; the badge counts unverified figures', async () => {
    const before = api.tree.view.badge?.value ?? 0;
    let yaml = await decide(api, uri, 'policyLens.verifyFigure', ref('$2.5 billion'), 'https://example.org/finance-ministry-release');
    assert.match(yaml, /status: verified/);
    assert.match(yaml, /source: https:\/\/example.org\/finance-ministry-release/);
    await marksWhen(api, uri, (s) => hasSpan(s.marks['figure.verified'], spanOf(text, '$2.5 billion')), 'verified style');
    assert.equal(api.tree.view.badge?.value ?? 0, before - 1);
    yaml = await decide(api, uri, 'policyLens.disputeFigure', ref('12 percent'), 'Exporters association says 9 percent');
    assert.match(yaml, /status: disputed/);
    await marksWhen(api, uri, (s) => hasSpan(s.marks['figure.disputed'], spanOf(text, '12 percent')), 'disputed style');
  });

  it('add note: stored on the annotation and shown with a marker', async () => {
    const yaml = await decide(api, uri, 'policyLens.addNote', ref('June 2, 2025'), 'Check against the ministry calendar');
    assert.match(yaml, /note: Check against the ministry calendar/);
    const end = spanOf(text, 'June 2, 2025')[1];
    await marksWhen(api, uri, (s) => hasSpan(s.marks.note, [end, end]), 'note marker');
  });

  it('escapes text from the sidecar in hover cards, so a note cannot add links or formatting', async () => {
    const hostile = '*Check* [this](command:workbench.action.quit) `now` $(alert)';
    await decide(api, uri, 'policyLens.addNote', ref('Kenya'), hostile);
    const [start] = spanOf(text, 'Kenya');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(start + 1));
    const md = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.ok(md.includes('\\*Check\\*'), md);
    assert.ok(md.includes('\\[this\\]\\(command:workbench'), 'the link is escaped');
    assert.ok(!md.includes('](command:workbench.action.quit)'), 'no live link to a foreign command');
    assert.ok(md.includes('\\$\\(alert\\)'), 'no theme icon from user text');
  });

  it('annotate a selection by hand, then undo it', async () => {
    const [start, end] = spanOf(text, 'Chilean exporters');
    editor = await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    let yaml = await decide(api, uri, 'policyLens.annotateActor', 'organization', 'Chilean Exporters Association');
    assert.match(yaml, /exact: Chilean exporters[\s\S]*decision: added/);
    assert.match(yaml, /canonical: Chilean Exporters Association/);
    const snap = await snapshotWhen(api, uri, (s) => s.mentions.some((m) => m.origin === 'manual' && m.start === start), 'manual mention');
    assert.ok(snap.mentions.every((m) => m.start >= end || m.end <= start || (m.start === start && m.end === end)), 'the manual span supersedes what it overlaps');
    yaml = await decide(api, uri, 'policyLens.undoLastDecision');
    assert.doesNotMatch(yaml, /Chilean exporters/);
    assert.match(yaml, /exact: June 2, 2025/, 'earlier decisions stay');
  });

  it('apply the same decision to every identical mention', async () => {
    const marked = api.snapshot(uri)!.mentions.filter((m) => m.text === 'Japan' && m.kind === 'actor');
    assert.ok(marked.length >= 2, 'the article mentions Japan more than once');
    const sidecar = api.sidecarUri(uri).toString();
    let writes = 0;
    const counting = api.onDidWriteSidecar((u) => { if (u.toString() === sidecar) writes++; });
    try {
      const yaml = await decide(api, uri, 'policyLens.confirmAllIdentical', { uri: uri.toString(), start: marked[0].start, end: marked[0].end });
      const count = (yaml.match(/exact: Japan\n/g) ?? []).length;
      assert.equal(count, marked.length, 'each marked "Japan" has a confirmed annotation');
      assert.equal(writes, 1, 'one write for the whole batch');
    } finally {
      counting.dispose();
    }
  });

  it('rename an entity for all of its mentions', async () => {
    const yaml = await decide(api, uri, 'policyLens.renameEntity', ref('Okafor', 1), 'Amara N. Okafor');
    assert.match(yaml, /canonical: Amara N. Okafor/);
    const people = parseSidecar(yaml).sidecar!.entities.filter((e) => e.type === 'person' && [e.canonical, ...(e.aliases ?? [])].some((n) => n.includes('Okafor')));
    assert.deepEqual(people.map((e) => [e.canonical, e.aliases]), [['Amara N. Okafor', ['Amara Okafor']]], 'renamed through the entity, old name kept as an alias, nothing left behind');
    const snap = await snapshotWhen(api, uri, (s) => s.mentions.filter((m) => m.kind === 'actor' && m.canonical === 'Amara N. Okafor').length === 2, 'renamed entity');
    assert.ok(snap);
  });

  it('writes readable YAML that parses back to the same decisions', async () => {
    const yaml = readSidecar(api, uri)!;
    assert.match(yaml, /^# /, 'starts with a comment header');
    const parsed = parseSidecar(yaml);
    assert.ok(parsed.ok, JSON.stringify(parsed.diagnostics));
    assert.equal(parsed.sidecar!.article, 'lithium.md');
    const byQuote = (exact: string) => parsed.sidecar!.annotations.find((a) => a.quote.exact === exact);
    assert.equal(byQuote('Tokyo')?.decision, 'rejected');
    assert.equal(byQuote('$2.5 billion')?.status, 'verified');
    assert.equal(byQuote('12 percent')?.status, 'disputed');
    assert.equal(byQuote('June 2, 2025')?.note, 'Check against the ministry calendar');
    assert.equal(byQuote('Chilean exporters'), undefined, 'the undone annotation is gone');
    // Sorted by position, as the format promises for diff-friendliness.
    const starts = parsed.sidecar!.annotations.map((a) => a.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });
});
