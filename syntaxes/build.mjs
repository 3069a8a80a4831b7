// Builds the Policy Lens TextMate grammars from named regex fragments, so each building block
// (number, month, currency, ...) is written once and every rule stays readable.
//
//   node syntaxes/build.mjs          write syntaxes/*.tmLanguage.json
//   node syntaxes/build.mjs --check  exit 1 if the checked-in JSON differs from what this builds
//
// Regex discipline (these run on every line of very large files): every rule starts with a
// literal or a small character class, quantifiers are bounded or possessive/atomic, and no
// group that can match empty is repeated, so a failed match costs O(rule) per start position.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- fragments
const alt = (...xs) => `(?:${xs.join('|')})`;
const opt = (x) => `(?:${x})?`;

/** 4,000 · 2.5 · 12 · 1,234.56 (atomic: never re-split a number). */
const NUM = String.raw`(?>\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?>\.\d++)?`;
/** No figure starts inside a word, a number or a decimal. */
const NUM_START = String.raw`(?<![\w.,])`;
/** Range separator between two numbers: 3-5, 3–5, 3 to 5. */
const RANGE = String.raw`(?:\s?[-–—]\s?|\sto\s)`;
/** Used only after "between": "between 3 and 5 percent" → "3 and 5 percent". */
const RANGE_AND = String.raw`\sand\s`;
const AFTER_BETWEEN = String.raw`(?<=\b[Bb]etween\s)`;

const PCT_UNIT = String.raw`(?:\s?%|\s(?:percent|per\scent)\b)`;
const POINTS_UNIT = String.raw`\s?(?:percentage[\s-]points?|basis\spoints?|pp|ppt|bps|bp)\b`;

/** Scale after a number: " billion", " lakh crore", "bn", " bn", "m". */
const SCALE_WORD = String.raw`\s(?:thousand|million|billion|trillion|crore|lakh(?:\scrore)?)\b`;
const SCALE_ABBR = String.raw`\s?(?:mn|bn|tn|trn)\b`;
const SCALE = alt(SCALE_WORD, SCALE_ABBR, String.raw`[mbkMBK]\b`);
const SCALE_BEFORE_WORD = alt(SCALE_WORD, SCALE_ABBR);

const CURRENCY_SYMBOL = alt(
  String.raw`(?:US|U\.S\.|A|AU|C|CA|NZ|HK|S|SG|NT|R|Mex)?\$`,
  'CN¥', 'JP¥', '€', '£', '¥', '₹', '₩', '₽', '₺', '₦', '₱', '₫', '₪', '₴', '₨', '৳', '₵', '₸',
);
const CURRENCY_CODE = String.raw`\b(?:Rs\.?|Rp\.?|RM|KSh|Ksh|Tk\.?|CHF|USD|EUR|GBP|JPY|CNY|RMB|INR|PKR|BDT|LKR|NPR|IDR|MYR|THB|VND|KRW|TWD|HKD|SGD|AUD|NZD|CAD|MXN|BRL|ARS|CLP|COP|ZAR|NGN|KES|EGP|ETB|GHS|TZS|UGX|SAR|AED|QAR|KWD|ILS|IRR|RUB|UAH|PLN|SEK|NOK|DKK|CZK|HUF|XOF|XAF)\s?`;
const CURRENCY_PREFIX = alt(String.raw`(?<![\w$])${CURRENCY_SYMBOL}\s?`, CURRENCY_CODE);
const PER_UNIT = alt(
  String.raw`\s(?:a|per)\s(?:barrel|tonne|ton|ounce|share|kilogram|kg|litre|liter|gallon|MMBtu|megawatt-hour|MWh)\b`,
  String.raw`/(?:barrel|bbl|tonne|MWh)\b`,
);
/** Currency names after a number. Ambiguous words (pounds, won, real, rand, dong) need a scale. */
const SAFE_CURRENCY_WORDS = [
  'dollars?', 'euros?', 'yen', 'yuan', 'renminbi', 'rupees?', 'rupiah', 'ringgit', 'baht', 'pesos?', 'reais',
  'naira', 'shillings?', 'dirhams?', 'riyals?', 'rials?', 'dinars?', 'liras?', 'lire', 'roubles?', 'rubles?',
  'hryvnias?', 'zlotys?', 'francs?', 'kronor', 'kroner', 'krona', 'krone', 'taka', 'cedis?', 'birr', 'kwacha',
  String.raw`pounds\ssterling`,
];
const CURRENCY_WORD_SAFE = `${alt(...SAFE_CURRENCY_WORDS)}\\b`;
const CURRENCY_WORD_ANY = `${alt(...SAFE_CURRENCY_WORDS, 'pounds?', 'won', 'real', 'rand', 'dong')}\\b`;
/** "US", "Hong Kong", "Canadian" before the currency word (at most two words). */
const CURRENCY_QUALIFIER = String.raw`(?:(?:U\.S\.|US|[A-Z][a-z]+)\s){0,2}`;

const MONTH = alt(
  String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`,
  String.raw`\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?`,
);
const WEEKDAY = String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`;
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b`;
const DAY_RANGE = String.raw`(?:\s?[-–]\s?${DAY})?`;
/** A year that may start a range (fiscal years, parts of a year). */
const YEAR4 = String.raw`(?:1[5-9]|2[01])\d\d(?![\d%])`;
/** A year; not the start of a year range such as 2011-2012 (that is its own rule). */
const YEAR = String.raw`(?:1[5-9]|2[01])\d\d(?![\d%]|\s?[-–]\s?\d)`;
const YEAR_OR_SHORT = String.raw`(?:(?:1[5-9]|2[01])\d\d|'?\d\d)(?!\d)`;
/** The year after a quarter or half: "2024", "FY25", "FY2025-26". */
const QUARTER_YEAR = String.raw`(?:FY\s?${YEAR_OR_SHORT}(?:\s?[-–/]\s?${YEAR_OR_SHORT})?|${YEAR_OR_SHORT})`;
const NOT_A_FIGURE_AFTER = String.raw`(?!\s?%|\s(?:percent|per\scent)\b|[.,]\d)`;
const EARLY_MID_LATE = String.raw`(?:[Ee]arly|[Mm]id|[Ll]ate)`;

// ---------------------------------------------------------------- rules
const PERCENT = 'constant.numeric.figure.percent.policy-lens';
const POINTS = 'constant.numeric.figure.points.policy-lens';
const MONEY = 'constant.numeric.figure.money.policy-lens';
const DATE = 'constant.other.date.policy-lens';

const percent = (sep, start) => `${start}${NUM}${opt(PCT_UNIT)}${opt(sep + NUM)}${PCT_UNIT}`;
const points = (sep, start) => `${start}${NUM}${opt(sep + NUM)}${POINTS_UNIT}`;
const moneyPrefixed = (sep) =>
  `${CURRENCY_PREFIX}${NUM}${opt(SCALE)}${opt(`${sep}${opt(CURRENCY_PREFIX)}${NUM}${opt(SCALE)}`)}${opt(PER_UNIT)}`;
const moneyWord = (sep, start) =>
  `${start}${NUM}${opt(SCALE_BEFORE_WORD)}${opt(sep + NUM)}` +
  alt(`${SCALE_BEFORE_WORD}\\s${CURRENCY_QUALIFIER}${CURRENCY_WORD_ANY}`, `\\s${CURRENCY_QUALIFIER}${CURRENCY_WORD_SAFE}`) +
  opt(PER_UNIT);

/** Each rule: [key, scope, regex, comment]. Order breaks ties between matches at the same column. */
const rules = [
  ['points-between', POINTS, points(RANGE_AND, AFTER_BETWEEN), '"between 2 and 3 percentage points"'],
  ['points', POINTS, points(RANGE, NUM_START), '"0.5 percentage points", "50 basis points", "2pp"'],
  ['percent-between', PERCENT, percent(RANGE_AND, AFTER_BETWEEN), '"between 3 and 5 percent" → "3 and 5 percent"'],
  ['percent', PERCENT, percent(RANGE, NUM_START), '"12 percent", "4.5%", "3 to 5 per cent", "3%-5%"'],
  ['money-between', MONEY, `${AFTER_BETWEEN}${moneyPrefixed(RANGE_AND)}`, '"between $2 billion and $3 billion"'],
  ['money-prefixed', MONEY, moneyPrefixed(RANGE), '"$2.5 billion", "US$70 a barrel", "€4.1bn", "Rs 3.2 lakh crore", "$2-3 billion"'],
  ['money-word-between', MONEY, moneyWord(RANGE_AND, AFTER_BETWEEN), '"between 2 and 3 billion euros"'],
  ['money-word', MONEY, moneyWord(RANGE, NUM_START), '"4.1 billion euros", "80 rupees", "300 billion Japanese yen"'],
  ['date-iso', DATE, String.raw`(?<![\w.-])[12]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)`, '"2025-04-07"'],
  ['date-month-day', DATE, `${opt(`${WEEKDAY},?\\s`)}${MONTH}\\s${DAY}${DAY_RANGE}${opt(`,?\\s${YEAR}`)}${NOT_A_FIGURE_AFTER}`, '"June 4, 2023", "Tuesday, June 4", "June 3-5"'],
  ['date-day-month', DATE, `${opt(`${WEEKDAY},?\\s`)}(?<![\\w.,])${DAY}${DAY_RANGE}\\s${MONTH}${opt(`,?\\s${YEAR}`)}`, '"4 June 2023", "3–5 June"'],
  ['date-month-year', DATE, `${opt(`\\b${EARLY_MID_LATE}[-\\s]`)}${MONTH},?\\s${YEAR}`, '"March 2026", "Sept. 2024", "late March 2026"'],
  ['date-fiscal-year', DATE, String.raw`\bFY\s?${YEAR_OR_SHORT}(?:\s?[-–/]\s?${YEAR_OR_SHORT})?`, '"FY2024-25", "FY25", "FY 2024/25"'],
  ['date-fiscal-year-words', DATE, String.raw`\b[Ff](?:iscal|inancial)(?:\syear)?\s${YEAR4}(?:\s?[-–/]\s?${YEAR_OR_SHORT})?`, '"fiscal 2025", "financial year 2024-25"'],
  ['date-quarter', DATE, String.raw`\b(?:Q[1-4](?:\s?${QUARTER_YEAR})?|H[12]\s?${QUARTER_YEAR}|[1-4]Q\s?${YEAR_OR_SHORT})\b`, '"Q3 2024", "Q3", "H1 2025", "Q3FY25", "Q3 FY2025-26", "3Q24"'],
  ['date-year-quarter', DATE, String.raw`(?<![\w.-])[12]\d{3}[-\s](?:Q[1-4]|H[12])\b`, '"2024-Q3", "2025 H1"'],
  ['date-part-of-year', DATE, String.raw`\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast)\s(?:quarter|half)\b(?:\sof\s(?:(?:the\s)?(?:fiscal|financial)\s(?:year\s)?)?${YEAR4}(?:[-–/]${YEAR_OR_SHORT})?)?`, '"first half of 2026", "third quarter", "second quarter of fiscal 2025"'],
  ['date-decade', DATE, String.raw`(?<![\w.,])(?:${EARLY_MID_LATE}[-\s])?(?:1[5-9]|20)\d0s\b`, '"1990s", "late 2010s", "mid-1990s"'],
  ['date-year-modified', DATE, String.raw`\b(?:(?:[Ee]arly|[Ll]ate)\s|(?:[Mm]id|[Ee]nd)-)${YEAR}(?!s\b)`, '"mid-2026", "early 2027", "end-2025"'],
  ['date-year-range', DATE, String.raw`(?<![\w.,-])(?:1[5-9]|2[01])\d\d\s?[-–]\s?(?:(?:1[5-9]|2[01])\d\d|\d\d)(?![\d-])${NOT_A_FIGURE_AFTER}`, '"2011-2012", "2024-25"'],
  ['date-year-after-preposition', DATE, String.raw`(?<=\b[Ii]n\s|\b[Ss]ince\s|\b[Uu]ntil\s|\b[Tt]hrough\s|\b[Dd]uring\s|\b[Bb]efore\s|\b[Aa]fter\s|\b[Bb]y\s)${YEAR}(?![\d,.]\d|\s?%|\s(?:percent|per\scent)\b)`, '"in 2024", "by 2030" (bare years only after a temporal preposition)'],
  ['date-weekday', DATE, `${WEEKDAY}(?:\\s(?:morning|afternoon|evening|night))?`, '"Tuesday", "Tuesday night"'],
];

export function buildInjectionGrammar() {
  const repository = {};
  for (const [key, name, match, comment] of rules) repository[key] = { comment, name, match };
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: ['Generated by syntaxes/build.mjs: edit that file, then run `node syntaxes/build.mjs`.'],
    name: 'Policy Lens figures and dates',
    scopeName: 'policy-lens.injection',
    injectionSelector:
      'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -markup.math -meta.embedded -markup.underline.link -comment',
    patterns: rules.map(([key]) => ({ include: `#${key}` })),
    repository,
  };
}

export function buildPlainTextGrammar() {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: [
      'Generated by syntaxes/build.mjs. Same patterns as the Markdown injection, as a root grammar for plain text.',
      'VS Code ships no grammar for the plaintext language; see syntaxes/README.md before contributing this one.',
    ],
    name: 'Policy Lens plain-text article',
    scopeName: 'text.plain.policy-lens',
    patterns: [{ include: 'policy-lens.injection' }],
  };
}

export const outputs = {
  'policy-lens.injection.tmLanguage.json': buildInjectionGrammar,
  'policy-lens.plaintext.tmLanguage.json': buildPlainTextGrammar,
};

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, build] of Object.entries(outputs)) {
    const path = join(here, file);
    const text = JSON.stringify(build(), null, 2) + '\n';
    if (check) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
      if (current !== text) { stale++; console.error(`${file} is out of date: run node syntaxes/build.mjs`); }
    } else {
      writeFileSync(path, text);
      console.log(`wrote syntaxes/${file}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
