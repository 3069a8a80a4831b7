// Calendar arithmetic on reference dates (UTC days, ISO weeks) and the tense heuristic that
// decides which way a year-less date resolves (guideline 24).

export interface RefDate {
  y: number;
  m: number;
  d: number;
}

export type Direction = 'past' | 'future';

export function parseRefDate(iso: string | null | undefined): RefDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** A real day written YYYY-MM-DD (proleptic Gregorian, years 0001–9999): not 2026-13-45, 0000-00-00 or 2025-02-29. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A UTC date for any year: Date.UTC reads years 0–99 as 1900–1999. */
function utcDate(y: number, m0: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, m0, d);
  return t;
}

export function isoDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Adds days to a reference date. */
export function addDays(r: RefDate, days: number): RefDate {
  const t = utcDate(r.y, r.m - 1, r.d + days);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(r: RefDate, months: number): { y: number; m: number } {
  const idx = r.y * 12 + (r.m - 1) + months;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

export function weekday(r: RefDate): number {
  return utcDate(r.y, r.m - 1, r.d).getUTCDay();
}

export function isoWeek(r: RefDate): string {
  const t = utcDate(r.y, r.m - 1, r.d);
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = utcDate(t.getUTCFullYear(), 0, 1).getTime();
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** Year for a month-day without a year, in the direction of the tense. */
export function yearForMonthDay(ref: RefDate, m: number, d: number, dir: Direction): number {
  const after = m > ref.m || (m === ref.m && d > ref.d);
  const before = m < ref.m || (m === ref.m && d < ref.d);
  if (dir === 'past') return after ? ref.y - 1 : ref.y;
  return before ? ref.y + 1 : ref.y;
}

/** Year for a month range [m1, m2] without a year (quarters, halves, months). */
export function yearForMonths(ref: RefDate, m1: number, m2: number, dir: Direction): number {
  if (dir === 'past') return m1 > ref.m ? ref.y - 1 : ref.y;
  return m2 < ref.m ? ref.y + 1 : ref.y;
}

const FUTURE = new Set(['will', "'ll", 'shall', "won't", 'next', 'upcoming', 'scheduled', 'due', 'expected', 'expects', 'plan', 'plans',
  'planned', 'intends', 'intend', 'aims', 'aim', 'would', 'takes', 'begins', 'starts', 'opens', 'expires', 'ends', 'resumes', 'meets',
  'holds', 'hosts', 'travels', 'visits', 'arrives', 'launches', 'set', 'until', 'deadline', 'coming', 'forthcoming',
  'goes', 'convene', 'convenes', 'could', 'might', 'upcoming', 'effective']);
const PAST = new Set(['said', 'told', 'was', 'were', 'had', 'did', 'ago', 'since', 'earlier', 'previously', 'former', 'began',
  'took', 'met', 'held', 'went', 'came', 'made', 'saw', 'left', 'won', 'lost', 'fell', 'rose', 'grew', 'cut', 'hit', 'set', 'sent', 'spent',
  'paid', 'struck', 'led', 'brought', 'bought', 'sold', 'gave', 'wrote', 'spoke', 'broke', 'built', 'sought', 'fought', 'became', 'ran']);
/** Verbs whose "to"-infinitive points forward ("agreed to raise output from October"). */
const PROSPECTIVE = new Set(['agreed', 'decided', 'voted', 'pledged', 'promised', 'vowed', 'set', 'plans', 'planned', 'intends', 'aims',
  'expects', 'hopes', 'wants', 'wanted', 'hoped', 'expected', 'due', 'scheduled', 'poised', 'ready', 'prepared', 'moved', 'asked', 'urged', 'called',
  'likely', 'unlikely', 'threatens', 'threatened', 'threaten', 'aim', 'plan', 'going', 'about', 'seeks', 'seeking']);
/** Present-tense scheduling verbs: "returns from recess on February 24", "meet again on October 5". */
const SCHEDULE = new Set(['meet', 'meets', 'vote', 'votes', 'convene', 'reconvene', 'reconvenes', 'begin', 'start', 'open', 'close', 'closes',
  'end', 'return', 'returns', 'resume', 'take', 'expire', 'arrive', 'visit', 'hold', 'host', 'travel', 'launch', 'debate', 'debates', 'sit', 'sits',
  'peaks', 'peak', 'wants', 'want', 'runs', 'lasts', 'kicks', 'falls', 'heads', 'faces', 'face', 'leaves', 'leave', 'steps', 'expires']);
/** A determiner right before a scheduling word makes it a noun ("the end of", "its close", "a start"). */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her)\s+$/iu;
/** "of" right after a scheduling word makes it a noun ("heads of state met", "end of talks"). */
const OF_AFTER = /^\s+of\b/;
const NOT_PAST_ED = new Set(['expected', 'scheduled', 'planned', 'proposed', 'slated', 'supposed', 'anticipated', 'due']);

/** A passive participle ("would be staffed", "is expected") takes its tense from the auxiliary before it, not its "-ed". */
const AFTER_BE = /(?:^|[^\p{L}])(?:be|been|being)\s+$/iu;

/** Index of a word's first character: a–z (either case) → 0–25, the apostrophe → 26. */
function firstIndex(c: number): number {
  return c === 39 ? 26 : (c | 32) - 97;
}

/** Every word the tense rules look up, by first character and length, so a word is found without slicing or lower-casing it. */
const MARKERS = new Map<number, string[]>();
for (const w of new Set([...FUTURE, ...PAST, ...PROSPECTIVE, ...SCHEDULE, ...NOT_PAST_ED, 'set', 'may'])) {
  const key = firstIndex(w.charCodeAt(0)) * 64 + w.length;
  MARKERS.set(key, [...(MARKERS.get(key) ?? []), w]);
}

/** The looked-up word equal to text[at, b) (an /[A-Za-z']+/ run) ignoring case, or null. */
function markerAt(text: string, at: number, b: number): string | null {
  const len = b - at;
  if (len >= 64) return null;
  const list = MARKERS.get(firstIndex(text.charCodeAt(at)) * 64 + len);
  if (!list) return null;
  next: for (const w of list) {
    for (let k = 1; k < len; k++) if ((text.charCodeAt(at + k) | 32) !== w.charCodeAt(k)) continue next;
    return w;
  }
  return null;
}

/** Part of a /[A-Za-z']+/ word. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
}

/** Tense direction at a span: the nearest future or past marker in the same sentence wins; news defaults to past. */
export function tenseDirection(text: string, start: number, end: number): Direction {
  let s = start;
  const floor = Math.max(0, start - 200);
  while (s > floor) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && s < text.length && /\s/.test(text[s]) && !/\b(?:[A-Z]|Mr|Ms|Dr|St|Gen|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K)$/.test(text.slice(Math.max(0, s - 5), s - 1)))) break;
    s--;
  }
  let e = end;
  const ceil = Math.min(text.length, end + 120);
  while (e < ceil) {
    const c = text.charCodeAt(e);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && (e + 1 >= text.length || /\s/.test(text[e + 1])))) break;
    e++;
  }
  // The nearest marker before the date decides; failing that, the nearest one after it.
  let before: Direction | null = null;
  let after: Direction | null = null;
  // Words are /[A-Za-z']+/ runs, scanned by hand (a regex match per word cost more than the rest).
  for (let a = s; a < e; ) {
    if (!isWordChar(text.charCodeAt(a))) { a++; continue; }
    let b = a + 1;
    while (b < text.length && isWordChar(text.charCodeAt(b))) b++;
    const at = a;
    a = b;
    if (at >= start && at < end) continue;
    // Only a looked-up word or a word of five or more letters ending in "ed" can set a direction.
    const marker = markerAt(text, at, b);
    if (marker === null) {
      const len = b - at;
      if (len > 4 && (text.charCodeAt(b - 2) | 32) === 101 && (text.charCodeAt(b - 1) | 32) === 100 && !AFTER_BE.test(text.slice(Math.max(0, at - 7), at))) {
        if (at < start) before = 'past';
        else if (!after) after = 'past';
      }
      continue;
    }
    const w = marker;
    let dir: Direction | null = null;
    if (PROSPECTIVE.has(w) && /^\s+to\b/.test(text.slice(b, b + 4))) dir = 'future';
    else if (w === 'set') continue;
    else if (w === 'may' && text.startsWith('may', at) && /^\s+(?:not\s+)?[a-z]/.test(text.slice(b, b + 9))) dir = 'future'; // modal "may" before a verb
    else if (SCHEDULE.has(w) && DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 7), at))) continue; // "the end of October": a noun, no tense
    else if (SCHEDULE.has(w) && OF_AFTER.test(text.slice(b, b + 4))) continue; // "heads of state", "close of trading": a noun before "of"
    else if (FUTURE.has(w) || SCHEDULE.has(w)) dir = 'future';
    else if (PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w))) dir = 'past';
    if (!dir) continue;
    if (at < start) before = dir;
    else if (!after) after = dir;
  }
  // "Friday's session would be …": a possessive date is the subject of its own clause, so the verb after it decides.
  const c0 = text.charCodeAt(end);
  if ((c0 === 39 || c0 === 8217) && text.charCodeAt(end + 1) === 115 && after) return after;
  const best: Direction = before ?? after ?? 'past';
  return best;
}
