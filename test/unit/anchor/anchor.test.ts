import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  anchor, anchorAll, CONTEXT_LENGTH, createTarget, editDistance, emptyStats, fuzzySearch, MAX_FUZZY_QUOTE_LENGTH, overlongQuotes, shiftAnchors,
} from '../../../src/core/anchor';

const TEXT = 'Kenya and China signed. Later China objected, and China left the talks in Nairobi.';

describe('anchor', () => {
  it('anchors an unchanged quote at its hint', () => {
    const t = createTarget(TEXT, 30, 35);
    assert.deepEqual(anchor(TEXT, t), { status: 'anchored', start: 30, end: 35, exact: true, score: 1 });
  });

  it('finds a moved quote and prefers the occurrence whose context matches', () => {
    const t = createTarget(TEXT, 30, 35); // the second "China"
    const edited = 'BREAKING: ' + TEXT.replace('Later', 'Much later');
    const r = anchor(edited, t);
    assert.equal(r.status, 'moved');
    assert.equal(edited.slice(r.start, r.end), 'China');
    assert.equal(r.start, edited.indexOf('China objected'));
  });

  it('uses context, not just distance, to choose among identical quotes', () => {
    const t = createTarget(TEXT, 50, 55); // third "China" ("and China left")
    const edited = TEXT.replace('and China left', 'and  China left').replace('Kenya and China', 'Kenya, and China');
    // Hint now points between occurrences; the context decides.
    const r = anchor(edited, { ...t, start: 31, end: 36 });
    assert.equal(r.start, edited.indexOf('China left'));
  });

  it('fuzzy-matches a quote that was edited a little, and reports it as not exact', () => {
    const text = 'The ministry pledged a sum of $2.5 billion in aid to the region after the floods.';
    const t = createTarget(text, 30, 42);
    const edited = 'The ministry pledged a sum of $2.6 billion in aid to the region after the floods.';
    const r = anchor(edited, t);
    assert.equal(r.status, 'moved');
    assert.equal(r.exact, false);
    assert.equal(edited.slice(r.start, r.end), '$2.6 billion');
  });

  it('orphans a quote that is gone, and keeps the old range', () => {
    const t = createTarget(TEXT, 74, 81); // Nairobi
    const r = anchor(TEXT.replace('in Nairobi', 'elsewhere entirely'), t);
    assert.deepEqual(r, { status: 'orphaned', start: 74, end: 81, exact: false, score: 0 });
  });

  it('does not fuzzy-match very short quotes', () => {
    const text = 'They met two ministers.';
    const t = createTarget(text, 9, 12);
    assert.equal(anchor('They met tw ministers.', t).status, 'orphaned');
  });

  it('CRLF ↔ LF changes never orphan anything and map offsets exactly', () => {
    const lf = 'Line one with Kenya.\nLine two with China.\n\nLine four: $5 million.';
    const targets = ['Kenya', 'China', '$5 million'].map((q) => createTarget(lf, lf.indexOf(q), lf.indexOf(q) + q.length));
    const crlf = lf.replace(/\n/g, '\r\n');
    for (const [from, to] of [[lf, crlf], [crlf, lf]]) {
      const ts = from === lf ? targets : targets.map((t) => createTarget(crlf, crlf.indexOf(t.quote.exact), crlf.indexOf(t.quote.exact) + t.quote.exact.length));
      const rs = anchorAll(to, ts);
      rs.forEach((r, i) => {
        assert.notEqual(r.status, 'orphaned');
        assert.equal(to.slice(r.start, r.end), ts[i].quote.exact);
      });
    }
  });

  it('never cuts a surrogate pair when capturing context', () => {
    const text = '🇰🇪 Kenya 🇸🇪';
    const t = createTarget(text, 5, 10, 2);
    assert.equal(t.quote.prefix, '🇪 ');
    assert.equal(anchor(text, t).status, 'anchored');
  });

  it('re-anchors 2,000 targets in a 1 MB text with shifted hints (the bounded work is counted in the AnchorStats tests)', () => {
    const words = ['Kenya', 'China', 'talks', 'minister', 'said', 'the', 'on', 'Tuesday', '40 percent', '$2.5 billion'];
    let text = '';
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    while (text.length < 1_000_000) text += words[rnd(words.length)] + (rnd(12) ? ' ' : '.\n\n');
    const targets = [];
    for (let i = 0; i < 2000; i++) {
      const s = text.indexOf(' ', rnd(text.length - 100)) + 1;
      targets.push(createTarget(text, s, text.indexOf(' ', s)));
    }
    const edited = 'Inserted lead paragraph.\n\n' + text.slice(0, 500_000) + text.slice(500_100);
    const rs = anchorAll(edited, targets);
    assert.ok(rs.filter((r) => r.status === 'orphaned').length <= 5);
  });
});

describe('fuzzySearch', () => {
  it('agrees with a brute-force edit-distance scan', () => {
    const text = 'abcxabdyabzzacbd abcd abxd';
    for (const [p, k] of [['abcd', 1], ['abd', 1], ['zzac', 2]] as const) {
      const got = fuzzySearch(text, p, k).map((m) => m.errors);
      const brute: number[] = [];
      for (let s = 0; s < text.length; s++) for (let e = s; e <= text.length; e++) if (editDistance(p, text.slice(s, e)) <= k) brute.push(s);
      assert.ok(got.length > 0 && brute.length > 0, p);
      for (const m of fuzzySearch(text, p, k)) assert.ok(editDistance(p, text.slice(m.start, m.end)) <= k, `${p} → ${text.slice(m.start, m.end)}`);
    }
  });

  it('finds exactly what a plain DP finds, for patterns of 1 to 100 units (one word or several)', () => {
    /** Semi-global DP: the best end of each run of ends within k errors, then its best start. */
    const reference = (text: string, p: string, k: number): { start: number; end: number; errors: number }[] => {
      const m = p.length;
      let col = Array.from({ length: m + 1 }, (_, i) => i);
      const out: { start: number; end: number; errors: number }[] = [];
      let run: { end: number; errors: number } | undefined;
      const close = (): void => {
        if (!run) return;
        let best = 0;
        let bestErrors = m;
        for (let len = 1; len <= Math.min(m + k, run.end); len++) {
          const e = editDistance(p, text.slice(run.end - len, run.end));
          if (e < bestErrors || (e === bestErrors && Math.abs(len - m) < Math.abs(best - m))) { best = len; bestErrors = e; }
        }
        if (bestErrors <= k) out.push({ start: run.end - best, end: run.end, errors: bestErrors });
        run = undefined;
      };
      for (let j = 0; j < text.length; j++) {
        const next = [0];
        for (let i = 1; i <= m; i++) next[i] = Math.min(col[i - 1] + (p[i - 1] === text[j] ? 0 : 1), col[i] + 1, next[i - 1] + 1);
        col = next;
        if (col[m] <= k) { if (!run || col[m] < run.errors) run = { end: j + 1, errors: col[m] }; } else close();
      }
      close();
      return out;
    };
    const unit = fc.constantFrom('a', 'b', 'c', ' ');
    fc.assert(fc.property(fc.string({ unit, minLength: 1, maxLength: 100 }), fc.string({ unit, maxLength: 300 }), fc.nat(), (p, noise, at) => {
      const i = at % (noise.length + 1);
      const text = noise.slice(0, i) + p.replace(/a/, 'c') + noise.slice(i);
      const k = Math.max(1, Math.floor(p.length / 4));
      assert.deepEqual(fuzzySearch(text, p, k), reference(text, p, k));
    }), { numRuns: 300 });
  });

  it('handles patterns longer than 32 units', () => {
    const p = 'United States Department of Commerce and Industry';
    const text = 'x'.repeat(1000) + 'United States Departement of Comerce and Industry' + 'y'.repeat(1000);
    const ms = fuzzySearch(text, p, 6);
    assert.ok(ms.some((m) => m.start === 1000), JSON.stringify(ms));
  });
});

describe('anchoring work bounds (counted in cells and steps)', () => {
  // A 200 KB article of random words (xorshift, so no period).
  const words = ['Kenya', 'China', 'talks', 'minister', 'said', 'the', 'on', 'Tuesday', '40 percent', '$2.5 billion'];
  let seed = 7;
  const rnd = (n: number): number => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; };
  let text = '';
  while (text.length < 200_000) text += words[rnd(words.length)] + (rnd(12) ? ' ' : '.\n\n');
  /** The quote text[s, s + m) with two characters changed, ten units in from each end. */
  const changed = (s: number, m: number): string => text.slice(0, s + 10) + 'X' + text.slice(s + 11, s + m - 10) + 'Y' + text.slice(s + m - 9);
  const CONTEXT_CELLS = 2 * (CONTEXT_LENGTH + 1) ** 2;

  it('compares only the 32 units of stored context nearest the quote (a 60 KB prefix and suffix)', () => {
    const s = 100_000;
    const t = createTarget(text, s, s + 20);
    const huge = { ...t, quote: { exact: t.quote.exact, prefix: 'x'.repeat(60_000) + t.quote.prefix, suffix: t.quote.suffix + 'y'.repeat(60_000) } };
    const edited = 'Lead. ' + text.slice(0, s - 3) + 'ZZZ' + text.slice(s, s + 23) + 'ZZZ' + text.slice(s + 23);
    const stats = emptyStats();
    const r = anchor(edited, { ...huge, start: 5, end: 25 }, { stats });
    assert.deepEqual([r.status, r.exact, edited.slice(r.start, r.end)], ['moved', true, t.quote.exact]);
    assert.ok(stats.cells > 0 && stats.cells <= CONTEXT_CELLS, `${stats.cells} cells`);
    assert.equal(anchor(text, huge).status, 'anchored');
  });

  for (const m of [500, 2000]) {
    it(`matches a ${m}-unit quote exactly only: changed, it is orphaned after almost no work; unchanged, it is found anywhere`, () => {
      const s = 100_000;
      const t = createTarget(text, s, s + m);
      const stats = emptyStats();
      assert.equal(anchor(changed(s, m), t, { stats }).status, 'orphaned');
      assert.deepEqual(stats, { cells: 0, steps: 0, exactOnly: 1, overBudget: 0 });
      const moved = 'A new first paragraph.\n\n' + text;
      const r = anchor(moved, t, { stats });
      assert.deepEqual([r.status, r.exact, r.start], ['moved', true, s + 24]);
      assert.ok(stats.cells <= CONTEXT_CELLS && stats.steps === 0, JSON.stringify(stats));
    });
  }

  it(`still finds a quote of ${MAX_FUZZY_QUOTE_LENGTH} units changed by two characters, in steps linear in the window and cells quadratic in the quote`, () => {
    const s = 100_000;
    const m = MAX_FUZZY_QUOTE_LENGTH;
    const stats = emptyStats();
    const r = anchor(changed(s, m), createTarget(text, s, s + m), { stats });
    assert.deepEqual([r.status, r.exact, r.start, r.end], ['moved', false, s, s + m]);
    const window = 2 * 32768 + m;
    assert.ok(stats.steps <= window * (m / 32), `${stats.steps} steps`);
    assert.ok(stats.cells <= 4 * m * m, `${stats.cells} cells`);
  });

  it('stops searching fuzzily when the step budget of the call is spent, and says how often', () => {
    const targets = Array.from({ length: 200 }, (_, i) => ({ quote: { exact: `Absent quote ${i}`, prefix: '', suffix: '' }, start: i * 900, end: i * 900 + 15 }));
    const stats = emptyStats();
    const rs = anchorAll(text, targets, { stats, fuzzyStepBudget: 1_000_000 });
    assert.ok(rs.every((r) => r.status === 'orphaned'));
    assert.ok(stats.steps <= 1_000_000, `${stats.steps} steps`);
    assert.ok(stats.overBudget >= 180, `${stats.overBudget} over budget`);
  });

  it('stops verifying fuzzy candidates when the cell budget of the call is spent', () => {
    const stats = emptyStats();
    // A quote that nearly matches everywhere in a repetitive text.
    const rep = 'the talks '.repeat(20_000);
    const r = anchor(rep, { quote: { exact: 'talks the Ztalks', prefix: '', suffix: '' }, start: 100, end: 116 }, { stats, fuzzyCellBudget: 50_000 });
    assert.equal(r.status, 'moved');
    assert.ok(stats.cells <= 50_000, `${stats.cells} cells`);
    assert.equal(stats.overBudget, 1);
  });

  it('lists the annotations whose quote is too long for fuzzy matching (CRLF counted once)', () => {
    const q = (n: number, crlf = false): { id: string; quote: { exact: string; prefix: string; suffix: string } } =>
      ({ id: `a-${n}${crlf ? 'r' : ''}`, quote: { exact: crlf ? 'ab\r\n'.repeat(n / 3) : 'a'.repeat(n), prefix: '', suffix: '' } });
    const list = [q(10), q(MAX_FUZZY_QUOTE_LENGTH), q(MAX_FUZZY_QUOTE_LENGTH + 1), q(MAX_FUZZY_QUOTE_LENGTH, true), q(300, true)];
    assert.deepEqual(overlongQuotes(list).map((a) => a.id), [`a-${MAX_FUZZY_QUOTE_LENGTH + 1}`, 'a-300r']);
  });
});

describe('shiftAnchors', () => {
  const text = 'Kenya met China. Sweden waited.';
  const anchors = ['Kenya', 'China', 'Sweden'].map((q) => createTarget(text, text.indexOf(q), text.indexOf(q) + q.length));

  it('shifts ranges after an insert before them and leaves earlier ones alone', () => {
    const change = { rangeOffset: 6, rangeLength: 0, text: 'quietly ' };
    const next = text.slice(0, 6) + 'quietly ' + text.slice(6);
    const rs = shiftAnchors(anchors, [change], next);
    assert.deepEqual(rs.map((r) => [r.status, next.slice(r.start, r.end)]), [['anchored', 'Kenya'], ['moved', 'China'], ['moved', 'Sweden']]);
  });

  it('re-anchors a range an edit touched, and orphans it when the quote is gone', () => {
    const next = text.replace('China', 'Beijing');
    const rs = shiftAnchors(anchors, [{ rangeOffset: 10, rangeLength: 5, text: 'Beijing' }], next);
    assert.equal(rs[1].status, 'orphaned');
    assert.equal(next.slice(rs[2].start, rs[2].end), 'Sweden');
    const typo = text.replace('Sweden', 'Swexden');
    const r2 = shiftAnchors(anchors, [{ rangeOffset: 20, rangeLength: 0, text: 'x' }], typo);
    assert.deepEqual([r2[2].status, r2[2].exact, typo.slice(r2[2].start, r2[2].end)], ['moved', false, 'Swexden']);
  });

  it('builds the new text only when an edit touches a range', () => {
    let built = 0;
    const next = text.slice(0, 6) + 'quietly ' + text.slice(6);
    const lazy = () => { built++; return next; };
    shiftAnchors(anchors, [{ rangeOffset: 6, rangeLength: 0, text: 'quietly ' }], lazy);
    assert.equal(built, 0, 'an edit away from every range moves them without the text');
    const touched = text.replace('China', 'Beijing');
    const rs = shiftAnchors(anchors, [{ rangeOffset: 10, rangeLength: 5, text: 'Beijing' }], () => { built++; return touched; });
    assert.equal(built, 1);
    assert.equal(rs[1].status, 'orphaned');
  });

  it('brings an orphan back when an edit (undo) re-inserts its quote', () => {
    const gone = text.replace('China', 'X');
    const orphan = { ...anchors[1], status: 'orphaned' as const };
    const r = shiftAnchors([orphan], [{ rangeOffset: 10, rangeLength: 1, text: 'China' }], text);
    assert.equal(r[0].status, 'anchored');
    void gone;
  });
});
