import assert from 'node:assert/strict';
import { date, mentions, unmarked } from './helpers';

// Reference date 2026-02-10 is a Tuesday.
describe('extract: dates', () => {
  describe('absolute dates, months and years (guideline 23)', () => {
    it('normalises full and partial dates, ranges and weekdays with parts of day', () => {
      assert.deepEqual([date('Signed on June 4, 2023.', 'June 4, 2023').normalized, date('Signed on June 4, 2023.', 'June 4, 2023').type], ['2023-06-04', 'date']);
      assert.equal(date('Signed on 3 June 2025.', '3 June 2025').normalized, '2025-06-03');
      assert.equal(date('Talks on June 3-5, 2026 ended.', 'June 3-5, 2026').normalized, '2026-06-03/2026-06-05');
      assert.equal(date('The 2025-06-03 filing.', '2025-06-03').normalized, '2025-06-03');
      assert.equal(date('They met on Tuesday night.', 'Tuesday night').normalized, '2026-02-10');
    });

    it('normalises months, quarters, halves, years, decades and centuries', () => {
      assert.deepEqual([date('Prices rose in March 2024.', 'March 2024').normalized, date('Prices rose in March 2024.', 'March 2024').type], ['2024-03', 'month']);
      assert.equal(date('Growth slowed in the third quarter of 2024.', 'third quarter of 2024').normalized, '2024-Q3');
      assert.equal(date('Revenue in Q2 2025 rose.', 'Q2 2025').normalized, '2025-Q2');
      assert.equal(date('Output in the first half of 2026 will rise.', 'first half of 2026').normalized, '2026-H1');
      assert.deepEqual([date('Ties since 1991 grew.', '1991').type, date('Ties since 1991 grew.', '1991').normalized], ['year', '1991']);
      assert.equal(date('Debt soared in the 1980s.', '1980s').normalized, '198X');
      assert.equal(date('In the late 2010s it grew.', 'late 2010s').normalized, '201X');
      assert.equal(date('A port from the 18th century.', '18th century').normalized, '17XX');
      assert.equal(date('The budget for FY2024-25 rose.', 'FY2024-25').normalized, '2024-04/2025-03');
      assert.equal(date('Ties from 2011-2012 endured.', '2011-2012').normalized, '2011/2012');
      assert.equal(date('Growth by mid-2025 slowed.', 'mid-2025').normalized, '2025');
    });
  });

  describe('year ranges', () => {
    it('keeps "period" after a year range in the span, as after "60-day"', () => {
      const d = date('Royalties will rise over the 2026-2031 period, the ministry said.', '2026-2031 period');
      assert.deepEqual([d.type, d.normalized], ['year', '2026/2031']);
      assert.equal(date('The 2024 period of talks ended.', '2024').normalized, '2024');
      assert.equal(date('Orders for the 2023/24 season were cancelled.', '2023/24 season').normalized, '2023/2024');
    });
  });

  describe('month ranges', () => {
    it('reads "between January and June" as one range, and "in January and June" as two months', () => {
      const d = date('Exports rose 9% between March and July, the ministry said.', 'March and July', '2026-08-05');
      assert.deepEqual([d.type, d.normalized], ['month', '2026-03/2026-07']);
      const two = mentions('Talks were held in February and July.', '2026-08-05').filter((m) => m.kind === 'date').map((m) => m.text);
      assert.deepEqual(two, ['February', 'July']);
    });
  });

  describe('seasons', () => {
    it('reads "the winter of 2022-23" as the winter that starts in the first year, and ends another season at its year', () => {
      const d = date('Households endured a crunch in the winter of 2019-20, officials said.', 'winter of 2019-20');
      assert.deepEqual([d.type, d.normalized], ['month', '2019-24']);
      assert.equal(date('The summer of 2019-20 was dry.', 'summer of 2019').normalized, '2019-22');
    });
  });

  describe('periods (guidelines 20, 25, 26)', () => {
    it('normalises durations and keeps only purely temporal heads', () => {
      assert.deepEqual([date('It lasted five years.', 'five years').type, date('It lasted five years.', 'five years').normalized], ['period', 'P5Y']);
      assert.equal(date('A 60-day period began.', '60-day period').normalized, 'P60D');
      assert.equal(date('A 60-day window opened.', '60-day window').normalized, 'P60D');
      assert.equal(date('A 60-day pause began.', '60-day').normalized, 'P60D');
      assert.equal(date('They signed a ten-year deal.', 'ten-year').normalized, 'P10Y');
      assert.equal(date('Decide within 120 days.', '120 days').normalized, 'P120D');
      assert.equal(date('It took a dozen weeks.', 'a dozen weeks').normalized, 'P12W');
      assert.equal(date('Elections every four years.', 'four years').normalized, 'P4Y');
      assert.equal(date('It took almost 30 years.', '30 years').normalized, 'P30Y');
      assert.equal(date('Voyages grow by 10 to 14 days.', '10 to 14 days').normalized, 'P10D/P14D');
    });
  });

  describe('relative dates (guidelines 23, 24)', () => {
    it('resolves deictic expressions against the reference date', () => {
      assert.deepEqual([date('Prices fell last month.', 'last month').type, date('Prices fell last month.', 'last month').normalized], ['relative', '2026-01']);
      assert.equal(date('It will rise next year.', 'next year').normalized, '2027');
      assert.equal(date('It fell last week.', 'last week').normalized, '2026-W06');
      assert.equal(date('They met earlier this month.', 'earlier this month').normalized, '2026-02');
      assert.equal(date('It happened two years ago.', 'two years ago').normalized, '2024');
      assert.equal(date('He left yesterday.', 'yesterday').normalized, '2026-02-09');
    });

    it('marks seasons, parts of today and anchored "previous/following" expressions', () => {
      assert.equal(date('It rose this morning.', 'this morning').normalized, '2026-02-10');
      assert.equal(date('It rose this summer.', 'this summer').type, 'relative');
      const prev = date('Spending rose 9 percent over the previous year.', 'previous year');
      assert.deepEqual([prev.type, prev.normalized], ['relative', null]);
    });

    it('gives null to offsets anchored on an event', () => {
      assert.equal(date('Weeks earlier, talks had failed.', 'Weeks earlier').normalized, null);
      assert.equal(date('It came two weeks after the vote.', 'two weeks after').normalized, null);
      assert.equal(date('It came days before the vote.', 'days before').normalized, null);
    });

    it('resolves missing years in the direction of the tense', () => {
      assert.equal(date('The deal was signed on December 31.', 'December 31').normalized, '2025-12-31');
      assert.equal(date('She takes office on November 8.', 'November 8').normalized, '2026-11-08');
      assert.equal(date('She will travel in January.', 'January').normalized, '2027-01');
      assert.equal(date('Exports fell in January.', 'January').normalized, '2026-01');
      assert.equal(date('OPEC+ agreed to raise output from October.', 'October').normalized, '2026-10');
    });

    it('resolves weekdays to the most recent or next one, the reference weekday being the day itself', () => {
      assert.equal(date('He said on Monday that it was over.', 'Monday').normalized, '2026-02-09');
      assert.equal(date('The ministers will meet on Thursday.', 'Thursday').normalized, '2026-02-12');
      assert.equal(date('He spoke on Tuesday.', 'Tuesday').normalized, '2026-02-10');
      assert.equal(date('They will vote on Tuesday.', 'Tuesday').normalized, '2026-02-10');
    });

    it('keeps partial forms without a reference date', () => {
      assert.equal(date('It was signed on April 7.', 'April 7', null).normalized, '--04-07');
      assert.equal(date('It was signed in April.', 'April', null).normalized, '--04');
      assert.equal(date('It was signed last month.', 'last month', null).normalized, null);
    });
  });

  describe('traps (guideline 27)', () => {
    it('does not mark the modal "may", generic uses, "now" or times of day', () => {
      unmarked('Officials may meet again.', 'may');
      unmarked('Trade grew year on year at the annual meeting.', 'year on year');
      unmarked('It is now clear and currently stable.', 'now');
      unmarked('The vote is at 9am.', '9am');
      assert.equal(date('They will meet in May.', 'May').normalized, '2026-05');
      assert.equal(date('May 3 was chosen.', 'May 3').normalized, '2025-05-03');
    });

    it('excludes prepositions, determiners and hedges from spans', () => {
      const ms = mentions('On May 3, about 30 years later, the deal held.');
      assert.ok(ms.some((m) => m.text === 'May 3'));
      assert.ok(!ms.some((m) => m.text.startsWith('On ')));
    });

    it('does not read a quetzal amount "Q1.5 billion" as a quarter', () => {
      unmarked('Losses reached Q1.5 billion last year.', 'Q1');
    });
  });
});
