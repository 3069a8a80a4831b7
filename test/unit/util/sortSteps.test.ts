import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runSteps, sortSteps } from '../../../src/core/util';
import { stepThrough } from '../../support/stepThrough';

describe('core/util/sortSteps', () => {
  const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

  it('sorts as Array.prototype.sort does, equal items keeping their order, whatever the run length', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 20 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (keys, per) => {
      const items = keys.map((key, at) => ({ key, at }));
      const expected = [...items].sort(byKey);
      const sorted = runSteps(sortSteps(items, byKey, undefined, per));
      assert.equal(sorted, items, 'in place');
      assert.deepEqual(sorted, expected);
    }), { numRuns: 300 });
  });

  it('handles at most `per` items between two pauses', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ key: (i * 7919) % 1000 }));
    const { most, steps } = stepThrough((meter) => sortSteps(items, byKey, meter, 500));
    assert.ok(most.items <= 501, `a step handled ${most.items} items`);
    assert.ok(steps - 1 >= 10_000 / 500, `${steps - 1} pauses`);
    assert.deepEqual(items.map((x) => x.key), [...items].map((x) => x.key).sort((a, b) => a - b));
  });
});
