// Month and weekday names: days of a month ("June 4, 2023", "Thu 10 Dec"), months and month ranges, weekdays,
// a weekday in a named week and the nth weekday of a month.
import { addDays, addMonths, daysInMonth, isoDay, isoDayOrUnknownYear, isoMonth, weekday, yearForMonthDay, yearForMonths } from '../calendar';
import { DATE_MODIFIERS, DATE_ORDINALS, WEEK_DEICTICS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../lexicon';
import { DAY, dayNum, isDigits, MOD, MON, MONTH_CONTEXT, MONTH_WORDS, monthNum, SEP, SHORT_MONTH, WD, WDA, WEEKDAY_WORDS, YEAR } from './patterns';
import { dir, isUpper, nextStartsWith, push, startsMonth, tokenWithin, type Gate, type Rule } from './rule';
import { isWs } from '../figures/chars';
import { movedFrom } from './dayRanges';
import type { DateType } from '../../types';

// Day-level dates, optionally with weekday, day ranges and year.
// At a day number the month follows within six tokens ("4", "th", "-", "5", "th", "of", "June"); at a name (the pattern is
// case-sensitive: a capital) a day number within six ("Monday", ",", "Jan", ".", "4").
const dayNearMonth: Gate = (text, t, i) => isDigits(t.words[i]) ? tokenWithin(t, i, 1, 7, startsMonth) : isUpper(text.charCodeAt(t.starts[i])) && tokenWithin(t, i, 1, 6, isDigits);
export const dayOfMonth: Rule = [(w, lw) => WEEKDAY_WORDS.has(lw) || WEEKDAY_ABBREVIATIONS.has(lw) || MONTH_WORDS.has(lw) || (isDigits(w) && w.length <= 2), new RegExp(String.raw`(?:(${WD}|${WDA}(?=,?\s+\d)),?\s+)?(?:(${DAY})(?:${SEP}(${DAY}))?\s+(?:of\s+)?(${MON})|(${MON})\s+(${DAY})(?:${SEP}(${DAY}))?(?![\p{N}]|\s*(?:%|percent|per cent|million|billion)))(?:,?\s+(${YEAR}))?(?![\p{N}])`, 'yu'), (ctx, m) => {
  const start = m.index;
  const end = m.index + m[0].length;
  const mon = monthNum(m[4] ?? m[5]);
  const d1 = dayNum(m[2] ?? m[6]);
  const d2raw = m[3] ?? m[7];
  let y: number | null = m[8] ? Number(m[8]) : null;
  if (y === null && ctx.ref) y = yearForMonthDay(ctx.ref, mon, d1, dir(ctx, start, end));
  // A day the month does not have (April 31, February 29 of a common year) is never written as an ISO date.
  const d2 = d2raw ? dayNum(d2raw) : d1;
  if (d1 > daysInMonth(y ?? 2024, mon) || d2 > daysInMonth(y ?? 2024, mon)) { push(ctx, start, end, 'date', null); return; }
  const one = (d: number): string => isoDayOrUnknownYear(y, mon, d);
  push(ctx, start, end, 'date', d2raw ? `${one(d1)}/${one(d2)}` : one(d1));
}, dayNearMonth];

/** The month pattern is case-sensitive: a capital at the token, or after the "-" or spaces of a lower-case "early", "mid" or "late". */
const monthHere: Gate = (text, t, i) => {
  if (isUpper(text.charCodeAt(t.starts[i]))) return true;
  let k = t.ends[i];
  if (text.charCodeAt(k) === 45) k++;
  else while (isWs(text.charCodeAt(k))) k++;
  return isUpper(text.charCodeAt(k));
};

// Months, month ranges, with modifiers and years.
export const monthName: Rule = [(_w, lw) => MONTH_WORDS.has(lw) || DATE_MODIFIERS.has(lw), new RegExp(String.raw`${MOD}?(${MON})(?:(?:${SEP}|\s+and\s+)(${MON}))?(?:,?\s+(${YEAR}))?(?![\p{N}])`, 'yu'), (ctx, m) => {
  const start = m.index;
  const name = m[2];
  const nameEnd = start + m[0].indexOf(name) + name.length;
  // "between January and June" is one range; "January and June" without "between" two months (the second is read at its own word).
  // "postponed from January to March" names the old month and the new one.
  const single = m[3] !== undefined && ((/^\s+and\s/.test(ctx.text.slice(nameEnd, nameEnd + 6)) && !/\bbetween\s+$/i.test(ctx.text.slice(Math.max(0, start - 9), start))) || movedFrom(ctx.text, start));
  const end = single ? nameEnd : m.index + m[0].length;
  const second = single ? undefined : m[3];
  const year = single ? undefined : m[4];
  if (!year && !m[1] && (name === 'May' || name === 'March' || name.endsWith('.') || SHORT_MONTH.test(name)) && !MONTH_CONTEXT.test(ctx.text.slice(Math.max(0, start - 14), start))) return;
  const m1 = monthNum(name);
  const m2 = second ? monthNum(second) : m1;
  let y: number | null = year ? Number(year) : null;
  if (m2 < m1) {
    // "between July and March", "from November to February 2027": the range crosses a year end. A year written after
    // it is the last month's; else the last month is the latest one past (the tense points back) or the first month
    // the next one ahead.
    const d = y === null && ctx.ref ? dir(ctx, start, end) : null;
    const y2 = y ?? (ctx.ref === null ? null : d === 'past' ? yearForMonths(ctx.ref, m2, m2, 'past') : yearForMonths(ctx.ref, m1, m1, 'future') + 1);
    push(ctx, start, end, 'month', `${monthOf(y2 === null ? null : y2 - 1, m1)}/${monthOf(y2, m2)}`);
    return;
  }
  if (y === null && ctx.ref) y = yearForMonths(ctx.ref, m1, m2, dir(ctx, start, end));
  push(ctx, start, end, 'month', m2 !== m1 ? `${monthOf(y, m1)}/${monthOf(y, m2)}` : monthOf(y, m1));
}, monthHere];

/** A month in ISO form, or "--MM" when its year is unknown. */
function monthOf(y: number | null, m: number): string {
  return y === null ? `--${String(m).padStart(2, '0')}` : isoMonth(y, m);
}

/** A weekday (case-sensitive in the pattern: a capital) at the token, or at the next one after "last", "next", "this" or "coming". */
const WEEKDAY_LIST = [...WEEKDAY_WORDS];
const weekdayHere: Gate = (text, t, i) => WEEKDAY_WORDS.has(t.lower[i]) ? isUpper(text.charCodeAt(t.starts[i])) : nextStartsWith(t, i, WEEKDAY_LIST) && isUpper(text.charCodeAt(t.starts[i + 1]));

// Weekdays.
export const weekdayName: Rule = [(_w, lw) => WEEKDAY_WORDS.has(lw) || lw === 'last' || lw === 'next' || lw === 'this' || lw === 'coming', new RegExp(String.raw`(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?(${WD})(?:\s+(morning|afternoon|evening|night))?(?![\p{L}])`, 'yu'), (ctx, m) => {
  const start = m.index;
  const end = m.index + m[0].length;
  const mod = m[1]?.toLowerCase();
  const type: DateType = mod ? 'relative' : 'date';
  if (!ctx.ref) { push(ctx, start, end, type, null); return; }
  const target = WEEKDAYS[m[2].toLowerCase()];
  const today = weekday(ctx.ref);
  const d = mod === 'last' ? 'past' : mod === 'next' || mod === 'coming' ? 'future' : mod === 'this' ? 'future' : dir(ctx, start, end);
  let delta = d === 'past' ? -((today - target + 7) % 7) : (target - today + 7) % 7;
  if (delta === 0 && (mod === 'last' || mod === 'next')) delta = mod === 'last' ? -7 : 7;
  const r = addDays(ctx.ref, delta);
  push(ctx, start, end, type, isoDay(r.y, r.m, r.d));
}, weekdayHere];

// A weekday in a named week: "Friday next week", "Monday last week", "Tuesday this week" (relative, resolved to the day).
export const weekdayInWeek: Rule = [(_w, lw) => WEEKDAY_WORDS.has(lw), new RegExp(String.raw`(${WD})\s+(${WEEK_DEICTICS.join('|')})\s+week(?![\p{L}])`, 'yu'), (ctx, m) => {
  let norm: string | null = null;
  if (ctx.ref) {
    const off = m[2] === 'next' ? 7 : m[2] === 'last' ? -7 : 0;
    const monday = addDays(ctx.ref, off - ((weekday(ctx.ref) + 6) % 7));
    const x = addDays(monday, (WEEKDAYS[m[1].toLowerCase()] + 6) % 7);
    norm = isoDay(x.y, x.m, x.d);
  }
  push(ctx, m.index, m.index + m[0].length, 'relative', norm);
}, (_text, t, i) => WEEK_DEICTICS.includes(t.lower[i + 1])];

// "first Friday of next month", "last Monday of March": the nth weekday of a month.
export const nthWeekdayOfMonth: Rule = [(_w, lw) => DATE_ORDINALS.has(lw) || lw === 'last', new RegExp(String.raw`(?<![\p{L}])(first|second|third|fourth|last)\s+(${WD})\s+of\s+(?:(next|this|last)\s+month|(${MON})(?:\s+(${YEAR}))?)(?![\p{L}\p{N}])`, 'yu'), (ctx, m) => {
  const rel = m[3];
  let ym: { y: number; m: number } | null = null;
  if (rel && ctx.ref) ym = addMonths(ctx.ref, rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
  else if (!rel) {
    const mon = monthNum(m[4]);
    const y = m[5] ? Number(m[5]) : ctx.ref ? yearForMonths(ctx.ref, mon, mon, dir(ctx, m.index, m.index + m[0].length)) : null;
    if (y !== null) ym = { y, m: mon };
  }
  let norm: string | null = null;
  if (ym) {
    const target = WEEKDAYS[m[2].toLowerCase()];
    const n = { first: 1, second: 2, third: 3, fourth: 4, last: 0 }[m[1]] ?? 1;
    const firstDay = weekday({ y: ym.y, m: ym.m, d: 1 });
    let d = 1 + ((target - firstDay + 7) % 7) + 7 * Math.max(0, n - 1);
    if (n === 0) { while (d + 7 <= daysInMonth(ym.y, ym.m)) d += 7; }
    norm = isoDay(ym.y, ym.m, d);
  }
  push(ctx, m.index, m.index + m[0].length, rel ? 'relative' : 'date', norm);
}, (_text, t, i) => WEEKDAY_WORDS.has(t.lower[i + 1])];
