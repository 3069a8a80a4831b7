// Validity of a day as written: a date the calendar does not have is never an ISO date (it gets a note).
import { daysInMonth } from '../calendar';
import { MON, WD, WDA, YEAR, monthNum } from './patterns';

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
