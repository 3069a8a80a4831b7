import assert from 'node:assert/strict';
import { addComparison, agreementReport, compareMentions, emptyComparison, kappaOf, type AgreeMeter } from '../../../src/core/agree';
import type { Mention } from '../../../src/core/types';

function at(text: string, q: string): { start: number; end: number; text: string } {
  const i = text.indexOf(q);
  assert.ok(i >= 0, q);
  return { start: i, end: i + q.length, text: q };
}

describe('agreement (core/agree)', () => {
  // Tokens: Kenya | pays | $ | 5 | today | .   (6 tokens)
  // A: Kenya = actor/state, "$5" = figure/money      → labels S O M M O O
  // B: Kenya = actor/state, "today" = date/relative  → labels S O O O D O
  // Observed p_o = 3/6 (Kenya, pays, ".").
  // Chance p_e = p_A(S)p_B(S) + p_A(O)p_B(O) = (1/6)(1/6) + (3/6)(4/6) = 13/36.
  // kappa = (18/36 − 13/36) / (1 − 13/36) = 5/23 ≈ 0.2174.
  const small = 'Kenya pays $5 today.';
  const kenya: Mention = { kind: 'actor', type: 'state', canonical: 'Kenya', ...at(small, 'Kenya') };
  const five: Mention = { kind: 'figure', type: 'money', value: 5, unit: 'USD', ...at(small, '$5') };
  const today: Mention = { kind: 'date', type: 'relative', normalized: null, ...at(small, 'today') };

  it("Cohen's kappa on token labels matches the hand computation (5/23)", () => {
    const c = compareMentions(small, [kenya, five], [kenya, today]);
    assert.deepEqual(c.labels, { tokens: 6, same: 3, a: { 'actor/state': 1, O: 3, 'figure/money': 2 }, b: { 'actor/state': 1, O: 4, 'date/relative': 1 } });
    const k = kappaOf(c.labels);
    assert.equal(k.observed, 0.5);
    assert.ok(Math.abs(k.expected! - 13 / 36) < 1e-12);
    assert.ok(Math.abs(k.kappa! - 5 / 23) < 1e-12);
  });

  it('precision, recall and F1 of B against A, per kind and type; undefined ratios are null', () => {
    const r = agreementReport(compareMentions(small, [kenya, five], [kenya, today]));
    const g = Object.fromEntries(r.groups.map((x) => [x.group, x]));
    assert.deepEqual(r.groups.map((x) => x.group), ['all', 'actor', 'actor/state', 'figure', 'figure/money', 'date', 'date/relative']);
    assert.deepEqual(g.all.strict, { matched: 1, a: 2, b: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    assert.deepEqual(g['actor/state'].strict, { matched: 1, a: 1, b: 1, precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(g.figure.strict, { matched: 0, a: 1, b: 0, precision: null, recall: 0, f1: 0 });
    assert.deepEqual(g.date.overlap, { matched: 0, a: 0, b: 1, precision: 0, recall: null, f1: 0 });
  });

  it('identical sides agree perfectly (kappa 1, F1 1, no disagreements)', () => {
    const c = compareMentions(small, [kenya, five], [five, kenya]);
    const r = agreementReport(c);
    assert.equal(r.kappa.kappa, 1);
    assert.equal(r.groups[0].strict.f1, 1);
    assert.deepEqual(c.disagreements, []);
  });

  // A line 1: Chile (actor/state, Chile) · $2 billion (money) · March 3 (date); line 2: Peru (actor/state)
  // B line 1: Chile (actor/state, "Republic of Chile") · $2 (money, shorter) · March 3 (same); line 2: Peru (actor/organization)
  const text = 'Chile paid $2 billion on March 3.\nPeru agreed.\n';
  const A: Mention[] = [
    { kind: 'actor', type: 'state', canonical: 'Chile', ...at(text, 'Chile') },
    { kind: 'figure', type: 'money', value: 2e9, unit: 'USD', ...at(text, '$2 billion') },
    { kind: 'date', type: 'date', normalized: '2026-03-03', ...at(text, 'March 3') },
    { kind: 'actor', type: 'state', canonical: 'Peru', ...at(text, 'Peru') },
  ];
  const B: Mention[] = [
    { kind: 'actor', type: 'state', canonical: 'Republic of Chile', ...at(text, 'Chile') },
    { kind: 'figure', type: 'money', value: 2, unit: 'USD', ...at(text, '$2') },
    { kind: 'date', type: 'date', normalized: '2026-03-03', ...at(text, 'March 3') },
    { kind: 'actor', type: 'organization', canonical: 'Peru', ...at(text, 'Peru') },
  ];

  it('strict needs the same span (and kind or type at those levels); overlap accepts other boundaries', () => {
    const c = compareMentions(text, A, B);
    assert.deepEqual(c.groups.all, { a: 4, b: 4, strict: 3, overlap: 4 });
    assert.deepEqual(c.groups.actor, { a: 2, b: 2, strict: 2, overlap: 2 });
    assert.deepEqual(c.groups.figure, { a: 1, b: 1, strict: 0, overlap: 1 });
    assert.deepEqual(c.groups['actor/state'], { a: 2, b: 1, strict: 1, overlap: 1 });
    assert.deepEqual(c.groups['actor/organization'], { a: 0, b: 1, strict: 0, overlap: 0 });
  });

  it('meaning agreement over spans matched with the same kind: canonical, value+unit, normalised date', () => {
    const c = compareMentions(text, A, B);
    assert.deepEqual(c.meaning, { actor: { matched: 2, same: 1 }, figure: { matched: 0, same: 0 }, date: { matched: 1, same: 1 } });
    const r = agreementReport(c);
    assert.deepEqual(r.meaning.map((m) => m.rate), [0.5, null, 1]);
  });

  it('lists disagreements in article order with their line numbers and both sides', () => {
    const d = compareMentions(text, A, B).disagreements;
    assert.deepEqual(d.map((x) => [x.kind, x.line, x.a?.text, x.b?.text]), [
      ['meaning', 1, 'Chile', 'Chile'],
      ['boundary', 1, '$2 billion', '$2'],
      ['label', 2, 'Peru', 'Peru'],
    ]);
    assert.equal(d[0].b?.meaning, 'Republic of Chile');
    assert.equal(d[1].a?.meaning, '2000000000 USD');
  });

  it('counts add up across articles before any ratio is taken (micro-average)', () => {
    const total = emptyComparison();
    addComparison(total, compareMentions(small, [kenya, five], [kenya, today]));
    addComparison(total, compareMentions(text, A, B));
    assert.deepEqual(total.groups.all, { a: 6, b: 6, strict: 4, overlap: 5 });
    assert.equal(total.labels.tokens, 6 + compareMentions(text, A, B).labels.tokens);
    assert.equal(agreementReport(total).groups[0].strict.precision, 4 / 6);
  });

  it('does work linear in the mentions even when a hand-made sidecar nests every span in the next', () => {
    // Each side: n spans, the i-th from i to the end minus i, so every span overlaps every other.
    const work = (n: number): number => {
      const body = 'word '.repeat(2 * n);
      const span = (start: number, end: number): Mention => ({ kind: 'actor', type: 'state', canonical: 'x', start, end, text: body.slice(start, end) });
      const meter: AgreeMeter = { comparisons: 0 };
      compareMentions(body, Array.from({ length: n }, (_, i) => span(i, body.length - 2 * i)), Array.from({ length: n }, (_, i) => span(i + 1, body.length - 2 * i - 1)), meter);
      return meter.comparisons;
    };
    const small = work(250);
    const large = work(1000);
    assert.ok(large <= 4.5 * small, `4× the spans took ${(large / small).toFixed(2)}× the comparisons (${small} → ${large})`);
  });
});
