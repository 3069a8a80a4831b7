// Figure rules (guidelines 14–21): money, percent, percentage points, quantities and counts, with
// scales, ranges, hedges, fractions of a whole and per-unit prices.
import type { FigureMention, FigureType } from '../types';
import { numberValue } from './dates';
import { AMBIGUOUS_CURRENCIES, CURRENCY_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, IDENTIFIER_WORDS, PER_UNITS, QUANTITY_UNITS, SCALES } from './lexicon';
import { phraseKey, type Gazetteer } from './gazetteer';
import { tokenize, type Tokens } from './tokenize';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
const ci = (w: string): string => `[${w[0].toUpperCase()}${w[0]}]${esc(w.slice(1))}`;

const WORDNUM = [
  String.raw`${ci('a')}\s+dozen`, ci('dozen'),
  `(?:${['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map(ci).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`,
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
    'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(ci),
].join('|');
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s*(?:lakh\s+crore|trillion|billion|million|thousand|crores?|lakhs?)|\s?(?:tn|trn|bn|mn|mln)|[mbk])(?![\p{L}])`;
const PCT = String.raw`%|per\s?cent(?:age[\s-]+points?)?|percent(?:age[\s-]+points?)?|percentage[\s-]+points?|pp(?![\p{L}])|basis\s+points|basis-points?|points(?![\p{L}])`;

const ADJECTIVES = new Set(['additional', 'more', 'new', 'extra', 'other', 'armed', 'foreign', 'civilian', 'local', 'international', 'active',
  'regular', 'former', 'senior', 'young', 'fewer', 'further', 'separate', 'major', 'key', 'small', 'large', 'big', 'main', 'full', 'top',
  'different', 'elected', 'injured', 'wounded', 'registered', 'unregistered', 'permanent', 'rotating', 'remaining', 'confirmed', 'polar', 'nuclear',
  'naval', 'coastal', 'heavy', 'light', 'modern', 'old', 'commercial', 'private', 'public', 'state-owned', 'ice-class', 'domestic', 'regional',
  'concrete', 'temporary', 'rural', 'urban', 'makeshift', 'displaced', 'affected', 'poor', 'vulnerable', 'strong', 'joint']);
/** A hyphenated lower-case modifier before the counted noun ("two direct-extraction plants", "three long-range missiles"). */
const HYPHEN_MODIFIER = /^\p{Ll}+-\p{Ll}[\p{Ll}-]*$/u;
/** "<noun> ceiling from", "troop cap of", "staff limit at": the counted noun before a limit word (used on a bare count). */
const NOUN_BEFORE = /(?<![\p{L}-])(\p{Ll}{3,})\s+(?:ceiling|cap|limit|quota|strength)\s+(?:from|of|at|to)\s+$/u;
const UNCOUNTED = new Set(['personnel', 'staff', 'police', 'military']);
const NOT_NOUNS = new Set(['of', 'to', 'and', 'or', 'in', 'on', 'at', 'by', 'for', 'the', 'a', 'an', 'than', 'from', 'with', 'as', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'will', 'would', 'that', 'this', 'which', 'who', 'another', 'per', 'percent', 'if', 'but', 'while',
  'after', 'before', 'over', 'under', 'into', 'since', 'until', 'each', 'apiece', 'times', 'point', 'side', 'hand', 'way', 'thing', 'so',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'quarter', 'quarters', 'hour', 'hours', 'minute', 'minutes', 'also', 'not',
  'could', 'can', 'may', 'might', 'should', 'did', 'do', 'does', 'it', 'they', 'we', 'he', 'she', 'its', 'their', 'last', 'next', 'less', 'up', 'down',
  'against', 'said', 'told', 'added', 'agreed', 'voted', 'says', 'goes', 'remains', 'stands', 'seems', 'looks', 'becomes', 'gets', 'makes', 'takes', 'comes', 'sees', 'needs', 'wants', 'plans', 'holds', 'runs']);

export interface FigureLexicon {
  re: RegExp;
  fractionRe: RegExp;
  codes: Set<string>;
  /** First tokens of currency prefixes ("$", "US", "Rs", "EUR"). */
  prefixes: Set<string>;
  /** Whether any prefix starts with a-z (if not, lower-case words need no prefix lookup). */
  lowerPrefixes: boolean;
  prefixMaxLength: number;
  numberWordMaxLength: number;
  numberWords: Set<string>;
}

const FRACTION_WORDS = new Set(['third', 'quarter', 'half', 'fifth', 'tenth', 'thirds', 'quarters', 'fifths']);

export function buildFigureLexicon(gaz: Gazetteer): FigureLexicon {
  const codes = new Set(gaz.currencyCodes);
  const codeAlt = alt(codes);
  const pre = `${alt(Object.keys(CURRENCY_SYMBOLS).filter((s) => s.length > 1 || !/[A-Z]/.test(s)))}|(?:${codeAlt})(?=\\s\\d)|R(?=\\s?\\d)`;
  const curWord = `(?:(?:[\\p{Lu}][\\p{L}.]*\\s+){1,2})?(?:${alt(Object.keys(CURRENCY_WORDS))})(?![\\p{L}])`;
  // Energy units keep their own casing ("45 TWh", "300 kWh").
  const qty = `(?:${alt(Object.keys(QUANTITY_UNITS).flatMap((u) => [u, u.toUpperCase(), u[0].toUpperCase() + u.slice(1), ...(u.endsWith('wh') ? [`${u.slice(0, -2).toUpperCase()}Wh`, `${u.slice(0, -2)}Wh`] : [])]))})(?![\\p{L}])`;
  const num = `(?:${DIGITS}|${WORDNUM})`;
  const unit = `(?:${PCT}|${curWord}|(?:${codeAlt})(?![\\p{L}])|${qty})`;
  const source = String.raw`(?<![\p{L}\p{N}.,:$€£¥₹-])(?:(${pre})\s?)?(${num})(${SCALE})?(?:(\s*(?:-|–|to|and)\s*)(?:(?:${pre})\s?)?(${num})(${SCALE})?)?(?:(\s*|-)(${unit}))?`;
  const fractionRe = /(?<![\p{L}-])(?:([Aa]\s+|[Oo]ne[\s-])(third|quarter|half|fifth|tenth)|([Tt]wo|[Tt]hree|[Ff]our)[-\s](thirds|quarters|fifths)|([Hh]alf))(?![\p{L}-])(?=\s*[,.;:)!?'"”’]|\s+(?:of|the|a|an|its|their|his|her|all|that|this|since|before|after|in|from|to|over|by|and|or|compared|last|than|on|at|between|among|during|while)\b|\s*$)/yu;
  const prefixes = new Set<string>([...codes, ...Object.keys(CURRENCY_SYMBOLS).map((sym) => tokenize(sym).words[0])]);
  const numberWords = new Set(['a', 'dozen', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
  const lowerPrefixes = [...prefixes].some((p) => p.charCodeAt(0) >= 97 && p.charCodeAt(0) <= 122);
  const maxLength = (words: Iterable<string>): number => Math.max(...[...words].map((x) => x.length));
  return { re: new RegExp(source, 'yu'), fractionRe, codes, prefixes, lowerPrefixes, prefixMaxLength: maxLength(prefixes), numberWords, numberWordMaxLength: maxLength(numberWords) };
}

const FRACTION_LOOSE = /(?<![\p{L}-])(?:([Aa]\s+|[Oo]ne[\s-])(third|quarter|half|fifth|tenth)|([Tt]wo|[Tt]hree|[Ff]our)[-\s](thirds|quarters|fifths)|([Hh]alf))(?![\p{L}-])(?=\s+\p{Ll})/yu;
const FRACTIONS: Readonly<Record<string, number>> = { half: 50, third: 33.33, quarter: 25, fifth: 20, tenth: 10, thirds: 66.67, quarters: 75, fifths: 40 };
/** A fraction of a (percentage) point: "a quarter point" (0.25 pp), "half a percentage point", "three-quarters of a point". */
const FRACTION_POINT = /(?<![\p{L}-])(?:(?:[Aa]\s+|[Oo]ne[\s-])(third|quarter|half|fifth|tenth)(?:\s+of\s+a)?|([Tt]wo|[Tt]hree)[-\s](thirds|quarters)\s+of\s+a|([Hh]alf)\s+a)\s+(?:percentage\s+)?point(?![\p{L}])/yu;

function scaleOf(raw: string | undefined): number {
  if (!raw) return 1;
  return SCALES[raw.trim().toLowerCase().replace(/\s+/g, ' ')] ?? 1;
}

/** Figures whose currency word is shared by several countries, with the candidate codes (resolved per document). */
export const AMBIGUOUS = new WeakMap<FigureMention, readonly string[]>();

function ambiguousCodes(word: string): readonly string[] | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const key = w === 'rs' || w === '₨' ? 'rupee' : w.endsWith('s') && !(w in AMBIGUOUS_CURRENCIES) ? w.slice(0, -1) : w;
  const codes = AMBIGUOUS_CURRENCIES[key];
  return codes && codes.length > 1 ? codes : null;
}

function currencyOf(raw: string, gaz: Gazetteer): { code: string; candidates: readonly string[] | null } | null {
  const s = raw.trim();
  if (s in CURRENCY_SYMBOLS) return { code: CURRENCY_SYMBOLS[s], candidates: ambiguousCodes(s) };
  if (gaz.currencyCodes.has(s)) return { code: s, candidates: null };
  const lower = s.toLowerCase().replace(/\s+/g, ' ');
  if (lower in CURRENCY_PHRASES) return { code: CURRENCY_PHRASES[lower], candidates: lower.startsWith('cfa ') ? AMBIGUOUS_CURRENCIES['cfa franc'] : null };
  const words = s.split(/\s+/);
  const last = words[words.length - 1];
  const lastLower = last.toLowerCase();
  if (!(lastLower in CURRENCY_WORDS)) return null;
  if (words.length > 1) {
    const country = gaz.countryOfDemonym(words.slice(0, -1).join(' '));
    if (country) {
      const cur = gaz.currencyOf(country);
      if (cur) return { code: cur, candidates: null };
    }
  }
  return { code: CURRENCY_WORDS[lastLower], candidates: ambiguousCodes(last) };
}

const HEDGES = new Set(['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'just', 'more than', 'surpassing', 'up to', 'at least', 'just under',
  'just over', 'close to', 'over', 'under', 'less than', 'fewer than', 'approximately', 'an estimated', 'estimated', 'as much as', 'as many as',
  'upwards of', 'in excess of', 'below', 'above', 'circa', 'c.', '~', 'much as', 'many as', 'excess of']);

/** The last n words before `end` (lower case, single-spaced), read backwards without a regex. */
function wordsBefore(text: string, end: number, n: number): string[] {
  const out: string[] = [];
  let i = end;
  while (out.length < n) {
    while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13 || text.charCodeAt(i - 1) === 9)) i--;
    const e = i;
    while (i > 0) {
      const c = text.charCodeAt(i - 1);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 40 || c === 44 || c === 34 || c === 8220) break;
      i--;
    }
    if (i === e) break;
    const word = text.slice(i, e).toLowerCase();
    if (out.length === 0) out.push(word);
    else out.unshift(word);
    if (i > 0 && text.charCodeAt(i - 1) !== 32) break;
  }
  return out;
}

/** Last words of the hedges: a hedge can only precede a figure whose previous word is one of them. */
const HEDGE_ENDS = new Set([...HEDGES].map((h) => h.slice(h.lastIndexOf(' ') + 1)));

/** Whether a hedge ends just before `start`, given `last` = wordsBefore(text, start, 1)[0]. */
function hedged(text: string, start: number, last: string | undefined): boolean {
  if (last === undefined || !HEDGE_ENDS.has(last)) return false;
  const w = wordsBefore(text, start, 3);
  const n = w.length;
  return (n >= 1 && HEDGES.has(w[n - 1])) || (n >= 2 && HEDGES.has(`${w[n - 2]} ${w[n - 1]}`)) || (n >= 3 && HEDGES.has(`${w[n - 3]} ${w[n - 2]} ${w[n - 1]}`));
}
/** "one section at a time", "one after another", "one by one" (guideline 19: idioms). */
const ONE_IDIOM_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:at\s+a\s+time|after\s+(?:another|the\s+other)|by\s+one)(?![\p{L}])/u;
const PER_AFTER_BRACKET = /^\s*\)\s+(?:a|per)\s+(\p{L}+)(?![\p{L}])/u;
const IDIOM_AFTER = /^-(?:off|time|on-one|sided|way|stop|shot|liner|size-fits-all)(?![\p{L}])|^-to-\p{L}/u;
/** "19 of the country's 25 regions": the first count takes the noun of the second. */
const OF_COUNT_AFTER = /^\s+of\s+(?:(?:the|its|their|his|her|all|[\p{L}]+['’]s)\s+){0,2}$/u;
const TEMPORAL_AFTER = /^\s+(?:of\s+(?:a|an)\s+)?(?:century|centuries|decade|year|month|week|day|hour|minute|second|quarter|season)s?\b/;
const NUMBER_WORD_ONLY = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
const OF_NUMBER_AFTER = /^\s+of\s+(?:the|its|their|his|her)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty)\b)/;
const RATE_AFTER = /^\s+(?:per|to\s+the|to\s+one|to\s+a|against\s+the)\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yen)\b/;
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}'’]+\s+){1,2}(?:Street|Road|Avenue|Lane|Boulevard|Square|Place|Drive|Way)(?![\p{L}])/u;
const AGE_AFTER = /^(?:\s+years?\s+old|-years?-old)(?![\p{L}])/u;
/** Model designations counted ("12 F-16s", "two C-130 aircraft", "3 Boeing 737s"): the designation, with a following lower-case noun. */
const MODEL_AFTER = /^\s+((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}[\p{L}]{0,3}-?\d+[\p{L}\d-]*|\p{Lu}\p{Ll}+\s+\d{3}s)(?:\s+(\p{Ll}+))?/u;
const TIME_AFTER = /^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|hrs|o'clock)(?![\p{L}]))/u;
/** Hyphen tails that make a country compound a noun, not an adjective ("Afghan-Americans" is handled as a name). */
const HYPHEN_NOUN_TAILS = new Set(['s']);
const FROM_BEFORE = /\bfrom\s+$/i;
const ADJ_SUFFIX = /(?:[^e]ed|al|ous|ive|ic|ful|less|able|ible|ant|ent|ary|ern)$/;
const WORD_AFTER = /^[\s-]*([\p{L}][\p{L}'’-]*)/u;

/** Identifier nouns that number things in lists ("chapters 23 and 24", "Articles 5, 6 and 8", "stages 1 to 4"): guideline 19. */
const LIST_IDENTIFIERS = new Set(['chapters', 'articles', 'sections', 'paragraphs', 'clauses', 'resolutions', 'annexes', 'pages', 'items', 'points', 'goals',
  'phases', 'stages', 'rounds', 'lots', 'flights', 'routes', 'platforms', 'gates', 'lines', 'highways', 'districts', 'pillars', 'levels', 'tiers', 'rules',
  'amendments', 'tables', 'figures', 'categories', 'goal', 'stage', 'lot', 'platform', 'district', 'round']);
/** Identifier word before a list of numbers ("sections 3 to 5", "chapters 23 and 24" at "24"). */
function afterIdentifier(text: string, start: number): boolean {
  // Fast path for the usual case, a plain word then spaces before the number: that word is the one the
  // list pattern below would capture, so look it up directly instead of running an end-anchored regex.
  const floor = Math.max(0, start - 60);
  let k = start;
  while (k > floor && isWs(text.charCodeAt(k - 1))) k--;
  const c = k > floor ? text[k - 1] : '';
  if (isLetterUnit(c)) {
    let a = k;
    while (a > floor && (text.charCodeAt(a - 1) === 46 || isLetterUnit(text[a - 1]))) a--;
    const word = text.slice(a, k);
    if (!/(?:to|and|or)$/.test(word)) {
      if (k === start) return false;
      const lw = word.toLowerCase();
      return LIST_IDENTIFIERS.has(lw) || IDENTIFIER_WORDS.has(lw);
    }
  } else if (!/[.,\-–&]/.test(c)) {
    return false;
  }
  const m = /([\p{L}.]+)\s+(?:(?:\d+|[IVXLC]+)(?:\s*,\s*|\s*(?:-|–|to|and|or|&)\s*))*$/u.exec(text.slice(floor, start));
  if (!m) return false;
  const w = m[1].toLowerCase();
  if (!LIST_IDENTIFIERS.has(w) && !IDENTIFIER_WORDS.has(w)) return false;
  // "round" is an identifier only before a number ("Round 3"), and a singular noun must be capitalised or directly before the number.
  return true;
}

/** Figure mentions of one paragraph, possibly overlapping dates (the caller keeps the longest). */
export function findFigures(text: string, gaz: Gazetteer, lex: FigureLexicon, tokens: Tokens): FigureMention[] {
  const out: FigureMention[] = [];
  const re = lex.re;
  const handle = (m: RegExpExecArray): void => {
    const [, pre, n1, sc1, sep, n2, sc2, , unitRaw] = m;
    const start = m.index;
    let end = m.index + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const lastWord = wordsBefore(text, start, 1)[0];
    // Leading non-letters are stripped; a word starting with an ASCII letter has none.
    const prevWord = lastWord !== undefined && !isAsciiLetter(lastWord.charCodeAt(0)) ? lastWord.replace(/^[^\p{L}]+/u, '') : lastWord;
    // A number word after a lower-case identifier noun is a count ("crossed the line nine times"); "Pillar Two" is a name.
    const wordAfterLowerNoun = /^\p{L}/u.test(n1) && /\p{Ll}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, start - 14), start));
    if (prevWord && IDENTIFIER_WORDS.has(prevWord) && !pre && !wordAfterLowerNoun) return;
    if (!pre && !wordAfterLowerNoun && afterIdentifier(text, start)) return; // "chapters 23 and 24", "sections 3 to 5", "points 4, 5 and 7"
    if (!pre && (isDigit(text.charCodeAt(end)) || (isWs(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1)))) && !/^\s?\d{3},/.test(text.slice(end, end + 5))) return; // digit groups: phone numbers, codes
    if (!pre && start > 0 && (text.charCodeAt(start - 1) === 43 || (start > 1 && isWs(text.charCodeAt(start - 1)) && (text.charCodeAt(start - 2) === 43 || isDigit(text.charCodeAt(start - 2)))))) return;
    // "9/11", "3:1", "7 to 2 in favour" at the second number: slashes and colons between numbers are dates, ratios or codes.
    if (!pre && ((start > 1 && (text.charCodeAt(start - 1) === 47 || text.charCodeAt(start - 1) === 58) && isDigit(text.charCodeAt(start - 2))) || ((text.charCodeAt(end) === 47 || text.charCodeAt(end) === 58) && isDigit(text.charCodeAt(end + 1))))) return;
    // Addresses ("10 Downing Street") and ages ("61 years old", "a 70-year-old leader") are not figures.
    if (!pre && !unitRaw && (STREET_AFTER.test(text.slice(end, end + 40)) || AGE_AFTER.test(text.slice(end, end + 16)))) return;
    if (!unitRaw && !sc1 && !sc2) {
      const after = text.slice(end, end + 12);
      if (TIME_AFTER.test(after)) return;
      if (/^[\p{L}]/u.test(after)) return; // ordinals, 5G, 3rd
    }
    const c1 = n1.charCodeAt(0);
    const isWord = !(c1 >= 48 && c1 <= 57) && /^[\p{L}]/u.test(n1);
    if (isWord && !unitRaw && IDIOM_AFTER.test(text.slice(end, end + 12))) return; // "one-off", "one-time", "one-on-one"
    if (isWord && !unitRaw && (n1 === 'one' || n1 === 'One') && ONE_IDIOM_AFTER.test(text.slice(end, end + 30))) return; // "one step at a time"

    let v1 = numberValue(n1);
    if (v1 === null) return;
    let begin = start;
    // "half a dozen" is six (not a fraction of a whole).
    const half = /^a\s+dozen$/i.test(n1) ? /([Hh]alf)\s+$/.exec(before) : null;
    if (half) { v1 = 6; begin = start - (before.length - half.index); }
    let v2: number | null = null;
    if (sep && n2) {
      if (sep.trim() === 'and' && !/\bbetween\s+$/i.test(text.slice(Math.max(0, start - 24), start))) {
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
      // "won 3-1": a descending pair without a unit or scale is a score or ratio, not a range.
      if (v2 !== null && v2 < v1 && !unitRaw && !sc1 && !sc2 && !pre) {
        // "cut the ceiling from 17,000 to 14,500": after "from" a falling pair is two figures, a change and not a range.
        if (sep.trim() === 'to' && FROM_BEFORE.test(before)) {
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
    // "2.5 percentage-point cut", "a 50 basis-point rise": the hyphenated modifier is the same unit.
    const u = unitRaw ? unitRaw.toLowerCase().replace(/\s+/g, ' ').replace(/^(percentage|basis)-point$/, '$1 points') : '';
    if (unitRaw && /^(?:%|per ?cent|percent)$/.test(u)) { type = 'percent'; unit = '%'; }
    else if (u === 'points') {
      // Bare "points" are percentage points where the paragraph talks in percent (polls, rates).
      if (/%|per\s?cent/.test(text)) { type = 'percent'; unit = 'pp'; } else unit = 'points';
    } else if (unitRaw && /point/.test(u) && !/basis/.test(u)) { type = 'percent'; unit = 'pp'; }
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
    } else if (unitRaw || pre) {
      const cur = currencyOf(unitRaw ?? pre ?? '', gaz) ?? (pre ? currencyOf(pre, gaz) : null);
      if (cur) { type = 'money'; unit = cur.code; candidates = cur.candidates; }
      else if (unitRaw) {
        // A capitalised word that is not a currency: end the figure before it.
        end = m.index + m[0].length - unitRaw.length - (m[7]?.length ?? 0);
      }
    }
    // "the naira fell to 1,600 per dollar": a bare exchange rate is money in the currency the sentence names (guideline 18).
    if (type === 'count' && !pre && !unitRaw && RATE_AFTER.test(text.slice(end, end + 30))) {
      const sentence = text.slice(Math.max(0, start - 160), start).split(/[.!?]\s/).pop() ?? '';
      const words = sentence.match(/[\p{L}]+/gu) ?? [];
      for (let k = words.length - 1; k >= 0; k--) {
        const cur = words[k].toLowerCase() in CURRENCY_WORDS ? currencyOf(words[k], gaz) : null;
        if (cur && !/^(?:dollar|euro|pound|yen)s?$/i.test(words[k])) { type = 'money'; unit = cur.code; candidates = cur.candidates; break; }
      }
    }
    if (type === 'count' && unit !== 'points') {
      if (pre) return;
      const model = MODEL_AFTER.exec(text.slice(end, end + 40));
      const noun = model && /\d/.test(model[1]) ? (model[2] && !NOT_NOUNS.has(model[2]) ? `${model[1]} ${model[2]}` : model[1]) : countNoun(text, end, gaz);
      // "Five of the seven members": a number word before "of the <number>" counts the noun found after it (filled in below).
      // "…, while two favoured a pause": a bare number word (two or more) after a count with a noun in the same sentence counts that noun.
      const prev = out.length ? out[out.length - 1] : null;
      const carries = v1 >= 2 && prev !== null && carriesNoun(prev) && !/[.!?;]\s/.test(text.slice(prev.end, start));
      if (isWord && !noun && v2 === null && !carries && !OF_NUMBER_AFTER.test(text.slice(end, end + 40))) return;
      if (isWord && v1 === 1 && noun && /^(?:of|another)$/.test(noun)) return;
      unit = noun ?? '';
    }
    const f = type === 'money' ? withPer(text, fig(text, start, end, type, value, unit, lastWord)) : fig(text, begin, end, type, half ? 6 : value, unit, begin === start ? lastWord : undefined);
    if (candidates) AMBIGUOUS.set(f, candidates);
    out.push(f);
    };
  const { words, starts, lower } = tokens;
  let covered = 0;
  let skipTo = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (starts[i] < covered || starts[i] < skipTo) continue;
    const c = w.charCodeAt(0);
    const lowerFirst = c >= 97 && c <= 122;
    // Length checks first: most words are longer than any currency prefix or number word.
    const trigger = (c >= 48 && c <= 57) || (w.length <= lex.prefixMaxLength && (!lowerFirst || lex.lowerPrefixes) && lex.prefixes.has(w)) || (c >= 65 && c <= 90 && lettersThenDigit(w)) || (w.length <= lex.numberWordMaxLength && lex.numberWords.has(lowerFirst ? w : lower[i]) && (w !== 'a' && w !== 'A' || words[i + 1] === 'dozen'));
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
    if (b.type !== 'count' || b.unit !== '' || Array.isArray(b.value) || (/[\p{L}]/u.test(b.text) && !NUMBER_WORD_ONLY.test(b.text))) continue;
    const nb = NOUN_BEFORE.exec(text.slice(Math.max(0, b.start - 40), b.start));
    if (nb && !NOT_NOUNS.has(nb[1])) b.unit = /s$/.test(nb[1]) || UNCOUNTED.has(nb[1]) ? nb[1] : `${nb[1]}s`;
  }
  // "two more chapters …, bringing the total to 14 of the 33 it must complete": a count whose noun is not repeated takes the noun
  // of the nearest preceding count in the same sentence.
  for (let k = 1; k < out.length; k++) {
    const b = out[k];
    // Scaled amounts ("up from 2.6 million") stand alone in the development gold; only plain numerals take the noun.
    if (b.type !== 'count' || b.unit !== '' || Array.isArray(b.value) || (/[\p{L}]/u.test(b.text) && !NUMBER_WORD_ONLY.test(b.text))) continue;
    const a = out[k - 1];
    const gap = text.slice(a.end, b.start);
    if (!carriesNoun(a) || /[.!?;]\s/.test(gap)) continue;
    const next = k + 1 < out.length ? out[k + 1] : null;
    if (!NUMBER_WORD_ONLY.test(b.text) && !/^\s+(?:of|it|they|that|which|before|after|in|on|at|by|a|per|needed|required|so|against|for)\b|^\s*[,.;:)]/.test(text.slice(b.end, b.end + 14))) continue;
    b.unit = a.unit.split(' ').pop() ?? a.unit;
    if (next && next.type === 'count' && next.unit === '' && /^\s+of\s+(?:the|its|their)\s+$/.test(text.slice(b.end, next.start))) next.unit = b.unit;
  }
  const fr = lex.fractionRe;
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i];
    const c0 = w0.charCodeAt(0) | 32;
    if (c0 !== 97 && c0 !== 111 && c0 !== 116 && c0 !== 102 && c0 !== 104) continue; // a one two three four half
    const lw = lower[i];
    if (lw !== 'half' && !((lw === 'a' || lw === 'one') && (FRACTION_WORDS.has(words[i + 1]) || (lw === 'one' && words[i + 1] === '-' && FRACTION_WORDS.has(words[i + 2])))) && !((lw === 'two' || lw === 'three' || lw === 'four') && words[i + 1] === '-' || (lw === 'two' || lw === 'three' || lw === 'four') && FRACTION_WORDS.has(words[i + 1]))) continue;
    FRACTION_POINT.lastIndex = starts[i];
    const pm = FRACTION_POINT.exec(text);
    if (pm) {
      const share = pm[2] ? (pm[3].toLowerCase() === 'thirds' ? (pm[2].toLowerCase() === 'two' ? 66.67 : 100) : 25 * (numberValue(pm[2]) ?? 3)) : FRACTIONS[(pm[1] ?? pm[4]).toLowerCase()];
      out.push(fig(text, pm.index, pm.index + pm[0].length, 'percent', share / 100, 'pp'));
      continue;
    }
    fr.lastIndex = starts[i];
    let m = fr.exec(text);
    if (!m && hedged(text, starts[i], wordsBefore(text, starts[i], 1)[0])) {
      // "nearly a quarter goes on interest": after a hedge the fraction is a share whatever follows, unless it is temporal.
      FRACTION_LOOSE.lastIndex = starts[i];
      m = FRACTION_LOOSE.exec(text);
      if (m && TEMPORAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) m = null;
    }
    if (!m || TEMPORAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // "for two quarters": quarters written apart and not "of" something are periods, not shares.
    if (m[4] && /quarters/i.test(m[4]) && /\s/.test(m[0]) && !/^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const key = (m[2] ?? m[4] ?? m[5]).toLowerCase();
    let v = FRACTIONS[key];
    if (m[3]) v = key === 'thirds' ? (m[3].toLowerCase() === 'two' ? 66.67 : 100) : key === 'quarters' ? 25 * (numberValue(m[3]) ?? 3) : 20 * (numberValue(m[3]) ?? 2);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/\b(?:first|second|third|fourth|final|last|next|the|and|a)\s+$/i.test(before)) continue;
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
  return out;
}

/** /\s/ on one UTF-16 code unit, without a regex. */
function isWs(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /\p{L}/u.test(ch) for one code unit (or ''), with an ASCII fast path. */
function isLetterUnit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(ch);
}
const LETTER_RE = /\p{L}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** /^[A-Za-z]{1,3}\d/.test(w) without a regex: one to three ASCII letters, then an ASCII digit. */
function lettersThenDigit(w: string): boolean {
  for (let k = 0; k < 4 && k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) return k > 0;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return false;
}

/** A count whose noun a later bare count may take (not "two" of "two-thirds", which the fraction replaces). */
function carriesNoun(f: FigureMention): boolean {
  return f.type === 'count' && f.unit !== '' && !FRACTION_WORDS.has(f.unit);
}

function round(v: number): number {
  // Large scaled values ("8.3 billion") carry binary noise below the unit: keep 12 significant digits.
  // Integers below 1e12 come back unchanged from both branches: skip the string round trip.
  if (Number.isInteger(v) && v < 1e12 && v > -1e12) return v;
  return Math.abs(v) >= 1e6 ? Number(v.toPrecision(12)) : Math.round(v * 1e6) / 1e6;
}

function fig(text: string, start: number, end: number, type: FigureType, value: number | [number, number], unit: string, lastWord?: string): FigureMention {
  const f: FigureMention = { kind: 'figure', start, end, text: text.slice(start, end), type, value, unit };
  if (hedged(text, start, lastWord ?? wordsBefore(text, start, 1)[0])) f.approx = true;
  return f;
}

/** "$70 a barrel", "310 euros/tonne", "Bs 0.40 per cubic metre": the priced unit (a listed measure; "per household" stays outside). */
const PER_AFTER = /^(?:\s+(a|per)\s+|\/)((?:cubic\s+|square\s+)?[\p{L}]+)(?![\p{L}-])/u;
const PER_NORMAL: Readonly<Record<string, string>> = { kilo: 'kg', kilogram: 'kg', kilogramme: 'kg' };
function withPer(text: string, f: FigureMention): FigureMention {
  const m = PER_AFTER.exec(text.slice(f.end, f.end + 30));
  if (!m) return f;
  const noun = m[2].toLowerCase().replace(/\s+/g, ' ');
  const head = noun.slice(noun.lastIndexOf(' ') + 1);
  if (!PER_UNITS.has(head)) return f;
  const end = f.end + m[0].length;
  return { ...f, end, text: text.slice(f.start, end), unit: `${f.unit}/${PER_NORMAL[noun] ?? noun}` };
}

/** "North Atlantic Treaty Organization allies": a gazetteer name (up to six words) then a lower-case plural noun → the noun. */
function nounAfterActor(text: string, pos: number, gaz: Gazetteer): string | null {
  const m = /^[\s-]*((?:\p{Lu}[\p{L}.&'’-]*|of|the|and)(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|the|and)){0,5})\s+(\p{Ll}+s)(?![\p{L}])/u.exec(text.slice(pos, pos + 90));
  if (!m || NOT_NOUNS.has(m[2]) || /(?:ss|us|is)$/.test(m[2])) return null;
  const e = gaz.get(phraseKey(m[1]));
  return e && (e.kind === 'org' || e.kind === 'country') ? m[2] : null;
}

/** The counted noun after a count ("4,000 troops" → "troops"; "27-member" → "member"; "17 aid workers"). */
function countNoun(text: string, end: number, gaz: Gazetteer): string | null {
  let pos = end;
  for (let i = 0; i < 3; i++) {
    const m = WORD_AFTER.exec(text.slice(pos, pos + 40));
    if (!m) return null;
    const w = m[1];
    const lw = w.toLowerCase();
    // An acronym modifier before a lower-case noun is an actor, not part of the noun ("two more EU chapters", "40 UN observers").
    if (i > 0 && /^\p{Lu}{2,5}$/u.test(w)) {
      const peek = WORD_AFTER.exec(text.slice(pos + m[0].length, pos + m[0].length + 30));
      if (peek && /^\s+\p{Ll}/u.test(peek[0]) && !NOT_NOUNS.has(peek[1].toLowerCase())) { pos += m[0].length; continue; }
    }
    if (/^\p{Lu}/u.test(w)) {
      // "300 Kenyan-trained police officers", "40 Chinese-made drones": a country compound adjective is skipped.
      const hyphen = w.indexOf('-');
      if (hyphen > 0 && /^\p{Ll}+$/u.test(w.slice(hyphen + 1)) && !HYPHEN_NOUN_TAILS.has(w.slice(hyphen + 1)) && (gaz.countryOfDemonym(w.slice(0, hyphen)) || gaz.get(w.slice(0, hyphen))?.kind === 'country')) { pos += m[0].length; continue; }
      // A known actor name used as a modifier is not part of the noun ("32 North Atlantic Treaty Organization allies").
      const actorNoun = nounAfterActor(text, pos, gaz);
      if (actorNoun) return actorNoun;
      // A product or class name before a plural noun stays in the unit ("30 Gripen jets", like "Patriot batteries").
      if (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && !gaz.countryOfDemonym(w) && !gaz.get(w)) {
        const cap = /^\s+(\p{Ll}+s)(?![\p{L}])/u.exec(text.slice(pos + m[0].length, pos + m[0].length + 30));
        if (cap && !NOT_NOUNS.has(cap[1]) && !/(?:ss|us|is)$/.test(cap[1])) return `${w} ${cap[1]}`;
      }
      // A demonym adjective is skipped ("12 Norwegian officials"); a demonym plural is the noun ("124 million Brazilians").
      if (!/^\p{Lu}\p{Ll}/u.test(w) || !gaz.countryOfDemonym(w)) return null;
      if (/s$/.test(w) && !/(?:ese|ss)$/.test(w)) return w;
      pos += m[0].length;
      continue;
    }
    // "six times since January" counts occurrences; "three times the size", "times as many" are multipliers.
    if (lw === 'times' && i === 0 && /^\s*(?:[,.;:)]|$|(?:since|in|this|last|during|before|after|between|so|already|a|per|each|every|on|at|from|within)\b)/.test(text.slice(pos + m[0].length, pos + m[0].length + 12))) return w;
    if (NOT_NOUNS.has(lw)) return null;
    if ((ADJECTIVES.has(lw) || ADJ_SUFFIX.test(lw) || /[^n]ing$/.test(lw) || HYPHEN_MODIFIER.test(lw)) && i < 2) {
      const peek = WORD_AFTER.exec(text.slice(pos + m[0].length, pos + m[0].length + 30));
      if (peek && /^\s+\p{Ll}/u.test(peek[0]) && !NOT_NOUNS.has(peek[1].toLowerCase())) { pos += m[0].length; continue; }
      // A quantifier before a capitalised modifier: an actor name is dropped, another name stays ("10 more Patriot batteries").
      if (peek && ADJECTIVES.has(lw) && /^\s+\p{Lu}\p{Ll}/u.test(peek[0])) {
        const actorNoun = nounAfterActor(text, pos + m[0].length, gaz);
        if (actorNoun) return actorNoun;
        const cap = /^\s+(\p{Lu}\p{Ll}+)\s+(\p{Ll}+s)(?![\p{L}])/u.exec(text.slice(pos + m[0].length, pos + m[0].length + 40));
        if (cap && !gaz.countryOfDemonym(cap[1]) && !NOT_NOUNS.has(cap[2]) && !/(?:ss|us|is)$/.test(cap[2])) return `${cap[1]} ${cap[2]}`;
      }
      // A quantifier may stand before an acronym modifier ("two more EU chapters").
      if (peek && ADJECTIVES.has(lw) && /^\s+\p{Lu}{2,5}$/u.test(peek[0])) { pos += m[0].length; continue; }
    }
    // "while two favoured a smaller move": a past-tense verb after the count, not a noun.
    if (/[^e]ed$/.test(lw)) {
      const next = WORD_AFTER.exec(text.slice(pos + m[0].length, pos + m[0].length + 30));
      if (!next || NOT_NOUNS.has(next[1].toLowerCase())) return null;
    }
    // Compound noun: a singular modifier before a plural head ("aid workers").
    if (!/s$/.test(lw)) {
      const next = WORD_AFTER.exec(text.slice(pos + m[0].length, pos + m[0].length + 30));
      if (next && /^\s+\p{Ll}+s$/u.test(next[0]) && !NOT_NOUNS.has(next[1]) && !/(?:ss|us|is)$/.test(next[1])) return `${w} ${next[1]}`;
    }
    return w;
  }
  return null;
}
