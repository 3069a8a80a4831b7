// weekday-mismatch: a weekday written next to a full date that falls on another day
// ("Monday, April 8, 2025" — a Tuesday). The weekday may be inside the date's span or just before
// or after it ("Wed, 9 April 2025", "April 8, 2025 (Monday)").
import { describeDate } from '../describe';
import type { DateMention } from '../types';
import { inconsistency, quoted, tick } from './finding';
import type { CheckInput } from './index';
import type { Finding } from './types';
import { pacer, runSteps, type Stepped } from '../util';

const FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const FULL_INDEX = new Map(FULL.map((w, i) => [w.toLowerCase(), i]));
const SHORT_INDEX = new Map<string, number>([
  ['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['weds', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6],
]);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** How far before a date a weekday is looked for ("Wednesday, " plus a full stop). */
const BEFORE_WINDOW = 14;
/** How far after it ("(Wednesday)", ", a Wednesday"). */
const AFTER_WINDOW = 20;
const WORD_BEFORE = /\b([A-Za-z]+)\.?,?\s+$/;
const WORD_AFTER = /^(\s*\(\s*|,\s+a\s+)([A-Za-z]+)\b\.?\s*\)?/;

interface Weekday {
  day: number;
  abbreviated: boolean;
}

/** A weekday word: full names in any case, abbreviations only capitalised ("Wed", not "wed"). */
function weekdayOf(word: string): Weekday | undefined {
  const lower = word.toLowerCase();
  const full = FULL_INDEX.get(lower);
  if (full !== undefined) return { day: full, abbreviated: false };
  const short = SHORT_INDEX.get(lower);
  if (short !== undefined && /^[A-Z]/.test(word)) return { day: short, abbreviated: true };
  return undefined;
}

/** The right weekday written in the style of the wrong one (casing, full or three-letter). */
export function restyle(word: string, day: number, abbreviated: boolean): string {
  const right = abbreviated ? SHORT[day] : FULL[day];
  if (word.length > 1 && word === word.toUpperCase()) return right.toUpperCase();
  if (word === word.toLowerCase()) return right.toLowerCase();
  return right;
}

interface Found {
  start: number;
  end: number;
  word: string;
  weekday: Weekday;
}

/** The weekday word inside, just before or just after a date mention. */
function adjacentWeekday(text: string, d: DateMention): Found | undefined {
  for (const m of d.text.matchAll(/[A-Za-z]+/g)) {
    const weekday = weekdayOf(m[0]);
    if (weekday) return { start: d.start + m.index, end: d.start + m.index + m[0].length, word: m[0], weekday };
  }
  const before = text.slice(Math.max(0, d.start - BEFORE_WINDOW), d.start);
  const b = WORD_BEFORE.exec(before);
  const wb = b ? weekdayOf(b[1]) : undefined;
  // A full stop after a full name ends its sentence ("…on Monday. April 8, 2025 was…"); after "Tue." it does not.
  if (b && wb && (wb.abbreviated || !b[0].includes('.'))) {
    const start = d.start - before.length + b.index;
    return { start, end: start + b[1].length, word: b[1], weekday: wb };
  }
  const a = WORD_AFTER.exec(text.slice(d.end, d.end + AFTER_WINDOW));
  const wa = a ? weekdayOf(a[2]) : undefined;
  if (a && wa) {
    const start = d.end + a[1].length;
    return { start, end: start + a[2].length, word: a[2], weekday: wa };
  }
  return undefined;
}

/** Weekdays that contradict the full date they stand next to. */
export function weekdayMismatches(input: CheckInput): Finding[] {
  return runSteps(weekdayMismatchSteps(input));
}

/** weekdayMismatches, pausing every few hundred mentions. */
export function* weekdayMismatchSteps(input: CheckInput): Stepped<Finding[]> {
  const out: Finding[] = [];
  const pace = pacer(input.steps);
  for (const d of input.mentions) {
    if (pace()) yield;
    if (d.kind !== 'date' || d.decision === 'rejected' || d.normalized === null) continue;
    const iso = ISO_DAY.exec(d.normalized);
    if (!iso) continue;
    const found = adjacentWeekday(input.text, d);
    if (!found) continue;
    tick(input.meter);
    const day = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))).getUTCDay();
    if (Number.isNaN(day) || day === found.weekday.day) continue;
    const right = restyle(found.word, day, found.weekday.abbreviated);
    const inferred = /\d{4}/.test(d.text) ? '' : ' (year taken from the article date)';
    out.push(inconsistency('weekday-mismatch', found.start, found.end,
      `weekday ${quoted(found.word)} does not match the date ${quoted(d.text)}: ${d.normalized} is a ${FULL[day]} (${describeDate(d.normalized)})${inferred}`,
      [{ start: d.start, end: d.end, message: `the date ${quoted(d.text)} = ${d.normalized}, a ${FULL[day]}` }],
      { title: `Replace ${quoted(found.word)} with ${quoted(right)}`, edits: [{ start: found.start, end: found.end, newText: right }] }));
  }
  return out;
}
