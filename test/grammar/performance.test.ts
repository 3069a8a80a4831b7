// The grammar runs on every line of very large files: adversarial lines must tokenize in linear time.
import assert from 'node:assert/strict';
import { GrammarHarness, PLAINTEXT_SCOPE, standInHost } from './textmate';

/** Repeated fragments that make a careless regex backtrack (near-miss numbers, ranges, months, currencies). */
const units = [
  '1,', '1.', '1 ', '1-', '11 ', '$1 ', '$1-', 'US$', 'Rs 1 ', '1 billion ', '1 to ', 'between 1 and ', '1% to ',
  'June ', 'June 1 ', '1 June ', 'Q1 ', 'FY1-', '2024-', 'in 2024-', 'first quarter of ', 'early ',
];

/** VS Code stops tokenizing a line after editor.maxTokenizationLineLength (default 20,000) characters. */
const LONG = 20_000;

describe('grammar performance', function () {
  let harness: GrammarHarness;

  const time = async (line: string): Promise<number> => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await harness.hits(PLAINTEXT_SCOPE, line);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  before(async function () {
    harness = await GrammarHarness.create(standInHost);
    await harness.hits(PLAINTEXT_SCOPE, 'warm-up: 12 percent of $2.5 billion on June 4, 2023');
  });

  for (const unit of units) {
    it(`${JSON.stringify(unit)} repeated: fast and linear`, async function () {
      const line = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      const short = await time(line(LONG / 4));
      const long = await time(line(LONG));
      assert.ok(long < 1_000, `a ${LONG}-character line took ${long.toFixed(0)} ms`);
      // Linear: 4x the text ≈ 4x the time; quadratic would be ≈ 16x. Small absolute times are noise.
      assert.ok(long < 10 * short || long < 40, `${short.toFixed(1)} ms → ${long.toFixed(1)} ms for 4x the text`);
    });
  }
});
