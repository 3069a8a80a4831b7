// Month and weekday names, and the other words of dates: units, modifiers, seasons, offsets, events and the verbs that move a date.
import { DATE_NUMBER_WORDS } from './numbers';

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** Month names as written, January to December: the month pattern's full names (dates/patterns.ts) and the notes on impossible dates. */
export const CAPITALISED_MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** Weekday names as written, Monday to Sunday: the weekday pattern of the date rules. */
export const CAPITALISED_WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Weekday abbreviations, read only before a day and month ("Thu 10 Dec", "Mon 11 January"). */
export const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Modifiers of a period ("early 2026", "mid-March", "late last year"). */
export const DATE_MODIFIERS = new Set(['early', 'mid', 'late']);

/** Seasons, each with the season code of an ISO-style date (21 spring … 24 winter; "fall" is autumn). */
export const SEASONS = new Map([['spring', 21], ['summer', 22], ['autumn', 23], ['fall', 23], ['winter', 24]]);

/** Ordinals that open a quarter, a half or a weekday of a month ("first quarter", "2nd half", "final quarter"). */
export const DATE_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', '1', '2', '3', '4']);

/** The calendar units a count of time is written in (singular): the core of the unit words below. */
const CALENDAR_UNITS: readonly string[] = ['day', 'week', 'month', 'year', 'decade'];

/** Calendar units in either number ("two days", "a week"). */
export const CALENDAR_UNIT_WORDS = new Set(CALENDAR_UNITS.flatMap((u) => [u, `${u}s`]));

/** Calendar units in the plural, which a deictic window takes ("the coming weeks", "the past few years"). */
export const PLURAL_CALENDAR_UNITS: readonly string[] = CALENDAR_UNITS.map((u) => `${u}s`);

/** The units of a deictic expression ("this week", "last quarter", "next decade"): none has an "s". */
export const DEICTIC_UNITS: readonly string[] = [...CALENDAR_UNITS.filter((u) => u !== 'day'), 'quarter'];

/** The words that close an offset after its unit ("two years ago", "a week later", "a year on"). */
export const TIME_OFFSET_ENDS: readonly string[] = ['ago', 'earlier', 'later', 'before', 'after', 'prior', 'previously', 'on'];

/** Parts of a day after "this" or a day word ("this morning", "yesterday evening"). */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening'];

/** Deictic words that name a week after a weekday ("Friday next week", "Monday last week", "Tuesday this week"). */
export const WEEK_DEICTICS: readonly string[] = ['next', 'last', 'this'];

/** Clock words after a number that make it a time of day, not a figure ("10 a.m.", "14:00 GMT", "9 o'clock"). */
export const CLOCK_WORDS: readonly string[] = ['a.m.', 'p.m.', 'am', 'pm', 'GMT', 'UTC', 'hrs', "o'clock"];

/** Month names in lower case, own keys only (`key in MONTHS` would also see "constructor" and the other names of Object.prototype). */
export const MONTH_NAMES = new Set(Object.keys(MONTHS));

/** Weekday names in lower case, own keys only. */
export const WEEKDAY_NAMES = new Set(Object.keys(WEEKDAYS));

/** Month and weekday names in lower case, own keys only: "the May Day movement" names a day. */
export const MONTH_OR_DAY = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** Capitalised words that end the name of a time or an event rather than a body: "the New Year party", "the Arab Spring movement". */
export const TIME_NAME_ENDS = new Set(['Year', 'Day', 'Eve', 'Spring', 'Summer', 'Autumn', 'Winter', 'Christmas', 'Easter', 'Ramadan', 'Eid',
  'Diwali', 'Halloween', 'Thanksgiving', 'Hanukkah', 'Nowruz', 'Week', 'Weekend', 'Night']);

/**
 * States whose fiscal year is not the calendar year, by the words that name them (the country, its demonym, its own
 * currency's sign or code): the month the year starts, negative where the year is named by the calendar year it starts in
 * ("fiscal 2027" in Japan and Singapore runs April 2027 to March 2028; in India, April 2026 to March 2027). The United
 * States is read apart: "US" before a dollar sign or "dollar" is the currency, not the state.
 */
export const FISCAL_YEAR_STARTS: Readonly<Record<string, number>> = {
  // July to June.
  Pakistan: 7, Pakistani: 7, Bangladesh: 7, Bangladeshi: 7, Egypt: 7, Egyptian: 7, Australia: 7, Australian: 7, 'New Zealand': 7, Kenya: 7,
  Kenyan: 7, Uganda: 7, Ugandan: 7, Tanzania: 7, Tanzanian: 7, Ethiopia: 7, Ethiopian: 7, Nepal: 7, Nepali: 7, Nepalese: 7, 'A$': 7, 'AU$': 7,
  AUD: 7, 'NZ$': 7, NZD: 7, KSh: 7, Ksh: 7, KES: 7, PKR: 7, 'E£': 7, EGP: 7, '৳': 7, BDT: 7,
  // October to September.
  Thailand: 10, Thai: 10, Myanmar: 10, THB: 10,
  // April to March, named by the year it ends in.
  India: 4, Indian: 4, 'United Kingdom': 4, UK: 4, 'U.K.': 4, Britain: 4, British: 4, Canada: 4, Canadian: 4, 'South Africa': 4, 'South African': 4,
  'Hong Kong': 4, '₹': 4, INR: 4, '£': 4, GBP: 4, 'C$': 4, 'CA$': 4, CAD: 4,
  // April to March, named by the year it starts in.
  Japan: -4, Japanese: -4, '¥': -4, JPY: -4,
  // Later additions.
  Singapore: -4, Singaporean: -4, 'S$': -4, SGD: -4, Rwanda: 7, Rwandan: 7, Mauritius: 7, Mauritian: 7, Bhutan: 7, Bhutanese: 7,
  Botswana: 4, Namibia: 4, Namibian: 4, Lesotho: 4, Haiti: 10, Haitian: 10,
};

/** The names of the United States, whose fiscal year starts in October, unless they name its currency. */
export const US_FISCAL_NAMES = ['United States', 'U.S.', 'US', 'American'];

/** Stems of verbs that move a date ("postponed from June 15 to November 15"; "slipp" for "slipped"). */
export const DATE_MOVING_STEMS: readonly string[] = ['postpon', 'delay', 'reschedul', 'defer', 'adjourn', 'extend', 'slipp?'];

/** Stems of verbs of motion or change, which move a date only with "back", "forward", "up" or an event's noun. */
export const MOTION_STEMS: readonly string[] = ['mov', 'shift', 'push', 'brought', 'bring', 'chang', 'switch', 'advanc', 'revis'];

/** Nouns of an event held on a day, which both the date-moving and the planned-event rules read. */
const EVENT_NOUNS: readonly string[] = ['vote', 'votes', 'election', 'elections', 'ballot', 'meeting', 'summit', 'talks', 'session', 'hearing',
  'launch', 'visit', 'conference', 'ceremony'];

/** Nouns of a dated event ("moved the vote from …"). */
export const DATED_EVENT_NOUNS: readonly string[] = [...EVENT_NOUNS, 'poll', 'deadline', 'date', 'dates', 'trial', 'start', 'opening', 'deal'];

/** Events set for a day ahead ("a strike for January 14", "talks for March 3"): tense.ts reads a date after one and "for" as ahead. */
export const PLANNED_EVENT_NOUNS: readonly string[] = [...EVENT_NOUNS, 'strike', 'strikes', 'meetings', 'hearings', 'referendum', 'trip', 'rally',
  'rallies', 'protest', 'protests', 'walkout', 'shutdown', 'auction', 'runoff', 'run-off', 'inauguration', 'debate'];

/**
 * Words that may open a date (lower case): each is run once through the date rules' triggers to build their dispatch
 * table (dates/findDates.ts); "twenty-one" and the like stand for the hyphenated numbers.
 */
export const DATE_TRIGGER_WORDS = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS, 'day', 'weekend', ...DATE_NUMBER_WORDS, ...DATE_MODIFIERS, ...DATE_ORDINALS, ...CALENDAR_UNIT_WORDS, 'hours', 'minutes', 'fiscal', 'financial', 'this', 'last',
  'next', 'past', 'coming', 'earlier', 'later', 'yesterday', 'today', 'tomorrow', 'tonight', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  'twenty-one', 'thirty-five', 'forty-five', 'fy', 'following', 'previous', 'preceding', ...SEASONS.keys(), 'quarter', 'half', 'end']);
