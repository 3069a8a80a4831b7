import assert from 'node:assert/strict';
import { extract, referenceDateFor } from '../../../src/core/extract';
import { addDays, weekday } from '../../../src/core/extract/calendar';

describe('reference date: flag, then front matter, then sidecar', () => {
  const withFrontMatter = '---\ndate: 2026-03-04\n---\nText.\n';
  it('takes an explicit date first, cut to its day', () => {
    assert.equal(referenceDateFor(withFrontMatter, { given: '2025-01-02T10:00:00Z', sidecar: '2024-01-01' }), '2025-01-02');
  });
  it('then the front matter, over the sidecar', () => {
    assert.equal(referenceDateFor(withFrontMatter, { sidecar: '2024-01-01' }), '2026-03-04');
  });
  it('then the sidecar, else none', () => {
    assert.equal(referenceDateFor('Text.\n', { sidecar: '2024-01-01' }), '2024-01-01');
    assert.equal(referenceDateFor('Text.\n'), null);
  });
  it('ignores an impossible day from the front matter or the sidecar', () => {
    assert.equal(referenceDateFor('---\ndate: 2026-02-30\n---\nText.\n', { sidecar: '2024-01-01' }), '2024-01-01');
    assert.equal(referenceDateFor('Text.\n', { sidecar: '2026-13-45' }), null);
  });
});

describe('calendar arithmetic in years 1 to 99', () => {
  it('stays in that year (Date.UTC alone would move it to 1900–1999)', () => {
    assert.deepEqual(addDays({ y: 50, m: 12, d: 31 }, 1), { y: 51, m: 1, d: 1 });
    assert.equal(weekday({ y: 1, m: 1, d: 1 }), 1, '1 January of year 1 was a Monday (proleptic Gregorian)');
    const monday = extract('Tokyo protested on Monday.', { referenceDate: '0001-01-03' }).mentions.find((m) => m.text === 'Monday');
    assert.equal(monday?.kind === 'date' ? monday.normalized : undefined, '0001-01-01');
  });
});
