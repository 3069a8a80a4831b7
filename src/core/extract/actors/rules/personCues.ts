// Contexts that make a capitalised name a person or a company without a title: "X of <country>" for a
// company, "X of <organisation>" for a member of it, an electoral contest, a list of plain names.
import { COMPANY_TAILS, isCompanyOnlyTail } from '../../lexicon/companies';
import { PARTY_LEADS } from '../../lexicon/organisations';
import { CONTEST_BEFORE, CUE_BEFORE, CUE_BEFORE_ENDS, OF_SLOT_AFTER, PLURAL_CUE_BEFORE } from '../context';
import { isWs } from '../../figures/chars';
import { personListAt } from '../personList';
import type { ScanState } from '../scanState';
import { cueMayEndBefore } from '../words';
import { orgRun } from './orgRun';

/**
 * "Vestas of Denmark won", "Ivanhoe Mines of Canada said": a one-word name, or a name ending in a company word, before
 * "of <country>" is a company; the country after it is marked on its own.
 */
export function companyOfCountry(s: ScanState, i: number, last: number): boolean {
  const t = s.t;
  if (t.words[last + 1] !== 'of' || !s.spaced(last + 1)) return false;
  if (last > i && !COMPANY_TAILS.has(t.words[last])) return false;
  const at = t.words[last + 2] === 'the' ? last + 3 : last + 2;
  if (at >= t.words.length || !s.spaced(at)) return false;
  const g = s.gazMatch(at);
  if (!g || g.entry.kind !== 'country') return false;
  return !personCueBefore(s, i) && !pluralCueBefore(s, i);
}

/**
 * CUE_BEFORE over the 40 characters before token i ("said Maria Lopez"). Only spaces lie between tokens, so the cue ends
 * with the token before i: unless that token can end one (an ASCII token ends a cue only by being its last word, \b being
 * ASCII; any other only in a–z), or the window cuts into it, the pattern is not run.
 */
export function personCueBefore(s: ScanState, i: number): boolean {
  const start = s.t.starts[i];
  return cueMayEndBefore(s.t, i, CUE_BEFORE_ENDS, 40) && CUE_BEFORE.test(s.text.slice(Math.max(0, start - 40), start));
}

/** PLURAL_CUE_BEFORE over the 40 characters before token i ("the leading candidates, Ana Gil"): it ends in a comma token. */
export function pluralCueBefore(s: ScanState, i: number): boolean {
  const start = s.t.starts[i];
  return s.t.words[i - 1] === ',' && PLURAL_CUE_BEFORE.test(s.text.slice(Math.max(0, start - 40), start));
}

/**
 * "First Quantum Minerals said", "Ridgeback Mining's output": a name of two words or more ending in a company word that is
 * no surname is a company; not in a title-case headline, where "Palm Oil Row" is a commodity.
 */
export function companyTail(s: ScanState, i: number, last: number): boolean {
  const w = s.t.words[last];
  if (last <= i || s.headline) return false;
  if (isCompanyOnlyTail(w)) return true;
  // "Chubu Electric Power", "Kansai Electric Power": a company word inside the name before a tail a surname may have.
  if (!COMPANY_TAILS.has(w)) return false;
  for (let k = i + 1; s.tick() && k < last; k++) if (isCompanyOnlyTail(s.t.words[k])) return true;
  return false;
}

/** "Ana Ruiz Soto of Partido Verde", "Li Wei of the Bank of China": a name before "of" and a known organisation, party or state. */
export function ofSlot(s: ScanState, i: number, last: number, after: string): boolean {
  if (!OF_SLOT_AFTER.test(after) || /^(?:the|The)$/.test(s.w(i - 1))) return false;
  let k = last + 2;
  if (s.w(k) === 'the') k++;
  const w = s.w(k);
  if (PARTY_LEADS.has(w)) return true;
  const g = s.gazMatch(k);
  if (g && (g.entry.kind === 'country' || g.entry.kind === 'org')) return true;
  const run = orgRun(s, k);
  return run !== null && !run.opaque;
}

/** "led Ana Ruiz Soto by 3 points": a contest verb before a three-part name, or before a name and a margin. */
export function contest(i: number, last: number, before: string, after: string): boolean {
  if (!CONTEST_BEFORE.test(before)) return false;
  return last - i >= 2 || /^\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+)?[\d.,]+\s*(?:%|percent|points?|votes?|percentage)/.test(after);
}

/** Does the name at token i belong to a list of plain names (each list, or run of names that is none, read once). */
export function inPersonList(s: ScanState, i: number): boolean {
  const start = s.t.starts[i];
  if (start < s.personListEnd) return true;
  if (start > s.noPersonList.from && start < s.noPersonList.until && afterComma(s.text, start)) return false;
  const { end, noneUntil, scanned } = personListAt(s.text, start, s.gaz, commaMayCloseItem(s, i));
  s.steps.chars += scanned;
  if (noneUntil > start) s.noPersonList = { from: start, until: noneUntil };
  if (end < 0) return false;
  s.personListEnd = end;
  return true;
}

/**
 * Whether a comma may close the first item of a list from token i: the item holds only letters, apostrophes, hyphens and
 * spaces, so no ASCII digit or other punctuation comes before the comma. A long run of words is left to the pattern.
 */
function commaMayCloseItem(s: ScanState, i: number): boolean {
  const t = s.t;
  for (let k = i + 1; s.tick() && k < i + 16; k++) {
    const w = t.words[k];
    if (w === undefined) return false;
    if (w === ',') return true;
    const c = w.charCodeAt(0);
    if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && w !== "'" && w !== '-') return false;
  }
  return true;
}

/** The name at `start` follows a comma (and spaces): the start of a later item in a run of names. */
function afterComma(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isWs(text.charCodeAt(i))) i--; // \s, as the run's separator
  return i < start - 1 && text.charCodeAt(i) === 44;
}
