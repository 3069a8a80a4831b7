// The figure lexicon: the combined number/currency/unit regex and the lookups built once from the word lists.
import type { Gazetteer } from '../gazetteer';
import {
  AMOUNT_COMPARATIVES, AMOUNT_QUANTIFIERS, CURRENCY_NAMES, CURRENCY_SYMBOLS, CEDI_PREFIXES, CURRENCY_WORDS, FIGURE_NUMBER_WORDS, LOWER_CASE_UNITS, MINOR_UNITS, NUMBERS_ONE_TO_NINETEEN,
  QUANTITY_UNITS, SCALES, TENS_WORDS,
} from '../lexicon';
import { tokenize } from '../tokenize';
import { foldAccents } from '../../util/foldAccents';

export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Accented forms of each vowel (and of s, for the minor units: "kuruş"), so that a word matches with or without its accents. */
const VOWEL_FORMS: Readonly<Record<string, string>> = { a: '[aáàâãä]', e: '[eéèêë]', i: '[iíìîï]', o: '[oóòôõö]', u: '[uúùûü]', s: '[sşș]' };

/**
 * An alternation of lower-case words that matches each with or without accents on its vowels ("bolivars" and "bolívars",
 * "guaraníes" and "guaranies"): the words are folded, then each vowel matches its accented forms. Callers fold the match too.
 */
const accentFree = (words: Iterable<string>, letters = /[aeiou]/g): string =>
  [...new Set([...words].map(foldAccents))].sort((a, b) => b.length - a.length).map((w) => esc(w).replace(letters, (v) => VOWEL_FORMS[v])).join('|');

export const ci = (w: string): string => `[${w[0].toUpperCase()}${w[0]}]${esc(w.slice(1))}`;

export const WORDNUM = [
  String.raw`${ci('a')}\s+dozen`, String.raw`${ci('a')}\s+hundred`, ci('dozen'),
  `(?:${TENS_WORDS.map(ci).join('|')})(?:-(?:${NUMBERS_ONE_TO_NINETEEN.slice(0, 9).join('|')}))?`,
  ...NUMBERS_ONE_TO_NINETEEN.map(ci),
].join('|');

export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

// Scale words may be title case, as in headlines ("$20 Billion Gas Project"). "hundred" scales a number word ("two hundred
// soldiers", "three hundred thousand people"), alone or before a larger scale; in lower case only ("Two Hundred Club" is a name).
export const SCALE = String.raw`(?:\s*(?:hundred(?:\s+(?:[Tt]housand|[Mm]illion|[Bb]illion))?|[Ll]akh\s+[Cc]rore|[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|[Cc]rores?|[Ll]akhs?)|\s?(?:tn|trn|bn|mn|mln)|[mbk])(?![\p{L}])`;

/** An amount only money takes after a letter prefix: grouped digits or a number with a scale. */
const MONEY_ONLY_AMOUNT = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?${SCALE}`;

/** Signs written after a country's ISO letters to name its currency: dollar and pound ("GY$", "FK£"). */
export const COUNTRY_CODE_SIGNS = '$£';

export const PCT = String.raw`%|[Pp]er\s?cent(?:age[\s-]+points?)?|[Pp]ercent(?:age[\s-]+points?)?|percentage[\s-]+points?|pp(?![\p{L}])|basis\s+points|basis-points?|points(?![\p{L}])`;

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
  /**
   * Per ASCII first character and length (capped at 31), the second letters (case folded, see letterClass) of the
   * prefixes and of the number words in either case, and bit 0 when there is any: a word starting with an ASCII letter
   * or sign outside it triggers only as letters then a digit. Read by mayTrigger.
   */
  triggerShapes: Int32Array;
}

/** A bit for a code unit in triggerShapes: 1–26 for an ASCII letter of either case, 0 for anything else (or none). */
function letterClass(c: number): number {
  const l = c | 32;
  return l >= 97 && l <= 122 ? l - 96 : 0;
}

/**
 * Whether a word starting with the ASCII character `c` has the first character, length and second letter of a prefix or
 * number word. A second character that is no ASCII letter (none, a digit, a sign, a letter past ASCII) is not ruled out.
 */
export function mayTrigger(lex: FigureLexicon, w: string, c: number): boolean {
  const bits = lex.triggerShapes[(c << 5) | Math.min(w.length, 31)];
  if (bits === 0) return false;
  const k = letterClass(w.charCodeAt(1));
  return k === 0 || (bits & (1 << k)) !== 0;
}

export function buildFigureLexicon(gaz: Gazetteer): FigureLexicon {
  const codes = new Set(gaz.currencyCodes);
  const codeAlt = alt(codes);
  // One capital letter is a prefix only before a number: the rand ("R 500", "R500"), and the naira's plain N written against an
  // amount that only money takes (grouped digits or a scale: "N600,000", "N1.1 trillion"; "N95 masks" and "N1 road" are names),
  // and the K of the kina, the kwacha and the kyat likewise ("K1.1 billion"; "the K2 tank" is a name);
  // so is "CFA" ("CFA 12 billion"; "a CFA 2019 charter" is no amount).
  // A country's ISO letters against a dollar, cent or pound sign name its own currency ("GH¢3.2 billion", "GY$2.6 billion", "TT$40").
  const countryPrefix = `(?:${alt(gaz.currencyByCountryCode.keys())})[${COUNTRY_CODE_SIGNS}]|${alt(CEDI_PREFIXES)}`;
  // Currency names in their own mixed case ("ZiG"), before or after the amount.
  const currencyNames = alt(Object.keys(CURRENCY_NAMES));
  const pre = `${alt(Object.keys(CURRENCY_SYMBOLS).filter((s) => (s.length > 1 || !/[A-Z]/.test(s)) && s !== 'CFA'))}|${countryPrefix}|${currencyNames}|(?:${codeAlt})(?=\\s\\d)|R(?=\\s?\\d)|[NK](?=${MONEY_ONLY_AMOUNT})|CFA(?=\\s?(?:${MONEY_ONLY_AMOUNT}))`;
  const curWord = `(?:(?:[\\p{Lu}][\\p{L}.]*\\s+){1,2})?(?:${accentFree(Object.keys(CURRENCY_WORDS))})(?![\\p{L}])`;
  // Energy units keep their own casing ("45 TWh", "300 kWh"); so does any unit written as its normal form ("300 kW", "400-kV").
  // A unit of several words may be written hyphenated as a modifier ("a 200-nautical-mile zone", "a 50-square-kilometre site").
  // Units that are also names when capitalised ("2,000 Volts" sold are cars) are read in lower case only.
  const qty = `(?:${alt(new Set(Object.keys(QUANTITY_UNITS).flatMap((u) => LOWER_CASE_UNITS.has(u) ? [u] : [u, ...(u.includes(' ') ? [u.replace(/ /g, '-')] : []), u.toUpperCase(), u[0].toUpperCase() + u.slice(1), ...(QUANTITY_UNITS[u][0].toLowerCase() === u ? [QUANTITY_UNITS[u][0]] : []), ...(`${QUANTITY_UNITS[u][0].toLowerCase()}s` === u ? [`${QUANTITY_UNITS[u][0]}s`] : []), ...(u.endsWith('wh') ? [`${u.slice(0, -2).toUpperCase()}Wh`, `${u.slice(0, -2)}Wh`] : [])])))})(?![\\p{L}])`;
  const num = `(?:${DIGITS}|${WORDNUM})`;
  // Minor units: "82 cents", "15 pence", and "4p" written against the number.
  // Other currencies' hundredths in lower case ("30 sen", "50 kobo", "20 centavos"), with or without their accents ("céntimos").
  const minor = String.raw`cents?(?![\p{L}])|pence(?![\p{L}])|(?<=\d)p(?![\p{L}\p{N}])|(?:${accentFree(Object.keys(MINOR_UNITS).filter((w) => w.length > 1 && !/^(?:cents?|pence)$/.test(w)), /[aeious]/g)})(?![\p{L}])`;
  const unit = `(?:${PCT}|${curWord}|(?:${codeAlt}|${currencyNames})(?![\\p{L}])|${qty}|${minor})`;
  // "between 5.5% and 10%", "3%-5%": a percent sign on the first end of a range whose second end has one too.
  const pctFirst = String.raw`(?:%(?=\s*(?:-|–|to|and)\s*\d[\d.,]*\s?%))?`;
  const source = String.raw`(?<![\p{L}\p{N}.,:$€£¥₹-])(?:(${pre})\s?)?(${num})(${SCALE})?${pctFirst}(?:(\s*(?:-|–|to|and)\s*)(?:(?:${pre})\s?)?(${num})(${SCALE})?)?(?:(\s*|-)(${unit}))?`;
  // A fraction before a word of amount is a share too ("a third less water than planned"); before a comparative of size
  // only where the comparison closes ("a quarter higher than last year"; "a third larger plant" is an ordinal).
  const closes = String.raw`(?:\s*[,.;:)!?'"”’]|\s+(?:than|compared|in|on|at|from|to|for|over|by|since|after|before|during|last|this|and|or)\b|\s*$)`;
  const comparative = String.raw`(?:${AMOUNT_QUANTIFIERS.join('|')})(?![\p{L}-])|(?:${AMOUNT_COMPARATIVES.join('|')})(?![\p{L}-])(?=${closes})`;
  const fractionRe = new RegExp(String.raw`(?<![\p{L}-])(?:([Aa]n?\s+|[Oo]ne[\s-])([Tt]hird|[Qq]uarter|[Hh]alf|[Ff]ifth|[Ss]ixth|[Ee]ighth|[Tt]enth)|([Tt]wo|[Tt]hree|[Ff]our)[-\s]([Tt]hirds|[Qq]uarters|[Ff]ifths)|([Hh]alf))(?![\p{L}-])(?=\s*[,.;:)!?'"”’]|\s+(?:(?:of|the|a|an|its|their|his|her|all|that|this|since|before|after|in|from|to|over|by|and|or|compared|last|than|on|at|between|among|during|while|as|amid)\b|${comparative})|\s*$)`, 'yu');
  const prefixes = new Set<string>([...codes, ...gaz.currencyByCountryCode.keys(), ...Object.keys(CURRENCY_SYMBOLS).map((sym) => tokenize(sym).words[0]), ...Object.keys(CURRENCY_NAMES)]);
  const numberWords = new Set(FIGURE_NUMBER_WORDS);
  const lowerPrefixes = [...prefixes].some((p) => p.charCodeAt(0) >= 97 && p.charCodeAt(0) <= 122);
  const maxLength = (words: Iterable<string>): number => Math.max(...[...words].map((x) => x.length));
  const triggerShapes = new Int32Array(128 * 32);
  for (const w of [...prefixes, ...numberWords, ...[...numberWords].map((x) => x[0].toUpperCase() + x.slice(1))]) {
    if (w.charCodeAt(0) < 128) triggerShapes[(w.charCodeAt(0) << 5) | Math.min(w.length, 31)] |= 1 | (1 << letterClass(w.charCodeAt(1)));
  }
  return { re: new RegExp(source, 'yu'), fractionRe, codes, prefixes, lowerPrefixes, prefixMaxLength: maxLength(prefixes), numberWords, numberWordMaxLength: maxLength(numberWords), triggerShapes };
}

export const FRACTION_LOOSE = /(?<![\p{L}-])(?:([Aa]n?\s+|[Oo]ne[\s-])(third|quarter|half|fifth|sixth|eighth|tenth)|([Tt]wo|[Tt]hree|[Ff]our)[-\s](thirds|quarters|fifths)|([Hh]alf))(?![\p{L}-])(?=\s+\p{Ll})/yu;

/** A fraction of a (percentage) point: "a quarter point" (0.25 pp), "half a percentage point", "three-quarters of a point". */
export const FRACTION_POINT = /(?<![\p{L}-])(?:(?:[Aa]\s+|[Oo]ne[\s-])(third|quarter|half|fifth|tenth)(?:\s+of\s+a)?|([Tt]wo|[Tt]hree)[-\s](thirds|quarters)\s+of\s+a|([Hh]alf)\s+a)\s+(?:percentage\s+)?point(?![\p{L}])/yu;

export function scaleOf(raw: string | undefined): number {
  if (!raw) return 1;
  const word = raw.trim();
  // Most scales are written as SCALES lists them ("billion", "bn"): a key is its own normal form.
  return SCALES[word] ?? SCALES[word.toLowerCase().replace(/\s+/g, ' ')] ?? 1;
}
