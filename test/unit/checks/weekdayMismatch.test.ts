import assert from 'node:assert/strict';
import { restyle, weekdayMismatches } from '../../../src/core/checks/weekdayMismatch';
import { applyFix, only, quiet } from './helpers';

describe('checks: weekday-mismatch', () => {
  it('flags a weekday inside the date span and fixes it', () => {
    const text = 'The talks opened on Monday, April 8, 2025 in Geneva.';
    const f = only(weekdayMismatches, text);
    assert.equal(f.code, 'weekday-mismatch');
    assert.equal(f.kind, 'inconsistent');
    assert.equal(f.level, 'warning');
    assert.equal(f.span, 'Monday');
    assert.match(f.message, /2025-04-08 is a Tuesday/);
    assert.deepEqual(f.related?.map((r) => text.slice(r.start, r.end)), ['Monday, April 8, 2025']);
    assert.equal(applyFix(text, f), 'The talks opened on Tuesday, April 8, 2025 in Geneva.');
  });

  it('flags a weekday in brackets after the date (the engine marks it as a date of its own)', () => {
    const text = 'The summit ended April 8, 2025 (Monday) after talks.';
    const f = only(weekdayMismatches, text);
    assert.equal(f.span, 'Monday');
    assert.equal(applyFix(text, f), 'The summit ended April 8, 2025 (Tuesday) after talks.');
  });

  it('flags "on Monday 8 April 2025" and an abbreviation just before the span, keeping its style', () => {
    assert.equal(only(weekdayMismatches, 'Ministers met on Monday 8 April 2025 in Rome.').span, 'Monday');
    const text = 'The vote is on Thu, 9 April 2025.'; // the engine leaves "Thu," outside the span
    const f = only(weekdayMismatches, text);
    assert.equal(f.span, 'Thu');
    assert.match(f.message, /2025-04-09 is a Wednesday/);
    assert.equal(applyFix(text, f), 'The vote is on Wed, 9 April 2025.');
    const caps = 'Ministers met on MONDAY April 8 2025 in Rome.';
    assert.equal(applyFix(caps, only(weekdayMismatches, caps)), 'Ministers met on TUESDAY April 8 2025 in Rome.');
  });

  it('writes the right weekday in the style of the wrong one', () => {
    assert.deepEqual([restyle('Monday', 2, false), restyle('MON', 2, true), restyle('monday', 2, false), restyle('Thurs', 3, true)], ['Tuesday', 'TUE', 'tuesday', 'Wed']);
  });

  it('says when the year was taken from the article date', () => {
    const f = only(weekdayMismatches, 'The talks opened on Monday, April 8 in Geneva.');
    assert.match(f.message, /year taken from the article date/);
  });

  it('stays quiet on the right weekday, in every position', () => {
    quiet(weekdayMismatches, 'The talks opened on Tuesday, April 8, 2025 in Geneva.');
    quiet(weekdayMismatches, 'The summit ended April 8, 2025 (Tuesday) after talks.');
    quiet(weekdayMismatches, 'On Tue., April 8, 2025, ministers met.');
  });

  it('stays quiet on a weekday that belongs to another clause or a date without a day', () => {
    quiet(weekdayMismatches, 'On Monday the ministry said the deal signed on April 8, 2025 stands.');
    quiet(weekdayMismatches, 'Talks resume on Monday, in April 2025, the ministry said.');
    quiet(weekdayMismatches, 'The court sat on Monday. April 8, 2025 was the deadline.');
  });

  it('skips a rejected date', () => {
    quiet(weekdayMismatches, 'The talks opened on Monday, April 8, 2025 in Geneva.', { reject: ['Monday, April 8, 2025'] });
  });
});
