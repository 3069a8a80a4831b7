// Relative and compound expressions, resolved against the reference date: this/last/next week, offsets ("two years
// ago"), deictic months and seasons, yesterday/today/tomorrow, weekends, "the day after tomorrow", "the 27th".
import { addDays, addMonths, daysInMonth, isoDay, isoMonth, isoWeek, weekday } from '../calendar';
import { CALENDAR_UNIT_WORDS, DATE_MODIFIERS, DAY_PARTS, DEICTIC_UNITS, PLURAL_CALENDAR_UNITS, QUANTITY_UNITS, RATE_WORDS, SCALES, SEASONS, TIME_OFFSET_ENDS } from '../lexicon';
import { isDigits, isNumberish, MON, monthNum, numberValue, NUMW } from './patterns';
import { dir, mayFold, nextStartsWithFolded, push, startsMonth, startsUnit, tokenWithin, type Gate, type Rule } from './rule';

/** A deictic unit (DEICTIC_UNITS, none with an "s") starts the lower-case token, as when the /iu pattern matches it. */
function startsDeicticUnit(lw: string): boolean {
  for (const u of DEICTIC_UNITS) if (lw.startsWith(u)) return true;
  return false;
}

// Deictic relative expressions: this/last/next week, earlier this month, late last year. The unit is within three
// tokens ("mid", "-", "next", "year").
export const deicticUnit: Rule = [(_w, lw) => lw === 'this' || lw === 'last' || lw === 'next' || lw === 'past' || lw === 'coming' || lw === 'earlier' || lw === 'later' || DATE_MODIFIERS.has(lw), /(?<![\p{L}])(?:(earlier|later|early|late|mid)(?:\s+|-))?(this|last|next|past|coming)\s+(week|month|year|quarter|decade)(?![\p{L}])/iyu, (ctx, m) => {
  const start = m.index;
  const end = m.index + m[0].length;
  const rel = m[2].toLowerCase();
  // "the past year" reads as a duration, "the coming year" as the next one: both stay relative, as without "the".
  const off = rel === 'this' ? 0 : rel === 'next' || rel === 'coming' ? 1 : -1;
  const unit = m[3].toLowerCase();
  const r = ctx.ref;
  let norm: string | null = null;
  if (r) {
    if (unit === 'week') norm = isoWeek(addDays(r, 7 * off));
    else if (unit === 'month') { const x = addMonths(r, off); norm = isoMonth(x.y, x.m); }
    else if (unit === 'year') norm = String(r.y + off);
    else if (unit === 'quarter') { const x = addMonths(r, 3 * off); norm = `${x.y}-Q${Math.floor((x.m - 1) / 3) + 1}`; }
    else norm = `${String(Math.floor(r.y / 10) + off).padStart(3, '0')}X`;
  }
  push(ctx, start, end, 'relative', norm);
}, (_text, t, i) => tokenWithin(t, i, 1, 3, startsDeicticUnit)];

/** "for" right before a span, or with a hedge between ("for more than", "for almost", "for at least"): what follows is a duration. */
const FOR_BEFORE = /(?:^|[^\p{L}])for\s+(?:(?:(?:more|less|fewer)\s+than|over|under|almost|nearly|about|around|roughly|some|(?:at\s+)?least|up\s+to|close\s+to|(?:just|well)\s+(?:over|under))\s+)?$/iu;
/** A count right before a unit. */
const COUNT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:${NUMW}|\d+|several|few)\s+$`, 'iu');

/**
 * After "N years on", what keeps it an offset: the clause ends ("Twenty years on, the port is busy"; "over two years on,
 * survivors wait"; "Ten Years On: …") or the event follows ("two years on from the quake"). Any other word after "on"
 * opens its object, and the units before it are a duration ("three weeks on site", "over 10 years on sea walls").
 */
const ON_ENDS_OFFSET = /^\s*(?:[,.;:!?)"'”’—–]|$)|^\s+(?:from|since|after)\b/iu;

/** A clause's subject after "on": a determiner, a possessive or a capitalised word ("Two years on the war goes on"). */
const ON_SUBJECT_AFTER = /^\s+(?:\p{Lu}|(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)\s)/u;

/** Whether `at` opens a sentence or a heading: only spaces back to the start, a line break, a "#" or a full stop. */
function opensSentence(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === 0) return true;
  const c = text.charCodeAt(k - 1);
  return c === 10 || c === 35 || c === 46 || c === 33 || c === 63;
}

/**
 * Whether "N units on" (the span from `start`, "on" ending at `afterOn`) is an offset: the clause ends or the event follows
 * (ON_ENDS_OFFSET), or the span opens a sentence or heading and a new clause's subject follows ("Two years on the war
 * shows no sign of ending", "Five years on Brexit still divides voters", "A year on the reforms have stalled"). A bare
 * noun after "on" ("Three weeks on site") or a verb or preposition before the number ("spent 10 years on death row")
 * makes the units a duration.
 */
export function onKeepsOffset(text: string, start: number, afterOn: number): boolean {
  const after = text.slice(afterOn, afterOn + 8);
  return ON_ENDS_OFFSET.test(after) || (ON_SUBJECT_AFTER.test(after) && opensSentence(text, start));
}

/** The word right before a span (letters, digits, "%" and ","), after its spaces. */
const WORD_BEFORE = /([\p{L}\p{N}%,]+)\s+$/u;

/**
 * Whether "a year"/"an hour" at `at` follows an amount ("Tk 25,000 crore a year on imported gas", "300 tonnes a day on",
 * "twice a year"): then it is a rate, and an "on" after it opens the object, not an offset ("A year on, the deal holds").
 */
export function rateBefore(text: string, at: number): boolean {
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  if (!w) return false;
  if (w.charCodeAt(w.length - 1) === 37 || /\d/.test(w)) return true; // "$10bn a year on exports" too
  const lw = w.toLowerCase();
  return RATE_WORDS.has(lw) || lw in SCALES || lw in QUANTITY_UNITS;
}

/**
 * A deictic word right before a bare unit ("next month", "last year"): the unit is the deictic rule's. After "the" the
 * word is an ordinal of the offset ("in the last year before the pandemic", "the next day after the attack").
 */
const DEICTIC_BEFORE = /(?:^|[^\p{L}])(?<!\bthe\s+)(?:this|last|next|past|coming)\s+$/iu;

/**
 * An offset's unit is its first token or comes after its number (at most three tokens: "twenty", "-", "five"),
 * and one of TIME_OFFSET_ENDS starts the token after the unit: most numbers and units have neither.
 */
const offsetGate: Gate = (_text, t, i) => {
  const last = Math.min(t.lower.length - 2, i + 3);
  for (let k = i; k <= last; k++) if (startsUnit(t.lower[k]) && nextStartsWithFolded(t, k, TIME_OFFSET_ENDS)) return true;
  return false;
};

// Offsets: "two years ago", "weeks earlier", "days before".
// A bare plural opens one too ("days before"; "hours after", whose unit no other rule starts from).
export const offset: Rule = [(w, lw) => isNumberish(w, lw) || CALENDAR_UNIT_WORDS.has(lw) || lw === 'hours' || lw === 'minutes', new RegExp(String.raw`(?<![\p{L}])(?:(${NUMW}|a|an|\d+|several|few|a\s+few)\s+)?(days?|weeks?|months?|years?|decades?|hours?|minutes?)\s+(${TIME_OFFSET_ENDS.join('|')})(?![\p{L}])`, 'iyu'), (ctx, m) => {
  let start = m.index;
  const unit = m[2].toLowerCase().replace(/s$/, '');
  const n = m[1] ? numberValue(m[1]) : null;
  if (m[1] && n === null) start = m.index + m[0].indexOf(m[2]);
  const ending = m[3].toLowerCase();
  if (ending === 'on') {
    if (!m[1]) return;
    const article = m[1].toLowerCase();
    if ((article === 'a' || article === 'an') && rateBefore(ctx.text, m.index)) return;
    if (!onKeepsOffset(ctx.text, m.index, m.index + m[0].length)) return;
  }
  // "out of service for seven months after a ship dragged its anchor": after "for" the units are a duration (a period),
  // and the clause after them says when it began.
  if (ending !== 'ago' && FOR_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return;
  // A bare unit after its number ("two years before"): the match from the number decided.
  if (!m[1] && COUNT_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))) return;
  // A deictic word binds the unit first ("resume next month after a freeze" is next month, not an offset).
  if (!m[1] && DEICTIC_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 14), m.index))) return;
  const end = m.index + m[0].length;
  let norm: string | null = null;
  // At most a million units, well inside the range of JavaScript dates (1e8 days); past that the span stays, unresolved.
  if (ending === 'ago' && n !== null && n <= 1e6 && ctx.ref && unit !== 'hour' && unit !== 'minute') {
    const r = ctx.ref;
    if (unit === 'day') { const x = addDays(r, -n); norm = isoDay(x.y, x.m, x.d); }
    else if (unit === 'week') norm = isoWeek(addDays(r, -7 * n));
    else if (unit === 'month') { const x = addMonths(r, -n); norm = isoMonth(x.y, x.m); }
    else if (unit === 'year') norm = String(r.y - n);
    else norm = String(r.y - 10 * n);
  }
  push(ctx, start, end, 'relative', norm);
}, offsetGate];

// "last May", "next March", "this June": the deictic word is part of the span (relative, resolved to a month).
export const deicticMonth: Rule = [(_w, lw) => lw === 'last' || lw === 'next' || lw === 'this', new RegExp(String.raw`(?<![\p{L}])([Ll]ast|[Nn]ext|[Tt]his)\s+(${MON})(?!\s+\d)`, 'yu'), (ctx, m) => {
  const mon = monthNum(m[2]);
  const rel = m[1].toLowerCase();
  let norm: string | null = null;
  const r = ctx.ref;
  if (r) {
    let y = r.y;
    if (rel === 'last') y = mon < r.m ? r.y : r.y - 1;
    else if (rel === 'next') y = mon > r.m ? r.y : r.y + 1;
    norm = isoMonth(y, mon);
  }
  push(ctx, m.index, m.index + m[0].length, 'relative', norm);
}, (_text, t, i) => i + 1 < t.lower.length && startsMonth(t.lower[i + 1])];

/** A plural unit starts the token (a letter outside ASCII may fold to its "s"). */
function startsPluralUnit(lw: string): boolean {
  for (const u of PLURAL_CALENDAR_UNITS) if (lw.startsWith(u)) return true;
  return mayFold(lw);
}

// "the coming weeks", "the next few months", "the past few years": deictic windows without a number (relative, unresolved);
// a plural unit starts one of the next two tokens.
export const deicticWindow: Rule = [(_w, lw) => lw === 'coming' || lw === 'next' || lw === 'past', /(?<![\p{L}])(?:coming|next|past)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years|decades)(?![\p{L}])/iyu, (ctx, m) => {
  push(ctx, m.index, m.index + m[0].length, 'relative', null);
}, (_text, t, i) => tokenWithin(t, i, 1, 2, startsPluralUnit)];

// "by the end of the month", "at the end of the year": the current unit where the tense points ahead; in a past narrative
// ("By the end of the month, 500 had fled") the month is the story's, not the article's (normalized null).
// "until the end of the year" takes its tense from before "until" (itself a forward word), and a year named earlier in
// the sentence ("In 2019, … by the end of the year") anchors the unit there, not to the article's date.
export const endOfTheUnit: Rule = [(_w, lw) => lw === 'end', /(?<![\p{L}])end\s+of\s+the\s+(week|month|year)(?![\p{L}'’-])(?!\s+of\b)/iyu, (ctx, m) => {
  const start = m.index;
  const end = m.index + m[0].length;
  const r = ctx.ref;
  let norm: string | null = null;
  const lead = ctx.text.slice(Math.max(0, start - 200), start);
  const sentence = lead.slice(lead.search(/[^.!?]*$/));
  const until = /(?:^|[^\p{L}])(?:until|till)\s+the\s+$/iu.exec(sentence);
  const from = until ? start - (sentence.length - until.index) : start;
  if (r && !/(?:^|[^\p{N}])(?:19|20)\d\d(?![\p{N}])/u.test(sentence) && dir(ctx, from, until ? from : end) === 'future') {
    const unit = m[1].toLowerCase();
    norm = unit === 'week' ? isoWeek(r) : unit === 'month' ? isoMonth(r.y, r.m) : String(r.y);
  }
  push(ctx, start, end, 'relative', norm);
}, (_text, t, i) => t.lower[i + 1] === 'of' && t.lower[i + 2] === 'the'];

// Anchored expressions: "the following year", "the previous month" (normalized null).
export const anchoredUnit: Rule = [(_w, lw) => lw === 'following' || lw === 'previous' || lw === 'preceding', /(?<![\p{L}])(?:following|previous|preceding)\s+(?:day|week|month|year|quarter|decade)(?![\p{L}])/iyu, (ctx, m) => {
  push(ctx, m.index, m.index + m[0].length, 'relative', null);
}];

// Seasons relative to now: "this summer", "last winter".
// Resolved to EDTF season codes (see the absolute season rule); a season starts in March, June, September or December (winter YYYY-24
// is the one starting in December of YYYY). "next" is the first one starting after the reference month, "last" the latest one ended.
const SEASON_WORDS = [...SEASONS.keys()];
export const deicticSeason: Rule = [(_w, lw) => lw === 'this' || lw === 'last' || lw === 'next', new RegExp(String.raw`(?<![\p{L}])(this|last|next)\s+(${SEASON_WORDS.join('|')})(?![\p{L}])`, 'iyu'), (ctx, m) => {
  let norm: string | null = null;
  if (ctx.ref) {
    const code = SEASONS.get(m[2].toLowerCase())!;
    const first = (code - 21) * 3 + 3; // 3, 6, 9, 12
    const ym = ctx.ref.y * 12 + ctx.ref.m - 1; // months since year 0
    const startOf = (y: number): number => y * 12 + first - 1;
    const mod = m[1].toLowerCase();
    let y = ctx.ref.y;
    if (mod === 'next') { while (startOf(y) <= ym) y++; while (startOf(y - 1) > ym) y--; }
    else if (mod === 'last') { while (startOf(y) + 2 >= ym) y--; }
    else if (code === 24 && ctx.ref.m <= 2) y--;
    norm = `${y}-${code}`;
  }
  push(ctx, m.index, m.index + m[0].length, 'relative', norm);
}, (_text, t, i) => nextStartsWithFolded(t, i, SEASON_WORDS)];

// "yesterday", "today", "tomorrow", "tonight", "this morning": a day next to the reference date.
export const dayWord: Rule = [(_w, lw) => lw === 'yesterday' || lw === 'today' || lw === 'tomorrow' || lw === 'tonight' || lw === 'this', new RegExp(String.raw`(?<![\p{L}])(yesterday|today|tomorrow|tonight|this(?=\s+(?:${DAY_PARTS.join('|')})))(?:\s+(?:${DAY_PARTS.join('|')}|night))?(?![\p{L}])`, 'iyu'), (ctx, m) => {
  const w = m[1].toLowerCase();
  let norm: string | null = null;
  if (ctx.ref) { const x = addDays(ctx.ref, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0); norm = isoDay(x.y, x.m, x.d); }
  push(ctx, m.index, m.index + m[0].length, 'relative', norm);
}, (_text, t, i) => t.lower[i] !== 'this' || nextStartsWithFolded(t, i, DAY_PARTS)];

// "this weekend", "next weekend", "last weekend": Saturday to Sunday.
export const weekend: Rule = [(_w, lw) => lw === 'this' || lw === 'next' || lw === 'last', /(?<![\p{L}])(this|next|last)\s+weekend(?![\p{L}])/iyu, (ctx, m) => {
  let norm: string | null = null;
  if (ctx.ref) {
    const w = weekday(ctx.ref);
    const rel = m[1].toLowerCase();
    // This weekend: the coming one (a Sunday reference: the one it ends).
    let sat = addDays(ctx.ref, w === 0 ? -1 : 6 - w);
    if (rel === 'next') sat = addDays(sat, 7);
    else if (rel === 'last') sat = addDays(sat, -7);
    const sun = addDays(sat, 1);
    norm = `${isoDay(sat.y, sat.m, sat.d)}/${isoDay(sun.y, sun.m, sun.d)}`;
  }
  push(ctx, m.index, m.index + m[0].length, 'relative', norm);
}, (_text, t, i) => nextStartsWithFolded(t, i, ['weekend'])];

// "the day after tomorrow", "the day before yesterday".
export const dayAfterTomorrow: Rule = [(_w, lw) => lw === 'day', /(?<![\p{L}])day\s+(after\s+tomorrow|before\s+yesterday)(?![\p{L}])/iyu, (ctx, m) => {
  let norm: string | null = null;
  if (ctx.ref) { const x = addDays(ctx.ref, /^after/i.test(m[1]) ? 2 : -2); norm = isoDay(x.y, x.m, x.d); }
  push(ctx, m.index, m.index + m[0].length, 'relative', norm);
}, (_text, t, i) => t.lower[i + 1] === 'after' || t.lower[i + 1] === 'before'];

/** "the 27th": "the" (or a word ending in it, before a non-letter) is the token before, an ordinal suffix right after (/i: S N R T, long s). */
const ordinalAfterThe: Gate = (text, t, i) => {
  if (i === 0 || !t.lower[i - 1].endsWith('the')) return false;
  const c = text.charCodeAt(t.ends[i]);
  return c >= 128 || c === 115 || c === 110 || c === 114 || c === 116 || c === 83 || c === 78 || c === 82 || c === 84;
};

// "the 27th" standing alone: a day of the current month, or the next or previous one as the tense points.
export const dayOfMonthAlone: Rule = [(w) => isDigits(w) && w.length <= 2, /(?<=(?:^|[^\p{L}])(?:on|by|until|till|before|after|past|from|since|through)\s+the\s)(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}-])(?!\s+(?:of\s+)?(?:century|anniversary|round|floor|amendment|edition|session|summit|congress|birthday|time|place|day|week|month|year)\b)/iyu, (ctx, m) => {
  const d = Number(m[1]);
  if (d < 1 || d > 31) return;
  let norm: string | null = null;
  if (ctx.ref) {
    const r = ctx.ref;
    const past = dir(ctx, m.index, m.index + m[0].length) === 'past';
    let ym: { y: number; m: number } = { y: r.y, m: r.m };
    if (past && d > r.d) ym = addMonths(r, -1);
    else if (!past && d < r.d) ym = addMonths(r, 1);
    if (d <= daysInMonth(ym.y, ym.m)) norm = isoDay(ym.y, ym.m, d);
  }
  push(ctx, m.index, m.index + m[0].length, 'date', norm);
}, ordinalAfterThe];
