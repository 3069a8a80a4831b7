// findDates(): every date rule, run only at the tokens that can start it (dispatch tables built once).
import type { DateMention } from '../../types';
import type { RefDate } from '../calendar';
import type { Tokens } from '../tokenize';
import { newSteps, type Steps } from '../steps';
import { dayRangeAcrossMonths } from './dayRanges';
import { dayOfMonth, monthName, nthWeekdayOfMonth, weekdayInWeek, weekdayName } from './names';
import { DOTTED_DATE_TOKEN, isoDate, numericDate } from './numeric';
import { aSingleUnit, duration, durationRange, fractionOfUnit } from './periods';
import { anchoredUnit, dayAfterTomorrow, dayOfMonthAlone, dayWord, deicticMonth, deicticSeason, deicticUnit, deicticWindow, endOfTheUnit, offset, weekend } from './relative';
import { century, compactQuarter, decade, firstMonthsOf, fiscalYear, fiscalYearEnding, monthsQuarter, quarterCode, quarterInWords, season, yearOrRange, yearThenQuarter } from './years';
import { DATE_TRIGGER_WORDS } from '../lexicon';
import type { Ctx, Gate, Rule } from './rule';

/** Every rule in the order it runs at a token (the order decides ties between equal spans). */
const RULES: Rule[] = [
  isoDate,
  dayOfMonth,
  dayRangeAcrossMonths,
  monthName,
  monthsQuarter,
  fiscalYear,
  fiscalYearEnding,
  quarterInWords,
  quarterCode,
  decade,
  century,
  yearOrRange,
  weekdayName,
  deicticUnit,
  offset,
  deicticMonth,
  endOfTheUnit,
  aSingleUnit,
  firstMonthsOf,
  deicticWindow,
  anchoredUnit,
  deicticSeason,
  dayWord,
  durationRange,
  duration,
  fractionOfUnit,
  season,
  numericDate,
  yearThenQuarter,
  compactQuarter,
  weekdayInWeek,
  nthWeekdayOfMonth,
  weekend,
  dayAfterTomorrow,
  dayOfMonthAlone,
];

type Handler = (ctx: Ctx, m: RegExpExecArray) => void;

/** Dispatch tables built once: trigger word → rules, and rules for 1–2, 4 and other-length digit tokens. */
type Dispatch = [RegExp, Handler, Gate | undefined][];
const WORD_RULES = new Map<string, Dispatch>();
const DIGIT_RULES: Dispatch[] = [[], [], [], [], [], []];
{
  for (const lw of DATE_TRIGGER_WORDS) {
    const w = lw.length === 2 && /^[qh]\d$/.test(lw) ? lw.toUpperCase() : lw;
    const rules = RULES.filter(([trigger]) => trigger(w, lw)).map(([, re, h, gate]) => [re, h, gate] as [RegExp, Handler, Gate | undefined]);
    if (rules.length) WORD_RULES.set(lw, rules);
  }
  for (const [len, sample] of [[1, '7'], [2, '17'], [3, '170'], [4, '2017'], [5, '20171']] as const) {
    DIGIT_RULES[len] = RULES.filter(([trigger]) => trigger(sample, sample)).map(([, re, h, gate]) => [re, h, gate] as [RegExp, Handler, Gate | undefined]);
  }
}

/** A dotted date is one number token ("22.04.2025"): the numeric-date rule runs on it ungated, then what any long number token runs. */
const DOTTED_RULES: Dispatch = [[numericDate[1], numericDate[2], undefined], ...DIGIT_RULES[5]];

/** Per first letter a–z, a bit for each length (capped at 31) of the WORD_RULES keys: most words skip the map lookup. */
const WORD_LENGTHS = new Int32Array(26);
for (const k of WORD_RULES.keys()) {
  const c = k.charCodeAt(0) - 97;
  if (c >= 0 && c <= 25) WORD_LENGTHS[c] |= 1 << Math.min(k.length, 31);
}

/** Rules triggered by a token, from the word and its lower-case form (tokens.lower); exported for the gate tests. */
export function rulesFor(w: string, lw: string): Dispatch | undefined {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return w.length >= 8 && DOTTED_DATE_TOKEN.test(w) ? DOTTED_RULES : DIGIT_RULES[Math.min(w.length, 5)];
  if (c >= 97 && c <= 122) return WORD_LENGTHS[c - 97] & (1 << Math.min(w.length, 31)) ? WORD_RULES.get(w) : undefined;
  if ((c >= 65 && c <= 90) || c > 127) {
    if (lw.startsWith('fy')) return WORD_RULES.get('fy');
    // The lower-case form is the key: its first letter and length settle most capitalised words as well.
    const d = lw.charCodeAt(0) - 97;
    if (d >= 0 && d <= 25 && !(WORD_LENGTHS[d] & (1 << Math.min(lw.length, 31)))) return undefined;
    return WORD_RULES.get(lw);
  }
  return undefined;
}

/** Date mentions of one paragraph, possibly overlapping (the caller keeps the longest). Rules run only at their trigger tokens. */
export function findDates(text: string, ref: RefDate | null, tokens: Tokens, order: 'DMY' | 'MDY' | null = null, steps: Steps = newSteps()): DateMention[] {
  const ctx: Ctx = { text, ref, order, out: [], steps };
  const { words, starts, lower } = tokens;
  for (let i = 0; i < words.length; i++) {
    const rules = rulesFor(words[i], lower[i]);
    if (!rules) continue;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      const gate = rule[2];
      if (gate && !gate(text, tokens, i)) continue;
      const re = rule[0];
      re.lastIndex = starts[i];
      const m = re.exec(text);
      if (m) rule[1](ctx, m);
    }
  }
  return ctx.out;
}
