// Currency of a money figure: symbol, code, word or phrase, and the shared currency words the document decides.
import type { Gazetteer } from '../gazetteer';
import { AMBIGUOUS_CURRENCIES, CURRENCY_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../lexicon';

export function ambiguousCodes(word: string): readonly string[] | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const key = w === 'rs' || w === '₨' ? 'rupee' : w === 'cfa' ? 'cfa franc' : w.endsWith('s') && !(w in AMBIGUOUS_CURRENCIES) ? w.slice(0, -1) : w;
  const codes = AMBIGUOUS_CURRENCIES[key];
  return codes && codes.length > 1 ? codes : null;
}

export function currencyOf(raw: string, gaz: Gazetteer): { code: string; candidates: readonly string[] | null } | null {
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
