// Property tests: thousands of random edit sequences (inserts, deletes, paragraph moves, CRLF
// switches) over articles with annotations. A ground-truth tracker follows every annotation whose
// quoted text is not touched by any edit.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorAll, createTarget, normalizeEol, shiftAnchors, type AnchorResult, type AnchorTarget, type ContentChange, type LiveAnchor } from '../../../src/core/anchor';

const VOCAB = ['China', 'Kenya', 'the', 'minister', 'said', '$2.5 billion', '40 percent', 'on', 'Tuesday', 'March 3, 2026',
  'Okafor', 'talks', 'in', 'Nairobi', 'and', 'of', 'five', 'tonnes', 'United States', 'trade', 'deal', 'agreed', 'China', 'the'];

type Edit =
  | { op: 'insert'; at: number; words: string[]; para: boolean }
  | { op: 'delete'; at: number; len: number }
  | { op: 'move'; from: number; to: number }
  | { op: 'eol' };

const paragraph = fc.array(fc.constantFrom(...VOCAB), { minLength: 4, maxLength: 30 }).map((ws) => ws.join(' '));
const article = fc.array(paragraph, { minLength: 2, maxLength: 8 }).map((ps) => ps.join('\n\n'));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), words: fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 6 }), para: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ op: 'eol' as const }) },
);
const scenario = fc.record({
  text: article,
  picks: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 25 }),
  edits: fc.array(edit, { minLength: 1, maxLength: 10 }),
});

interface Span { start: number; end: number }

function pickSpans(text: string, picks: [number, number][]): Span[] {
  const words: Span[] = [];
  for (const m of text.matchAll(/[^ \n]+/g)) words.push({ start: m.index!, end: m.index! + m[0].length });
  const out: Span[] = [];
  for (const [i, n] of picks) {
    const a = words[i % words.length];
    let b = a;
    for (let k = 1; k < n; k++) {
      const next = words[(i % words.length) + k];
      if (!next || text.slice(b.end, next.start) !== ' ') break;
      b = next;
    }
    out.push({ start: a.start, end: b.end });
  }
  return out;
}

/** Keep offsets off the middle of a CRLF pair. */
function safe(text: string, at: number): number {
  return text[at - 1] === '\r' && text[at] === '\n' ? at + 1 : at;
}

interface Step { text: string; changes: ContentChange[] }

/** Apply one edit; update the ground-truth spans (undefined = the quote was touched). */
function apply(text: string, e: Edit, truth: (Span | undefined)[]): Step {
  const crlf = text.includes('\r\n');
  const nl = crlf ? '\r\n' : '\n';
  const shiftAll = (at: number, removed: number, inserted: number, keep?: (s: Span) => Span | undefined): void => {
    truth.forEach((s, i) => {
      if (!s) return;
      const k = keep?.(s);
      if (k) { truth[i] = k; return; }
      if (at + removed <= s.start) truth[i] = { start: s.start - removed + inserted, end: s.end - removed + inserted };
      else if (at >= s.end) truth[i] = s;
      else truth[i] = undefined;
    });
  };
  switch (e.op) {
    case 'insert': {
      const at = safe(text, e.at % (text.length + 1));
      const ins = (e.para ? nl + nl : ' ') + e.words.join(' ') + ' ';
      shiftAll(at, 0, ins.length);
      return { text: text.slice(0, at) + ins + text.slice(at), changes: [{ rangeOffset: at, rangeLength: 0, text: ins }] };
    }
    case 'delete': {
      const at = safe(text, e.at % Math.max(1, text.length));
      const end = safe(text, Math.min(text.length, at + e.len));
      shiftAll(at, end - at, 0);
      return { text: text.slice(0, at) + text.slice(end), changes: [{ rangeOffset: at, rangeLength: end - at, text: '' }] };
    }
    case 'move': {
      const sep = nl + nl;
      const paras: Span[] = [];
      let p = 0;
      for (;;) {
        const q = text.indexOf(sep, p);
        if (q < 0) { paras.push({ start: p, end: text.length }); break; }
        paras.push({ start: p, end: q + sep.length });
        p = q + sep.length;
      }
      if (paras.length < 2) return { text, changes: [] };
      const src = paras[e.from % paras.length];
      if (src.end === text.length) return { text, changes: [] }; // the last paragraph has no separator
      const block = text.slice(src.start, src.end);
      const without = text.slice(0, src.start) + text.slice(src.end);
      // Destination: the start of some paragraph in the text without the block.
      const starts = [0];
      for (let q = without.indexOf(sep); q >= 0; q = without.indexOf(sep, q + 1)) starts.push(q + sep.length);
      const to = starts[e.to % starts.length];
      const len = src.end - src.start;
      truth.forEach((s, i) => {
        if (!s) return;
        if (s.start >= src.start && s.end <= src.end) { truth[i] = { start: to + (s.start - src.start), end: to + (s.end - src.start) }; return; }
        let a = s.start >= src.end ? s.start - len : s.start;
        if (a >= to) a += len;
        truth[i] = { start: a, end: a + (s.end - s.start) };
      });
      return {
        text: without.slice(0, to) + block + without.slice(to),
        // VS Code order: each change against the text the previous ones produced.
        changes: [{ rangeOffset: src.start, rangeLength: len, text: '' }, { rangeOffset: to, rangeLength: 0, text: block }],
      };
    }
    case 'eol': {
      const next = crlf ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n');
      const map = (o: number): number => {
        const before = text.slice(0, o);
        return crlf ? o - (before.match(/\r\n/g)?.length ?? 0) : o + (before.match(/\n/g)?.length ?? 0);
      };
      truth.forEach((s, i) => { if (s) truth[i] = { start: map(s.start), end: map(s.end) }; });
      return { text: next, changes: [{ rangeOffset: 0, rangeLength: text.length, text: next }] };
    }
  }
}

interface Tally { runs: number; edits: number; annotations: number; anchored: number; moved: number; orphaned: number; survived: number; atTruth: number }

function tally(): Tally {
  return { runs: 0, edits: 0, annotations: 0, anchored: 0, moved: 0, orphaned: 0, survived: 0, atTruth: 0 };
}

function check(text: string, targets: AnchorTarget[], results: AnchorResult[], truth: (Span | undefined)[], t: Tally, batch: boolean): void {
  assert.equal(results.length, targets.length, 'an annotation was lost');
  results.forEach((r, i) => {
    t.annotations++;
    t[r.status]++;
    assert.ok(['anchored', 'moved', 'orphaned'].includes(r.status));
    if (r.status !== 'orphaned') {
      assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, `range ${r.start}-${r.end} outside the text`);
      if (r.exact) assert.equal(normalizeEol(text.slice(r.start, r.end)), normalizeEol(targets[i].quote.exact), 'quote differs from the text at its range');
    } else if (batch) {
      assert.equal(r.start, targets[i].start, 'an orphan must keep its stored range');
    }
    const s = truth[i];
    if (s && normalizeEol(text.slice(s.start, s.end)) === normalizeEol(targets[i].quote.exact)) {
      t.survived++;
      assert.notEqual(r.status, 'orphaned', `quote "${targets[i].quote.exact}" survived at ${s.start} but was orphaned`);
      if (r.start === s.start && r.end === s.end) t.atTruth++;
    }
  });
}

function report(name: string, t: Tally): void {
  console.log(`      ${name}: ${t.runs} runs, ${t.edits} edits, ${t.annotations} annotations → ${t.anchored} anchored, ${t.moved} moved, ${t.orphaned} orphaned; ` +
    `${t.survived} survived intact, ${t.atTruth} (${(100 * t.atTruth / Math.max(1, t.survived)).toFixed(1)}%) found at their true position`);
}

describe('anchoring under random edits (property)', function () {
  this.timeout(120000);

  it('batch re-anchoring after a sequence of edits (sidecar loaded against a changed article)', () => {
    const t = tally();
    fc.assert(fc.property(scenario, ({ text, picks, edits }) => {
      t.runs++;
      const spans = pickSpans(text, picks);
      const targets = spans.map((s) => createTarget(text, s.start, s.end));
      const truth: (Span | undefined)[] = spans.map((s) => ({ ...s }));
      let cur = text;
      for (const e of edits) { cur = apply(cur, e, truth).text; t.edits++; }
      check(cur, targets, anchorAll(cur, targets), truth, t, true);
    }), { numRuns: 3000 });
    report('batch', t);
    assert.equal(t.runs, 3000);
    assert.ok(t.atTruth / t.survived > 0.9, 'fewer than 90% of intact quotes found at their true position');
  });

  it('incremental shifting through editor change events', () => {
    const t = tally();
    let exactShift = 0;
    fc.assert(fc.property(scenario, ({ text, picks, edits }) => {
      t.runs++;
      const spans = pickSpans(text, picks);
      const targets = spans.map((s) => createTarget(text, s.start, s.end));
      const truth: (Span | undefined)[] = spans.map((s) => ({ ...s }));
      let live: LiveAnchor[] = targets.map((x) => ({ ...x }));
      let cur = text;
      let results: AnchorResult[] = [];
      for (const e of edits) {
        const before = truth.map((s) => s && { ...s });
        const step = apply(cur, e, truth);
        t.edits++;
        cur = step.text;
        results = shiftAnchors(live, step.changes, cur);
        // Ranges no change touched must shift exactly (no re-anchoring guesswork).
        if (e.op === 'insert' || e.op === 'delete') {
          results.forEach((r, i) => {
            const b = before[i];
            const a = truth[i];
            if (b && a && live[i].status !== 'orphaned' && live[i].start === b.start && live[i].end === b.end) {
              exactShift++;
              assert.deepEqual([r.start, r.end], [a.start, a.end], 'an untouched range did not shift exactly');
            }
          });
        }
        live = results.map((r, i) => ({ quote: targets[i].quote, start: r.start, end: r.end, exact: r.exact, status: r.status === 'orphaned' ? 'orphaned' : undefined }));
      }
      check(cur, targets, results, truth, t, false);
    }), { numRuns: 3000 });
    report('incremental', t);
    console.log(`      incremental: ${exactShift} untouched ranges checked to shift exactly`);
    assert.ok(exactShift > 1000);
  });
});
