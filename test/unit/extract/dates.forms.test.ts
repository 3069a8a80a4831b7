import assert from 'node:assert/strict';
import { dateOrderEvidence, impossibleDateNote } from '../../../src/core/extract/dates';
import { frontMatterDateOrder } from '../../../src/core/extract';
import { date, mentions, unmarked } from './helpers';

// The forms real articles use (issue 13). Reference date 2026-02-10 is a Tuesday unless given.
describe('extract: dates as articles write them', () => {
  describe('numeric dates and the day-month order', () => {
    it('reads a part over 12 as the day, either way round, and year-first dates', () => {
      assert.equal(date('Signed on 4/22/2016 in Lima.', '4/22/2016').normalized, '2016-04-22');
      assert.equal(date('Signed on 2015/08/12 in Lima.', '2015/08/12').normalized, '2015-08-12');
    });

    it('settles an ambiguous one by the article’s other numeric dates, else leaves it unresolved', () => {
      const text = 'A letter dated 17/02/2026 preceded the decree of 03/04/2026.';
      assert.equal(date(text, '03/04/2026').normalized, '2026-04-03');
      const us = 'A letter dated 2/17/2026 preceded the decree of 03/04/2026.';
      assert.equal(date(us, '03/04/2026').normalized, '2026-03-04');
      assert.equal(date('The decree of 03/04/2026 took effect.', '03/04/2026').normalized, null);
      assert.equal(dateOrderEvidence('on 13/01/2026 and 14/02/2026 but 1/13/2026'), 'DMY');
      assert.equal(dateOrderEvidence('nothing numeric here'), null);
    });

    it('takes the order from the front matter’s dateOrder, or from the option when the article has none', () => {
      const text = '---\ndate: 2026-02-10\ndateOrder: MDY\n---\n\nThe decree of 03/04/2026 took effect.';
      assert.equal(frontMatterDateOrder(text), 'MDY');
      assert.equal(mentions(text, null).find((m) => m.text === '03/04/2026')?.kind === 'date' ? (mentions(text, null).find((m) => m.text === '03/04/2026') as { normalized: string }).normalized : '', '2026-03-04');
      const plain = 'The decree of 03/04/2026 took effect.';
      const got = mentions(plain, '2026-02-10', { dateOrder: 'DMY' }).find((m) => m.text === '03/04/2026');
      assert.equal(got?.kind === 'date' && got.normalized, '2026-04-03');
    });

    it('reads "2016-11" as a month, not the range 2016–2111, and keeps year ranges', () => {
      assert.deepEqual([date('Output peaked in 2016-11 before falling.', '2016-11').type, date('Output peaked in 2016-11 before falling.', '2016-11').normalized], ['month', '2016-11']);
      assert.equal(date('Budgets for 2024-25 rose.', '2024-25').normalized, '2024/2025');
    });
  });

  describe('quarters, halves and abbreviations', () => {
    it('reads year-first quarters and halves and the compact 1H25', () => {
      assert.equal(date('Exports rose in 2016 Q3 again.', '2016 Q3').normalized, '2016-Q3');
      assert.equal(date('A surplus from 2019-H2 on.', '2019-H2').normalized, '2019-H2');
      assert.equal(date('Orders for 1H25 were thin.', '1H25').normalized, '2025-H1');
      assert.equal(date('Orders for 3Q24 were thin.', '3Q24').normalized, '2024-Q3');
    });

    it('reads month abbreviations without a full stop with a year, and weekday abbreviations before a day', () => {
      assert.equal(date('Prices fell in Jun 2016 and again.', 'Jun 2016').normalized, '2016-06');
      assert.equal(date('A visit in Sep 2019 ended it.', 'Sep 2019').normalized, '2019-09');
      assert.equal(date('A statement dated Thu 5 Feb said so.', 'Thu 5 Feb').normalized, '2026-02-05');
      unmarked('Jun said the plan was sound.', 'Jun');
    });
  });

  describe('compound day expressions', () => {
    it('resolves a weekday in a named week, the nth weekday of a month, weekends and the day after tomorrow', () => {
      assert.deepEqual([date('They meet on Friday next week.', 'Friday next week').type, date('They meet on Friday next week.', 'Friday next week').normalized], ['relative', '2026-02-20']);
      assert.equal(date('A drill on the first Friday of next month.', 'first Friday of next month').normalized, '2026-03-06');
      assert.equal(date('Votes on the last Monday of March will count.', 'last Monday of March').normalized, '2026-03-30');
      assert.equal(date('A truce starts this weekend.', 'this weekend').normalized, '2026-02-14/2026-02-15');
      assert.equal(date('The text is due the day after tomorrow.', 'day after tomorrow').normalized, '2026-02-12');
    });

    it('reads "the 27th" after a preposition as a day of this month or the next one the tense points to', () => {
      assert.equal(date('A truce that holds past the 27th would help.', '27th').normalized, '2026-02-27');
      assert.equal(date('Talks resume on the 3rd, officials said they would.', '3rd').normalized, '2026-03-03');
      unmarked('The 27th member joined.', '27th');
    });
  });

  describe('validity and year inference', () => {
    it('never writes an impossible day as an ISO date, and says why', () => {
      assert.equal(date('The deadline of April 31 passed.', 'April 31').normalized, null);
      assert.equal(date('It starts on Feb 29, 2027 officially.', 'Feb 29, 2027').normalized, null);
      assert.equal(date('It started on Feb 29, 2024 officially.', 'Feb 29, 2024').normalized, '2024-02-29');
      assert.equal(impossibleDateNote('April 31'), 'April has 30 days');
      assert.equal(impossibleDateNote('Feb 29, 2027'), '2027 is not a leap year: February has 28 days');
      assert.equal(impossibleDateNote('April 30'), null);
    });

    it('takes the tense of a passive from its auxiliary: "would be staffed from February 1" is the coming one', () => {
      assert.equal(date('He said the line would be staffed from February 1.', 'February 1', '2027-01-04').normalized, '2027-02-01');
      assert.equal(date('The standoff began on December 12 near the reef.', 'December 12', '2027-01-04').normalized, '2026-12-12');
    });
  });
});

describe('extract: fiscal years and quarters named by their months', () => {
  it('reads "fiscal 2027" as the twelve months of the named country\'s year, by its last year or, in Japan, its first', () => {
    assert.equal(date('Japan will raise defence spending to 2% of GDP by fiscal 2028.', 'fiscal 2028').normalized, '2028-04/2029-03');
    assert.equal(date('The United States will spend more on ships in fiscal 2027, the Pentagon said.', 'fiscal 2027').normalized, '2026-10/2027-09');
    assert.equal(date('Australia expects a budget surplus in FY27.', 'FY27').normalized, '2026-07/2027-06');
    // A country whose fiscal year is the calendar year, or none named: the year.
    assert.equal(date('Ghana targets a deficit of 4% in fiscal 2026.', 'fiscal 2026').normalized, '2026');
    // A company's fiscal year is its own: without a word of public finance, or after "its", the year named.
    assert.equal(date('US chipmaker Nvidia forecast fiscal 2027 revenue of $200 billion.', 'fiscal 2027').normalized, '2027');
    assert.equal(date('The American retailer raised its fiscal 2027 budget for stores.', 'fiscal 2027').normalized, '2027');
  });

  it('starts a split fiscal year in the month of the country its sentence names first, else the nearest before it', () => {
    assert.equal(date('Trade fell to $1.6 billion in FY2025-26, Pakistan said.', 'FY2025-26').normalized, '2025-07/2026-06');
    assert.equal(date('India will spend more on defence in FY2025-26.', 'FY2025-26').normalized, '2025-04/2026-03');
    assert.equal(date('India and the U.S. agreed; India will spend more in FY2025-26.', 'FY2025-26').normalized, '2025-04/2026-03');
    assert.equal(date('The U.S. deficit hit $1.8 trillion in FY2024-25.', 'FY2024-25').normalized, '2024-10/2025-09');
    // The first country of its sentence (its subject), else the nearest before it; "US dollar" is the currency.
    assert.equal(date("Pakistan's exports to the United States rose in FY2025-26.", 'FY2025-26').normalized, '2025-07/2026-06');
    assert.equal(date('Indian exports to Australia rose 8% in FY2024-25.', 'FY2024-25').normalized, '2024-04/2025-03');
    assert.equal(date("India grew fast. Australia's budget for FY2024-25 was tight.", 'FY2024-25').normalized, '2024-07/2025-06');
    assert.equal(date("The rupee fell against the US dollar in FY2024-25, Pakistan's central bank said.", 'FY2024-25').normalized, '2024-07/2025-06');
    // No country with a known year: April, as before.
    assert.equal(date('Revenue grew 9% in FY2025-26.', 'FY2025-26').normalized, '2025-04/2026-03');
  });

  it('reads "the fiscal year ending March 2027" as the twelve months to that month', () => {
    assert.equal(date('It forecasts sales for the fiscal year ending March 2027.', 'fiscal year ending March 2027').normalized, '2026-04/2027-03');
    assert.equal(date('Profit rose in the financial year to December 2025.', 'financial year to December 2025').normalized, '2025-01/2025-12');
  });

  it('reads "the fiscal year ending in June" by the month alone, its end where the tense points', () => {
    assert.equal(date('The minister has promised to narrow the deficit to 4% in the fiscal year ending in June.', 'fiscal year ending in June').normalized, '2025-07/2026-06');
    assert.equal(date('The deficit was 6% in the fiscal year ending in June.', 'fiscal year ending in June').normalized, '2024-07/2025-06');
    assert.equal(date('The deficit was 6% in the fiscal year ending in June 2023.', 'fiscal year ending in June 2023').normalized, '2022-07/2023-06');
    // "that ends" says its own tense: the year in progress.
    assert.equal(date('Revenue fell in the fiscal year that ends in March.', 'fiscal year that ends in March').normalized, '2025-04/2026-03');
    // A bare month with no "in" is no fiscal year end: the month alone.
    unmarked('The fiscal year ending soon was hard.', 'fiscal');
  });

  it('reads the country of "fiscal 2026" from the sign or code of its own currency in the sentence', () => {
    assert.equal(date('Her cabinet set aside ¥1.1 trillion for chip subsidies in fiscal 2026.', 'fiscal 2026').normalized, '2026-04/2027-03');
    assert.equal(date('The cabinet set aside THB 40 billion for subsidies in fiscal 2027.', 'fiscal 2027').normalized, '2026-10/2027-09');
    // A currency's word names no state: a company reporting in it keeps the year named.
    assert.equal(date('Rio Tinto, which reports in sterling, expects government subsidies in fiscal 2027.', 'fiscal 2027').normalized, '2027');
    assert.equal(date('The budget gives A$2 billion to schools in fiscal 2027.', 'fiscal 2027').normalized, '2026-07/2027-06');
    // A company's yen is no state's budget: the year named.
    assert.equal(date('Sony expects profit of ¥1.1 trillion in fiscal 2026.', 'fiscal 2026').normalized, '2026');
  });

  it('reads two months bounding a calendar quarter as that quarter, and other month ranges as months', () => {
    assert.equal(date('Revenue fell in the July-September quarter, it said.', 'July-September quarter', '2027-01-08').normalized, '2026-Q3');
    assert.equal(date('Growth was 7.1 percent in the October–December quarter of 2025.', 'October–December quarter of 2025').normalized, '2025-Q4');
    unmarked('Exports rose in the August-October quarter.', 'quarter');
  });
});
