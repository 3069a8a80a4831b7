// Party names that open with a lead word in their own language ("Fuerza Popular", "Juntos por el Perú",
// "Parti Islam Se-Malaysia"): they take Romance connectors an English organisation run would stop at.
import { PARTY_CONNECTORS } from '../../lexicon/connectors';
import { FUNCTION_WORDS } from '../../lexicon/names';
import { PARTY_LEADS } from '../../lexicon/organisations';
import type { ScanState } from '../scanState';
import { isCap } from '../words';
import { addOrganisation } from './acronyms';
import { titleAt } from './title';

/** Last token of the party name whose lead word is token i; -1 if none. */
function partyRunEnd(s: ScanState, i: number): number {
  const t = s.t;
  let last = -1;
  for (let k = i + 1; s.tick() && k < t.words.length && k < i + 8; k++) {
    const w = t.words[k];
    // "Parti Islam Se-Malaysia": a tight hyphen joins two capitalised parts.
    if (w === '-' && s.tight(k) && s.tight(k + 1) && isCap(s.w(k + 1))) { k++; last = k; continue; }
    if (!s.spaced(k)) break;
    if (PARTY_CONNECTORS.has(w)) continue;
    if (!isCap(w) || FUNCTION_WORDS.has(w) || titleAt(s, k)) break;
    last = k;
  }
  return last;
}

/** A party name whose lead word ("Fuerza", "Parti") is token i. */
export function partyName(s: ScanState, i: number): number {
  const t = s.t;
  const party = PARTY_LEADS.has(t.words[i]) ? partyRunEnd(s, i) : -1;
  if (party <= i) return i;
  const name = s.text.slice(t.starts[i], t.ends[party]);
  return addOrganisation(s, i, party, name);
}
