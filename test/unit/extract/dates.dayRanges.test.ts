import assert from 'node:assert/strict';
import { date, mentions } from './helpers';

// A day range that names a month at each end is one date span with an interval (guideline 23), as "June 3-5" is.
describe('extract: day ranges across months', () => {
  it('reads month-first and day-first ranges as one interval', () => {
    assert.equal(date('Supplies will run from June 15 to November 15 each year.', 'June 15 to November 15', '2026-05-01').normalized, '2026-06-15/2026-11-15');
    assert.equal(date('The window will run from 15 June to 15 November.', '15 June to 15 November', '2026-05-01').normalized, '2026-06-15/2026-11-15');
    assert.equal(date('Talks will run from June 3 until June 5.', 'June 3 until June 5', '2026-05-01').normalized, '2026-06-03/2026-06-05');
  });

  it('takes a year written at either end, and crosses a year end', () => {
    assert.equal(date('The term runs from June 15, 2025 to June 14, 2027.', 'June 15, 2025 to June 14, 2027').normalized, '2025-06-15/2027-06-14');
    assert.equal(date('Talks held between March 3 and April 9, 2026 failed.', 'March 3 and April 9, 2026').normalized, '2026-03-03/2026-04-09');
    assert.equal(date('From November 15 to February 15 the river ran dry.', 'November 15 to February 15', '2026-05-01').normalized, '2025-11-15/2026-02-15');
  });

  it('keeps two dates where they are two', () => {
    // "and" joins two dates unless "between" opens a range; a date moved from one day to another names both days.
    for (const [text, first, second] of [
      ['He spoke on June 3 and November 15.', 'June 3', 'November 15'],
      ['The vote was postponed from June 15 to November 15.', 'June 15', 'November 15'],
      ['The summit was moved back from 3 March to 9 April.', '3 March', '9 April'],
    ]) {
      const got = mentions(text, '2026-05-01').filter((m) => m.kind === 'date').map((m) => m.text);
      assert.deepEqual(got, [first, second], text);
    }
  });

  it('keeps ranges after verbs of motion or change, splits dates after verbs that move a date', () => {
    for (const [text, span] of [
      ['The army pushed north from March 3 to April 9.', 'March 3 to April 9'],
      ['Troops moved in from May 1 to May 20.', 'May 1 to May 20'],
      ['Shares advanced steadily from January to March.', 'January to March'],
    ]) assert.ok(mentions(text, '2026-06-04').some((m) => m.kind === 'date' && m.text === span), text);
    for (const text of ['The deadline was extended from December 31 to March 31.', 'The court adjourned the hearing from 3 March to 9 April.',
      'The vote was put off from June 15 to November 15.', 'The election date was switched from 15 November to 15 June.']) {
      assert.equal(mentions(text, '2026-06-04').filter((m) => m.kind === 'date').length, 2, text);
    }
  });

  it('ends a past range before the article and starts a coming one after it', () => {
    assert.equal(date('The exhibition ran from May 15 to July 15.', 'May 15 to July 15', '2026-06-04').normalized, '2025-05-15/2025-07-15');
  });

  it('gives no interval that ends before it starts, or on a day the month lacks', () => {
    assert.equal(date('Polls ran from June 31 to July 4, 2025.', 'June 31 to July 4, 2025').normalized, null);
  });
});
