// Context patterns of the figure rules: hedges, identifiers, idioms and the words around a number.
import { CLOCK_WORDS, EXCHANGE_RATE_CURRENCIES, EXCHANGE_RATE_LINKS, HEDGES, IDENTIFIER_WORDS, LIMIT_PREPOSITIONS, LIST_IDENTIFIERS, PER_UNIT_WORDS, YEAR_TITLED_LAWS } from '../lexicon';
import { firstCharOf, isAsciiLetter, isLetterUnit, skipWsBack } from './chars';
import { esc } from './patterns';

/** A phrase as a pattern: its words escaped, any run of whitespace between them. */
const phrase = (words: string): string => words.split(' ').map(esc).join(String.raw`\s+`);

/** A hyphenated lower-case modifier before the counted noun ("two direct-extraction plants", "three long-range missiles"). */
export const HYPHEN_MODIFIER = /^\p{Ll}+-\p{Ll}[\p{Ll}-]*$/u;

/** "<noun> ceiling from", "troop cap of", "staff limit at": the counted noun before a limit word (used on a bare count). */
export const NOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}-])(\p{Ll}{3,})\s+(?:ceiling|cap|limit|quota|strength)\s+(?:${LIMIT_PREPOSITIONS.join('|')})\s+$`, 'u');
/** "the number of approved beef plants to", "the total of registered voters at": the plural noun a count after it counts. */
export const NUMBER_OF_BEFORE = new RegExp(String.raw`(?<![\p{L}-])(?:number|total)\s+of\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}{3,}s)\s+(?:${LIMIT_PREPOSITIONS.join('|')})\s+$`, 'u');

/** A character that ends a word read backwards: whitespace, "(", ",", '"' and the opening curly quote. */
function endsWordBackwards(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 40 || c === 44 || c === 34 || c === 8220;
}

/** `end` moved back over spaces and line ends: where the word before it ends. */
function wordEndBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

/** Where the word ending at `e` starts (`e` when there is none). */
function wordStart(text: string, e: number): number {
  let i = e;
  while (i > 0 && !endsWordBackwards(text.charCodeAt(i - 1))) i--;
  return i;
}

/** wordsBefore(text, end, 1)[0] without the array: the word before `end` in lower case, or undefined. */
export function lastWordBefore(text: string, end: number): string | undefined {
  const e = wordEndBefore(text, end);
  const i = wordStart(text, e);
  return i === e ? undefined : text.slice(i, e).toLowerCase();
}

/** The last n words before `end` (lower case, single-spaced), read backwards without a regex. */
export function wordsBefore(text: string, end: number, n: number): string[] {
  const out: string[] = [];
  let i = end;
  while (out.length < n) {
    const e = wordEndBefore(text, i);
    i = wordStart(text, e);
    if (i === e) break;
    const word = text.slice(i, e).toLowerCase();
    if (out.length === 0) out.push(word);
    else out.unshift(word);
    if (i > 0 && text.charCodeAt(i - 1) !== 32) break;
  }
  return out;
}

/** Last words of the hedges: a hedge can only precede a figure whose previous word is one of them. */
export const HEDGE_ENDS = new Set([...HEDGES].map((h) => h.slice(h.lastIndexOf(' ') + 1)));

/** Whether a hedge ends just before `start`, given `last` = lastWordBefore(text, start). */
export function hedged(text: string, start: number, last: string | undefined): boolean {
  if (last === undefined || !HEDGE_ENDS.has(last)) return false;
  // `last` is the last of wordsBefore's words: a one-word hedge needs no more.
  if (HEDGES.has(last)) return true;
  const w = wordsBefore(text, start, 3);
  const n = w.length;
  return (n >= 1 && HEDGES.has(w[n - 1])) || (n >= 2 && HEDGES.has(`${w[n - 2]} ${w[n - 1]}`)) || (n >= 3 && HEDGES.has(`${w[n - 3]} ${w[n - 2]} ${w[n - 1]}`));
}

/** "one section at a time", "one after another", "one by one" (guideline 19: idioms). */
export const ONE_IDIOM_AFTER = /^\s+(?:\p{Ll}+\s+){0,2}(?:at\s+a\s+time|after\s+(?:another|the\s+other)|(?:for|to)\s+another|by\s+one)(?![\p{L}])/u;

/** Where a per-unit can follow ("a", "an" or "per" before a priced unit): spaces then the first letter of a PER_UNIT_WORDS word. */
export const perStart = firstCharOf(PER_UNIT_WORDS);

export const PER_AFTER_BRACKET = new RegExp(String.raw`^\s*\)\s+(?:${PER_UNIT_WORDS.join('|')})\s+(\p{L}+)(?![\p{L}])`, 'u');

export const IDIOM_AFTER = /^-(?:off|time|on-one|sided|way|stop|shot|liner|size-fits-all)(?![\p{L}])|^-to-\p{L}/u;

/** "19 of the country's 25 regions": the first count takes the noun of the second. */
export const OF_COUNT_AFTER = /^\s+of\s+(?:(?:the|its|their|his|her|all|[\p{L}]+['’]s)\s+){0,2}$/u;

export const TEMPORAL_AFTER = /^\s+(?:of\s+(?:a|an)\s+)?(?:century|centuries|decade|year|month|week|day|hour|minute|second|quarter|season)s?\b/;

/** "three of them", "two of those": a part of a whole named earlier. */
export const OF_THEM_AFTER = /^\s+of\s+(?:them|those|these)(?![\p{L}])/u;

export const NUMBER_WORD_ONLY = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;

export const OF_NUMBER_AFTER = /^\s+of\s+(?:(?:the|its|their|his|her)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)|(?:\d{1,3}|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s+\p{Ll})/u;

/** "the first one works", "this one", "the new one": "one" after a determiner or ordinal is a pronoun, not a count. */
export const ONE_PRONOUN_BEFORE = /(?<![\p{L}])(?:the|this|that|which|each|every|any|no|first|second|third|last|next|new|other|same|latest|older|newer|bigger|smaller)\s+$/iu;
/**
 * "the old one lapses", "another one": "one" after an adjective of age or order is a pronoun too, the adjective in lower
 * case ("Later one soldier died" counts a soldier), unless "one" runs on into a compound or a number ("the old one-child
 * policy", "another one hundred drones"; see oneRunsOn).
 */
export const ONE_AFTER_ADJECTIVE = /(?<![\p{L}])(?:old|another|current|previous|existing|original|final|earlier|later|similar|different|separate)\s+$/u;

/**
 * A share or rate the sentence talks about ("its share of imports was down 1.4 points", "the jobless rate rose
 * 0.3 points"): bare "points" there are percentage points even with no percent sign in the paragraph.
 */
export const SHARE_NOUNS = /(?<![\p{L}])(?:share|rate|ratio|margin|turnout|approval|yield|unemployment|inflation|utili[sz]ation|penetration|participation|occupancy|stake)s?(?![\p{L}])/iu;

/** The sentence around offsets [start, end), looked for at most 200 code units either side (bounded work per figure). */
export function sentenceAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - 200);
  const window = text.slice(lo, Math.min(text.length, end + 200));
  const from = Math.max(window.lastIndexOf('. ', start - lo), window.lastIndexOf('\n', start - lo));
  const to = window.indexOf('. ', end - lo);
  return window.slice(from < 0 ? 0 : from, to < 0 ? window.length : to);
}

/** A bare exchange rate after a figure: "per dollar", "to the euro", "against the yen". */
export const RATE_AFTER = new RegExp(String.raw`^\s+(?:${EXCHANGE_RATE_LINKS.map(phrase).join('|')})\s+(?:US\s+|U\.S\.\s+)?(?:${EXCHANGE_RATE_CURRENCIES.join('|')})\b`);
/** RATE_AFTER's first letters after the spaces. */
export const rateStart = firstCharOf(EXCHANGE_RATE_LINKS);
/** One of EXCHANGE_RATE_CURRENCIES, singular or plural, in any case. */
export const RATE_CURRENCY = new RegExp(`^(?:${EXCHANGE_RATE_CURRENCIES.join('|')})s?$`, 'i');

export const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}'’]+\s+){1,2}(?:Street|Road|Avenue|Lane|Boulevard|Square|Place|Drive|Way)(?![\p{L}])/u;

export const AGE_AFTER = /^(?:\s+years?\s+old|-years?-old)(?![\p{L}])/u;

/** Model designations counted ("12 F-16s", "two C-130 aircraft", "3 Boeing 737s"): the designation, with a following lower-case noun. */
export const MODEL_AFTER = /^\s+((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}[\p{L}]{0,3}-?\d+[\p{L}\d-]*|\p{Lu}\p{Ll}+\s+\d{3}s)(?:\s+(\p{Ll}+))?/u;

/** A clock time after a number (":30", "a.m.", "GMT"). */
export const TIME_AFTER = new RegExp(String.raw`^(?::\d\d|\s*(?:${CLOCK_WORDS.map(esc).join('|')})(?![\p{L}]))`, 'u');
/** TIME_AFTER's first letters after the optional spaces. */
export const timeWordStart = firstCharOf(CLOCK_WORDS);

export const FROM_BEFORE = /\bfrom\s+$/i;

export const ADJ_SUFFIX = /(?:[^e]ed|al|ous|ive|ic|ful|less|able|ible|ant|ent|ary|ern)$/;

const WORD_AFTER = /^[\s-]*([\p{L}][\p{L}'’-]*)/u;
const WORD_AFTER_AT = new RegExp(WORD_AFTER.source.slice(1), 'uy');

/**
 * WORD_AFTER on text.slice(pos, pos + limit), matched in place (no slice) unless the match runs past the
 * limit, where the slice would have cut it. Only the groups are the same: the index is pos, not 0.
 */
export function wordAfter(text: string, pos: number, limit: number): RegExpExecArray | null {
  WORD_AFTER_AT.lastIndex = pos;
  const m = WORD_AFTER_AT.exec(text);
  return m && m.index + m[0].length > pos + limit ? WORD_AFTER.exec(text.slice(pos, pos + limit)) : m;
}

const ROMAN_OR_DIGIT = /^[\dIVXLC]$/;

/** Whether a digit or a Roman numeral letter ends text[floor, j) once trailing whitespace is skipped (the end of a list's number). */
function numberBefore(text: string, floor: number, j: number): boolean {
  j = skipWsBack(text, j, floor);
  return j > floor && ROMAN_OR_DIGIT.test(text[j - 1]);
}

/** A letter or a full stop at k: ASCII by char code, the rest as isLetterUnit reads it. */
function isLetterOrDot(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c === 46 || isAsciiLetter(c) : isLetterUnit(text[k]);
}

/** Per lower-case ASCII first letter, a bit for each length of the identifier words starting with it. */
const IDENTIFIER_SHAPES = (() => {
  const bits = new Int32Array(128);
  for (const w of [...LIST_IDENTIFIERS, ...IDENTIFIER_WORDS]) bits[w.charCodeAt(0)] |= 1 << w.length;
  return bits;
})();

/** Whether a word of `length` starting with `c` may be an identifier in lower case (past ASCII: perhaps). */
export function mayBeIdentifier(c: number, length: number): boolean {
  if (c >= 128) return true;
  return length < 32 && (IDENTIFIER_SHAPES[(c >= 65 && c <= 90) ? c | 32 : c] & (1 << length)) !== 0;
}

/** Whether the text before k ends in "to", "or" or "and": perhaps a list separator, which the pattern below reads. */
function endsInListWord(text: string, k: number): boolean {
  return text.endsWith('to', k) || text.endsWith('or', k) || text.endsWith('and', k);
}

/** Identifier word before a list of numbers ("sections 3 to 5", "chapters 23 and 24" at "24"). */
export function afterIdentifier(text: string, start: number): boolean {
  // Fast path for the usual case, a plain word then spaces before the number: that word is the one the
  // list pattern below would capture, so look it up directly instead of running an end-anchored regex.
  const floor = Math.max(0, start - 60);
  const k = skipWsBack(text, start, floor);
  const c = k > floor ? text[k - 1] : '';
  if (isLetterUnit(c)) {
    let a = k;
    while (a > floor && isLetterOrDot(text, a - 1)) a--;
    // Only a word shaped like an identifier (its first letter and length) is sliced and looked up.
    if (!mayBeIdentifier(text.charCodeAt(a), k - a) && !endsInListWord(text, k)) return false;
    const word = text.slice(a, k);
    // A word ending in a list separator ("to", "and", "or") ends the list only after a number ("23 and"); else it is
    // the only word the pattern could capture, as for any other word.
    const sep = word.endsWith('to') || word.endsWith('or') ? 2 : word.endsWith('and') ? 3 : 0;
    if (sep === 0 || !numberBefore(text, floor, k - sep)) {
      if (k === start) return false;
      const lw = word.toLowerCase();
      return LIST_IDENTIFIERS.has(lw) || IDENTIFIER_WORDS.has(lw);
    }
  } else if (c === '.') {
    // Only a word ending in a full stop ("Nos. 4") can end here, and only with a space before the number.
    if (k === start) return false;
  } else if (c === ',' || c === '-' || c === '–' || c === '&') {
    // A list separator follows a number of the list ("3, 4"; "II & III").
    if (!numberBefore(text, floor, k - 1)) return false;
  } else {
    return false;
  }
  const m = /([\p{L}.]+)\s+(?:(?:\d+|[IVXLC]+)(?:\s*,\s*|\s*(?:-|–|to|and|or|&)\s*))*$/u.exec(text.slice(floor, start));
  if (!m) return false;
  const w = m[1].toLowerCase();
  if (!LIST_IDENTIFIERS.has(w) && !IDENTIFIER_WORDS.has(w)) return false;
  // "round" is an identifier only before a number ("Round 3"), and a singular noun must be capitalised or directly before the number.
  return true;
}

/**
 * Whether the number at `start` ends a law's short title, one space after a capitalised law head ("Finance Act 2025",
 * "Amendment Bill 2026"): inside the name, neither date nor figure (guidelines 3, 19 and 27).
 */
export function inLawName(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  let a = start - 1;
  while (a > 0 && isAsciiLetter(text.charCodeAt(a - 1))) a--;
  const c = text.charCodeAt(a);
  return a < start - 1 && c >= 65 && c <= 90 && YEAR_TITLED_LAWS.has(text.slice(a, start - 1));
}
