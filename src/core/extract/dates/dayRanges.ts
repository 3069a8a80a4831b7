// Day ranges that name a month at each end ("June 15 to November 15", "15 June–15 November", "between March 3 and
// April 9, 2026"): one date span, as "June 3-5" is (guideline 23), not two days. A date moved "from" one day "to"
// another is a change between two dates, not a range.
import { daysInMonth, isoDayOrUnknownYear, yearForMonthDay } from '../calendar';
import { DATE_MOVING_STEMS, DATED_EVENT_NOUNS, MOTION_STEMS } from '../lexicon';
import { DAY, dayNum, isDigits, MON, MONTH_WORDS, monthNum, YEAR } from './patterns';
import { dir, push, startsMonth, tokenWithin, type Gate, type Rule } from './rule';

/** Range separators; "and" only after "between". */
const TO = String.raw`\s*(?:-|–|—|to|through|until|and)\s*`;
const RANGE = new RegExp(
  String.raw`(?:(${DAY})\s+(?:of\s+)?(${MON})(?:,?\s+(${YEAR}))?${TO}(${DAY})\s+(?:of\s+)?(${MON})` +
  String.raw`|(${MON})\s+(${DAY})(?:,?\s+(${YEAR}))?${TO}(${MON})\s+(${DAY}))(?:,?\s+(${YEAR}))?(?![\p{N}])`, 'yu');

/**
 * Verbs that move a date: "postponed from June 15 to November 15", "the deadline was extended from December 31 to March
 * 31" name the old day and the new one. Verbs of motion or change move a date only with "back", "forward" or "up" or a
 * word for a dated event between them and "from" ("moved the vote from …"; not "troops moved in from May 1 to May 20",
 * "shares advanced steadily from January to March").
 */
const EVENT = `(?:${DATED_EVENT_NOUNS.join('|')})`;
const MOTION = String.raw`(?:${MOTION_STEMS.join('|')})\p{L}*`;
const MOVED_FROM = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:${DATE_MOVING_STEMS.join('|')})\p{L}*|put\s+off|${MOTION}\s+(?:[\p{L}'’-]+\s+){0,3}?(?:back|forward|up|${EVENT})|${EVENT}\s+(?:[\p{L}'’-]+\s+){0,3}?${MOTION})\s+(?:[\p{L}'’-]+\s+){0,4}?from\s+$`, 'iu');

/** Whether the date at `start` follows "from" after a verb that moves a date (the range pattern's "to" then names the new date). */
export function movedFrom(text: string, start: number): boolean {
  return MOVED_FROM.test(text.slice(Math.max(0, start - 60), start));
}

const BETWEEN = /(?:^|[^\p{L}])between\s+$/iu;

/** Two month words ahead (at a day number) or one more (at a month): the two ends of the range, each at most eight tokens on. */
const twoMonths: Gate = (_text, t, i) => {
  if (isDigits(t.words[i])) {
    for (let k = i + 1, last = Math.min(t.lower.length - 1, i + 4); k <= last; k++) if (startsMonth(t.lower[k])) return tokenWithin(t, k, 1, 8, startsMonth);
    return false;
  }
  return tokenWithin(t, i, 2, 8, startsMonth);
};

export const dayRangeAcrossMonths: Rule = [(w, lw) => MONTH_WORDS.has(lw) || (isDigits(w) && w.length <= 2), RANGE, (ctx, m) => {
  const start = m.index;
  const end = m.index + m[0].length;
  const before = ctx.text.slice(Math.max(0, start - 60), start);
  if (/\sand\s/.test(m[0]) && !BETWEEN.test(before)) return;
  if (movedFrom(ctx.text, start)) return;
  const dayFirst = m[1] !== undefined;
  const m1 = monthNum(dayFirst ? m[2] : m[6]);
  const d1 = dayNum(dayFirst ? m[1] : m[7]);
  const m2 = monthNum(dayFirst ? m[5] : m[9]);
  const d2 = dayNum(dayFirst ? m[4] : m[10]);
  const y1Written = dayFirst ? m[3] : m[8];
  const y2Written = m[11];
  const wraps = m2 < m1 || (m2 === m1 && d2 < d1);
  let y1: number | null = y1Written ? Number(y1Written) : null;
  let y2: number | null = y2Written ? Number(y2Written) : null;
  if (y1 === null && y2 !== null) y1 = wraps ? y2 - 1 : y2;
  if (y1 === null && ctx.ref) {
    // A past range ends before the article ("the exhibition ran from May 15 to July 15" in June: last year's); a coming
    // one starts after it.
    const d = dir(ctx, start, end);
    if (d === 'past') { y2 = yearForMonthDay(ctx.ref, m2, d2, 'past'); y1 = wraps ? y2 - 1 : y2; } else y1 = yearForMonthDay(ctx.ref, m1, d1, d);
  }
  if (y2 === null && y1 !== null) y2 = wraps ? y1 + 1 : y1;
  const first = isoDayOrUnknownYear(y1, m1, d1);
  const last = isoDayOrUnknownYear(y2, m2, d2);
  // A day the month does not have is never written as an ISO date; nor is a range that ends before it starts.
  const valid = d1 <= daysInMonth(y1 ?? 2024, m1) && d2 <= daysInMonth(y2 ?? 2024, m2) && (y1 === null || y2 === null || first <= last);
  push(ctx, start, end, 'date', valid ? `${first}/${last}` : null);
}, twoMonths];
