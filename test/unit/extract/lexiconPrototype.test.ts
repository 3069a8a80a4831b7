// Word lists read with `in` on a plain object also see Object.prototype's names ("constructor"); the
// month and weekday sets hold own keys only.
import assert from 'node:assert/strict';
import { MONTH_NAMES, MONTH_OR_DAY } from '../../../src/core/extract/lexicon/time';

describe('month and weekday sets', () => {
  it('hold the names and no name of Object.prototype', () => {
    assert.ok(MONTH_NAMES.has('sept') && MONTH_OR_DAY.has('thursday'));
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      assert.ok(!MONTH_NAMES.has(name) && !MONTH_OR_DAY.has(name), name);
    }
  });
});
