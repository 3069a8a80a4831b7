import assert from 'node:assert/strict';
import { figureIntervals, halfSteps, hedgeBefore, overlaps, partsDisagree, sharesExceedWhole, widen } from '../../../src/core/checks/tolerance';
import type { FigureMention } from '../../../src/core/types';
import { inputOf } from './helpers';

function figures(text: string): FigureMention[] {
  return inputOf(text).mentions.filter((m): m is FigureMention & typeof m => m.kind === 'figure');
}

function close(a: number, b: number): void {
  assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${a} ≉ ${b}`);
}

describe('checks: tolerance', () => {
  it('reads a stated value as exact to its last written digit, scale applied', () => {
    const [a, b, c, d, e] = figures('It cost $2.5 billion, 25%, 4,000 tonnes, two ships and 3 to 5.5 percent.');
    close(halfSteps(a)[0], 0.05e9);
    close(halfSteps(b)[0], 0.5);
    close(halfSteps(c)[0], 0.5);
    close(halfSteps(d)[0], 0.5);
    assert.deepEqual(halfSteps(e).map((x) => Math.round(x * 100) / 100), [0.5, 0.05]);
  });

  it('widens hedged values by 10% on the side the hedge points to', () => {
    const text = 'Aid was about $10 billion, more than $10 billion, nearly $10 billion and up to $10 billion.';
    const fs = figures(text);
    assert.deepEqual(fs.map((f) => hedgeBefore(text, f.start)), ['about', 'over', 'under', 'atMost']);
    const [about, over, nearly, upTo] = fs.map((f) => figureIntervals(text, f)[0]);
    assert.deepEqual([about.lo, about.hi], [8.5e9, 11.5e9]);
    assert.deepEqual([over.lo, over.hi], [9.5e9, Infinity]);
    assert.deepEqual([nearly.lo, nearly.hi], [8.5e9, 10.5e9]);
    assert.deepEqual([upTo.lo, upTo.hi], [-Infinity, 10.5e9]);
  });

  it('treats fraction words as hedged and number words as exact', () => {
    const text = 'A third of the 12 ships and two aircraft.';
    const [third] = figures(text);
    const i = figureIntervals(text, third)[0];
    assert.ok(i.lo < 30.5 && i.hi > 36, JSON.stringify(i));
  });

  it('lets intervals that only touch disagree', () => {
    assert.equal(overlaps(widen(2.5, 0.05, 'none'), widen(2.4, 0.05, 'none')), false);
    assert.equal(overlaps(widen(2.5, 0.05, 'none'), widen(2.45, 0.005, 'none')), true);
  });

  it('adds parts at face value within half a unit of the coarsest figure; shares by their rounding', () => {
    const text = 'A $10 billion package: $4 billion and $5 billion; $4.5 billion and $5.5 billion.';
    const [total, a, b, c, d] = figures(text);
    assert.equal(partsDisagree(text, total, [a, b], false), true);
    assert.equal(partsDisagree(text, total, [a, b], true), false); // a partial list may fall short
    assert.equal(partsDisagree(text, total, [c, d], false), false);
    const shares = 'Shares were 33.4%, 33.3% and 33.4%, then 34%, 33% and 34%, then 40%, 35% and 30%.';
    const s = figures(shares);
    assert.deepEqual([sharesExceedWhole(shares, s.slice(0, 3)), sharesExceedWhole(shares, s.slice(3, 6)), sharesExceedWhole(shares, s.slice(6))], [false, false, true]);
  });
});
