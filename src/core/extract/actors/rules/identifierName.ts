// Identifier names ("Article 5", "Vision 2030", "FTSE 100") are opaque: nothing inside them is an actor,
// and the number is no figure. Months, currencies, units and fiscal periods before a number are not names.
import { FUNCTION_WORDS } from '../../lexicon/names';
import { ID_NAMES } from '../../lexicon/organisations';
import { MONTH_NAMES } from '../../lexicon/time';
import { UNIT_AFTER } from '../context';
import type { ScanState } from '../scanState';
import { CURRENCY_PREFIX_WORDS, isDigit } from '../words';

/** A capitalised word at token i followed by a bare number: marks the pair as a blocker. */
export function identifierName(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  const nextW = s.w(i + 1);
  if (isDigit(nextW.charCodeAt(0)) && /^\d+$/.test(nextW) && s.spaced(i + 1) && !UNIT_AFTER.test(s.text.slice(t.ends[i + 1], t.ends[i + 1] + 16)) && !MONTH_NAMES.has(w.toLowerCase().replace('.', '')) && !s.gaz.currencyCodes.has(w) && !CURRENCY_PREFIX_WORDS.has(w) && !/^(?:FY|Q[1-4]|H[12]|Rs|RM|Rp|KSh|Dh|R|US|No|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)$/.test(w) && !FUNCTION_WORDS.has(w) && !/^-\p{L}/u.test(s.text.slice(t.ends[i + 1], t.ends[i + 1] + 2)) && (ID_NAMES.has(w) || !s.sentenceInitial(i))) {
    const g0 = s.gazMatch(i);
    if (!g0 || g0.entry.kind !== 'country') {
      s.out.blockers.push({ start: t.starts[i], end: t.ends[i + 1] });
      return i + 2;
    }
  }
  return i;
}
