// What a date rule is, the context it writes to, and the cheap gates that skip its regex.
import type { DateMention, DateType } from '../../types';
import type { RefDate } from '../calendar';
import { tenseDirection, type BeforeCache } from '../tense';
import type { Tokens } from '../tokenize';
import type { Steps } from '../steps';
import { isDigits, MONTH_WORDS } from './patterns';

export interface Ctx {
  text: string;
  ref: RefDate | null;
  /** How the article writes numeric dates whose parts are both 12 or less (front matter, option or evidence); null: unknown. */
  order: 'DMY' | 'MDY' | null;
  out: DateMention[];
  /** Counts the characters of the paragraph-wide searches (at most once per paragraph each). */
  steps: Steps;
  /** The tense read before each date start so far (tense.ts). */
  before?: BeforeCache;
  /** Countries with a known fiscal year in the paragraph and its sentence breaks, found at the first split fiscal year (fiscalYear). */
  fiscal?: FiscalFacts;
}

/** Per country named (sorted by offset `at`): the month its fiscal year starts, and that of the first country in its sentence. */
export interface FiscalFacts {
  at: number[];
  month: number[];
  sentenceMonth: number[];
  /** Offsets of sentence ends (".", "!" or "?" before a space, or a line break). */
  breaks: number[];
  /** The month the paragraph says its fiscal year starts in ("the new fiscal year begins on July 1"), 0 when it says none. */
  stated: number;
}

export function push(ctx: Ctx, start: number, end: number, type: DateType, normalized: string | null): void {
  ctx.out.push({ kind: 'date', start, end, text: ctx.text.slice(start, end), type, normalized });
}

export function dir(ctx: Ctx, start: number, end: number) {
  return tenseDirection(ctx.text, start, end, ctx.before ??= new Map());
}

export type Trigger = (w: string, lw: string) => boolean;
/** A cheap necessary condition for a rule's regex to match at token i; false skips the regex. */
export type Gate = (text: string, t: Tokens, i: number) => boolean;

/** [trigger, sticky regex, handler, gate]. */
export type Rule = [Trigger, RegExp, (ctx: Ctx, m: RegExpExecArray) => void, Gate?];

/** At a digit token, the character right after it (for year tokens, after the four digits); -1 at a word token. */
function charAfterDigits(text: string, t: Tokens, i: number): number {
  return isDigits(t.words[i]) ? text.charCodeAt(t.ends[i]) : -1;
}

/** An ASCII capital: the case-sensitive month and weekday patterns start with one. */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

// ISO dates at a year token: "2024-".
export const isoGate: Gate = (text, t, i) => text.charCodeAt(t.starts[i] + 4) === 45;
// "2024-25 fiscal year" at a year token: the year, its separator and the two digits are three tokens, then "fiscal" (words: always).
export const fiscalGate: Gate = (_text, t, i) => {
  if (!isDigits(t.words[i])) return true;
  const w = t.lower[i + 3];
  return w === 'fiscal' || w === 'financial';
};
// Decades at a year token: "1990s".
export const decadeGate: Gate = (text, t, i) => {
  const c = charAfterDigits(text, t, i);
  return c === -1 || c === 115;
};
// Centuries at a one- or two-digit token: "21st", "19th" (/i: S N R T, and long s folds to s).
export const centuryGate: Gate = (text, t, i) => {
  const c = charAfterDigits(text, t, i);
  if (c === -1 || c >= 128) return true;
  const l = c | 32;
  return l === 115 || l === 110 || l === 114 || l === 116;
};

/**
 * Whether a lower-case token starts with a time unit (day, decade, week, month, minute, year, hour; by its first letter):
 * a word can only fold to a unit under /iu if its lower-case form starts with one (no stem has an "s", and the Kelvin
 * sign lower-cases to "k").
 */
export function startsUnit(w: string): boolean {
  switch (w.charCodeAt(0)) {
    case 100: return w.startsWith('day') || w.startsWith('decade');
    case 119: return w.startsWith('week');
    case 109: return w.startsWith('month') || w.startsWith('minute');
    case 121: return w.startsWith('year');
    case 104: return w.startsWith('hour');
    default: return false;
  }
}

/**
 * Whether one of tokens i..i+span starts with a time unit. Duration ranges put the unit at most 8 tokens
 * after their first ("twenty", "-", "five", "to", "thirty", "-", "five", "years"); skips the regex at most
 * "a"/"an"/numbers.
 */
export function unitAhead(lower: readonly string[], i: number, span = 8): boolean {
  const last = Math.min(lower.length - 1, i + span);
  for (let k = i; k <= last; k++) if (startsUnit(lower[k])) return true;
  return false;
}

/**
 * Whether a lower-case token may equal a word of an /iu pattern through a character outside ASCII
 * (the long s and the Kelvin sign fold to "s" and "k"): such a token is left to the regex.
 */
export function mayFold(lw: string): boolean {
  for (let k = 0; k < lw.length; k++) if (lw.charCodeAt(k) >= 128) return true;
  return false;
}

/** Whether one of tokens i+from..i+to (those that exist) satisfies ok, given its lower-case form. */
export function tokenWithin(t: Tokens, i: number, from: number, to: number, ok: (lw: string) => boolean): boolean {
  const last = Math.min(t.lower.length - 1, i + to);
  for (let k = i + from; k <= last; k++) if (ok(t.lower[k])) return true;
  return false;
}

/**
 * The three letters every written month starts with ("jan" of "January", "Jan." and "Jan"), as a table: per first two
 * letters a–z, a bit for each third letter.
 */
const MONTH_THIRD = new Int32Array(26 * 26);
for (const w of new Set([...MONTH_WORDS].map((m) => m.slice(0, 3)))) MONTH_THIRD[letterAt(w, 0) * 26 + letterAt(w, 1)] |= 1 << letterAt(w, 2);

/** The letter a–z at k as 0–25, or -1. */
function letterAt(w: string, k: number): number {
  const c = w.charCodeAt(k) - 97;
  return c >= 0 && c <= 25 ? c : -1;
}

/** Whether a lower-case token starts like a month name (a month pattern may end before a digit: "Jan2024" holds "Jan"). */
export function startsMonth(lw: string): boolean {
  if (lw.length < 3) return false;
  const a = letterAt(lw, 0);
  const b = letterAt(lw, 1);
  const c = letterAt(lw, 2);
  return a >= 0 && b >= 0 && c >= 0 && (MONTH_THIRD[a * 26 + b] & (1 << c)) !== 0;
}

/** Whether the token after i starts with one of the words. */
export function nextStartsWith(t: Tokens, i: number, words: readonly string[]): boolean {
  const next = t.lower[i + 1];
  if (next === undefined) return false;
  for (const w of words) if (next.startsWith(w)) return true;
  return false;
}

/** The same for an /iu pattern: a token outside ASCII is left to the regex. */
export function nextStartsWithFolded(t: Tokens, i: number, words: readonly string[]): boolean {
  return nextStartsWith(t, i, words) || (i + 1 < t.lower.length && mayFold(t.lower[i + 1]));
}
