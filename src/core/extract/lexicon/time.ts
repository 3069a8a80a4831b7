// Month and weekday names.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** Month and weekday names in lower case, own keys only: "the May Day movement" names a day. */
export const MONTH_OR_DAY = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);

/**
 * The names `in` sees on a plain object besides its own keys. `key in MONTHS` also matched them; the sets below keep
 * that reading so no rule changes what it decides ("constructor" counts as a month for them, unlike MONTH_OR_DAY).
 */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** `key in MONTHS` as a set lookup (own keys and the inherited Object.prototype names `in` also sees). */
export const MONTH_KEYS = new Set([...Object.keys(MONTHS), ...PROTOTYPE_NAMES]);

/** `key in MONTHS || key in WEEKDAYS` as one set lookup: MONTH_OR_DAY and the inherited names `in` also sees. */
export const MONTH_OR_DAY_KEYS = new Set([...MONTH_OR_DAY, ...PROTOTYPE_NAMES]);

/** Capitalised words that end the name of a time or an event rather than a body: "the New Year party", "the Arab Spring movement". */
export const TIME_NAME_ENDS = new Set(['Year', 'Day', 'Eve', 'Spring', 'Summer', 'Autumn', 'Winter', 'Christmas', 'Easter', 'Ramadan', 'Eid',
  'Diwali', 'Halloween', 'Thanksgiving', 'Hanukkah', 'Nowruz', 'Week', 'Weekend', 'Night']);
