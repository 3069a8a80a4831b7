// Periods (durations): "seven years", "60-day period", "10 to 14 days", "almost a decade", "half a century".
import { isNumberish, numberValue, NUMW } from './patterns';
import { onKeepsOffset, rateBefore } from './relative';
import { nextStartsWith, push, tokenWithin, unitAhead, type Gate, type Rule } from './rule';
import type { Tokens } from '../tokenize';

// "almost a decade", "for a year", "more than a month": a single unit after a hedge or preposition is a duration.
const NORMS: Readonly<Record<string, string>> = { decade: 'P10Y', year: 'P1Y', month: 'P1M', week: 'P1W', century: 'P100Y', fortnight: 'P2W' };
const SINGLE_UNITS = Object.keys(NORMS);
/** "on" after the unit, not "on-year" or "on year" of a comparison ("a year on year rise"). */
const ON_AFTER = /^\s+on(?![\p{L}-])(?!\s+year)/u;
/** The hedge or preposition before "a year" that makes it a duration. */
const PREPOSITION_BEFORE = /\b(for|over|almost|nearly|about|around|roughly|than|within|just|some|least|barely|only|in)\s+$/i;
/** A comparison after the unit; group 1 when a kind of year follows it ("like that", "such as this"). */
const LIKE_AFTER = /^\s+(?:like|such\s+as)(?![\p{L}])(\s+(?:that|this|it|such)(?![\p{L}]))?/iu;
export const aSingleUnit: Rule = [(_w, lw) => lw === 'a' || lw === 'an', new RegExp(String.raw`(?<![\p{L}])an?\s+(${SINGLE_UNITS.join('|')})(?![\p{L}'’-])`, 'yu'), (ctx, m) => {
  // "a year on": the offset's where it is one ("A year on, …"), nothing after an amount ("£2bn a year on defence"), else a
  // duration, with or without a preposition ("spent a year on the project", "a year on site").
  const norm = NORMS[m[1].toLowerCase()] ?? null;
  const on = ON_AFTER.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4));
  if (on) {
    if (!rateBefore(ctx.text, m.index) && !onKeepsOffset(ctx.text, m.index, m.index + m[0].length + on[0].length)) push(ctx, m.index, m.index + m[0].length, 'period', norm);
    return;
  }
  const before = PREPOSITION_BEFORE.exec(ctx.text.slice(Math.max(0, m.index - 12), m.index));
  if (!before) return;
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
  if (/^\s+(?:ago|earlier|later|before|after|of|on|from|and|or)\b|^['’]s/i.test(after)) return;
  // "work in a year like that", "in a month such as this": a unit compared to a kind of year is generic, no duration
  // (guideline 27); "jailed for a year like his brother" compares the person, and the year is a duration.
  const like = LIKE_AFTER.exec(after);
  if (like && (before[1].toLowerCase() === 'in' || like[1] !== undefined)) return;
  push(ctx, m.index, m.index + m[0].length, 'period', norm);
}, (_text, t, i) => nextStartsWith(t, i, SINGLE_UNITS)];

/** Of the number words that trigger a duration, "a" opens one only before "dozen" or "hundred" (NUMW); "an", "several" and "few" never. */
function opensNumber(t: Tokens, i: number): boolean {
  const lw = t.lower[i];
  if (lw === 'a') {
    const next = t.lower[i + 1];
    return next !== undefined && (next.startsWith('dozen') || next.startsWith('hundred'));
  }
  return lw !== 'an' && lw !== 'several' && lw !== 'few';
}

/**
 * A duration range has its "-", "–", "to" or "and" within the first four tokens ("10", "-"; "twenty", "-", "five", "to";
 * "10to14" is one token) and a time unit after it.
 */
const isRangeSeparator = (lw: string): boolean => lw === '-' || lw === '–' || lw === 'and' || lw.includes('to');
const rangeGate: Gate = (_text, t, i) => opensNumber(t, i) && tokenWithin(t, i, 0, 3, isRangeSeparator) && unitAhead(t.lower, i);

/** "between" right before a span: an "and" inside it joins the two ends of one range. */
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between\s+$/iu;

// Duration ranges: "10 to 14 days", "two to three years", "between four and eight months" (without "between", guideline 16).
export const durationRange: Rule = [isNumberish, new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${NUMW}|\d+(?:\.\d+)?)\s*(?:-|–|to|(?<=\s)(and)(?=\s))\s*(${NUMW}|\d+(?:\.\d+)?)\s+(day|week|month|year|decade|hour)s(?![\p{L}])`, 'iyu'), (ctx, m) => {
  if (m[2] !== undefined && !BETWEEN_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 9), m.index))) return;
  const a = numberValue(m[1]);
  const b = numberValue(m[3]);
  if (a === null || b === null) return;
  const unit = m[4].toLowerCase();
  const code = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'Y', hour: 'H' }[unit] ?? 'D';
  const k = unit === 'decade' ? 10 : 1;
  const t = unit === 'hour' ? 'T' : '';
  push(ctx, m.index, m.index + m[0].length, 'period', `P${t}${a * k}${code}/P${t}${b * k}${code}`);
}, rangeGate];

/** A duration's unit comes right after its number (at most three tokens: "twenty", "-", "five") and an optional "-". */
const durationGate: Gate = (_text, t, i) => opensNumber(t, i) && unitAhead(t.lower, i, 4);

// Durations: "seven years", "60-day period", "ten-year", "48 hours"; a kind of period keeps its head too ("30-day grace period",
// "90-day comment window": the head is still purely temporal, guideline 25).
export const duration: Rule = [isNumberish, new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${NUMW}|\d+(?:\.\d+)?)(-|\s+)(day|week|month|year|decade|hour|minute)(s?)(?!-old|\s+old\b|[\p{L}])(?:(?<=-\w+)\s+((?:\p{Ll}+(?:-\p{Ll}+)*\s+)?(?:period|window)|timeframe|time\s+frame|span|stretch|interval)(?![\p{L}-]))?`, 'iyu'), (ctx, m) => {
  const n = numberValue(m[1]);
  if (n === null) return;
  if (m[2] === '-' && m[4]) return;
  if (m[2] !== '-' && !m[4] && n !== 1) return;
  const unit = m[3].toLowerCase();
  const code = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'Y', hour: 'H', minute: 'M' }[unit] ?? 'D';
  const value = unit === 'decade' ? n * 10 : n;
  const time = unit === 'hour' || unit === 'minute';
  push(ctx, m.index, m.index + m[0].length, 'period', `P${time ? 'T' : ''}${value}${code}`);
}, durationGate];

/** "quarter" or "half" at the token or after "a", and the (lower-case) unit within four tokens: "a", "quarter", "of", "a", "century". */
const hasLongUnit = (lw: string): boolean => lw.includes('year') || lw.includes('decade') || lw.includes('century');
const fractionGate: Gate = (_text, t, i) => (t.lower[i] !== 'a' || t.lower[i + 1] === 'quarter' || t.lower[i + 1] === 'half') && tokenWithin(t, i, 1, 4, hasLongUnit);

// "a quarter of a century", "half a century", "a half-decade": fractions of a long unit are durations (guideline 23, period).
export const fractionOfUnit: Rule = [(_w, lw) => lw === 'a' || lw === 'quarter' || lw === 'half', /(?<![\p{L}])(?:[Aa]\s+)?([Qq]uarter|[Hh]alf)(?:\s+of\s+a|\s+a|-)\s*(century|decade|year)(?![\p{L}])/yu, (ctx, m) => {
  const quarter = m[1].toLowerCase() === 'quarter';
  const norm = { century: quarter ? 'P25Y' : 'P50Y', decade: quarter ? 'P30M' : 'P5Y', year: quarter ? 'P3M' : 'P6M' }[m[2]] ?? null;
  push(ctx, m.index, m.index + m[0].length, 'period', norm);
}, fractionGate];
