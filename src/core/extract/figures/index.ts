// Figure rules (guidelines 14–21): money, percent, percentage points, quantities and counts, with
// scales, ranges, hedges, fractions of a whole and per-unit prices.
import { withSigns } from './signs';
import type { FigureMention, FigureType } from '../../types';
import { numberValue } from '../dates';
import type { Gazetteer } from '../gazetteer';
import { ADJECTIVES, FRACTION_VALUES, FRACTION_WORDS, LIMIT_PREPOSITIONS, HEDGES, MINOR_UNITS, MINOR_UNIT_CURRENCIES, minorDivisor, IDENTIFIER_WORDS, NOT_NOUNS, PER_UNITS, QUANTITY_UNITS, UNCOUNTED } from '../lexicon';
import type { Tokens } from '../tokenize';
import type { Steps } from '../steps';
import { FRACTION_LOOSE, FRACTION_POINT, FigureLexicon, mayTrigger, scaleOf } from './patterns';
import { AGE_AFTER, FROM_BEFORE, IDIOM_AFTER, MODEL_AFTER, NOUN_BEFORE, NUMBER_OF_BEFORE, NUMBER_WORD_ONLY, OF_COUNT_AFTER, OF_NUMBER_AFTER, OF_THEM_AFTER, ONE_AFTER_ADJECTIVE, ONE_IDIOM_AFTER, ONE_PRONOUN_BEFORE, SHARE_NOUNS, sentenceAround, PER_AFTER_BRACKET, RATE_AFTER, RATE_CURRENCY, STREET_AFTER, TEMPORAL_AFTER, TIME_AFTER, afterIdentifier, inLawName, mayBeIdentifier, rateStart, timeWordStart, hedged, lastWordBefore } from './context';
import { hasLetter, isAsciiLetter, isDigit, isWs, letterAt, lettersThenDigit, mayBeUpper, skipWs, wordThenWsBefore, wsThen } from './chars';
import { type LineMemo, carriesNoun, countNoun, endsInPluralS, fig, headingCountNoun, isWeight, round, unitForm, withPer } from './units';
import { currencyOf, currencyWordCode } from './currency';
import { sortByStart } from '../sortByStart';
import { foldAccents } from '../../util/foldAccents';

export { buildFigureLexicon, type FigureLexicon } from './patterns';

export interface FigureResult {
  figures: FigureMention[];
  /** Figures whose currency word is shared by several countries, with the candidate codes (the document pass decides). */
  ambiguous: ReadonlyMap<FigureMention, readonly string[]>;
}

/** An ASCII lower-case letter, or any letter past ASCII (the last letter of a capitalised name word). */
function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c > 127;
}

/** A capitalised word (not a month or a weekday) then one space: a numeral after it may number a name. */
const NAME_BEFORE = /(?<![\p{L}])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\s)\p{Lu}\p{Ll}+ $/u;

/**
 * Whether a capitalised word may end at `end`: ASCII lower-case letters back to a capital or to a character past ASCII,
 * which may be either (where NAME_BEFORE can match; most words before a number are lower case).
 */
function mayEndCapitalised(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && text.charCodeAt(k - 1) >= 97 && text.charCodeAt(k - 1) <= 122) k--;
  const c = text.charCodeAt(k - 1);
  return k < end && ((c >= 65 && c <= 90) || c >= 128);
}

/** A list of small numbers after a capitalised word, up to a separator ("Blocks 1 and ", "Units 2, 3 or ", "Units 2, "). */
const NAME_LIST_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+ (?:\d{1,2}, ?)*\d{1,2}(?:,? (?:and|or) |, )$/u;

/**
 * Whether the bare small numeral at `start` ends a list of numbers naming things after a capitalised plural ("Blocks 1
 * and 4", "Units 3 and 4"): each numbers a name like "Block 4" (guideline 19). Not after a month ("June 3 and 4").
 */
function inNameList(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  if (c !== 100 && c !== 114 && c !== 44) return false; // "and", "or", ","
  const m = NAME_LIST_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  // The head is a capitalised plural that names things ("Blocks", "Units", "Reactors"), not a hedge ("About 5 or 6").
  const head = m[0].slice(0, m[0].indexOf(' '));
  const lower = head.toLowerCase();
  return NAME_BEFORE.test(`${head} `) && endsInPluralS(lower) && !HEDGES.has(lower) && !ADJECTIVES.has(lower);
}

/**
 * A capitalised number word inside a run of capitalised words in running text numbers a name ("World War Two-era ship",
 * "Air Force One landed", guideline 19): the word before it is capitalised and not the sentence's first, and no
 * capitalised word follows (a title-case headline, "Kenya Sells Two Eurobonds", goes on capitalising).
 */
function titledNumberInName(text: string, start: number, end: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32 || !NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  let a = start - 1;
  while (a > 0 && isAsciiLetter(text.charCodeAt(a - 1))) a--;
  // The capitalised word follows another word in the same sentence (a space after a letter, a comma or a hyphen).
  if (a < 2 || text.charCodeAt(a - 1) !== 32) return false;
  const before = text.charCodeAt(a - 2);
  if (!(isAsciiLetter(before) || before === 44 || before === 45 || before > 127)) return false;
  let k = end;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 45)) k++;
  const next = text.charCodeAt(k);
  return !(next >= 65 && next <= 90) && !isDigit(next);
}

const LOWER_WORD_BEFORE = /\p{Ll}[\p{L}.]*\s+$/u;

/** Whether a word with a lower-case letter, then spaces, ends just before `start` (within 14 characters). */
function afterLowerWord(text: string, start: number): boolean {
  return LOWER_WORD_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

/** A word every fraction pattern needs, as they write it: a paragraph without one has no fraction. */
const FRACTION_NEEDED = /[Tt]hird|[Qq]uarter|[Hh]alf|[Ff]ifth|[Ss]ixth|[Ee]ighth|[Tt]enth/;

const NO_AMBIGUOUS: ReadonlyMap<FigureMention, readonly string[]> = new Map();

/** "voted ", "a vote of ": a falling pair after it is a tally. */
const VOTED_BEFORE = /(?:^|[^\p{L}])(?:voted|voting|vote\s+of)\s+$/u;

/** Whether "one" ending at `end` runs on into a compound or a larger number ("one-child", "one hundred"). */
function oneRunsOn(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 || /^\s+(?:hundred|thousand|million|billion|trillion)(?![\p{L}])/u.test(text.slice(end, end + 12));
}

/** Whether "one" at [start, end) stands for a noun ("this one", "the old one") rather than counting one. */
function onePronoun(text: string, start: number, end: number): boolean {
  const before = before24(text, start);
  return ONE_PRONOUN_BEFORE.test(before) || (ONE_AFTER_ADJECTIVE.test(before) && !oneRunsOn(text, end));
}

/** The 24 characters before a match, read by three rare checks (sliced only when one needs them). */
function before24(text: string, start: number): string {
  return text.slice(Math.max(0, start - 24), start);
}

/** Where AGE_AFTER can match: "years" after spaces or after a hyphen. */
function mayAgeAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 45) return text.charCodeAt(end + 1) === 121;
  return wsThen(text, end, (d) => d === 121);
}

/** Where TIME_AFTER can match: a colon, or after optional spaces the first letter of one of its words. */
function mayTimeAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 58 || timeWordStart(text.charCodeAt(skipWs(text, end)));
}

/** "of the", "of its", "of the country's" after a count, before the whole it is part of. */
const OF_PART = /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those|\p{L}+['’]s)\s+){1,2}/u;

/** The plural noun of the whole after "<count> of the …", or null (a number after "of the" is counted on its own). */
function partOfNoun(text: string, end: number, gaz: Gazetteer): string | null {
  const of = OF_PART.exec(text.slice(end, end + 40));
  if (!of || OF_NUMBER_AFTER.test(text.slice(end, end + 40))) return null;
  const noun = countNoun(text, end + of[0].length, gaz);
  return noun && /\p{Ll}s$/u.test(noun) ? noun : null;
}

/** How many figures back "<count> of them" looks for the count whose noun it takes. */
const OF_THEM_LOOKBACK = 4;

/**
 * "four new projects totalling 1,450 megawatts, three of them backed by…": a part "of them" counts the noun of the
 * sentence's last count, past figures of other kinds in between; null when there is none or that count has no noun.
 */
function partOfThem(text: string, end: number, start: number, out: readonly FigureMention[]): string | null {
  if (!OF_THEM_AFTER.test(text.slice(end, end + 16))) return null;
  for (let k = out.length - 1; k >= 0 && k >= out.length - OF_THEM_LOOKBACK; k--) {
    const f = out[k];
    if (/[.!?;]\s/.test(text.slice(f.end, start))) return null;
    if (carriesNoun(f)) return f.unit.slice(f.unit.lastIndexOf(' ') + 1);
    // "40 dead and 12 wounded, two of them children": a nearer count without a noun is the whole it is part of.
    if (f.type === 'count') return null;
  }
  return null;
}

/** A lower-case word after "fen" that is no function word: "fen" modifies it ("3 fen plots"). */
const FEN_NOUN_AFTER = /^\s+(?!(?:a|an|per|each|for|to|and|or|in|on|at|from|than|off|more|less|higher|lower|apiece)(?![\p{L}]))\p{Ll}/u;
/** Words that make "fen" the Chinese hundredth of a yuan. */
const FEN_CONTEXT = /\b(?:yuan|renminbi|RMB|CNY|China|Chinese|Beijing)\b/;

/** Figure mentions of one paragraph, possibly overlapping dates (the caller keeps the longest); `steps` counts the heading scans. */
export function findFigures(text: string, gaz: Gazetteer, lex: FigureLexicon, tokens: Tokens, steps?: Steps): FigureResult {
  const out: FigureMention[] = [];
  const lineMemo: LineMemo = { from: 0, line: 0 };
  // Made for the few paragraphs with a shared currency word; the others share one empty map.
  let ambiguous: Map<FigureMention, readonly string[]> | null = null;
  const re = lex.re;
  const handle = (m: RegExpExecArray): void => {
    // Read by index: destructuring a match goes through the iterator protocol.
    const pre = m[1];
    const n1 = m[2];
    const sc1 = m[3];
    const sep = m[4];
    const n2 = m[5];
    const sc2 = m[6];
    const unitRaw = m[8];
    const start = m.index;
    let end = m.index + m[0].length;
    const lastWord = lastWordBefore(text, start);
    // Leading non-letters are stripped; a word starting with an ASCII letter has none.
    const prevWord = lastWord !== undefined && !isAsciiLetter(lastWord.charCodeAt(0)) ? lastWord.replace(/^[^\p{L}]+/u, '') : lastWord;
    // A number word after a lower-case identifier noun is a count ("crossed the line nine times"); "Pillar Two" is a name.
    // n1 starts with a digit or an ASCII letter (the number words): a char-code test is /^\p{L}/u.
    const c1 = n1.charCodeAt(0);
    const isWord = isAsciiLetter(c1);
    // Read last, where an identifier would otherwise drop the number.
    if (!pre && prevWord && mayBeIdentifier(prevWord.charCodeAt(0), prevWord.length) && IDENTIFIER_WORDS.has(prevWord) && !(isWord && afterLowerWord(text, start))) return;
    if (!pre && afterIdentifier(text, start) && !(isWord && afterLowerWord(text, start))) return; // "chapters 23 and 24", "sections 3 to 5", "points 4, 5 and 7"
    if (!pre && !isWord && inLawName(text, start)) return; // "Finance Act 2025": the year ends the law's name
    if (!pre && (isDigit(text.charCodeAt(end)) || (isWs(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1)))) && !/^\s?\d{3},/.test(text.slice(end, end + 5))) return; // digit groups: phone numbers, codes
    if (!pre && start > 0 && (text.charCodeAt(start - 1) === 43 || (start > 1 && isWs(text.charCodeAt(start - 1)) && (text.charCodeAt(start - 2) === 43 || isDigit(text.charCodeAt(start - 2)))))) return;
    // "9/11", "3:1", "7 to 2 in favour" at the second number: slashes and colons between numbers are dates, ratios or codes.
    if (!pre && ((start > 1 && (text.charCodeAt(start - 1) === 47 || text.charCodeAt(start - 1) === 58) && isDigit(text.charCodeAt(start - 2))) || ((text.charCodeAt(end) === 47 || text.charCodeAt(end) === 58) && isDigit(text.charCodeAt(end + 1))))) return;
    // Addresses ("10 Downing Street") and ages ("61 years old", "a 70-year-old leader") are not figures.
    // Each regex runs only where its first characters can follow (a capital after spaces; "years" after spaces or a hyphen).
    if (!pre && !unitRaw && ((wsThen(text, end, mayBeUpper) && STREET_AFTER.test(text.slice(end, end + 40))) || (mayAgeAfter(text, end) && AGE_AFTER.test(text.slice(end, end + 16))))) return;
    if (!unitRaw && !sc1 && !sc2) {
      if (mayTimeAfter(text, end) && TIME_AFTER.test(text.slice(end, end + 12))) return;
      if (letterAt(text, end)) return; // ordinals, 5G, 3rd
    }
    if (isWord && !unitRaw && text.charCodeAt(end) === 45 && IDIOM_AFTER.test(text.slice(end, end + 12))) return; // "one-off", "one-time", "one-on-one" (a hyphen first)
    if (isWord && !unitRaw && (n1 === 'one' || n1 === 'One') && ONE_IDIOM_AFTER.test(text.slice(end, end + 30))) return; // "one step at a time"
    if (isWord && !pre && !unitRaw && !sep && c1 >= 65 && c1 <= 90 && titledNumberInName(text, start, end)) return; // "World War Two-era", "Air Force One"

    let v1 = numberValue(n1);
    if (v1 === null) return;
    let begin = start;
    // "half a dozen" is six (not a fraction of a whole).
    const half = (c1 | 32) === 97 && /^a\s+dozen$/i.test(n1) ? /([Hh]alf)\s+$/.exec(before24(text, start)) : null;
    if (half) { v1 = 6; begin = start - (half.input.length - half.index); }
    let v2: number | null = null;
    if (sep && n2) {
      if (sep.trim() === 'and' && !/\bbetween\s+$/i.test(before24(text, start))) {
        // "5 and 6" without "between" is two figures: match again on the text cut before "and" (the next token triggers the second).
        re.lastIndex = start;
        const alone = re.exec(text.slice(0, start + m[0].indexOf(sep, (pre?.length ?? 0) + n1.length)));
        if (alone) handle(alone);
        return;
      }
      // "fell in the first half of 2026 to 4,100 tonnes": a bare year before a grouped number is a date, not the
      // start of a range (ranges write both ends alike); the second number is matched on its own.
      if (!pre && !sc1 && /^(?:19|20)\d\d$/.test(n1) && /^\d{1,3},\d/.test(n2)) return;
      v2 = numberValue(n2);
      if (v2 === null) return; // past the largest double: no range, and no figure
      // "cut from 1% to 0.5%": a sign on both ends after "from", or a falling pair, is a change between two figures, no range.
      if (unitRaw === '%' && m[0].slice(0, m[0].indexOf(sep, (pre?.length ?? 0) + n1.length)).trimEnd().endsWith('%') && (v2 < v1 || FROM_BEFORE.test(before24(text, start)))) {
        re.lastIndex = start;
        const alone = re.exec(text.slice(0, start + m[0].indexOf(sep, (pre?.length ?? 0) + n1.length)));
        if (alone) handle(alone);
        return;
      }
      // "won 3-1": a descending pair without a unit or scale is a score or ratio, not a range.
      if (v2 !== null && v2 < v1 && !unitRaw && !sc1 && !sc2 && !pre) {
        const to = sep.trim() === 'to';
        // "voted 56 to seven": a tally is two counts of votes.
        if (to && VOTED_BEFORE.test(before24(text, start))) {
          const at2 = start + m[0].lastIndexOf(n2);
          out.push(fig(text, start, start + n1.length, 'count', round(v1), 'votes', lastWord), fig(text, at2, at2 + n2.length, 'count', round(v2), 'votes'));
          return;
        }
        // "cut the ceiling from 17,000 to 14,500": after "from" a falling pair is two figures, a change and not a range.
        if (to && FROM_BEFORE.test(before24(text, start))) {
          re.lastIndex = start;
          const alone = re.exec(text.slice(0, start + m[0].indexOf(sep, (pre?.length ?? 0) + n1.length)));
          if (alone) handle(alone);
          return;
        }
        skipTo = m.index + m[0].length;
        return;
      }
    }
    const scale2 = scaleOf(sc2);
    const scale1 = sc1 ? scaleOf(sc1) : scale2;
    v1 *= scale1;
    if (v2 !== null) v2 *= scale2;
    // A number a double cannot hold (a run of 309 digits, "9e307 billion") is not a figure.
    if (!Number.isFinite(v1) || (v2 !== null && !Number.isFinite(v2))) return;
    const value: number | [number, number] = v2 !== null ? [round(v1), round(v2)] : round(v1);
    let type: FigureType = 'count';
    let unit = '';
    let candidates: readonly string[] | null = null;
    // "%", the commonest unit, is its own normal form.
    const u = unitRaw === '%' ? '%' : unitRaw ? unitForm(unitRaw) : '';
    // The minor-unit word as MINOR_UNITS writes it, without accents ("kuruş" → "kurus").
    const minorKey = foldAccents(u);
    if (u === '%' || (unitRaw && (u === 'percent' || u === 'per cent'))) { type = 'percent'; unit = '%'; }
    else if (u === 'points') {
      // Bare "points" are percentage points where the paragraph talks in percent (polls, rates).
      if (/%|per\s?cent/.test(text) || SHARE_NOUNS.test(sentenceAround(text, start, end))) { type = 'percent'; unit = 'pp'; } else unit = 'points';
    } else if (unitRaw && u.includes('point') && !u.includes('basis')) { type = 'percent'; unit = 'pp'; }
    else if (u === 'pp') { type = 'percent'; unit = 'pp'; }
    else if (unitRaw && u in QUANTITY_UNITS) {
      const [qu, mult] = QUANTITY_UNITS[u];
      type = 'quantity';
      unit = qu;
      if (mult !== 1) {
        const applied: number | [number, number] = Array.isArray(value) ? [round(value[0] * mult), round(value[1] * mult)] : round(value * mult);
        if (Array.isArray(applied) ? !applied.every(Number.isFinite) : !Number.isFinite(applied)) return;
        out.push(withPer(text, fig(text, start, end, type, applied, unit, lastWord)));
        return;
      }
    } else if (!pre && unitRaw && Object.hasOwn(MINOR_UNITS, minorKey)) {
      // "82 cents", "4p", "30 sen": hundredths of the currency the minor unit belongs to; of a word several currencies
      // share, the one the sentence or the article decides (as for a shared currency word).
      // "The 3 fen plots": "fen" before a noun is the marshland, unless the sentence talks of China's money.
      if (minorKey === 'fen' && FEN_NOUN_AFTER.test(text.slice(end, end + 20)) && !FEN_CONTEXT.test(sentenceAround(text, start, end))) return;
      const d = minorDivisor(MINOR_UNITS[minorKey]);
      const cents = Array.isArray(value) ? [round(value[0] / d), round(value[1] / d)] as [number, number] : round(value / d);
      const f = withPer(text, fig(text, start, end, 'money', cents, MINOR_UNITS[minorKey], lastWord));
      if (Object.hasOwn(MINOR_UNIT_CURRENCIES, minorKey)) (ambiguous ??= new Map()).set(f, MINOR_UNIT_CURRENCIES[minorKey]);
      out.push(f);
      return;
    } else if (!pre && (u === 'pound' || u === 'pounds') && isWeight(text.slice(end, end + 40))) {
      // "2.1 billion pounds of U.S. pork": pounds of a good are weight (lb), pounds of debt or exports are sterling.
      type = 'quantity';
      unit = 'lb';
    } else if (unitRaw || pre) {
      const cur = currencyOf(unitRaw ?? pre ?? '', gaz, !!(sc1 || sc2)) ?? (pre ? currencyOf(pre, gaz) : null);
      if (cur) { type = 'money'; unit = cur.code; candidates = cur.candidates; }
      else if (unitRaw) {
        // A capitalised word that is not a currency: end the figure before it.
        end = m.index + m[0].length - unitRaw.length - (m[7]?.length ?? 0);
      }
    }
    // "the naira fell to 1,600 per dollar": a bare exchange rate is money in the currency the sentence names (guideline 18).
    if (type === 'count' && !pre && !unitRaw && wsThen(text, end, rateStart) && RATE_AFTER.test(text.slice(end, end + 30))) {
      const sentence = text.slice(Math.max(0, start - 160), start).split(/[.!?]\s/).pop() ?? '';
      const words = sentence.match(/[\p{L}]+/gu) ?? [];
      for (let k = words.length - 1; k >= 0; k--) {
        const cur = currencyWordCode(words[k].toLowerCase()) ? currencyOf(words[k], gaz) : null;
        if (cur && !RATE_CURRENCY.test(words[k])) { type = 'money'; unit = cur.code; candidates = cur.candidates; break; }
      }
    }
    if (type === 'count' && unit !== 'points') {
      if (pre) return;
      const model = wsThen(text, end, mayBeUpper) ? MODEL_AFTER.exec(text.slice(end, end + 40)) : null;
      let noun = model && /\d/.test(model[1]) ? (model[2] && !NOT_NOUNS.has(model[2]) ? `${model[1]} ${model[2]}` : model[1]) : countNoun(text, end, gaz);
      // "## 1,200 Troops on the Western Frontier": a title-case heading capitalises the counted noun.
      if (!noun && !model && v2 === null && wsThen(text, end, mayBeUpper)) noun = headingCountNoun(text, start, end, gaz, lineMemo, steps);
      // "two of the country's largest copper mines": a part of a whole counts the whole's plural noun ("one of the" is an idiom).
      if (!noun && v2 === null && v1 >= 2 && text.charCodeAt(skipWs(text, end)) === 111) noun = partOfNoun(text, end, gaz) ?? partOfThem(text, end, start, out);
      // "Five of the seven members": a number word before "of the <number>" counts the noun found after it (filled in below).
      // "…, while two favoured a pause": a bare number word (two or more) after a count with a noun in the same sentence counts that noun.
      const prev = out.length ? out[out.length - 1] : null;
      const carries = v1 >= 2 && prev !== null && carriesNoun(prev) && !/[.!?;]\s/.test(text.slice(prev.end, start));
      if (isWord && !noun && v2 === null && !carries && !OF_NUMBER_AFTER.test(text.slice(end, end + 40))) return;
      if (isWord && v1 === 1 && noun && /^(?:of|another)$/.test(noun)) return;
      if (isWord && v1 === 1 && v2 === null && onePronoun(text, start, end)) return;
      // "Estlink 2 was out of service", "Nord Stream 2": a bare small numeral right after a capitalised word, counting
      // nothing, numbers a name (guideline 19).
      if (!isWord && !noun && v2 === null && !sc1 && !sc2 && !carries && n1.length <= 2 && text.charCodeAt(start - 1) === 32 && ((isLowerLetter(text.charCodeAt(start - 2)) && mayEndCapitalised(text, start - 1) && NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start))) || inNameList(text, start))) return;
      unit = noun ?? '';
    }
    const f = type === 'money' ? withPer(text, fig(text, start, end, type, value, unit, lastWord)) : fig(text, begin, end, type, half ? 6 : value, unit, begin === start ? lastWord : undefined);
    if (candidates) (ambiguous ??= new Map()).set(f, candidates);
    out.push(f);
    };
  const { words, starts, ends, lower } = tokens;
  let covered = 0;
  let skipTo = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (starts[i] < covered || starts[i] < skipTo) continue;
    const c = w.charCodeAt(0);
    // Outside the digits, an ASCII first character, the length and the second letter settle most tokens (punctuation,
    // most words) without a set lookup; letters then a digit ("F16", "A320") are the one trigger they do not cover.
    if (c < 128 && (c < 48 || c > 57) && !mayTrigger(lex, w, c) && !(c >= 65 && c <= 90 && lettersThenDigit(w))) continue;
    const lowerFirst = c >= 97 && c <= 122;
    // Length checks first: most words are longer than any currency prefix or number word; "a" counts only before "dozen" or "hundred",
    // which is read before its set lookup.
    const trigger = (c >= 48 && c <= 57) || (w.length <= lex.prefixMaxLength && (!lowerFirst || lex.lowerPrefixes) && lex.prefixes.has(w)) || (c >= 65 && c <= 90 && lettersThenDigit(w)) || (w.length <= lex.numberWordMaxLength && (w !== 'a' && w !== 'A' || words[i + 1] === 'dozen' || words[i + 1] === 'hundred') && lex.numberWords.has(lowerFirst ? w : lower[i]));
    if (!trigger) continue;
    re.lastIndex = starts[i];
    const m = re.exec(text);
    if (!m) continue;
    const before = out.length;
    handle(m);
    if (out.length > before) covered = out[out.length - 1].end;
  }
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.type === 'count' && b.type === 'count' && a.unit === '' && b.unit !== '' && b.start > a.end && OF_COUNT_AFTER.test(text.slice(a.end, b.start))) a.unit = b.unit;
  }
  // "cut the troop ceiling from 17,000 to 14,500": a bare count after "<noun> ceiling|cap|limit … (from|of|at|to)" counts that noun.
  for (const b of out) {
    if (b.type !== 'count' || b.unit !== '' || Array.isArray(b.value) || (hasLetter(b.text) && !NUMBER_WORD_ONLY.test(b.text))) continue;
    const lo = Math.max(0, b.start - 40);
    const limit = wordThenWsBefore(text, lo, b.start, LIMIT_PREPOSITIONS);
    const nb = limit ? NOUN_BEFORE.exec(text.slice(lo, b.start)) : null;
    if (nb && !NOT_NOUNS.has(nb[1])) { b.unit = /s$/.test(nb[1]) || UNCOUNTED.has(nb[1]) ? nb[1] : `${nb[1]}s`; continue; }
    // "lift the number of approved beef plants to 150": the count of a "number of <nouns>" or "total of <nouns>" counts them.
    const nf = limit ? NUMBER_OF_BEFORE.exec(text.slice(Math.max(0, b.start - 60), b.start)) : null;
    if (nf && !NOT_NOUNS.has(nf[1])) b.unit = nf[1];
  }
  // "two more chapters …, bringing the total to 14 of the 33 it must complete": a count whose noun is not repeated takes the noun
  // of the nearest preceding count in the same sentence.
  for (let k = 1; k < out.length; k++) {
    const b = out[k];
    // Scaled amounts ("up from 2.6 million") stand alone in the development gold; only plain numerals take the noun.
    if (b.type !== 'count' || b.unit !== '' || Array.isArray(b.value) || (hasLetter(b.text) && !NUMBER_WORD_ONLY.test(b.text))) continue;
    const a = out[k - 1];
    const gap = text.slice(a.end, b.start);
    if (!carriesNoun(a) || /[.!?;]\s/.test(gap)) continue;
    const next = k + 1 < out.length ? out[k + 1] : null;
    if (!NUMBER_WORD_ONLY.test(b.text) && !/^\s+(?:of|it|they|that|which|before|after|in|on|at|by|a|per|needed|required|so|against|for)\b|^\s*[,.;:)]/.test(text.slice(b.end, b.end + 14))) continue;
    b.unit = a.unit.split(' ').pop() ?? a.unit;
    if (next && next.type === 'count' && next.unit === '' && /^\s+of\s+(?:the|its|their)\s+$/.test(text.slice(b.end, next.start))) next.unit = b.unit;
  }
  const fr = lex.fractionRe;
  // No token of a paragraph without a fraction word can start one.
  for (let i = 0, n = FRACTION_NEEDED.test(text) ? words.length : 0; i < n; i++) {
    const w0 = words[i];
    const c0 = w0.charCodeAt(0) | 32;
    if (c0 !== 97 && c0 !== 111 && c0 !== 116 && c0 !== 102 && c0 !== 104) continue; // a an one two three four half
    const len = ends[i] - starts[i];
    if (len > 5 || (len === 2 && (w0.charCodeAt(1) | 32) !== 110)) continue; // and their lengths ("an" the one of two letters)
    const lw = lower[i];
    if (lw !== 'half' && !((lw === 'a' || lw === 'one' || (lw === 'an' && words[i + 1] === 'eighth')) && (FRACTION_WORDS.has(lower[i + 1]) || (lw === 'one' && words[i + 1] === '-' && FRACTION_WORDS.has(lower[i + 2])))) && !((lw === 'two' || lw === 'three' || lw === 'four') && words[i + 1] === '-' || (lw === 'two' || lw === 'three' || lw === 'four') && FRACTION_WORDS.has(lower[i + 1]))) continue;
    FRACTION_POINT.lastIndex = starts[i];
    const pm = FRACTION_POINT.exec(text);
    if (pm) {
      const share = pm[2] ? (pm[3].toLowerCase() === 'thirds' ? (pm[2].toLowerCase() === 'two' ? 66.67 : 100) : 25 * (numberValue(pm[2]) ?? 3)) : FRACTION_VALUES[(pm[1] ?? pm[4]).toLowerCase()];
      out.push(fig(text, pm.index, pm.index + pm[0].length, 'percent', share / 100, 'pp'));
      continue;
    }
    fr.lastIndex = starts[i];
    let m = fr.exec(text);
    // "a two-thirds majority", "a three-quarters stake": a hyphenated fraction before a noun is a share whatever noun follows.
    const hyphenated = !m && words[i + 1] === '-' && starts[i + 1] === ends[i];
    if (hyphenated || (!m && hedged(text, starts[i], lastWordBefore(text, starts[i])))) {
      // "nearly a quarter goes on interest": after a hedge the fraction is a share whatever follows, unless it is temporal.
      FRACTION_LOOSE.lastIndex = starts[i];
      m = FRACTION_LOOSE.exec(text);
      if (m && TEMPORAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) m = null;
    }
    if (!m || TEMPORAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // "for two quarters": quarters written apart and not "of" something are periods, not shares.
    if (m[4] && /quarters/i.test(m[4]) && /\s/.test(m[0]) && !/^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const key = (m[2] ?? m[4] ?? m[5]).toLowerCase();
    let v = FRACTION_VALUES[key];
    if (m[3]) v = key === 'thirds' ? (m[3].toLowerCase() === 'two' ? 66.67 : 100) : key === 'quarters' ? 25 * (numberValue(m[3]) ?? 3) : 20 * (numberValue(m[3]) ?? 2);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "the third", "a quarter of the way": ordinals and articles before a lone fraction word; "a two-thirds majority" is a share.
    if (/\b(?:first|second|third|fourth|final|last|next)\s+$/i.test(before) || (!m[3] && !hyphenated && /\b(?:the|and|a)\s+$/i.test(before))) continue;
    if (m[5] && /^\s+(?:a|an)\s+(?:century|decade|year|month|week|day|hour|dozen|mile|point|percentage)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 25))) continue;
    out.push(fig(text, m.index, m.index + m[0].length, 'percent', v, '%'));
  }
  // "22,400 baht ($700) per tonne": a bracketed conversion between a price and its per-unit gives both the unit.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.type !== 'money' || b.type !== 'money' || a.unit.includes('/') || b.unit.includes('/') || !/^\s*\(\s*$/.test(text.slice(a.end, b.start))) continue;
    const per = PER_AFTER_BRACKET.exec(text.slice(b.end, b.end + 24));
    if (!per || !PER_UNITS.has(per[1].toLowerCase())) continue;
    a.unit = `${a.unit}/${per[1].toLowerCase()}`;
    b.unit = `${b.unit}/${per[1].toLowerCase()}`;
  }
  return { figures: sortByStart(withSigns(text, out)), ambiguous: ambiguous ?? NO_AMBIGUOUS };
}

