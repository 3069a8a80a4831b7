// Worst-case work of the extractor on hostile one-paragraph shapes, bounded by counting steps (the
// tokens and loop turns the rules examine), never by timing: steps ≤ a constant × tokens at two sizes.
import assert from 'node:assert/strict';
import { extract } from '../../../src/core/extract';
import { tokenize } from '../../../src/core/extract/tokenize';
import { HOSTILE_SHAPES } from '../../support/hostile';

/** Measured worst case is about 200 steps per token (all-caps runs: each word may open a 40-token name). */
const MAX_STEPS_PER_TOKEN = 250;
const SIZES = [8_000, 16_000];

interface Work {
  tokens: number;
  steps: number;
}

function work(text: string): Work {
  const steps = { n: 0 };
  extract(text, { referenceDate: '2026-02-10', steps });
  return { tokens: tokenize(text).words.length, steps: steps.n };
}

/** What is wrong with a shape's work at each size (more steps per token than the bound), or null. */
export function linearityProblem(works: readonly Work[], bound: number): string | null {
  for (const w of works) {
    if (w.steps > bound * w.tokens) return `${w.steps} steps for ${w.tokens} tokens (${(w.steps / w.tokens).toFixed(1)} per token, bound ${bound})`;
  }
  return null;
}

describe('extraction work is linear on hostile shapes', () => {
  for (const [name, generate] of Object.entries(HOSTILE_SHAPES)) {
    it(`${name}: steps ≤ ${MAX_STEPS_PER_TOKEN} × tokens at ${SIZES.join(' and ')} characters`, () => {
      const works = SIZES.map((n) => work(generate(n)));
      assert.ok(works[0].tokens > 0 && works[0].steps > 0, 'the shape produced tokens and counted work');
      assert.equal(linearityProblem(works, MAX_STEPS_PER_TOKEN), null, name);
    });
  }

  it('counts work: the guard fails on a bound below the measured work and on a quadratic count', () => {
    const works = SIZES.map((n) => work(HOSTILE_SHAPES.capitalised(n)));
    const perToken = works[1].steps / works[1].tokens;
    assert.ok(perToken >= 1, `at least one step per token, got ${perToken}`);
    assert.match(linearityProblem(works, perToken / 2) ?? '', /per token/);
    // A rule that rereads the run from every token does tokens²/2 steps: the same bound catches it at the larger size.
    const quadratic = works.map((w) => ({ tokens: w.tokens, steps: (w.tokens * w.tokens) / 2 }));
    assert.match(linearityProblem(quadratic, MAX_STEPS_PER_TOKEN) ?? '', /per token/);
  });

  it('reports the steps through the option and stays a plain count', () => {
    const steps = { n: 0 };
    const first = extract('Bab Cab Dab said the Ministry of Finance (MoF) paid $5 million.', { steps });
    const n = steps.n;
    assert.ok(n > 0);
    extract('Bab Cab Dab said the Ministry of Finance (MoF) paid $5 million.', { steps });
    assert.equal(steps.n, 2 * n, 'the same text adds the same work');
    assert.deepEqual(extract('Bab Cab Dab said the Ministry of Finance (MoF) paid $5 million.').mentions, first.mentions, 'counting changes no output');
  });
});
