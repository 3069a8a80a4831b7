import assert from 'node:assert/strict';
import { date, mentions } from './helpers';

// A dotted numeric date is one number token ("22.04.2025"); it is a date, never the figure "22.04".
describe('extract: dotted numeric dates', () => {
  it('reads day-first and year-first dotted dates', () => {
    assert.equal(date('The ceasefire was signed on 22.04.2025 in Baku.', '22.04.2025').normalized, '2025-04-22');
    assert.equal(date('Elections are due on 2025.04.22 in Bishkek.', '2025.04.22').normalized, '2025-04-22');
    assert.equal(date('The treaty of 1.5.2024 and the note of 13.5.2024 crossed.', '1.5.2024').normalized, '2024-05-01');
  });

  it('leaves no figure inside the date', () => {
    const got = mentions('The ceasefire was signed on 22.04.2025 in Baku.', '2025-05-01');
    assert.deepEqual(got.map((m) => [m.kind, m.text]), [['date', '22.04.2025']]);
  });

  it('keeps numbers of other shapes as they were', () => {
    const got = mentions('Output rose 1.234.567 units; version 10.0.0.1 shipped; growth was 22.04 percent.', '2025-05-01');
    assert.ok(!got.some((m) => m.kind === 'date'), JSON.stringify(got));
  });
});
