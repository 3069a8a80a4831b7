// Sending edits and receiving mention diffs must give exactly what a full extraction of the final
// text gives, whatever the edits, including when the two sides' sequence numbers do not line up.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract } from '../../../src/core/extract';
import { textEdit, type DocSync, type MentionDiff } from '../../../src/core/jobs/docSync';
import { applyTextEdit, patchSpans, sameMoved } from '../../../src/core/util';
import { ExtractJobHandler, type ExtractWorkerResponse } from '../../../src/core/jobs/extractJobs';
import { buildModel, patchModel, patchModelSteps } from '../../../src/core/model';
import { compileRegistry, type EntityRegistry } from '../../../src/core/registry';
import type { Mention } from '../../../src/core/types';

// The oracle for diffs between two whole lists (the worker answers with its extractor's own change).
/**
 * The change from prev to next as a MentionDiff: the common head (equal mentions) and the common
 * tail (equal once moved by the text's length change) are kept; only the middle is sent.
 */
function diffMentions(of: number, prev: readonly Mention[], next: readonly Mention[], shift: number): MentionDiff {
  const n = Math.min(prev.length, next.length);
  let head = 0;
  while (head < n && sameMoved(prev[head], next[head], 0)) head++;
  let tail = 0;
  while (tail < n - head && sameMoved(prev[prev.length - 1 - tail], next[next.length - 1 - tail], shift)) tail++;
  return { of, start: head, deleteCount: prev.length - tail - head, insert: next.slice(head, next.length - tail), shift };
}

const WORDS = ['Kenya', 'Japan', 'Okafor', 'Foreign', 'Minister', 'Amara', 'said', 'on', 'Monday', 'the', '$2.5', 'billion', '12', 'percent',
  'Tokyo', 'NATO', 'Financial', 'Action', 'Task', 'Force', '(FATF)', 'FATF', 'in', 'March', 'last', 'year', 'of', 'Bola', 'Okafor.',
  '5 March 2024', 'Dvořák', '😀', ',', '.', '\n', '\n\n', '\r\n\r\n'];
const docArb = fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 150 }).map((ws) => ws.join(' '));
const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((ws) => ws.join(' ')) });

const SIDECAR_WITH_ENTITY = 'version: 1\nentities:\n  - id: e-kenya\n    kind: actor\n    type: state\n    canonical: Republic of Kenya\n    aliases: [Kenya]\nannotations: []\n';

/** The owner's side of the protocol, as ExtractionService runs it, over a handler called in-process. */
class Owner {
  seq = 0;
  sent?: { seq: number; text: string };
  known?: { seq: number; mentions: Mention[] };
  diffs = 0;
  resyncs = 0;
  constructor(readonly handler: ExtractJobHandler, readonly doc = 'a') {}

  update(text: string, referenceDate: string | null = null, registry?: { key: string; source: EntityRegistry }): Mention[] {
    const sync: DocSync = { seq: ++this.seq };
    if (this.known) sync.known = this.known.seq;
    const previous = this.sent;
    this.sent = { seq: sync.seq, text };
    let answer: ExtractWorkerResponse | undefined = previous
      ? this.handler.handle({ type: 'extract', id: sync.seq, doc: this.doc, text: '', referenceDate, registry, sync: { ...sync, base: previous.seq, edit: textEdit(previous.text, text) } })
      : this.handler.handle({ type: 'extract', id: sync.seq, doc: this.doc, text, referenceDate, registry, sync });
    if (answer?.type === 'resync') {
      this.resyncs++;
      answer = this.handler.handle({ type: 'extract', id: sync.seq, doc: this.doc, text, referenceDate, registry, sync });
    }
    assert.ok(answer?.type === 'result');
    let mentions = answer.result.mentions;
    if (answer.diff) {
      this.diffs++;
      assert.equal(answer.diff.of, this.known?.seq);
      mentions = patchSpans(this.known?.mentions ?? [], answer.diff);
    }
    this.known = { seq: sync.seq, mentions };
    return mentions;
  }
}

describe('document sync: edits in, mention diffs out', () => {
  it('textEdit and applyTextEdit round-trip, and a misplaced edit is refused', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const e = textEdit(a, b);
      assert.equal(applyTextEdit(a, e), b);
    }), { numRuns: 500 });
    assert.throws(() => applyTextEdit('abc', { start: 2, deleteCount: 5, insert: '' }), RangeError);
  });

  it('patchSpans(prev, diffMentions(prev, next)) equals next, and sends only the middle', () => {
    const before = 'Kenya and Japan met.\n\nOkafor said on 5 March 2024 that $2.5 billion was paid.\n\nNATO agreed with Japan and Kenya.';
    const after = before.replace('5 March', '6 March').replace('paid.', 'paid!!');
    const prev = extract(before).mentions;
    const next = extract(after).mentions;
    const diff = diffMentions(1, prev, next, after.length - before.length);
    assert.deepEqual(patchSpans(prev, diff), next);
    assert.ok(diff.insert.length < next.length / 2, 'the unchanged head and tail are not sent');
  });

  it('the owner\'s mentions equal extract() of the final text after every random edit (property)', () => {
    let diffs = 0;
    fc.assert(fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 10 }), fc.constantFrom('2026-02-10', null), (doc, edits, ref) => {
      const owner = new Owner(new ExtractJobHandler());
      let text = `---\ndate: 2025-06-03\n---\n\n${doc}`;
      assert.deepEqual(owner.update(text, ref), extract(text, { referenceDate: ref }).mentions);
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.del);
        assert.deepEqual(owner.update(text, ref), extract(text, { referenceDate: ref }).mentions);
      }
      assert.equal(owner.resyncs, 0);
      diffs += owner.diffs;
    }), { numRuns: 300 });
    assert.ok(diffs > 0, 'the edits were answered with diffs');
  });

  it('edits stay exact while an entity registry comes and goes between them (property)', () => {
    const source: EntityRegistry = { entities: [{ name: 'Joko Widodo', type: 'person', aliases: ['Jokowi', 'Okafor'], metonyms: [], qid: 'Q27700' }], never: ['Tokyo'] };
    const registry = compileRegistry(source);
    const sent = { key: registry.key, source: registry.source };
    fc.assert(fc.property(docArb, fc.array(fc.tuple(editArb, fc.boolean()), { minLength: 1, maxLength: 8 }), (doc, edits) => {
      const owner = new Owner(new ExtractJobHandler());
      let text = `Jokowi met Kenya's envoy.\n\n${doc}`;
      assert.deepEqual(owner.update(text, null, sent), extract(text, { registry }).mentions);
      for (const [e, withRegistry] of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.del);
        const expected = withRegistry ? extract(text, { registry }).mentions : extract(text).mentions;
        assert.deepEqual(owner.update(text, null, withRegistry ? sent : undefined), expected);
      }
      assert.equal(owner.resyncs, 0);
    }), { numRuns: 150 });
  });

  it('a worker that lost the text (restarted, or a job dropped before it was sent) asks for it, and the result is still exact', () => {
    const owner = new Owner(new ExtractJobHandler());
    const text = 'Kenya and Japan met.\n\nOkafor said on 5 March 2024 that $2.5 billion was paid.\n';
    owner.update(text);
    // A new worker: it holds nothing, so the edit cannot apply.
    const restarted = new Owner(new ExtractJobHandler());
    Object.assign(restarted, { seq: owner.seq, sent: owner.sent, known: owner.known });
    const edited = text.replace('Japan', 'Tokyo');
    assert.deepEqual(restarted.update(edited), extract(edited).mentions);
    assert.equal(restarted.resyncs, 1);
    // A job the worker never saw: the next edit's base is one it does not hold.
    restarted.sent = { seq: 999, text: edited };
    const again = edited.replace('Kenya', 'NATO');
    assert.deepEqual(restarted.update(again), extract(again).mentions);
    assert.equal(restarted.resyncs, 2);
  });

  it('a worker that finished a job whose answer the owner dropped answers the next one with the whole list, not a diff against it', () => {
    const handler = new ExtractJobHandler();
    const owner = new Owner(handler);
    const text = 'Kenya and Japan met.\n\nOkafor said so.\n';
    owner.update(text);
    // A superseded job the worker still ran: the owner sent it (so it is the base) but never got its mentions.
    const dropped = text.replace('Japan', 'Tokyo');
    handler.handle({ type: 'extract', id: 50, doc: 'a', text: '', referenceDate: null, sync: { seq: ++owner.seq, base: owner.sent?.seq, edit: textEdit(text, dropped), known: owner.known?.seq } });
    owner.sent = { seq: owner.seq, text: dropped };
    const diffsBefore = owner.diffs;
    const final = dropped.replace('Kenya', 'NATO');
    assert.deepEqual(owner.update(final), extract(final).mentions);
    assert.equal(owner.diffs, diffsBefore, 'answered with the whole list');
    assert.equal(owner.resyncs, 0);
  });

  it('patchModel equals buildModel over the patched mentions when the sidecar has no annotations, and declines when it has', () => {
    fc.assert(fc.property(docArb, editArb, (doc, e) => {
      const before = extract(doc).mentions;
      const at = e.at % (doc.length + 1);
      const text = doc.slice(0, at) + e.insert + doc.slice(at + e.del);
      const after = extract(text).mentions;
      const diff = diffMentions(1, before, after, text.length - doc.length);
      const sidecar = SIDECAR_WITH_ENTITY;
      const patched = patchModel(buildModel(doc, before, sidecar), diff, sidecar);
      assert.deepEqual(patched, buildModel(text, after, sidecar));
    }), { numRuns: 200 });
    assert.ok(buildModel('Kenya said.', extract('Kenya said.').mentions, SIDECAR_WITH_ENTITY).mentions.some((m) => m.entityId === 'e-kenya'), 'the entity renames a mention, so the test covers it');
    const withAnnotation = 'version: 1\nannotations:\n  - id: a-1\n    kind: actor\n    type: state\n    quote:\n      exact: Kenya\n    start: 0\n    end: 5\n    decision: confirmed\n';
    assert.equal(buildModel('Kenya met Japan.', [], withAnnotation).anchors.length, 1);
    const model = buildModel('Kenya met Japan.', extract('Kenya met Japan.').mentions, withAnnotation);
    assert.equal(patchModel(model, { start: 0, deleteCount: 0, insert: [], shift: 0 }, withAnnotation), undefined);
  });

  it('in steps, a patch pauses every 4,000 mentions it moves and gives what patchModel gives', () => {
    const text = 'Kenya met Japan on 5 March 2024 and pledged $2.5 billion.\n\n'.repeat(3000);
    const model = buildModel(text, extract(text).mentions, undefined);
    const patch = { start: 4, deleteCount: 0, insert: [], shift: 1 };
    const steps = patchModelSteps(model, patch, undefined);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.deepEqual(r.value, patchModel(model, patch, undefined));
    assert.ok(pauses >= Math.floor((model.mentions.length - 4) / 4000), `${pauses} pauses for ${model.mentions.length} mentions`);
  });
});
