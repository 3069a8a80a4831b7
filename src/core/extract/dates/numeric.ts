// Numeric dates and the article's day-month order: ISO 2025-04-22, 22/04/2025, 4/22/2016, 2015/08/12, 22.04.2025.
import { daysInMonth, isoDay } from '../calendar';
import { isYearTok, isDigits } from './patterns';
import { isoGate, push, type Gate, type Rule } from './rule';

// ISO dates.
export const isoDate: Rule = [(w) => isYearTok(w), /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/yu, (ctx, m) => {
  push(ctx, m.index, m.index + m[0].length, 'date', `${m[1]}-${m[2]}-${m[3]}`);
}, isoGate];

/**
 * A "/" right after the digits. A number token takes in "." and "," before a digit, so a "." ending a short number
 * token is followed by no digit, and a dotted date is one token of its own (DOTTED_DATE_TOKEN).
 */
const slashAfter: Gate = (text, t, i) => text.charCodeAt(t.ends[i]) === 47;

/** A whole number token shaped as a dotted date, day or year first ("22.04.2025", "2025.04.22"); findDates runs the numeric-date rule on it. */
export const DOTTED_DATE_TOKEN = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{1,2}\.\d{1,2})$/;

// Numeric dates: 22/04/2025, 4/22/2016, 2015/08/12, 22.04.2025. Day-month order: a part over 12 settles it, else the
// article's order (front matter, setting or evidence, with or without a reference date); with none, the day stays unresolved.
export const numericDate: Rule = [(w) => isDigits(w) && (w.length <= 2 || w.length === 4), /(?<![\p{N}/.,-])(?:(\d{1,2})([/.])(\d{1,2})\2(\d{4})|(\d{4})([/.])(\d{1,2})\6(\d{1,2}))(?![\p{N}]|[/.]\d)/yu, (ctx, m) => {
  let y: number; let mon: number; let d: number | null;
  if (m[5]) { y = Number(m[5]); mon = Number(m[7]); d = Number(m[8]); }
  else {
    const a = Number(m[1]);
    const b = Number(m[3]);
    y = Number(m[4]);
    const order = a > 12 ? 'DMY' : b > 12 ? 'MDY' : a === b ? 'DMY' : ctx.order;
    if (!order) { push(ctx, m.index, m.index + m[0].length, 'date', null); return; }
    [d, mon] = order === 'DMY' ? [a, b] : [b, a];
  }
  const iso = isoDay(y, mon, d);
  push(ctx, m.index, m.index + m[0].length, 'date', mon >= 1 && mon <= 12 && d >= 1 && d <= daysInMonth(y, mon) ? iso : null);
}, slashAfter];

/** A whole numeric date with its day and month first, either way round ("03/04/2026"). */
export const AMBIGUOUS_NUMERIC = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;

/** Numeric dates whose first or second part is over 12: the article's own evidence of its day-month order. */
const NUMERIC_DATE = /(?<![\p{N}/.])(\d{1,2})([/.])(\d{1,2})\2\d{4}(?![\p{N}])/gu;

/** How many of a text's numeric dates can only be day-first and how many only month-first. */
export interface OrderTally {
  dmy: number;
  mdy: number;
}

export const NO_EVIDENCE: OrderTally = Object.freeze({ dmy: 0, mdy: 0 });

/** The unambiguous numeric dates of text[from, …), counted by the order they show. A match never spans a blank line, so paragraph tallies add up. */
export function tallyDateOrder(text: string, from = 0): OrderTally {
  if (!text.includes('/', from) && !text.includes('.', from)) return NO_EVIDENCE;
  let dmy = 0;
  let mdy = 0;
  NUMERIC_DATE.lastIndex = from;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  return dmy || mdy ? { dmy, mdy } : NO_EVIDENCE;
}

/** The order a tally shows: the majority; a tie or none: null. */
export function orderOfTally(t: OrderTally): 'DMY' | 'MDY' | null {
  return t.dmy > t.mdy ? 'DMY' : t.mdy > t.dmy ? 'MDY' : null;
}

/** The day-month order the article's unambiguous numeric dates show (the majority; a tie or none: null). */
export function dateOrderEvidence(text: string, from = 0): 'DMY' | 'MDY' | null {
  return orderOfTally(tallyDateOrder(text, from));
}
