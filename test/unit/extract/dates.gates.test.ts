import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rulesFor } from '../../../src/core/extract/dates/findDates';
import { paragraphs } from '../../../src/core/extract/paragraphSplit';
import { tokenize } from '../../../src/core/extract/tokenize';

const DEVSET = join(__dirname, '..', '..', 'fixtures', 'devset');

function articles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...articles(path));
    else if (name.endsWith('.md')) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

/** Shapes at the edge of what each gate lets through: tokens joined to digits, folded letters, the longest spreads. */
const EDGES = [
  'on 4 Jan2024 and 4th - 5th of June, 4 to 5 Sept. 2025, Thu 10 Dec, 12th of Mar. and 3-4 May',
  'due on the 27th; until THE 3RD of it; since the 2nd; from the ſt; by the 31ſt',
  'last Monday, this Friday2 morning, coming Sunday evening, next WEDNESDAY, Thursday night',
  'this ſummer, last Winter, next fall2025, this weekend, this WEEKEND2, this morning, THIS Evening, this ſomething',
  'for a year2, almost a decade, an hour, a fortnight, a quarter of a century, A Half-decade, half a year',
  '10to14 days, twenty-five to thirty years, 2 – 3 weeks, two-to-three months, ten TO twelve YEARS, a dozen to 20 hours',
  '2016 Q3, 2019-H2, 2020  H1, 1H25, 3Q24, 4Q2, 22/04/2025, 2015/08/12, 22.04.2025, 1/2/2020, 2020/1/2',
  'first Friday of next month, last Monday of March 2025, Friday next week, Monday this week, last May, next Sept, this Jan.',
  'a few days ago, twenty-five years earlier, a dozen weeks later, several MONTHS BEFORE, 3 dayſ ago, weeks previouſly, a hundred years on, ten-year-old, a twenty-five-day window',
  'mid-March, early  April 2024, Late June, Monday, Jan. 4, Thu., 4 Dec, Sunday , June 4, half acentury, 2024 – 25 fiscal year, FIRST  QUARTER of 2025, mid-next year, EARLIER THIS WEEK, the next few dayſ, the day AFTER tomorrow, mid-summer of 2023, A DOZEN years, 1999-2003, a hundred-year, 3/4/2020',
  '15th of June to 15th of November, June 15, 2025 to June 14, 2027, Nov. 3 through Dec. 4 2025, 1 Jan until 3 Feb, 31 of May–2 of June 2026',
  'first nine months of 2025, last twenty-five months of the year, final a hundred months of this year, first 3 MONTHS of 2024, first two monthſ of 2023',
];

describe('date rules: gates', () => {
  it('never turn away a rule whose pattern matches at the token (dev set and edge shapes)', () => {
    let checked = 0;
    for (const text of [...articles(DEVSET), ...EDGES]) {
      for (const p of paragraphs(text)) {
        const tokens = tokenize(p.text);
        for (let i = 0; i < tokens.words.length; i++) {
          for (const [re, , gate] of rulesFor(tokens.words[i], tokens.lower[i]) ?? []) {
            if (!gate) continue;
            re.lastIndex = tokens.starts[i];
            const m = re.exec(p.text);
            if (!m) continue;
            checked++;
            assert.ok(gate(p.text, tokens, i), `gate refused ${JSON.stringify(m[0])} at token ${JSON.stringify(tokens.words[i])} (${re.source.slice(0, 50)}…)`);
          }
        }
      }
    }
    assert.ok(checked > 200, `only ${checked} gated matches were checked`);
  });

  it('turn away the tokens where their patterns cannot match', () => {
    const text = 'Officials said 12 ministers met a group on 3 occasions this time, and the 7 of them left.';
    const tokens = tokenize(text);
    let refused = 0;
    let ran = 0;
    for (let i = 0; i < tokens.words.length; i++) {
      for (const [, , gate] of rulesFor(tokens.words[i], tokens.lower[i]) ?? []) {
        if (!gate) continue;
        ran++;
        if (!gate(text, tokens, i)) refused++;
      }
    }
    assert.ok(ran > 10 && refused === ran, `${refused} of ${ran} gated rules refused`);
  });
});
