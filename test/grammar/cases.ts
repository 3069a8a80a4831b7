// Fixture lines and the exact substrings the grammar must scope on them (in order). Lines are prose
// only, so they read the same as a Markdown paragraph and as plain text.
import type { Hit } from './textmate';

export const PERCENT = 'constant.numeric.figure.percent.policy-lens';
export const POINTS = 'constant.numeric.figure.points.policy-lens';
export const MONEY = 'constant.numeric.figure.money.policy-lens';
export const DATE = 'constant.other.date.policy-lens';

export interface LineCase {
  readonly line: string;
  readonly expect: readonly Hit[];
}

const p = (text: string): Hit => [text, PERCENT];
const pp = (text: string): Hit => [text, POINTS];
const m = (text: string): Hit => [text, MONEY];
const d = (text: string): Hit => [text, DATE];

export const percentCases: readonly LineCase[] = [
  { line: 'Tariffs on steel fall to 12 percent next year.', expect: [p('12 percent')] },
  { line: 'Inflation eased to 4.5% in the capital.', expect: [p('4.5%')] },
  { line: 'Growth is forecast at 3 to 5 percent.', expect: [p('3 to 5 percent')] },
  { line: 'Duties of 3%-5% and 7–9 per cent apply.', expect: [p('3%-5%'), p('7–9 per cent')] },
  { line: 'The levy will be between 3 and 5 percent.', expect: [p('3 and 5 percent')] },
  { line: 'Support fell 2.5 percentage points, and rates rose 50 basis points.', expect: [pp('2.5 percentage points'), pp('50 basis points')] },
  { line: 'Exports rose 1,250 percent from a low base.', expect: [p('1,250 percent')] },
];

export const moneyCases: readonly LineCase[] = [
  { line: 'The package is worth $2.5 billion over five years.', expect: [m('$2.5 billion')] },
  { line: 'Brent traded at US$70 a barrel on the news.', expect: [m('US$70 a barrel')] },
  { line: 'Brussels pledged €4.1bn, or 4.1 billion euros, to the fund.', expect: [m('€4.1bn'), m('4.1 billion euros')] },
  { line: 'The outlay is Rs 3.2 lakh crore this year.', expect: [m('Rs 3.2 lakh crore')] },
  { line: 'Tokyo offered ¥300 billion and £45m in grants.', expect: [m('¥300 billion'), m('£45m')] },
  { line: 'A further $2-3 billion may follow.', expect: [m('$2-3 billion')] },
  { line: 'Estimates range between $2 billion and $3 billion.', expect: [m('$2 billion and $3 billion')] },
  { line: 'The rupee slid to 80 rupees to the dollar.', expect: [m('80 rupees')] },
  { line: 'Lenders approved USD 1.2 billion and 300 billion Japanese yen.', expect: [m('USD 1.2 billion'), m('300 billion Japanese yen')] },
  { line: 'It cost 2.5 billion pounds, he said.', expect: [m('2.5 billion pounds')] },
  { line: 'Nairobi raised KSh 12 billion from a Hong Kong fund worth 9 billion Hong Kong dollars.', expect: [m('KSh 12 billion'), m('9 billion Hong Kong dollars')] },
  { line: 'Outlays rose to $1.9 billion from $1.4 billion.', expect: [m('$1.9 billion'), m('$1.4 billion')] },
  { line: 'Oil at US$ 70/barrel; ₹3.2 lakh crore; $5.5bn, $300k and 5 Mexican pesos.', expect: [m('US$ 70/barrel'), m('₹3.2 lakh crore'), m('$5.5bn'), m('$300k'), m('5 Mexican pesos')] },
];

export const dateCases: readonly LineCase[] = [
  { line: 'The accord was signed on June 4, 2023 in Geneva.', expect: [d('June 4, 2023')] },
  { line: 'Talks resumed on 4 June 2023 after a pause.', expect: [d('4 June 2023')] },
  { line: 'The tariff schedule takes effect 2025-04-07 at midnight.', expect: [d('2025-04-07')] },
  { line: 'Elections are due in March 2026, officials said.', expect: [d('March 2026')] },
  { line: 'Output shrank in Q3 2024 and again in Q4.', expect: [d('Q3 2024'), d('Q4')] },
  { line: 'The budget for FY2024-25 was revised in fiscal year 2025-26.', expect: [d('FY2024-25'), d('fiscal year 2025-26')] },
  { line: 'Ministers met on Tuesday, June 4 and again on June 10-12.', expect: [d('Tuesday, June 4'), d('June 10-12')] },
  { line: 'Delegates meet 3–5 June; the 2011-2012 talks failed.', expect: [d('3–5 June'), d('2011-2012')] },
  { line: 'The plan covers the first half of 2026 and the third quarter.', expect: [d('first half of 2026'), d('third quarter')] },
  { line: 'A slump in the late 1990s and the 2010s.', expect: [d('late 1990s'), d('2010s')] },
  { line: 'Troops leave by mid-2026, with talks in early 2027.', expect: [d('mid-2026'), d('early 2027')] },
  { line: 'The base has operated since 2014 and will close by 2030.', expect: [d('2014'), d('2030')] },
  { line: 'Shelling resumed on Tuesday night.', expect: [d('Tuesday night')] },
  { line: 'Reserves hit a low in Sept. 2024, and H1 2025 was worse.', expect: [d('Sept. 2024'), d('H1 2025')] },
  { line: 'GDP grew 7.1 percent in Q3 FY2025-26, the best since 2023-Q1.', expect: [p('7.1 percent'), d('Q3 FY2025-26'), d('2023-Q1')] },
  { line: 'PARIS, Nov. 27, 2026 - The fund met on 2 April and in April 2021.', expect: [d('Nov. 27, 2026'), d('2 April'), d('April 2021')] },
];

/** Lines where nothing may be scoped. */
export const negativeCases: readonly LineCase[] = [
  { line: 'Article 5 of the treaty was invoked.', expect: [] },
  { line: 'See page 12 and section 3 of the report.', expect: [] },
  { line: 'The ministry may review the decision.', expect: [] },
  { line: 'The vote is at 10:30 local time.', expect: [] },
  { line: 'Resolution 1540 and Vision 2030 were cited.', expect: [] },
  { line: 'Some 2,500 troops and 2.5 billion people are affected.', expect: [] },
  { line: 'A 60-day window opened last month.', expect: [] },
  { line: 'He weighed 300 pounds and won 3 seats.', expect: [] },
  { line: 'Version v1.5 percent-free firmware and ID A12B.', expect: [] },
  { line: 'They march on May Day.', expect: [] },
  { line: 'COVID-19, G20, F-35, Boeing 737, S-400, M23 and Section 230 were on the agenda.', expect: [] },
];

export const allLineCases: readonly { readonly group: string; readonly cases: readonly LineCase[] }[] = [
  { group: 'percentages', cases: percentCases },
  { group: 'money', cases: moneyCases },
  { group: 'dates', cases: dateCases },
  { group: 'negatives', cases: negativeCases },
];
