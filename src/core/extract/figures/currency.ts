// Currency of a money figure: symbol, code, word or phrase, and the shared currency words the document decides.
import type { FigureMention, Mention } from '../../types';
import { sentenceEndsAt } from '../sentence';
import type { Gazetteer } from '../gazetteer';
import type { Steps } from '../steps';
import { COUNTRY_CODE_SIGNS } from './patterns';
import { hasOddSpace, hasWs } from './chars';
import { firstIndex } from '../../util/bounds';
import { foldAccents } from '../../util/foldAccents';
import { AMBIGUOUS_CURRENCIES, CEDI_PREFIXES, MINOR_UNIT_CURRENCIES, minorDivisor, CONTEXT_CURRENCY_WORDS, CURRENCY_NAMES, CURRENCY_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, WORDS_OF_CURRENCY } from '../lexicon';

/** The currency words without their accents (the figure pattern matches them with or without). */
const FOLDED_CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(CURRENCY_WORDS).map(([w, code]) => [foldAccents(w), code]));

/** The default code of a lower-case currency word, written with or without its accents ("bolívars", "bolivars" → VES). */
export function currencyWordCode(lower: string): string | undefined {
  return (Object.hasOwn(CURRENCY_WORDS, lower) ? CURRENCY_WORDS[lower] : undefined) ?? FOLDED_CURRENCY_WORDS.get(foldAccents(lower));
}

export function ambiguousCodes(word: string): readonly string[] | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const key = w === 'rs' || w === '₨' ? 'rupee' : w === 'cfa' ? 'cfa franc' : w.endsWith('s') && !(w in AMBIGUOUS_CURRENCIES) ? w.slice(0, -1) : w;
  const codes = AMBIGUOUS_CURRENCIES[key];
  return codes && codes.length > 1 ? codes : null;
}

/** currencyOf's answer for each symbol, the commonest prefix, made once. */
const SYMBOL_CURRENCIES: ReadonlyMap<string, { code: string; candidates: readonly string[] | null }> = new Map(
  Object.entries(CURRENCY_SYMBOLS).map(([s, code]) => [s, { code, candidates: ambiguousCodes(s) }]));

/** "GY$" → GYD, "GH¢" → GHS: two ISO country letters then a currency sign. */
function countryCodeCurrency(s: string, gaz: Gazetteer): string | null {
  if (CEDI_PREFIXES.includes(s)) return 'GHS';
  if (s.length !== 3 || !COUNTRY_CODE_SIGNS.includes(s[2])) return null;
  return gaz.currencyByCountryCode.get(s.slice(0, 2)) ?? null;
}

/**
 * Whether a country's currency `code` may be written as `lower`: the currency has no word of its own in the lexicon
 * ("Australian dollars" AUD), or `lower` is one of its words ("Argentine pesos" ARS). "Portuguese escudos" and "French
 * francs" name an old currency, not the euro.
 */
function writtenAs(code: string, lower: string): boolean {
  const words = WORDS_OF_CURRENCY.get(code);
  return !words || words.has(lower) || words.has(foldAccents(lower));
}

/**
 * The currency of a symbol, code, word or phrase. `scaled`: a scale word comes before it ("3 billion kips"), which makes
 * a currency plural that is also an English word money without a demonym.
 */
export function currencyOf(raw: string, gaz: Gazetteer, scaled = false): { code: string; candidates: readonly string[] | null } | null {
  const s = raw.trim();
  const symbol = SYMBOL_CURRENCIES.get(s);
  if (symbol) return symbol;
  if (gaz.currencyCodes.has(s)) return { code: s, candidates: null };
  if (Object.hasOwn(CURRENCY_NAMES, s)) return { code: CURRENCY_NAMES[s], candidates: null };
  const byCountry = countryCodeCurrency(s, gaz);
  if (byCountry) return { code: byCountry, candidates: null };
  // Most currency words are one word: the rewrites run only where they change something.
  const lower = hasOddSpace(s) ? s.toLowerCase().replace(/\s+/g, ' ') : s.toLowerCase();
  if (lower in CURRENCY_PHRASES) return { code: CURRENCY_PHRASES[lower], candidates: lower.startsWith('cfa ') ? AMBIGUOUS_CURRENCIES['cfa franc'] : null };
  const words = hasWs(s) ? s.split(/\s+/) : [s];
  const last = words[words.length - 1];
  const lastLower = last.toLowerCase();
  const code = currencyWordCode(lastLower);
  if (!code) return null;
  if (words.length > 1) {
    const country = gaz.countryOfDemonym(words.slice(0, -1).join(' '));
    if (country) {
      const cur = gaz.currencyOf(country);
      // A demonym names the money only in its country's currency; an old one ("5 French francs") is no money we can code.
      if (cur) return writtenAs(cur, lastLower) ? { code: cur, candidates: null } : null;
    }
  }
  if (!scaled && CONTEXT_CURRENCY_WORDS.has(lastLower)) return null;
  return { code, candidates: ambiguousCodes(foldAccents(last)) };
}

/** A preposition before a state that makes it a partner or a destination, not the money's owner. */
const PARTNER_BEFORE = /(?:^|[^\p{L}])(?:to|from|into|with|against)\s+(?:the\s+)?$/iu;

/** How far the sentence of a money figure is read each way for the states it names. */
const SENTENCE_REACH = 300;

/**
 * The code a shared currency word takes from its own sentence: of the states the sentence names (`mentions`, sorted),
 * other than after "to", "from", "into", "with" or "against", exactly one whose currency is a candidate ("set aside 1.2 trillion pesos … for the Argentine section" → ARS in an
 * article filed from Santiago). Null when the sentence names none or several: the article decides.
 */
export function sentenceCurrency(text: string, mentions: readonly Mention[], at: number, codes: readonly string[], gaz: Gazetteer, steps: Steps): string | null {
  let from = at;
  const floor = Math.max(0, at - SENTENCE_REACH);
  while (from > floor && !sentenceEndsAt(text, from - 1)) from--;
  let to = at;
  const ceil = Math.min(text.length, at + SENTENCE_REACH);
  while (to < ceil && !sentenceEndsAt(text, to)) to++;
  let found: string | null = null;
  // From the sentence's first mention (a search, so a paragraph of many such figures stays linear) to its end.
  for (let k = firstIndex(mentions.length, (x) => mentions[x].start >= from); k < mentions.length; k++) {
    const m = mentions[k];
    steps.n++;
    if (m.start >= to) break;
    // A state traded with or travelled to is no owner of the money ("exports to Egypt rose to 3 billion pounds").
    if (m.kind !== 'actor' || m.type !== 'state' || PARTNER_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start))) continue;
    const cur = gaz.currencyOf(m.canonical);
    if (!cur || !codes.includes(cur) || cur === found) continue;
    if (found) return null;
    found = cur;
  }
  return found;
}

/**
 * Gives a money figure the currency its sentence or article chose among a shared word's candidates. A shared minor unit
 * counts thousandths of some of its currencies and hundredths of others ("85 fils": 0.85 AED, 0.085 KWD): its value, made
 * for the first candidate, is scaled to the chosen one.
 */
export function setCurrency(f: FigureMention, code: string): void {
  const from = minorDivisor(f.unit.slice(0, 3));
  const to = minorDivisor(code);
  f.unit = f.unit.replace(/^[A-Z]{3}/, code);
  if (from === to || !f.text.split(/[^\p{L}]+/u).some((w) => Object.hasOwn(MINOR_UNIT_CURRENCIES, foldAccents(w.toLowerCase())))) return;
  const k = from / to;
  const scale = (v: number): number => Math.round(v * k * 1e9) / 1e9;
  f.value = Array.isArray(f.value) ? [scale(f.value[0]), scale(f.value[1])] : scale(f.value);
}
