import assert from 'node:assert/strict';
import { date } from './helpers';

// A commitment listed without a verb ("- reserves of $4.5 billion by December 31;") has a deadline ahead of the article.
describe('extract: deadlines in list items', () => {
  const list = 'The main commitments in the revised program are:\n\n- net reserve accumulation of $4.5 billion by December 31;\n- a primary surplus by the end of March;\n1. a new budget by June 30.';

  it('resolves a year-less deadline in a list item forwards', () => {
    assert.equal(date(list, 'December 31', '2026-10-07').normalized, '2026-12-31');
    assert.equal(date(list, 'March', '2026-10-07').normalized, '2027-03');
    assert.equal(date(list, 'June 30', '2026-10-07').normalized, '2027-06-30');
  });

  it('leaves prose and list items with a tense as they read', () => {
    assert.equal(date('Reserves of $4.5 billion by December 31 were short of the target.', 'December 31', '2026-10-07').normalized, '2025-12-31');
    assert.equal(date('Targets:\n\n- reserves had fallen by June 30;', 'June 30', '2026-10-07').normalized, '2026-06-30');
    // A sentence of its own, or an item with its own year, keeps the tense reading.
    assert.equal(date('Timeline:\n\n1. Protests spread to 20 cities by January 12.', 'January 12', '2026-06-04').normalized, '2026-01-12');
    assert.equal(date('Targets:\n\n- 2025 review: reserves by December 31 stood at $3 billion', 'December 31', '2026-06-04').normalized, '2025-12-31');
    // A "line" longer than a list item is read as prose (and not searched back to its start from every date).
    assert.equal(date(`Targets:\n\n- reserves ${'of the central bank and '.repeat(20)}by June 30;`, 'June 30', '2026-10-07').normalized, '2026-06-30');
  });
});
