// Figures whose value cannot be represented: a run of digits too long for a double is not a figure
// (its value would be Infinity, written as null in JSON, and a confirmed one would break the editor).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FigureMention } from '../../../src/core/types';
import { mentions, unmarked } from './helpers';

const figures = (text: string): FigureMention[] => mentions(text).filter((m): m is FigureMention => m.kind === 'figure');
const finite = (f: FigureMention): boolean => (Array.isArray(f.value) ? f.value.every(Number.isFinite) : Number.isFinite(f.value));

describe('extract: figures too large to represent', () => {
  it('are not figures, whatever their unit, scale or range', () => {
    const huge = '9'.repeat(400);
    for (const text of [
      `The registry lists ${huge} votes.`,
      `It paid $${huge} billion for the port.`,
      `Exports reached ${huge} tonnes last year.`,
      `A ${'9'.repeat(300)} trillion deal was floated.`,
      `Output could reach ${'9'.repeat(304)} mtpa by then.`,
      `Prices rose 5 to ${huge} percent.`,
    ]) {
      assert.deepEqual(figures(text).filter((f) => !finite(f)), [], text);
    }
    unmarked(`It paid $${huge} billion for the port.`, huge);
  });

  it('leaves long but representable digit runs as they were', () => {
    const [f] = figures('The fund holds 12345678901234567890123 dollars.');
    assert.equal(f.value, 1.23456789012e22);
    assert.equal(f.unit, 'USD');
  });

  it('every figure value is finite, for digit runs of any length (property)', () => {
    const digit = fc.constantFrom(...'0123456789');
    const digits = fc.tuple(fc.constantFrom(...'123456789'), fc.array(digit, { maxLength: 400, size: 'max' }), fc.option(fc.array(digit, { minLength: 1, maxLength: 5 })))
      .map(([first, rest, frac]) => first + rest.join('') + (frac ? `.${frac.join('')}` : ''));
    const around = fc.constantFrom(['Trade rose to ', ' tonnes.'], ['It paid $', ' billion.'], ['Between ', ' and 12 percent.'], ['They counted ', ' votes.'], ['A ', ' trillion euros fund.'], ['Output of ', ' million barrels per day.']);
    fc.assert(fc.property(digits, around, (n, [before, after]) => {
      for (const f of figures(before + n + after)) assert.ok(finite(f), JSON.stringify(f));
    }), { numRuns: 300 });
  });
});
