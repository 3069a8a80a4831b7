import assert from 'node:assert/strict';
import { describeDate, describeFigure } from '../../src/core/describe';

describe('describeDate', () => {
  const cases: [string | null, string][] = [
    ['2025-06-03', 'Tuesday, 3 June 2025'],
    ['2024-02-29', 'Thursday, 29 February 2024'],
    ['2026-03', 'March 2026'],
    ['2024-Q3', 'Q3 2024 (July–September 2024)'],
    ['2025-H1', 'first half of 2025 (January–June)'],
    ['2025-W23', 'week 23 of 2025'],
    ['2024', 'the year 2024'],
    ['198X', 'the 1980s'],
    ['17XX', 'the 18th century (1700s)'],
    ['P60D', 'a period of 60 days'],
    ['P1Y', 'a period of 1 year'],
    ['P12W', 'a period of 12 weeks'],
    ['2024-04/2025-03', 'April 2024 – March 2025'],
    ['--04-07', '7 April (year unknown)'],
    [null, 'not resolved (relative to an event)'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.equal(describeDate(input), expected));
  }
});

describe('describeFigure', () => {
  it('formats money with the currency', () => {
    assert.equal(describeFigure(2_500_000_000, 'USD'), 'US$2,500,000,000');
    assert.equal(describeFigure(4_100_000_000, 'EUR'), '€4,100,000,000');
    assert.equal(describeFigure(70, 'USD/barrel'), 'US$70 per barrel');
  });
  it('formats percent, points, counts and ranges', () => {
    assert.equal(describeFigure(12, '%'), '12%');
    assert.equal(describeFigure(0.5, 'pp'), '0.5 percentage points');
    assert.equal(describeFigure(4000, 'troops'), '4,000 troops');
    assert.equal(describeFigure([3, 5], '%'), '3% to 5%');
  });
  it('falls back for unknown three-letter units', () => {
    assert.match(describeFigure(5, 'XQZ'), /5/);
  });
});
