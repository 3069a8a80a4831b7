// Calendar arithmetic on reference dates (UTC days, ISO weeks) and the year a year-less date takes in a
// given direction; the direction itself is read from the text in tense.ts (guideline 24).

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

/** A day in ISO form, or "--MM-DD" when its year is unknown. */
export function isoDayOrUnknownYear(y: number | null, m: number, d: number): string {
  return y === null ? `--${pad(m)}-${pad(d)}` : isoDay(y, m, d);
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
