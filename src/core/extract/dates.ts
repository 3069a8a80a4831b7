// Date rules (guidelines 20–27): absolute dates, months, years, fiscal years, quarters, halves,
// decades, centuries, ranges, periods and relative expressions, resolved against a reference date.
import type { DateMention, DateType } from '../types';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './lexicon';
import {
  addDays, addMonths, daysInMonth, isoDay, isoMonth, isoWeek, tenseDirection, weekday, yearForMonthDay, yearForMonths, type RefDate,
} from './calendar';
import type { Tokens } from './tokenize';

const MON = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![\p{L}])`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
const WD = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** Weekday abbreviations, read only before a day and month ("Thu 10 Dec", "Mon 11 January"). */
const WDA = String.raw`(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?`;
const NUMW = String.raw`(?:a\s+dozen|dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred)`;
const MOD = String.raw`(?:(early|mid|late|Early|Mid|Late)(?:-|\s+))`;
const SEP = String.raw`\s*(?:-|–|—|to|through|until)\s*`;

/** A digit string's value; null past the largest double (a run of 309 digits is no number anyone wrote). */
function digitsValue(digits: string): number | null {
  const v = Number(digits);
  return Number.isFinite(v) ? v : null;
}

/** Numeric value of a digit string or number-word phrase ("a dozen", "twenty-five"). */
export function numberValue(raw: string): number | null {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57 && /^[\d,]+(?:\.\d+)?$/.test(raw)) return digitsValue(raw.includes(',') ? raw.replace(/,/g, '') : raw);
  const s = raw.toLowerCase().replace(/,/g, '').replace(/\s+/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return digitsValue(s);
  if (s in NUMBER_WORDS) return NUMBER_WORDS[s];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)$/.exec(s);
  if (m && m[2] in NUMBER_WORDS) return NUMBER_WORDS[m[1]] + NUMBER_WORDS[m[2]];
  return null;
}

function monthNum(raw: string): number {
  return MONTHS[raw.toLowerCase().replace('.', '')];
}

function dayNum(raw: string): number {
  return parseInt(raw, 10);
}

function fullYear(base: number, two: string): number {
  if (two.length === 4) return Number(two);
  const century = Math.floor(base / 100) * 100;
  let y = century + Number(two);
  if (y < base) y += 100;
  return y;
}

interface Ctx {
  text: string;
  ref: RefDate | null;
  out: DateMention[];
}

function push(ctx: Ctx, start: number, end: number, type: DateType, normalized: string | null): void {
  ctx.out.push({ kind: 'date', start, end, text: ctx.text.slice(start, end), type, normalized });
}

function dir(ctx: Ctx, start: number, end: number) {
  return tenseDirection(ctx.text, start, end);
}

type Trigger = (w: string, lw: string) => boolean;
/** A cheap necessary condition for a rule's regex to match at token i; false skips the regex. */
type Gate = (text: string, t: Tokens, i: number) => boolean;

/** [trigger, sticky regex, handler, gate]. */
type Rule = [Trigger, RegExp, (ctx: Ctx, m: RegExpExecArray) => void, Gate?];

/** At a digit token, the character right after it (for year tokens, after the four digits); -1 at a word token. */
function charAfterDigits(text: string, t: Tokens, i: number): number {
  return isDigits(t.words[i]) ? text.charCodeAt(t.ends[i]) : -1;
}

/** Could be whitespace (\s): conservative for everything outside ASCII. */
function maybeSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c >= 128;
}

// ISO dates at a year token: "2024-".
const isoGate: Gate = (text, t, i) => text.charCodeAt(t.starts[i] + 4) === 45;
// "2024-25 fiscal year" at a year token: a separator after optional spaces (words: always).
const fiscalGate: Gate = (text, t, i) => {
  const c = charAfterDigits(text, t, i);
  return c === -1 || c === 45 || c === 0x2013 || c === 47 || maybeSpace(c);
};
// Decades at a year token: "1990s".
const decadeGate: Gate = (text, t, i) => {
  const c = charAfterDigits(text, t, i);
  return c === -1 || c === 115;
};
// Centuries at a one- or two-digit token: "21st", "19th" (/i: S N R T, and long s folds to s).
const centuryGate: Gate = (text, t, i) => {
  const c = charAfterDigits(text, t, i);
  return c === -1 || c >= 128 || [115, 110, 114, 116].includes(c | 32);
};
// Durations, duration ranges and offsets need a time unit a few tokens on.
const unitGate: Gate = (_text, t, i) => unitAhead(t.lower, i);

const MONTH_WORDS = new Set(Object.keys(MONTHS));
/** A month abbreviation without its full stop ("Jun", "Sep") reads as a month only with a year, a day or a date context. */
const SHORT_MONTH = /^(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const WEEKDAY_WORDS = new Set(Object.keys(WEEKDAYS));
const NUMBER_WORD_SET = new Set(['a', 'an', 'dozen', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'several', 'few']);
const MODS = new Set(['early', 'mid', 'late']);
const SEASONS = new Map([['spring', 21], ['summer', 22], ['autumn', 23], ['fall', 23], ['winter', 24]]);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', '1', '2', '3', '4']);
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);
const isDigits = (w: string): boolean => { const c = w.charCodeAt(0); return c >= 48 && c <= 57; };
const isYearTok = (w: string): boolean => w.length === 4 && isDigits(w);
const isNumberish = (w: string, lw: string): boolean => isDigits(w) || NUMBER_WORD_SET.has(lw) || (lw.length > 6 && NUMBER_WORD_SET.has(lw.split('-')[0]));

const MONTH_CONTEXT = /(?:\b(?:in|since|until|till|by|from|through|during|last|next|this|early|mid|late|of|between|and|or|before|after|to|on|for|throughout|end|start|beginning|until)\s+|mid-|[,(–-]\s*)$/i;

const RULES: Rule[] = [
  // ISO dates.
  [(w) => isYearTok(w), /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/yu, (ctx, m) => {
    push(ctx, m.index, m.index + m[0].length, 'date', `${m[1]}-${m[2]}-${m[3]}`);
  }, isoGate],
  // Day-level dates, optionally with weekday, day ranges and year.
  [(w, lw) => WEEKDAY_WORDS.has(lw) || WEEKDAY_ABBREVIATIONS.has(lw) || MONTH_WORDS.has(lw) || (isDigits(w) && w.length <= 2), new RegExp(String.raw`(?:(${WD}|${WDA}(?=,?\s+\d)),?\s+)?(?:(${DAY})(?:${SEP}(${DAY}))?\s+(?:of\s+)?(${MON})|(${MON})\s+(${DAY})(?:${SEP}(${DAY}))?(?![\p{N}]|\s*(?:%|percent|per cent|million|billion)))(?:,?\s+(${YEAR}))?(?![\p{N}])`, 'yu'), (ctx, m) => {
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
    const one = (d: number): string => (y === null ? `--${isoMonth(0, mon).slice(5)}-${String(d).padStart(2, '0')}` : isoDay(y, mon, d));
    push(ctx, start, end, 'date', d2raw ? `${one(d1)}/${one(d2)}` : one(d1));
  }],
  // Months, month ranges, with modifiers and years.
  [(_w, lw) => MONTH_WORDS.has(lw) || MODS.has(lw), new RegExp(String.raw`${MOD}?(${MON})(?:${SEP}(${MON}))?(?:,?\s+(${YEAR}))?(?![\p{N}])`, 'yu'), (ctx, m) => {
    const start = m.index;
    const end = m.index + m[0].length;
    const name = m[2];
    if (!m[4] && !m[1] && (name === 'May' || name === 'March' || name.endsWith('.') || SHORT_MONTH.test(name)) && !MONTH_CONTEXT.test(ctx.text.slice(Math.max(0, start - 14), start))) return;
    const m1 = monthNum(name);
    const m2 = m[3] ? monthNum(m[3]) : m1;
    let y: number | null = m[4] ? Number(m[4]) : null;
    if (y === null && ctx.ref) y = yearForMonths(ctx.ref, m1, m2, dir(ctx, start, end));
    const one = (mm: number): string => (y === null ? `--${String(mm).padStart(2, '0')}` : isoMonth(y, mm));
    push(ctx, start, end, 'month', m2 !== m1 ? `${one(m1)}/${one(m2)}` : one(m1));
  }],
  // Fiscal years: FY2024-25, fiscal year 2025, fiscal 2024.
  [(w, lw) => lw.startsWith('fy') || lw === 'fiscal' || lw === 'financial' || isYearTok(w), new RegExp(String.raw`(?<![\p{L}])(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?|[Ff]inancial\s+[Yy]ear\s+)(${YEAR}|\d{2})(?:\s*[-–/]\s*(\d{4}|\d{2}))?(?![\p{N}])|(${YEAR})\s*[-–/]\s*(\d{2})\s+(?:fiscal|financial)\s+year`, 'yu'), (ctx, m) => {
    const a = m[1] ?? m[3];
    const b = m[2] ?? m[4];
    const y1 = a.length === 2 ? 2000 + Number(a) : Number(a);
    const norm = b ? `${y1}-04/${fullYear(y1, b)}-03` : String(y1);
    push(ctx, m.index, m.index + m[0].length, 'year', norm);
  }, fiscalGate],
  // Quarters and halves in words.
  [(_w, lw) => ORDINALS.has(lw), new RegExp(String.raw`(?<![\p{L}])(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(quarter|half)(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:(${YEAR})|(?:(this|next|last)\s+)?(year)(?![\p{L}])))?(?:\s+(${YEAR}))?`, 'iyu'), (ctx, m) => {
    const ordinal = m[1].toLowerCase();
    const n = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 0 }[ordinal] ?? 1;
    const isHalf = m[2].toLowerCase() === 'half';
    const idx = n === 0 ? (isHalf ? 2 : 4) : n;
    if (isHalf && idx > 2) return;
    const start = m.index;
    const end = m.index + m[0].length;
    const m1 = isHalf ? (idx - 1) * 6 + 1 : (idx - 1) * 3 + 1;
    const m2 = isHalf ? m1 + 5 : m1 + 2;
    let y: number | null = m[3] ? Number(m[3]) : m[6] ? Number(m[6]) : null;
    // "first half of this year", "second half of next year": the deictic word anchors the year.
    const off = m[4] ? ({ this: 0, next: 1, last: -1 } as Record<string, number>)[m[4].toLowerCase()] : 0;
    if (y === null && ctx.ref) y = m[5] ? ctx.ref.y + off : yearForMonths(ctx.ref, m1, m2, dir(ctx, start, end));
    push(ctx, start, end, 'month', y === null ? null : `${y}-${isHalf ? 'H' : 'Q'}${idx}`);
  }],
  // Q3 2024, H1 2025.
  [(w) => w.length === 2 && (w[0] === 'Q' || w[0] === 'H'), new RegExp(String.raw`(?<![\p{L}\p{N}])(Q[1-4]|H[12])(?:\s+(${YEAR})|\s*'(\d{2}))?(?![\p{L}\p{N}]|[.,]\d)`, 'yu'), (ctx, m) => {
    const start = m.index;
    const end = m.index + m[0].length;
    const idx = Number(m[1][1]);
    const isHalf = m[1][0] === 'H';
    const m1 = isHalf ? (idx - 1) * 6 + 1 : (idx - 1) * 3 + 1;
    let y: number | null = m[2] ? Number(m[2]) : m[3] ? 2000 + Number(m[3]) : null;
    if (y === null && ctx.ref) y = yearForMonths(ctx.ref, m1, m1 + (isHalf ? 5 : 2), dir(ctx, start, end));
    push(ctx, start, end, 'month', y === null ? null : `${y}-${m[1]}`);
  }],
  // Decades and centuries.
  [(w, lw) => isYearTok(w) || MODS.has(lw), new RegExp(String.raw`${MOD}?(?<![\p{N}$€£])(1[5-9]\d|20\d)0s(?![\p{L}])`, 'yu'), (ctx, m) => {
    push(ctx, m.index, m.index + m[0].length, 'year', `${m[2]}X`);
  }, decadeGate],
  [(w, lw) => (isDigits(w) && w.length <= 2) || MODS.has(lw), new RegExp(String.raw`${MOD}?(\d{1,2})(?:st|nd|rd|th)[-\s]century(?![\p{L}])`, 'iyu'), (ctx, m) => {
    push(ctx, m.index, m.index + m[0].length, 'year', `${String(Number(m[2]) - 1).padStart(2, '0')}XX`);
  }, centuryGate],
  // Years and year ranges.
  [(w, lw) => isYearTok(w) || MODS.has(lw), new RegExp(String.raw`(?<![\p{N}.,$€£¥₹/-]|[$€£¥₹]\s)${MOD}?(?<![\p{N}.,$€£¥₹/]|[$€£¥₹]\s)(${YEAR})(?:(\s*[-–—/]\s*|\s+(?:to|and|through|until)\s+)(${YEAR}|\d{2}(?![\p{N}])))?(?![\p{N}]|,\d|\.\d|\s*(?:%|percent|per cent|million|billion|tonnes|troops|people|kilomet|km|miles|barrels|MW|GW))`, 'yu'), (ctx, m) => {
    const start = m.index;
    const y1 = Number(m[2]);
    if (m[4]) {
      const sep = m[3].trim();
      // "2016-11": a two-digit month after a hyphen that cannot end a year range (11 < 16) is a month.
      const mm = Number(m[4]);
      if (sep === '-' && m[3] === '-' && m[4].length === 2 && mm >= 1 && mm <= 12 && mm <= y1 % 100) {
        push(ctx, start, m.index + m[0].length, 'month', `${y1}-${m[4]}`);
        return;
      }
      const y2 = fullYear(y1, m[4]);
      const between = /\bbetween\s+$/i.test(ctx.text.slice(Math.max(0, start - 9), start));
      if (y2 > y1 && y2 - y1 < 200 && (sep !== 'and' || between)) {
        push(ctx, start, m.index + m[0].length, 'year', `${y1}/${y2}`);
        return;
      }
    }
    push(ctx, start, start + m[0].length - (m[3] ? m[3].length + m[4].length : 0), 'year', String(y1));
  }],
  // Weekdays.
  [(_w, lw) => WEEKDAY_WORDS.has(lw) || lw === 'last' || lw === 'next' || lw === 'this' || lw === 'coming', new RegExp(String.raw`(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?(${WD})(?:\s+(morning|afternoon|evening|night))?(?![\p{L}])`, 'yu'), (ctx, m) => {
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
  }],
  // Deictic relative expressions: this/last/next week, earlier this month, late last year.
  [(_w, lw) => lw === 'this' || lw === 'last' || lw === 'next' || lw === 'past' || lw === 'coming' || lw === 'earlier' || lw === 'later' || MODS.has(lw), /(?<![\p{L}])(?:(earlier|later|early|late|mid)(?:\s+|-))?(this|last|next|past|coming)\s+(week|month|year|quarter|decade)(?![\p{L}])/iyu, (ctx, m) => {
    const start = m.index;
    const end = m.index + m[0].length;
    const rel = m[2].toLowerCase();
    if ((rel === 'past' || rel === 'previous' || rel === 'coming') && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, start - 4), start))) {
      // "the past year" reads as a duration, "the coming year" as the next one; keep both as relative.
    }
    const off = rel === 'this' ? 0 : rel === 'next' || rel === 'coming' ? 1 : -1;
    const unit = m[3].toLowerCase();
    const r = ctx.ref;
    let norm: string | null = null;
    if (r) {
      if (unit === 'week') norm = isoWeek(addDays(r, 7 * off));
      else if (unit === 'month') { const x = addMonths(r, off); norm = isoMonth(x.y, x.m); }
      else if (unit === 'year') norm = String(r.y + off);
      else if (unit === 'quarter') { const x = addMonths(r, 3 * off); norm = `${x.y}-Q${Math.floor((x.m - 1) / 3) + 1}`; }
      else norm = `${String(Math.floor(r.y / 10) + off).padStart(3, '0')}X`;
    }
    push(ctx, start, end, 'relative', norm);
  }],
  // Offsets: "two years ago", "weeks earlier", "days before".
  [(w, lw) => isNumberish(w, lw) || UNITS.has(lw), new RegExp(String.raw`(?<![\p{L}])(?:(${NUMW}|a|an|\d+|several|few|a\s+few)\s+)?(days?|weeks?|months?|years?|decades?|hours?|minutes?)\s+(ago|earlier|later|before|after|prior|previously|on)(?![\p{L}])`, 'iyu'), (ctx, m) => {
    let start = m.index;
    const unit = m[2].toLowerCase().replace(/s$/, '');
    const n = m[1] ? numberValue(m[1]) : null;
    if (m[1] && n === null) start = m.index + m[0].indexOf(m[2]);
    if (!m[1] && m[3].toLowerCase() === 'on') return;
    const end = m.index + m[0].length;
    let norm: string | null = null;
    // At most a million units, well inside the range of JavaScript dates (1e8 days); past that the span stays, unresolved.
    if (m[3].toLowerCase() === 'ago' && n !== null && n <= 1e6 && ctx.ref && unit !== 'hour' && unit !== 'minute') {
      const r = ctx.ref;
      if (unit === 'day') { const x = addDays(r, -n); norm = isoDay(x.y, x.m, x.d); }
      else if (unit === 'week') norm = isoWeek(addDays(r, -7 * n));
      else if (unit === 'month') { const x = addMonths(r, -n); norm = isoMonth(x.y, x.m); }
      else if (unit === 'year') norm = String(r.y - n);
      else norm = String(r.y - 10 * n);
    }
    push(ctx, start, end, 'relative', norm);
  }, unitGate],
  // "last May", "next March", "this June": the deictic word is part of the span (relative, resolved to a month).
  [(_w, lw) => lw === 'last' || lw === 'next' || lw === 'this', new RegExp(String.raw`(?<![\p{L}])([Ll]ast|[Nn]ext|[Tt]his)\s+(${MON})(?!\s+\d)`, 'yu'), (ctx, m) => {
    const mon = monthNum(m[2]);
    const rel = m[1].toLowerCase();
    let norm: string | null = null;
    const r = ctx.ref;
    if (r) {
      let y = r.y;
      if (rel === 'last') y = mon < r.m ? r.y : r.y - 1;
      else if (rel === 'next') y = mon > r.m ? r.y : r.y + 1;
      norm = isoMonth(y, mon);
    }
    push(ctx, m.index, m.index + m[0].length, 'relative', norm);
  }],
  // "almost a decade", "for a year", "more than a month": a single unit after a hedge or preposition is a duration.
  [(_w, lw) => lw === 'a' || lw === 'an', /(?<![\p{L}])an?\s+(decade|year|month|week|century|fortnight)(?![\p{L}'’-])/yu, (ctx, m) => {
    if (!/\b(?:for|over|almost|nearly|about|around|roughly|than|within|just|some|least|barely|only|in)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return;
    if (/^\s+(?:ago|earlier|later|before|after|of|on|from|and|or)\b|^['’]s/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
    const unit = m[1].toLowerCase();
    const norm = { decade: 'P10Y', year: 'P1Y', month: 'P1M', week: 'P1W', century: 'P100Y', fortnight: 'P2W' }[unit] ?? null;
    push(ctx, m.index, m.index + m[0].length, 'period', norm);
  }],
  // "first nine months of 2025", "last three months of this year": a window inside a year (month type, an interval).
  [(_w, lw) => lw === 'first' || lw === 'last' || lw === 'final', new RegExp(String.raw`(?<![\p{L}])(first|last|final)\s+(${NUMW}|\d{1,2})\s+months\s+of\s+(?:(${YEAR})|(this|last|next)\s+year|the\s+year)(?![\p{L}\p{N}])`, 'iyu'), (ctx, m) => {
    const n = numberValue(m[2]);
    if (n === null || n < 1 || n > 11) return;
    const off = m[4] ? ({ this: 0, next: 1, last: -1 } as Record<string, number>)[m[4].toLowerCase()] : 0;
    const y = m[3] ? Number(m[3]) : ctx.ref ? ctx.ref.y + off : null;
    const first = m[1].toLowerCase() === 'first';
    const m1 = first ? 1 : 13 - n;
    const m2 = first ? n : 12;
    push(ctx, m.index, m.index + m[0].length, 'month', y === null ? null : `${isoMonth(y, m1)}/${isoMonth(y, m2)}`);
  }],
  // "the coming weeks", "the next few months", "the past few years": deictic windows without a number (relative, unresolved).
  [(_w, lw) => lw === 'coming' || lw === 'next' || lw === 'past', /(?<![\p{L}])(?:coming|next|past)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years|decades)(?![\p{L}])/iyu, (ctx, m) => {
    push(ctx, m.index, m.index + m[0].length, 'relative', null);
  }],
  // Anchored expressions: "the following year", "the previous month" (normalized null).
  [(_w, lw) => lw === 'following' || lw === 'previous' || lw === 'preceding', /(?<![\p{L}])(?:following|previous|preceding)\s+(?:day|week|month|year|quarter|decade)(?![\p{L}])/iyu, (ctx, m) => {
    push(ctx, m.index, m.index + m[0].length, 'relative', null);
  }],
  // Seasons relative to now: "this summer", "last winter".
  // Resolved to EDTF season codes (see the absolute season rule); a season starts in March, June, September or December (winter YYYY-24
  // is the one starting in December of YYYY). "next" is the first one starting after the reference month, "last" the latest one ended.
  [(_w, lw) => lw === 'this' || lw === 'last' || lw === 'next', /(?<![\p{L}])(this|last|next)\s+(spring|summer|autumn|fall|winter)(?![\p{L}])/iyu, (ctx, m) => {
    let norm: string | null = null;
    if (ctx.ref) {
      const code = SEASONS.get(m[2].toLowerCase())!;
      const first = (code - 21) * 3 + 3; // 3, 6, 9, 12
      const ym = ctx.ref.y * 12 + ctx.ref.m - 1; // months since year 0
      const startOf = (y: number): number => y * 12 + first - 1;
      const mod = m[1].toLowerCase();
      let y = ctx.ref.y;
      if (mod === 'next') { while (startOf(y) <= ym) y++; while (startOf(y - 1) > ym) y--; }
      else if (mod === 'last') { while (startOf(y) + 2 >= ym) y--; }
      else if (code === 24 && ctx.ref.m <= 2) y--;
      norm = `${y}-${code}`;
    }
    push(ctx, m.index, m.index + m[0].length, 'relative', norm);
  }],
  [(_w, lw) => lw === 'yesterday' || lw === 'today' || lw === 'tomorrow' || lw === 'tonight' || lw === 'this', /(?<![\p{L}])(yesterday|today|tomorrow|tonight|this(?=\s+(?:morning|afternoon|evening)))(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}])/iyu, (ctx, m) => {
    const w = m[1].toLowerCase();
    let norm: string | null = null;
    if (ctx.ref) { const x = addDays(ctx.ref, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0); norm = isoDay(x.y, x.m, x.d); }
    push(ctx, m.index, m.index + m[0].length, 'relative', norm);
  }],
  // Duration ranges: "10 to 14 days", "two to three years".
  [isNumberish, new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${NUMW}|\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(${NUMW}|\d+(?:\.\d+)?)\s+(day|week|month|year|decade|hour)s(?![\p{L}])`, 'iyu'), (ctx, m) => {
    const a = numberValue(m[1]);
    const b = numberValue(m[2]);
    if (a === null || b === null) return;
    const unit = m[3].toLowerCase();
    const code = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'Y', hour: 'H' }[unit] ?? 'D';
    const k = unit === 'decade' ? 10 : 1;
    const t = unit === 'hour' ? 'T' : '';
    push(ctx, m.index, m.index + m[0].length, 'period', `P${t}${a * k}${code}/P${t}${b * k}${code}`);
  }, unitGate],
  // Durations: "seven years", "60-day period", "ten-year", "48 hours".
  [isNumberish, new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${NUMW}|\d+(?:\.\d+)?)(-|\s+)(day|week|month|year|decade|hour|minute)(s?)(?!-old|\s+old\b|[\p{L}])(?:(?<=-\w+)\s+(period|window|timeframe|time\s+frame|span|stretch|interval))?`, 'iyu'), (ctx, m) => {
    const n = numberValue(m[1]);
    if (n === null) return;
    if (m[2] === '-' && m[4]) return;
    if (m[2] !== '-' && !m[4] && n !== 1) return;
    const unit = m[3].toLowerCase();
    const code = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'Y', hour: 'H', minute: 'M' }[unit] ?? 'D';
    const value = unit === 'decade' ? n * 10 : n;
    const time = unit === 'hour' || unit === 'minute';
    push(ctx, m.index, m.index + m[0].length, 'period', `P${time ? 'T' : ''}${value}${code}`);
  }, unitGate],
  // "a quarter of a century", "half a century", "a half-decade": fractions of a long unit are durations (guideline 23, period).
  [(_w, lw) => lw === 'a' || lw === 'quarter' || lw === 'half', /(?<![\p{L}])(?:[Aa]\s+)?([Qq]uarter|[Hh]alf)(?:\s+of\s+a|\s+a|-)\s*(century|decade|year)(?![\p{L}])/yu, (ctx, m) => {
    const quarter = m[1].toLowerCase() === 'quarter';
    const norm = { century: quarter ? 'P25Y' : 'P50Y', decade: quarter ? 'P30M' : 'P5Y', year: quarter ? 'P3M' : 'P6M' }[m[2]] ?? null;
    push(ctx, m.index, m.index + m[0].length, 'period', norm);
  }],
  // Seasons ("summer of 2023", "late autumn 2025"): a window shorter than a year, so type month. The guidelines give no
  // notation for seasons; we use the EDTF season codes YYYY-21 spring, -22 summer, -23 autumn, -24 winter.
  [(_w, lw) => SEASONS.has(lw) || MODS.has(lw), new RegExp(String.raw`(?<![\p{L}])${MOD}?(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)(?:\s+of)?\s+(${YEAR})(?![\p{N}])`, 'yu'), (ctx, m) => {
    // "fall" is also a verb ("prices fall 2 percent"): without "of" it needs a preceding article or preposition.
    if (m[2] === 'fall' && !m[1] && !/\sof\s/.test(m[0]) && !/\b(?:the|in|by|since|until|before|after)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return;
    push(ctx, m.index, m.index + m[0].length, 'month', `${m[3]}-${SEASONS.get(m[2].toLowerCase())}`);
  }],
  // Numeric dates: 22/04/2025, 4/22/2016, 2015/08/12, 22.04.2025. Day-month order: a part over 12 settles it, else the
  // article's order (front matter, setting or evidence, carried on the reference date); with none, the day stays unresolved.
  [(w) => isDigits(w) && (w.length <= 2 || w.length === 4), /(?<![\p{N}/.,-])(?:(\d{1,2})([/.])(\d{1,2})\2(\d{4})|(\d{4})([/.])(\d{1,2})\6(\d{1,2}))(?![\p{N}]|[/.]\d)/yu, (ctx, m) => {
    let y: number; let mon: number; let d: number | null;
    if (m[5]) { y = Number(m[5]); mon = Number(m[7]); d = Number(m[8]); }
    else {
      const a = Number(m[1]);
      const b = Number(m[3]);
      y = Number(m[4]);
      const order = a > 12 ? 'DMY' : b > 12 ? 'MDY' : a === b ? 'DMY' : ctx.ref?.order;
      if (!order) { push(ctx, m.index, m.index + m[0].length, 'date', null); return; }
      [d, mon] = order === 'DMY' ? [a, b] : [b, a];
    }
    const iso = isoDay(y, mon, d);
    push(ctx, m.index, m.index + m[0].length, 'date', mon >= 1 && mon <= 12 && d >= 1 && d <= daysInMonth(y, mon) ? iso : null);
  }],
  // A year then its quarter or half: "2016 Q3", "2019-H2"; and the compact "1H25", "3Q24".
  [(w) => isYearTok(w), new RegExp(String.raw`(?<![\p{N}.,])(${YEAR})(?:\s+|-)(Q[1-4]|H[12])(?![\p{L}\p{N}])`, 'yu'), (ctx, m) => {
    push(ctx, m.index, m.index + m[0].length, 'month', `${m[1]}-${m[2]}`);
  }],
  [(w) => isDigits(w) && w.length === 1, /(?<![\p{L}\p{N}])([1-4])([QH])(\d{2})(?![\p{L}\p{N}])/yu, (ctx, m) => {
    if (m[2] === 'H' && Number(m[1]) > 2) return;
    push(ctx, m.index, m.index + m[0].length, 'month', `20${m[3]}-${m[2]}${m[1]}`);
  }],
  // A weekday in a named week: "Friday next week", "Monday last week", "Tuesday this week" (relative, resolved to the day).
  [(_w, lw) => WEEKDAY_WORDS.has(lw), new RegExp(String.raw`(${WD})\s+(next|last|this)\s+week(?![\p{L}])`, 'yu'), (ctx, m) => {
    let norm: string | null = null;
    if (ctx.ref) {
      const off = m[2] === 'next' ? 7 : m[2] === 'last' ? -7 : 0;
      const monday = addDays(ctx.ref, off - ((weekday(ctx.ref) + 6) % 7));
      const x = addDays(monday, (WEEKDAYS[m[1].toLowerCase()] + 6) % 7);
      norm = isoDay(x.y, x.m, x.d);
    }
    push(ctx, m.index, m.index + m[0].length, 'relative', norm);
  }],
  // "first Friday of next month", "last Monday of March": the nth weekday of a month.
  [(_w, lw) => ORDINALS.has(lw) || lw === 'last', new RegExp(String.raw`(?<![\p{L}])(first|second|third|fourth|last)\s+(${WD})\s+of\s+(?:(next|this|last)\s+month|(${MON})(?:\s+(${YEAR}))?)(?![\p{L}\p{N}])`, 'yu'), (ctx, m) => {
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
  }],
  // "this weekend", "next weekend", "last weekend": Saturday to Sunday.
  [(_w, lw) => lw === 'this' || lw === 'next' || lw === 'last', /(?<![\p{L}])(this|next|last)\s+weekend(?![\p{L}])/iyu, (ctx, m) => {
    let norm: string | null = null;
    if (ctx.ref) {
      const w = weekday(ctx.ref);
      const rel = m[1].toLowerCase();
      // This weekend: the coming one (a Sunday reference: the one it ends).
      let sat = addDays(ctx.ref, w === 0 ? -1 : 6 - w);
      if (rel === 'next') sat = addDays(sat, 7);
      else if (rel === 'last') sat = addDays(sat, -7);
      const sun = addDays(sat, 1);
      norm = `${isoDay(sat.y, sat.m, sat.d)}/${isoDay(sun.y, sun.m, sun.d)}`;
    }
    push(ctx, m.index, m.index + m[0].length, 'relative', norm);
  }],
  // "the day after tomorrow", "the day before yesterday".
  [(_w, lw) => lw === 'day', /(?<![\p{L}])day\s+(after\s+tomorrow|before\s+yesterday)(?![\p{L}])/iyu, (ctx, m) => {
    let norm: string | null = null;
    if (ctx.ref) { const x = addDays(ctx.ref, /^after/i.test(m[1]) ? 2 : -2); norm = isoDay(x.y, x.m, x.d); }
    push(ctx, m.index, m.index + m[0].length, 'relative', norm);
  }],
  // "the 27th" standing alone: a day of the current month, or the next or previous one as the tense points.
  [(w) => isDigits(w) && w.length <= 2, /(?<=(?:^|[^\p{L}])(?:on|by|until|till|before|after|past|from|since|through)\s+the\s)(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}-])(?!\s+(?:of\s+)?(?:century|anniversary|round|floor|amendment|edition|session|summit|congress|birthday|time|place|day|week|month|year)\b)/iyu, (ctx, m) => {
    const d = Number(m[1]);
    if (d < 1 || d > 31) return;
    let norm: string | null = null;
    if (ctx.ref) {
      const r = ctx.ref;
      const past = dir(ctx, m.index, m.index + m[0].length) === 'past';
      let ym: { y: number; m: number } = { y: r.y, m: r.m };
      if (past && d > r.d) ym = addMonths(r, -1);
      else if (!past && d < r.d) ym = addMonths(r, 1);
      if (d <= daysInMonth(ym.y, ym.m)) norm = isoDay(ym.y, ym.m, d);
    }
    push(ctx, m.index, m.index + m[0].length, 'date', norm);
  }],
];

type Handler = (ctx: Ctx, m: RegExpExecArray) => void;

/** Dispatch tables built once: trigger word → rules, and rules for 1–2, 4 and other-length digit tokens. */
type Dispatch = [RegExp, Handler, Gate | undefined][];
const WORD_RULES = new Map<string, Dispatch>();
const DIGIT_RULES: Dispatch[] = [[], [], [], [], [], []];
{
  const words = new Set<string>([...MONTH_WORDS, ...WEEKDAY_WORDS, ...WEEKDAY_ABBREVIATIONS, 'day', 'weekend', ...NUMBER_WORD_SET, ...MODS, ...ORDINALS, ...UNITS, 'fiscal', 'financial', 'this', 'last',
    'next', 'past', 'coming', 'earlier', 'later', 'yesterday', 'today', 'tomorrow', 'tonight', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
    'twenty-one', 'thirty-five', 'forty-five', 'fy', 'following', 'previous', 'preceding', ...SEASONS.keys(), 'quarter', 'half']);
  for (const lw of words) {
    const w = lw.length === 2 && /^[qh]\d$/.test(lw) ? lw.toUpperCase() : lw;
    const rules = RULES.filter(([trigger]) => trigger(w, lw)).map(([, re, h, gate]) => [re, h, gate] as [RegExp, Handler, Gate | undefined]);
    if (rules.length) WORD_RULES.set(lw, rules);
  }
  for (const [len, sample] of [[1, '7'], [2, '17'], [3, '170'], [4, '2017'], [5, '20171']] as const) {
    DIGIT_RULES[len] = RULES.filter(([trigger]) => trigger(sample, sample)).map(([, re, h, gate]) => [re, h, gate] as [RegExp, Handler, Gate | undefined]);
  }
}

/** Per first letter a–z, a bit for each length (capped at 31) of the WORD_RULES keys: most words skip the map lookup. */
const WORD_LENGTHS = new Int32Array(26);
for (const k of WORD_RULES.keys()) {
  const c = k.charCodeAt(0) - 97;
  if (c >= 0 && c <= 25) WORD_LENGTHS[c] |= 1 << Math.min(k.length, 31);
}

/** Rules triggered by a token, from the word and its lower-case form (tokens.lower). */
function rulesFor(w: string, lw: string): Dispatch | undefined {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGIT_RULES[Math.min(w.length, 5)];
  if (c >= 97 && c <= 122) return WORD_LENGTHS[c - 97] & (1 << Math.min(w.length, 31)) ? WORD_RULES.get(w) : undefined;
  if ((c >= 65 && c <= 90) || c > 127) {
    if (lw.startsWith('fy')) return WORD_RULES.get('fy');
    return WORD_RULES.get(lw);
  }
  return undefined;
}

const UNIT_STEMS = ['day', 'week', 'month', 'year', 'decade', 'hour', 'minute'];

/**
 * Whether one of tokens i..i+8 starts with a time unit. Durations, duration ranges and offsets
 * ("60-day", "two to three years", "a few weeks ago") put the unit at most 8 tokens after their
 * first; a word can only fold to a unit under /iu if its lower-case form starts with one (no stem
 * has an "s", and the Kelvin sign lower-cases to "k"). Skips the three regexes at most "a"/"an"/numbers.
 */
function unitAhead(lower: readonly string[], i: number): boolean {
  const last = Math.min(lower.length - 1, i + 8);
  for (let k = i; k <= last; k++) {
    const w = lower[k];
    const c = w.charCodeAt(0);
    if (c !== 100 && c !== 119 && c !== 109 && c !== 121 && c !== 104) continue; // d w m y h
    for (const stem of UNIT_STEMS) if (w.startsWith(stem)) return true;
  }
  return false;
}

/** Date mentions of one paragraph, possibly overlapping (the caller keeps the longest). Rules run only at their trigger tokens. */
export function findDates(text: string, ref: RefDate | null, tokens: Tokens): DateMention[] {
  const ctx: Ctx = { text, ref, out: [] };
  const { words, starts, lower } = tokens;
  for (let i = 0; i < words.length; i++) {
    const rules = rulesFor(words[i], lower[i]);
    if (!rules) continue;
    let unit: boolean | undefined;
    for (const [re, handler, gate] of rules) {
      // The unit check is shared by up to three rules at a token: computed once.
      if (gate === unitGate ? !(unit ??= unitAhead(lower, i)) : gate && !gate(text, tokens, i)) continue;
      re.lastIndex = starts[i];
      const m = re.exec(text);
      if (m) handler(ctx, m);
    }
  }
  return ctx.out;
}

/** Numeric dates whose first or second part is over 12: the article's own evidence of its day-month order. */
const NUMERIC_DATE = /(?<![\p{N}/.])(\d{1,2})([/.])(\d{1,2})\2\d{4}(?![\p{N}])/gu;

/** The day-month order the article's unambiguous numeric dates show (the majority; a tie or none: null). */
export function dateOrderEvidence(text: string, from = 0): 'DMY' | 'MDY' | null {
  if (!text.includes('/', from) && !text.includes('.', from)) return null;
  let dmy = 0;
  let mdy = 0;
  NUMERIC_DATE.lastIndex = from;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  return dmy > mdy ? 'DMY' : mdy > dmy ? 'MDY' : null;
}

const DAY_WRITTEN = new RegExp(String.raw`^(?:(?:${WD}|${WDA}),?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MON})|(${MON})\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(${YEAR}))?$`, 'u');

/** Why a date as written is no day of the calendar ("April 31", "Feb 29, 2027"), or null when it is one or is not a day. */
export function impossibleDateNote(written: string): string | null {
  const m = DAY_WRITTEN.exec(written.trim());
  if (!m) return null;
  const mon = monthNum(m[2] ?? m[3]);
  const d = Number(m[1] ?? m[4]);
  const y = m[5] ? Number(m[5]) : null;
  const max = daysInMonth(y ?? 2024, mon);
  if (d <= max) return null;
  const name = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][mon - 1];
  return mon === 2 && d === 29 && y !== null ? `${y} is not a leap year: February has 28 days` : `${name} has ${max} days`;
}
