// Dates left unresolved and why: a day the calendar does not have, or a numeric date whose day-month order is unknown (each gets a note).
import { daysInMonth } from '../calendar';
import { AMBIGUOUS_NUMERIC } from './numeric';
import { CAPITALISED_MONTHS } from '../lexicon';
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
  const name = CAPITALISED_MONTHS[mon - 1];
  return mon === 2 && d === 29 && y !== null ? `${y} is not a leap year: February has 28 days` : `${name} has ${max} days`;
}

/**
 * Why a numeric date as written has no ISO form although it is complete ("03/04/2026": 3 April or
 * 4 March), or null when it is not such a date. The engine leaves it unresolved rather than guess;
 * this says what would settle it.
 */
export function ambiguousDateNote(written: string): string | null {
  const m = AMBIGUOUS_NUMERIC.exec(written.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a < 1 || b < 1 || a > 12 || b > 12 || a === b) return null;
  return `day-month order unknown: ${a} ${CAPITALISED_MONTHS[b - 1]} or ${b} ${CAPITALISED_MONTHS[a - 1]} ${m[4]}; set dateOrder (DMY or MDY) in the front matter, the policyLens.dateOrder setting or --date-order`;
}

/** Why a date as written is left unresolved (impossible or ambiguous), or null when nothing in its wording explains it. */
export function unresolvedDateReason(written: string): string | null {
  return impossibleDateNote(written) ?? ambiguousDateNote(written);
}
