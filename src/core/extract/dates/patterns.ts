// Shared pieces of the date rules: regex fragments, trigger word sets and number readings.
import { CAPITALISED_MONTHS, CAPITALISED_WEEKDAYS, DATE_NUMBER_WORDS, MONTH_NAMES, MONTHS, NUMBER_WORDS, NUMBERS_ONE_TO_NINETEEN, TENS_WORDS, WEEKDAY_NAMES } from '../lexicon';

export const MON = String.raw`(?:${CAPITALISED_MONTHS.join('|')}|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![\p{L}])`;
export const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
export const WD = `(?:${CAPITALISED_WEEKDAYS.join('|')})`;
/** Weekday abbreviations, read only before a day and month ("Thu 10 Dec", "Mon 11 January"). */
export const WDA = String.raw`(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?`;
const ONE_TO_NINE = NUMBERS_ONE_TO_NINETEEN.slice(0, 9).join('|');
export const NUMW = String.raw`(?:a\s+dozen|dozen|(?:${TENS_WORDS.join('|')})(?:-(?:${ONE_TO_NINE}))?|zero|(?:${ONE_TO_NINE})\s+hundred|${NUMBERS_ONE_TO_NINETEEN.join('|')}|a\s+hundred|hundred)`;
export const MOD = String.raw`(?:(early|mid|late|Early|Mid|Late)(?:-|\s+))`;
export const SEP = String.raw`\s*(?:-|–|—|to|through|until)\s*`;

/** A digit string's value; null past the largest double (a run of 309 digits is no number anyone wrote). */
function digitsValue(digits: string): number | null {
  const v = Number(digits);
  return Number.isFinite(v) ? v : null;
}

/**
 * Numeric value of a number as the figure and date patterns capture it: digits (grouped by commas, with
 * decimals; the patterns guarantee the shape) or a number-word phrase ("a dozen", "twenty-five").
 */
export function numberValue(raw: string): number | null {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return digitsValue(raw.includes(',') ? raw.replace(/,/g, '') : raw);
  const lower = raw.toLowerCase();
  // Most number words are one word, their own normal form (the keys are single-spaced): the rewrite is for the rest.
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  const s = lower.replace(/\s+/g, ' ');
  if (s in NUMBER_WORDS) return NUMBER_WORDS[s];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)$/.exec(s);
  if (m && m[2] in NUMBER_WORDS) return NUMBER_WORDS[m[1]] + NUMBER_WORDS[m[2]];
  // "two hundred" … "nine hundred" (NUMW's hundreds).
  const h = /^(\w+) hundred$/.exec(s);
  if (h && h[1] in NUMBER_WORDS && NUMBER_WORDS[h[1]] >= 1 && NUMBER_WORDS[h[1]] <= 9) return NUMBER_WORDS[h[1]] * 100;
  return null;
}

function monthNumOf(raw: string): number {
  return MONTHS[raw.toLowerCase().replace('.', '')];
}

/** The forms MON matches ("June", "Jun", "Jun."), read once: most calls skip the lower-casing and the replace. */
const MONTH_FORMS = new Map<string, number>();
for (const k of Object.keys(MONTHS)) {
  const cap = k[0].toUpperCase() + k.slice(1);
  for (const form of [cap, `${cap}.`]) MONTH_FORMS.set(form, monthNumOf(form));
}

export function monthNum(raw: string): number {
  return MONTH_FORMS.get(raw) ?? monthNumOf(raw);
}

export function dayNum(raw: string): number {
  return parseInt(raw, 10);
}

export function fullYear(base: number, two: string): number {
  if (two.length === 4) return Number(two);
  const century = Math.floor(base / 100) * 100;
  let y = century + Number(two);
  if (y < base) y += 100;
  return y;
}

export const MONTH_WORDS = MONTH_NAMES;
/** A month abbreviation without its full stop ("Jun", "Sep") reads as a month only with a year, a day or a date context. */
export const SHORT_MONTH = /^(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
export const WEEKDAY_WORDS = WEEKDAY_NAMES;
export const isDigits = (w: string): boolean => { const c = w.charCodeAt(0); return c >= 48 && c <= 57; };
export const isYearTok = (w: string): boolean => w.length === 4 && isDigits(w);
export const isNumberish = (w: string, lw: string): boolean => isDigits(w) || DATE_NUMBER_WORDS.has(lw) || (lw.length > 6 && DATE_NUMBER_WORDS.has(lw.split('-')[0]));

export const MONTH_CONTEXT = /(?:\b(?:in|since|until|till|by|from|through|during|last|next|this|early|mid|late|of|between|and|or|before|after|to|on|for|throughout|end|start|beginning|until)\s+|mid-|[,(–-]\s*)$/i;
