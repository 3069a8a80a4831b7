import assert from 'node:assert/strict';
import { anchor, anchorAll, createTarget, editDistance, fuzzySearch, shiftAnchors } from '../../../src/core/anchor';

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

  it('is not quadratic: 2,000 targets in a 1 MB text with shifted hints', () => {
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
    const t0 = performance.now();
    const rs = anchorAll(edited, targets);
    const ms = performance.now() - t0;
    assert.ok(ms < 3000, `${ms} ms`);
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

  it('handles patterns longer than 32 units', () => {
    const p = 'United States Department of Commerce and Industry';
    const text = 'x'.repeat(1000) + 'United States Departement of Comerce and Industry' + 'y'.repeat(1000);
    const ms = fuzzySearch(text, p, 6);
    assert.ok(ms.some((m) => m.start === 1000), JSON.stringify(ms));
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

  it('brings an orphan back when an edit (undo) re-inserts its quote', () => {
    const gone = text.replace('China', 'X');
    const orphan = { ...anchors[1], status: 'orphaned' as const };
    const r = shiftAnchors([orphan], [{ rangeOffset: 10, rangeLength: 1, text: 'China' }], text);
    assert.equal(r[0].status, 'anchored');
    void gone;
  });
});
