// Month and weekday names.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** Capitalised words that end the name of a time or an event rather than a body: "the New Year party", "the Arab Spring movement". */
export const TIME_NAME_ENDS = new Set(['Year', 'Day', 'Eve', 'Spring', 'Summer', 'Autumn', 'Winter', 'Christmas', 'Easter', 'Ramadan', 'Eid',
  'Diwali', 'Halloween', 'Thanksgiving', 'Hanukkah', 'Nowruz', 'Week', 'Weekend', 'Night']);

/**
 * Capitalised heads of law names whose short title ends in its year ("Finance Act 2025", "Amendment Bill 2026"): the
 * year right after one is inside the name and no date (guidelines 3 and 27); "the Svalbard Treaty of 1920" is outside.
 */
export const YEAR_TITLED_LAWS = new Set(['Act', 'Acts', 'Bill', 'Bills', 'Law', 'Code', 'Ordinance', 'Decree', 'Regulation', 'Regulations', 'Rules', 'Directive']);
