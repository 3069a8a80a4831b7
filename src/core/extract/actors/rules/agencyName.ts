// Government agencies named "<domain words> <Country>" ("Statistics Norway", "Health Canada", "Global Affairs Canada",
// "Immigration, Refugees and Citizenship Canada"): one organisation that names itself (guidelines 1, 12), not the state.
// Only domain words open it, so "India and Canada", "visited Canada" and "told Canada" are untouched.
import { FUNCTION_WORDS } from '../../lexicon/names';
import { AGENCY_DOMAINS, AGENCY_MODIFIERS } from '../../lexicon/organisations';
import type { ScanState } from '../scanState';
import { isCap } from '../words';
import { addOrganisation } from './acronyms';

/** The longest agency name in words before its country: real ones stay far below it. */
const MAX_DOMAIN_WORDS = 8;

/** The agency name opened by the domain word at token i. Returns the next token, or i when there is none. */
export function agencyName(s: ScanState, i: number): number {
  const t = s.t;
  // "Natural" of a known name ("New Zealand", a curated body) is that name's; a domain word inside a longer capitalised
  // run ("Northern Affairs Canada") opens no part of it.
  if (s.gazMatch(i) || (s.spaced(i) && isCap(s.w(i - 1)) && !FUNCTION_WORDS.has(s.w(i - 1)))) return i;
  let k = i;
  for (let words = 1; s.tick() && words <= MAX_DOMAIN_WORDS; words++) {
    const n = k + 1;
    const next = t.words[n] ?? '';
    // "Immigration, Refugees and Citizenship": domain words listed with a comma or "and".
    if ((next === ',' && s.tight(n) && s.spaced(n + 1)) || (next === 'and' && s.spaced(n) && s.spaced(n + 1))) {
      if (!AGENCY_DOMAINS.has(t.words[n + 1] ?? '')) return i;
      k = n + 1;
      continue;
    }
    // "Agriculture and Agri-Food Canada": a hyphenated domain word.
    if (next === '-' && s.tight(n) && s.tight(n + 1) && isCap(s.w(n + 1))) { k = n + 1; continue; }
    if (!s.spaced(n)) return i;
    if (AGENCY_DOMAINS.has(next)) { k = n; continue; }
    const g = s.gazMatch(n);
    if (!g || g.entry.kind !== 'country' || AGENCY_MODIFIERS.has(t.words[k])) return i;
    // "Climate Change Australia's biggest threat": a possessive country owns what follows; no agency is named.
    if ((t.words[g.end + 1] === "'" || t.words[g.end + 1] === '’') && t.words[g.end + 2] === 's') return i;
    const name = s.text.slice(t.starts[i], t.ends[g.end]);
    return addOrganisation(s, i, g.end, name);
  }
  return i;
}
