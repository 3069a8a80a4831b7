// Words left for the document pass to resolve: an organisation head word standing for a named
// organisation ("the Fund"), and an all-caps word that may be a defined acronym.
import { CONNECTORS } from '../../lexicon/connectors';
import { ORG_HEADS } from '../../lexicon/organisations';
import type { ScanState } from '../scanState';
import { isCap } from '../words';
import { looksLikeAcronym } from './acronyms';
import { titleAt } from './title';

/** "the Fund" after the International Monetary Fund: the document pass maps a head word to its organisation. */
function headWordCandidate(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  if (!(ORG_HEADS.has(w) && (((t.words[i - 1] === 'the' || t.words[i - 1] === 'The') && !isCap(s.w(i + 1)) && !CONNECTORS.has(s.w(i + 1))) || (s.spaced(i + 1) && titleAt(s, i + 1))))) return i;
  s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: false });
  return i + 1;
}

/** Longest all-caps word read as a possible defined short form ("COCOBOD", "PETRONAS"). */
const MAX_DEFINED_CAPS = 12;

/**
 * An all-caps word at i that looks like an acronym becomes an acronym candidate; a longer one only counts where the
 * article defines it ("the Ghana Cocoa Board (COCOBOD)"). Returns the next token.
 */
function acronymCandidate(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  if (!/^\p{Lu}{2,}[\p{Lu}&+]*$/u.test(w)) return i + 1;
  if (looksLikeAcronym(s, i)) s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: true });
  else if (w.length > 6 && w.length <= MAX_DEFINED_CAPS && looksLikeAcronym(s, i, MAX_DEFINED_CAPS)) {
    s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: true, definedOnly: true });
  }
  return i + 1;
}

/** A word no rule read: a head-word or an acronym candidate, if it is one. Returns the next token. */
export function leftoverCandidate(s: ScanState, i: number): number {
  const next = ORG_HEADS.has(s.t.words[i]) ? headWordCandidate(s, i) : i;
  return next > i ? next : acronymCandidate(s, i);
}
