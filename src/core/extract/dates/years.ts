// Year forms: fiscal years, quarters and halves, decades, centuries, years and year ranges, windows inside a year, seasons.
import { daysInMonth, isoMonth, yearForMonthDay, yearForMonths } from '../calendar';
import { sentenceEndsAt } from '../sentence';
import { firstIndex } from '../../util/bounds';
import { fullYear, isDigits, isYearTok, MOD, MON, monthNum, MONTH_WORDS, numberValue, NUMW, YEAR } from './patterns';
import { centuryGate, decadeGate, dir, fiscalGate, mayFold, nextStartsWith, push, tokenWithin, type Ctx, type FiscalFacts, type Gate, type Rule } from './rule';
import { isWs } from '../figures/chars';
import { inLawName } from '../figures/context';
import { alt } from '../figures/patterns';
import { DATE_MODIFIERS, DATE_ORDINALS, DURATION_VERB_PATTERN, FISCAL_YEAR_STARTS, SEASONS, US_FISCAL_NAMES } from '../lexicon';
import { countryCapitals } from '../gazetteer';

/**
 * FISCAL_YEAR_STARTS with the capitals of those countries, which stand for their states ("Dhaka's draft budget for
 * FY2026-27"), and the taka's "Tk" (the sign and the code are there already).
 */
const FISCAL_MONTHS: Record<string, number> = { ...FISCAL_YEAR_STARTS, Tk: 7 };
const FISCAL_CAPITALS = new Set<string>();
for (const [canonical, capitals] of countryCapitals()) {
  const month = FISCAL_YEAR_STARTS[canonical];
  if (month === undefined) continue;
  for (const c of capitals) if (!(c in FISCAL_MONTHS)) { FISCAL_MONTHS[c] = month; FISCAL_CAPITALS.add(c); }
}

/**
 * Countries whose fiscal year is known (FISCAL_YEAR_STARTS: the month it starts, negative where it is named by the year
 * it starts in), named or read from their own currency's sign or code ("set aside ¥1.1 trillion for chip subsidies in
 * fiscal 2026"; not its word: "reports in sterling" names no state). "US" before a dollar sign or "dollar" is the
 * currency, not the country whose year it is (a match outside group 1 is the United States, October).
 */
const FISCAL_COUNTRIES = new RegExp(String.raw`(?<![\p{L}])(?:(${alt(Object.keys(FISCAL_MONTHS))})|(?:${alt(US_FISCAL_NAMES)})(?!\s*\$|\s+dollars?))(?![\p{L}])`, 'gu');

/**
 * The paragraph says when its fiscal year starts or ends: "the new fiscal year begins on July 1", "a financial year that
 * starts in April", "the fiscal year ending June 30", "fiscal 2026, which ends on September 30" (its own year named first:
 * FY_NAMED; month 1: the month it starts, month 2: the month it ends).
 */
const FY_NAMED = String.raw`(?:19|20)\d\d(?:[-/–]\d{2,4})?,?\s+`;
const FISCAL_STATED = new RegExp(String.raw`(?<![\p{L}])(?:[Ff]iscal|[Ff]inancial|[Bb]udget)\s+(?:[Yy]ear\s+(?:${FY_NAMED})?|${FY_NAMED})(?:(?:that|which)\s+)?(?:(?:begins|starts|began|started|beginning|starting|runs\s+from)\s+(?:on\s+|in\s+)?(${MON})|(?:ends|ended|ending|runs\s+to|closes)\s+(?:on\s+|in\s+)?(${MON}))`, 'gu');

/** The first index in the sorted list whose value is at least `v`. */
function lowerBound(list: readonly number[], v: number): number {
  return firstIndex(list.length, (k) => list[k] >= v);
}

/**
 * The paragraph's countries with a known fiscal year (where, the month the year starts, the month of the first such
 * country in the same sentence) and its sentence breaks: found in two passes, once per paragraph.
 */
function fiscalFacts(ctx: Ctx): FiscalFacts {
  if (ctx.fiscal) return ctx.fiscal;
  const text = ctx.text;
  const breaks: number[] = [];
  for (let k = 0; k < text.length; k++) if (sentenceEndsAt(text, k)) breaks.push(k);
  const at: number[] = [];
  const month: number[] = [];
  const sentenceMonth: number[] = [];
  // Capitals count only in a paragraph that names no state otherwise ("Speaking in London, Pakistan's finance minister …").
  const found: { index: number; month: number; capital: boolean }[] = [];
  FISCAL_COUNTRIES.lastIndex = 0;
  for (let m = FISCAL_COUNTRIES.exec(text); m; m = FISCAL_COUNTRIES.exec(text)) {
    // A negative month: the year is named by the calendar year it starts in ("fiscal 2027" in Japan is April 2027 on).
    found.push({ index: m.index, month: m[1] !== undefined ? FISCAL_MONTHS[m[1]] : 10, capital: m[1] !== undefined && FISCAL_CAPITALS.has(m[1]) });
  }
  const named = found.some((f) => !f.capital);
  for (const f of found) {
    if (named && f.capital) continue;
    const j = at.length;
    const sameSentence = j > 0 && lowerBound(breaks, at[j - 1]) === lowerBound(breaks, f.index);
    at.push(f.index);
    month.push(f.month);
    sentenceMonth.push(sameSentence ? sentenceMonth[j - 1] : f.month);
  }
  FISCAL_STATED.lastIndex = 0;
  const said = FISCAL_STATED.exec(text);
  const stated = !said ? 0 : said[1] ? monthNum(said[1]) : (monthNum(said[2]) % 12) + 1;
  ctx.steps.chars += 3 * text.length;
  ctx.fiscal = { at, month, sentenceMonth, breaks, stated };
  return ctx.fiscal;
}

/**
 * The month a split fiscal year ("FY2025-26") at `at` starts in: that of the first country named in its sentence
 * (the subject's: "Pakistan's exports to the United States rose in FY2025-26"), else of the nearest one before it,
 * else of the first after it: July (Pakistan, Australia, Kenya …), October (United States, Thailand) or April (India,
 * Japan, the United Kingdom, Canada); else the start (or end) month the paragraph states for its fiscal year; else April,
 * the default. A reading of the text, not knowledge of the topic.
 */
function fiscalStartMonth(ctx: Ctx, at: number): number {
  const convention = fiscalConvention(ctx, at);
  return convention !== null ? Math.abs(convention) : fiscalFacts(ctx).stated || 4;
}

/** The same reading with the sign of the naming (negative: named by its first year), or null when the paragraph names no such country. */
function fiscalConvention(ctx: Ctx, at: number): number | null {
  const f = fiscalFacts(ctx);
  const k = lowerBound(f.at, at);
  if (k === 0) return f.at.length ? f.month[0] : null;
  return lowerBound(f.breaks, f.at[k - 1]) === lowerBound(f.breaks, at) ? f.sentenceMonth[k - 1] : f.month[k - 1];
}

/** Words of public finance: a sentence with one is about a state's budget, not a company's year. */
const PUBLIC_FINANCE = /(?<![\p{L}])(?:budgets?|deficits?|surplus|government|treasury|ministry|parliament|congress|pentagon|(?:defen[cs]e|military|public|government|state)\s+spending|gross\s+domestic\s+product|GDP|taxes|borrowing|public\s+debt|cabinet|subsid(?:y|ies))(?![\p{L}])/iu;

/**
 * Whether "fiscal 2027" at `at` is a state's fiscal year: a country with a known fiscal year named in its sentence,
 * a word of public finance there too, and no "its"/"their" before it. A company's "fiscal 2027" (Nvidia's ends in
 * January, Microsoft's in June) stays the calendar year it names.
 */
function statesFiscalYear(ctx: Ctx, at: number): boolean {
  const f = fiscalFacts(ctx);
  if (!f.at.length || /(?:^|[^\p{L}])(?:its|their)\s+$/iu.test(ctx.text.slice(Math.max(0, at - 8), at))) return false;
  const b = lowerBound(f.breaks, at);
  const from = b > 0 ? f.breaks[b - 1] : 0;
  const to = b < f.breaks.length ? f.breaks[b] : ctx.text.length;
  const k = lowerBound(f.at, from);
  if (k >= f.at.length || f.at[k] >= to) return false;
  return PUBLIC_FINANCE.test(ctx.text.slice(from, to));
}

// Fiscal years: FY2024-25, fiscal year 2025, fiscal 2024.
export const fiscalYear: Rule = [(w, lw) => lw.startsWith('fy') || lw === 'fiscal' || lw === 'financial' || isYearTok(w), new RegExp(String.raw`(?<![\p{L}])(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?|[Ff]inancial\s+[Yy]ear\s+)(${YEAR}|\d{2})(?:\s*[-–/]\s*(\d{4}|\d{2}))?(?![\p{N}])|(${YEAR})\s*[-–/]\s*(\d{2})\s+(?:fiscal|financial)\s+year`, 'yu'), (ctx, m) => {
  const a = m[1] ?? m[3];
  const b = m[2] ?? m[4];
  const y1 = a.length === 2 ? 2000 + Number(a) : Number(a);
  let norm = String(y1);
  if (b) {
    const first = fiscalStartMonth(ctx, m.index);
    norm = `${isoMonth(y1, first)}/${isoMonth(fullYear(y1, b), first - 1)}`;
  } else {
    // "fiscal 2027" of a country whose year does not start in January: its twelve months, named by their last
    // calendar year (the United States, India, Australia …) or, in Japan, by their first. Elsewhere the calendar year.
    const conv = statesFiscalYear(ctx, m.index) ? fiscalConvention(ctx, m.index) : null;
    // "fiscal 2026, which ends on September 30": where the paragraph says when its year starts or ends, the twelve
    // months named by their last calendar year.
    const stated = conv === null ? fiscalFacts(ctx).stated : 0;
    if (conv !== null || stated > 1) {
      const first = conv !== null ? Math.abs(conv) : stated;
      const y0 = conv !== null && conv < 0 ? y1 : y1 - 1;
      norm = `${isoMonth(y0, first)}/${isoMonth(y0 + 1, first - 1)}`;
    }
  }
  push(ctx, m.index, m.index + m[0].length, 'year', norm);
}, fiscalGate];

// "the fiscal year ending March 2027", "financial year to June 2026", "the fiscal year ending March 31": the twelve months
// that end with that month (without a year, the month-end the tense points to).
export const fiscalYearEnding: Rule = [(_w, lw) => lw === 'fiscal' || lw === 'financial', new RegExp(String.raw`(?<![\p{L}])(?:[Ff]iscal|[Ff]inancial)\s+year\s+(?:ending|ended|that\s+ends|to)\s+(?:(in)\s+)?(${MON})(?:\s+(\d{1,2})(?![\p{N}]))?(?:,?\s+(${YEAR}))?(?![\p{N}])`, 'yu'), (ctx, m) => {
  const last = monthNum(m[2]);
  // "the fiscal year ending in June": the month alone, its end the one the tense points to.
  const day = m[3] ? Number(m[3]) : m[1] && !m[4] ? daysInMonth(2001, last) : null;
  if (!last || (day === null && !m[4])) return;
  if (day !== null && day !== daysInMonth(2001, last) && !(last === 2 && day === 29)) return; // a fiscal year ends on a month's last day
  const start = m.index;
  const end = m.index + m[0].length;
  let y = m[4] ? Number(m[4]) : null;
  // "the fiscal year ended March 31" and "the fiscal year that ends in March" say their own tense.
  if (y === null && ctx.ref) y = yearForMonthDay(ctx.ref, last, day ?? daysInMonth(2001, last), /\sended\s/.test(m[0]) ? 'past' : /\sends\s/.test(m[0]) ? 'future' : dir(ctx, start, end));
  if (y === null) { push(ctx, start, end, 'year', null); return; }
  const from = last === 12 ? isoMonth(y, 1) : isoMonth(y - 1, last + 1);
  push(ctx, m.index, m.index + m[0].length, 'year', `${from}/${isoMonth(y, last)}`);
}];

// "the July-September quarter", "April–June quarter of 2026": two months bounding a calendar quarter name it.
export const monthsQuarter: Rule = [(_w, lw) => MONTH_WORDS.has(lw), new RegExp(String.raw`(?<![\p{L}])(${MON})\s*[-–]\s*(${MON})(?:\s+(${YEAR}))?\s+quarter(?:\s+of\s+(${YEAR}))?(?![\p{L}])`, 'yu'), (ctx, m) => {
  const m1 = monthNum(m[1]);
  const m2 = monthNum(m[2]);
  if (!m1 || m2 !== m1 + 2 || (m1 - 1) % 3 !== 0) return;
  const start = m.index;
  const end = m.index + m[0].length;
  let y: number | null = m[3] ? Number(m[3]) : m[4] ? Number(m[4]) : null;
  if (y === null && ctx.ref) y = yearForMonths(ctx.ref, m1, m2, dir(ctx, start, end));
  push(ctx, start, end, 'month', y === null ? null : `${y}-Q${(m1 + 2) / 3}`);
}, (_text, t, i) => t.words[i + 1] === '-' || t.words[i + 1] === '–'];

// Quarters and halves in words ("quarter" and "half" fold only from ASCII letters: the next token starts with one).
const FRACTIONS = ['quarter', 'half'];
export const quarterInWords: Rule = [(_w, lw) => DATE_ORDINALS.has(lw), new RegExp(String.raw`(?<![\p{L}])(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(quarter|half)(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:(${YEAR})|(?:(this|next|last)\s+)?(year)(?![\p{L}])))?(?:\s+(${YEAR}))?`, 'iyu'), (ctx, m) => {
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
}, (_text, t, i) => nextStartsWith(t, i, FRACTIONS)];

// Q3 2024, H1 2025.
export const quarterCode: Rule = [(w) => w.length === 2 && (w[0] === 'Q' || w[0] === 'H'), new RegExp(String.raw`(?<![\p{L}\p{N}])(Q[1-4]|H[12])(?:\s+(${YEAR})|\s*'(\d{2}))?(?![\p{L}\p{N}]|[.,]\d)`, 'yu'), (ctx, m) => {
  const start = m.index;
  const end = m.index + m[0].length;
  const idx = Number(m[1][1]);
  const isHalf = m[1][0] === 'H';
  const m1 = isHalf ? (idx - 1) * 6 + 1 : (idx - 1) * 3 + 1;
  let y: number | null = m[2] ? Number(m[2]) : m[3] ? 2000 + Number(m[3]) : null;
  if (y === null && ctx.ref) y = yearForMonths(ctx.ref, m1, m1 + (isHalf ? 5 : 2), dir(ctx, start, end));
  push(ctx, start, end, 'month', y === null ? null : `${y}-${m[1]}`);
}];

// Decades and centuries.
export const decade: Rule = [(w, lw) => isYearTok(w) || DATE_MODIFIERS.has(lw), new RegExp(String.raw`${MOD}?(?<![\p{N}$€£])(1[5-9]\d|20\d)0s(?![\p{L}])`, 'yu'), (ctx, m) => {
  push(ctx, m.index, m.index + m[0].length, 'year', `${m[2]}X`);
}, decadeGate];

export const century: Rule = [(w, lw) => (isDigits(w) && w.length <= 2) || DATE_MODIFIERS.has(lw), new RegExp(String.raw`${MOD}?(\d{1,2})(?:st|nd|rd|th)[-\s]century(?![\p{L}])`, 'iyu'), (ctx, m) => {
  push(ctx, m.index, m.index + m[0].length, 'year', `${String(Number(m[2]) - 1).padStart(2, '0')}XX`);
}, centuryGate];

// Years and year ranges.
/**
 * A preposition of duration before a year, with an optional share of it: "throughout", "during most of", "for much of";
 * a bare "for" only after a verb of duration ("suspended for 2019 and 2020"), not "cut its forecasts for 2026 and 2027".
 */
const DURATION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:for\s+(?:much|most|all|part|parts|the\s+whole)\s+of|${DURATION_VERB_PATTERN}\s+for|(?:throughout|during|over|across)(?:\s+(?:much|most|all|part|parts|the\s+whole)\s+of)?)\s+$`, 'iu');

/** What may follow a span of years that heads no noun: punctuation, the end, or a word that starts a phrase or clause. */
const NO_HEAD_AFTER = /^(?:\s*(?:[,.;:)!?'"”’]|$)|\s+(?:at|in|on|when|while|as|after|before|because|and|but|amid|under|with|to|for|by|until|following|due|despite|over|through|during)(?![\p{L}]))/u;

/**
 * "suspended for much of 2019 and 2020": two consecutive years joined by "and" after a preposition of duration are one
 * span of time (a year range, as "between 2027 and 2031"); "defaulted in 2020 and 2022" and "over the 2027 and 2028
 * budgets" (years heading a noun) are two years.
 */
function spanOfTwoYears(text: string, start: number, end: number): boolean {
  return NO_HEAD_AFTER.test(text.slice(end, end + 12)) && DURATION_BEFORE.test(text.slice(Math.max(0, start - 28), start));
}

/** The temporal heads a year range may take: "the 2025-2030 period", "the 2024/25 season". */
const RANGE_HEAD = /^\s+(?:period|season)(?![\p{L}])/u;
/** At a digit token the year starts "15" to "19" or "20" (words: "early", "mid", "late" before it). */
const yearDigits: Gate = (text, t, i) => {
  if (!isDigits(t.words[i])) return true;
  const c = text.charCodeAt(t.starts[i]);
  const d = text.charCodeAt(t.starts[i] + 1);
  return c === 50 ? d === 48 : c === 49 && d >= 53 && d <= 57;
};
export const yearOrRange: Rule = [(w, lw) => isYearTok(w) || DATE_MODIFIERS.has(lw), new RegExp(String.raw`(?<![\p{N}.,$€£¥₹/-]|[$€£¥₹]\s)${MOD}?(?<![\p{N}.,$€£¥₹/]|[$€£¥₹]\s)(${YEAR})(?:(\s*[-–—/]\s*|\s+(?:to|and|through|until)\s+)(${YEAR}|\d{2}(?![\p{N}])))?(?![\p{N}]|,\d|\.\d|\s*(?:%|percent|per cent|million|billion|tonnes|troops|people|kilomet|km|miles|barrels|MW|GW))`, 'yu'), (ctx, m) => {
  const start = m.index;
  if (m[1] === undefined && inLawName(ctx.text, start)) return;
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
    if (y2 > y1 && y2 - y1 < 200 && (sep !== 'and' || between || (y2 === y1 + 1 && spanOfTwoYears(ctx.text, start, m.index + m[0].length)))) {
      // "the 2025-2030 period", "the 2024/25 season": a purely temporal head stays in the span, as in "a 60-day period" (guideline 25).
      const end = m.index + m[0].length;
      const head = RANGE_HEAD.exec(ctx.text.slice(end, end + 8));
      push(ctx, start, end + (head ? head[0].length : 0), 'year', `${y1}/${y2}`);
      return;
    }
  }
  push(ctx, start, start + m[0].length - (m[3] ? m[3].length + m[4].length : 0), 'year', String(y1));
}, yearDigits];

// "first nine months of 2025", "last three months of this year": a window inside a year (month type, an interval).
export const firstMonthsOf: Rule = [(_w, lw) => lw === 'first' || lw === 'last' || lw === 'final', new RegExp(String.raw`(?<![\p{L}])(first|last|final)\s+(${NUMW}|\d{1,2})\s+months\s+of\s+(?:(${YEAR})|(this|last|next)\s+year|the\s+year)(?![\p{L}\p{N}])`, 'iyu'), (ctx, m) => {
  const n = numberValue(m[2]);
  if (n === null || n < 1 || n > 11) return;
  const off = m[4] ? ({ this: 0, next: 1, last: -1 } as Record<string, number>)[m[4].toLowerCase()] : 0;
  const y = m[3] ? Number(m[3]) : ctx.ref ? ctx.ref.y + off : null;
  const first = m[1].toLowerCase() === 'first';
  const m1 = first ? 1 : 13 - n;
  const m2 = first ? n : 12;
  push(ctx, m.index, m.index + m[0].length, 'month', y === null ? null : `${isoMonth(y, m1)}/${isoMonth(y, m2)}`);
}, (_text, t, i) => tokenWithin(t, i, 2, 5, (lw) => lw === 'months' || mayFold(lw))];

// Seasons ("summer of 2023", "late autumn 2025"): a window shorter than a year, so type month. The guidelines give no
// notation for seasons; we use the EDTF season codes YYYY-21 spring, -22 summer, -23 autumn, -24 winter.
// The year starts a token within four ("mid", "-", "summer", "of", "2023").
export const season: Rule = [(_w, lw) => SEASONS.has(lw) || DATE_MODIFIERS.has(lw), new RegExp(String.raw`(?<![\p{L}])${MOD}?(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)(?:\s+of)?\s+(${YEAR})(?:[-–/](\d\d|${YEAR}))?(?![\p{N}])`, 'yu'), (ctx, m) => {
  // "fall" is also a verb ("prices fall 2 percent"): without "of" it needs a preceding article or preposition.
  if (m[2] === 'fall' && !m[1] && !/\sof\s/.test(m[0]) && !/\b(?:the|in|by|since|until|before|after)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return;
  // "the winter of 2022-23": a winter named by the two years it spans is the one starting in the first; any other
  // pair ends the season at its first year.
  const split = m[4] !== undefined && m[2].toLowerCase() === 'winter' && Number(m[4].slice(-2)) === (Number(m[3]) + 1) % 100;
  const end = m.index + m[0].length - (m[4] !== undefined && !split ? m[4].length + 1 : 0);
  push(ctx, m.index, end, 'month', `${m[3]}-${SEASONS.get(m[2].toLowerCase())}`);
}, (_text, t, i) => tokenWithin(t, i, 1, 4, isDigits)];

// A year then its quarter or half: "2016 Q3", "2019-H2"; and the compact "1H25", "3Q24".
/** "Q" or "H" after a year and a hyphen or spaces. */
const quarterAfterYear: Gate = (text, t, i) => {
  let k = t.starts[i] + 4;
  if (text.charCodeAt(k) === 45) k++;
  else while (isWs(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return c === 81 || c === 72;
};

export const yearThenQuarter: Rule = [(w) => isYearTok(w), new RegExp(String.raw`(?<![\p{N}.,])(${YEAR})(?:\s+|-)(Q[1-4]|H[12])(?![\p{L}\p{N}])`, 'yu'), (ctx, m) => {
  push(ctx, m.index, m.index + m[0].length, 'month', `${m[1]}-${m[2]}`);
}, quarterAfterYear];

export const compactQuarter: Rule = [(w) => isDigits(w) && w.length === 1, /(?<![\p{L}\p{N}])([1-4])([QH])(\d{2})(?![\p{L}\p{N}])/yu, (ctx, m) => {
  if (m[2] === 'H' && Number(m[1]) > 2) return;
  push(ctx, m.index, m.index + m[0].length, 'month', `20${m[3]}-${m[2]}${m[1]}`);
}, (text, t, i) => { const c = text.charCodeAt(t.starts[i] + 1); return c === 81 || c === 72; }];
