// The canonical name of an organisation read from its pattern, so that one organisation written in
// several ways is one entity: spelled-out abbreviations, "X Ministry" → "Ministry of X", and the
// country that a generic name ("Ministry of Defence") belongs to.
import { GENERIC_INSTITUTION, GENERIC_ORG } from '../../lexicon/institutions';
import { expandOrgName } from '../orgName';
import type { ScanState } from '../scanState';
import { isCap } from '../words';

/** "Foreign Ministry", "Foreign Office": a portfolio written before its ministry (compiled once, not per name). */
const MINISTRY = /^(?:(Foreign|Defen[cs]e|Finance|Trade|Interior|Justice|Health|Energy|Economy|Commerce|Industry|Agriculture|Education|Environment|Labou?r|Transport|Petroleum|Oil|Mining|Information|Home|Communications) Ministry|(Foreign) Office)$/;

/**
 * A name that needs a country: one opened by a generic word ("Ministry …", "Supreme Court") or a whole generic
 * institution ("Council of Representatives", "High Court") that a possessive gives its state. (Only a possessive: after
 * a demonym a whole institution may be the name the body gives itself, "Sudanese Armed Forces".)
 */
function needsCountry(rest: string): boolean {
  return GENERIC_ORG.test(rest) || GENERIC_INSTITUTION.test(rest);
}

/** A name's first two words (group 1) and its first word (group 2), before further words. */
const FIRST_WORDS = /^((\S+)(?:\s+\S+)?)\s/;

/** Canonical of the organisation `name` starting at token i. */
export function orgCanonical(s: ScanState, i: number, name: string): string {
  let rest = expandOrgName(name);
  let country: string | null = null;
  // The first two words, then the first one (its own group: no split, and no second lookup when they are the same).
  const firstWord = FIRST_WORDS.exec(rest);
  for (let n = 1; firstWord && n <= 2; n++) {
    const cand = firstWord[n];
    if (n === 2 && cand === firstWord[1]) break;
    const e = s.gaz.get(cand);
    if (!e) continue;
    const after = rest.slice(cand.length + 1);
    // "Saudi Finance Ministry", "Kenya Foreign Ministry": a country's name (or its short form, which may double as its
    // adjective) before a portfolio and "Ministry" qualifies it as a demonym does; before other generic words the
    // country's name may be part of the body's own name ("Saudi Central Bank").
    if ((e.kind === 'demonym' && GENERIC_ORG.test(after)) || (e.kind === 'country' && MINISTRY.test(after))) { country = e.canonical; rest = after; break; }
  }
  if (!country && (s.w(i - 1) === 's') && (s.w(i - 2) === "'" || s.w(i - 2) === '’')) {
    let k = i - 3;
    while (s.tick() && k > 0 && s.tight(k + 1) === false && isCap(s.w(k - 1)) && s.spaced(k)) k--;
    const g = s.gazMatch(k);
    if (g && g.end === i - 3 && g.entry.type === 'state' && needsCountry(rest)) country = g.entry.canonical;
  }
  const ministry = MINISTRY.exec(rest);
  if (ministry) {
    const area = ministry[1] ?? ministry[2];
    rest = `Ministry of ${area === 'Foreign' ? 'Foreign Affairs' : area}`;
  }
  return country ? `${rest} (${country})` : rest;
}
