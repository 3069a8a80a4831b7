// Worst-case work of the extractor on hostile one-paragraph shapes, bounded by counting steps (the
// tokens and loop turns the rules examine) and the characters their forward searches pass over,
// never by timing: each ≤ a constant × tokens at two sizes.
import assert from 'node:assert/strict';
import { extract } from '../../../src/core/extract';
import { newSteps } from '../../../src/core/extract/steps';
import { tokenize } from '../../../src/core/extract/tokenize';
import { HOSTILE_SHAPES } from '../../support/hostile';

/** Measured worst case is about 170 steps per token (all-caps runs: from each word the organisation-run rule reads the next 40 tokens twice: the run, then the known names inside it). */
const MAX_STEPS_PER_TOKEN = 200;
/** Measured worst case is about 6 characters per token (quotes and parentheses: each quote kind's search runs on to the next quote of its kind). */
const MAX_CHARS_PER_TOKEN = 16;
const SIZES = [8_000, 16_000];

interface Work {
  tokens: number;
  steps: number;
}

/** Steps, and characters scanned as steps (the same guard bounds both per token). */
function measure(text: string): { steps: Work; chars: Work } {
  const steps = newSteps();
  extract(text, { referenceDate: '2026-02-10', steps });
  const tokens = tokenize(text).words.length;
  return { steps: { tokens, steps: steps.n }, chars: { tokens, steps: steps.chars } };
}

function work(text: string): Work {
  return measure(text).steps;
}

/** Most that the steps per token may grow from one size to the next, twice as large (a quadratic count doubles them). */
const MAX_GROWTH_PER_TOKEN = 1.25;

/**
 * What is wrong with a shape's work at each size (more steps per token than the bound, or steps per token growing with
 * the size: a quadratic count whose constant is small stays under the bound at these sizes), or null.
 */
export function linearityProblem(works: readonly Work[], bound: number): string | null {
  for (const w of works) {
    if (w.steps > bound * w.tokens) return `${w.steps} steps for ${w.tokens} tokens (${(w.steps / w.tokens).toFixed(1)} per token, bound ${bound})`;
  }
  for (let k = 1; k < works.length; k++) {
    const before = works[k - 1].steps / works[k - 1].tokens;
    const now = works[k].steps / works[k].tokens;
    // One step per token of slack: tiny counts move by a step when a paragraph's end falls elsewhere.
    if (now > MAX_GROWTH_PER_TOKEN * before + 1) return `${before.toFixed(1)} then ${now.toFixed(1)} steps per token: growing with the size`;
  }
  return null;
}

describe('extraction work is linear on hostile shapes', () => {
  for (const [name, generate] of Object.entries(HOSTILE_SHAPES)) {
    it(`${name}: steps ≤ ${MAX_STEPS_PER_TOKEN} × tokens and characters scanned ≤ ${MAX_CHARS_PER_TOKEN} × tokens at ${SIZES.join(' and ')} characters`, () => {
      const both = SIZES.map((n) => measure(generate(n)));
      assert.ok(both[0].steps.tokens > 0 && both[0].steps.steps > 0, 'the shape produced tokens and counted work');
      assert.equal(linearityProblem(both.map((w) => w.steps), MAX_STEPS_PER_TOKEN), null, name);
      assert.equal(linearityProblem(both.map((w) => w.chars), MAX_CHARS_PER_TOKEN), null, `${name}: characters scanned`);
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
    // A quadratic count with a small constant stays under the bound, but its steps per token grow with the size.
    const slowQuadratic = works.map((w) => ({ tokens: w.tokens, steps: w.steps + (w.tokens * w.tokens) / 40 }));
    assert.match(linearityProblem(slowQuadratic, MAX_STEPS_PER_TOKEN) ?? '', /growing with the size/);
  });

  it('counts characters scanned: the quote searches are counted, and a search restarted per quote would break the bound', () => {
    const text = HOSTILE_SHAPES.quotesParens(SIZES[1]);
    const { chars } = measure(text);
    assert.ok(chars.steps >= text.split('"').length - 1, `the quote searches passed over ${chars.steps} characters`);
    // Searching from each quote to the paragraph's end (a kind that is absent, as '“' here) passes over about quotes × length / 2.
    const quotes = text.split('"').length - 1;
    assert.match(linearityProblem([{ tokens: chars.tokens, steps: chars.steps + (quotes * text.length) / 2 }], MAX_CHARS_PER_TOKEN) ?? '', /per token/);
  });

  it('reports the steps through the option and stays a plain count', () => {
    const steps = newSteps();
    const first = extract('Bab Cab Dab said the Ministry of Finance (MoF) paid $5 million.', { steps });
    const n = steps.n;
    assert.ok(n > 0);
    extract('Bab Cab Dab said the Ministry of Finance (MoF) paid $5 million.', { steps });
    assert.equal(steps.n, 2 * n, 'the same text adds the same work');
    assert.deepEqual(extract('Bab Cab Dab said the Ministry of Finance (MoF) paid $5 million.').mentions, first.mentions, 'counting changes no output');
  });
});
