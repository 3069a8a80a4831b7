// The tokens of a person's name: 1–4 capitalised words with particles, initials and tight joins
// (hyphens, apostrophes); and the lower-case particles written just before a lone surname.
import { FAMILY_FIRST_SURNAMES, GENERATIONAL_SUFFIXES, HYPHEN_PARTICLES, HYPHEN_SUFFIXES, NAME_NUMERALS, NUMERAL_GIVEN_NAMES, PARTICLES, REGNAL_TITLES } from '../../lexicon/names';
import { HONORIFIC } from '../context';
import type { ScanState } from '../scanState';
import { hasLower, inTitleFirst, isCap } from '../words';
import { titleAt } from './title';
import { QUESTION_AUXILIARIES } from '../../lexicon/function';

/** Joins inside a name that do not need a space: returns the token the name now reaches, or -1. */
function tightJoin(s: ScanState, k: number, count: number): number {
  const w = s.t.words[k];
  if ((w === '-' || w === '’' || w === "'") && s.tight(k) && s.tight(k + 1) && s.isNameWordAt(k + 1)) return k + 1;
  if (s.innerApostrophe(k)) return k + 1;
  // "Faruk-e-Azam", "Zia-ul-Haq": a lower-case linking particle between hyphens inside one name.
  if (w === '-' && s.tight(k) && s.tight(k + 1) && HYPHEN_PARTICLES.has(s.w(k + 1)) && s.w(k + 2) === '-' && s.tight(k + 2) && s.tight(k + 3) && s.isNameWordAt(k + 3)) return k + 3;
  // Korean given names: "Kim Min-seok", "Lee Jae-myung".
  if (w === '-' && count >= 2 && s.tight(k) && s.tight(k + 1) && /^\p{Ll}{2,6}$/u.test(s.w(k + 1)) && !HYPHEN_SUFFIXES.has(s.w(k + 1))) return k + 1;
  return -1;
}

/** Last token of the person name starting at token i, or -1 when no name starts there. */
/** Most initials before a name word ("C. R. Patil"). */
const MAX_INITIALS = 3;

/** "S. Jaishankar", "C. R. Patil": initials at i (a capital and a full stop each) and then a name word. */
function initialsThenName(s: ScanState, i: number): boolean {
  let k = i;
  for (let n = 0; s.tick() && n < MAX_INITIALS && /^\p{Lu}$/u.test(s.w(k)) && s.w(k + 1) === '.' && s.tight(k + 1); n++) k += 2;
  return k > i && s.spaced(k) && s.isNameWordAt(k);
}

export function personNameEnd(s: ScanState, i: number): number {
  const t = s.t;
  const w0 = s.w(i);
  // "Park Ji-hoon": a family name spelled like a place head still opens a name before a further name word.
  const familyFirst = FAMILY_FIRST_SURNAMES.has(w0) && s.spaced(i + 1) && s.isNameWordAt(i + 1);
  if ((!s.isNameWordAt(i) && !familyFirst && !initialsThenName(s, i)) || s.gazMatch(i)?.entry.kind === 'country') return -1;
  // "Las Bambas", "Los Pelambres": a Spanish plural article opens the names of places and things, not of people.
  if (w0 === 'Las' || w0 === 'Los') return -1;
  // "Jr.", "Sr." end a name; alone they are none ("King Jr." is no king).
  if (GENERATIONAL_SUFFIXES.has(w0)) return -1;
  // "Will Dhaka sign the loan?": an auxiliary opening a question, before a known name, opens no name.
  if (QUESTION_AUXILIARIES.has(w0) && s.sentenceInitial(i) && s.spaced(i + 1) && s.gazMatch(i + 1)) return -1;
  let last = i;
  let count = 1;
  // An opening initial: the walk goes on after its full stop.
  const from = s.isNameWordAt(i) || familyFirst ? i + 1 : i + 2;
  if (from === i + 2) last = i + 1;
  for (let k = from; s.tick() && k < t.words.length && count < 5; k++) {
    const w = t.words[k];
    const joined = tightJoin(s, k, count);
    if (joined >= 0) { k = joined; last = k; continue; }
    if (!s.spaced(k)) break;
    if (PARTICLES.has(w) && k + 1 < t.words.length && (s.isNameWordAt(k + 1) || (s.w(k + 1) === '-' && s.isNameWordAt(k + 2)))) continue;
    // An initial ("J. Smith"): the dot is tested first, the cheap test.
    if (s.w(k + 1) === '.' && s.tight(k + 1) && w.length === 2 && w.endsWith('.') === false && /^\p{Lu}$/u.test(w[0])) { k++; last = k; continue; }
    if (s.w(k + 1) === '.' && s.tight(k + 1) && /^\p{Lu}$/u.test(w)) { k++; last = k; continue; }
    if (!s.isNameWordAt(k)) break;
    // "Kazakh Energy Minister Erlan Ormanov": a title inside the run starts a new mention; an honorific after a
    // name word is part of the name ("Mehbooba Mufti", "Abdullahi Haji Hassan", "Ana Pastor"): it only opens one.
    // "Martin Luther King Jr.": a title word before a generational suffix is the name's surname.
    if (inTitleFirst(t.lower[k]) && !(GENERATIONAL_SUFFIXES.has(s.w(k + 1)) && s.spaced(k + 1))) {
      const title = titleAt(s, k);
      // "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" between a given name and another name word is a name's.
      if (title && !HONORIFIC.test(title.role) && !(count === 1 && t.lower[k] === 'sheikh' && s.spaced(k + 1) && s.isNameWordAt(k + 1))) break;
    }
    const g = s.gazMatch(k);
    // A one-word organisation alias inside a name is a surname ("Jaques Wagner", "Maria Shell").
    if (g && (g.entry.kind !== 'capital' || g.end > k) && !(g.entry.kind === 'org' && g.end === k && hasLower(w))) break;
    last = k;
    count++;
  }
  // "John Smith III", "King Mohammed VI": a numeral after a full name, or after a monarch's title and one name, ends the name.
  if (NAME_NUMERALS.has(s.w(last + 1)) && s.spaced(last + 1) && (count >= 2 || REGNAL_TITLES.has(s.t.lower[i - 1] ?? ''))) last++;
  return last;
}

/**
 * "Ferdinand Marcos Sr.", "John Smith III": the name i..last ends in a generational suffix (a suffix only a person's
 * name takes), or in a numeral after at least two name words the first of which is a common given name (not "Grand
 * Inga III", "Bretton Woods II": projects and systems are numbered too).
 */
export function generationalSuffix(s: ScanState, i: number, last: number): boolean {
  const w = s.t.words[last];
  if (w === '.') return last - i >= 3 && GENERATIONAL_SUFFIXES.has(s.t.words[last - 1]) && s.tight(last);
  return last - i >= 2 && NAME_NUMERALS.has(w) && NUMERAL_GIVEN_NAMES.has(s.t.words[i]);
}

/** First token of the lower-case particles ("de la", "al-") written just before token i; i when there are none. */
export function particlesBefore(s: ScanState, i: number): number {
  const t = s.t;
  let k = i;
  // "al-Mannai": a particle joined by a hyphen.
  if (t.words[k - 1] === '-' && s.tight(k) && s.tight(k - 1) && (t.words[k - 2] === 'al' || t.words[k - 2] === 'el')) return k - 2;
  while (s.tick() && k - i > -3 && k > 0 && PARTICLES.has(t.words[k - 1]) && !s.tight(k)) k--;
  // A particle after a capitalised word is inside a full name the other rules read ("Humberto de la Calle").
  return k < i && !isCap(s.w(k - 1)) ? k : i;
}

/** "Park said": a family name spelled like a place head is resolved by the document pass (or dropped). */
export function familyNameFirst(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  if (!(FAMILY_FIRST_SURNAMES.has(w) && !s.isNameWordAt(i) && (!isCap(s.w(i + 1)) || (s.spaced(i + 1) && s.isNameWordAt(i + 1))))) return i;
  const last = personNameEnd(s, i);
  if (last > i) { s.out.candidates.push({ start: t.starts[i], end: t.ends[last], text: s.text.slice(t.starts[i], t.ends[last]), acronym: false }); return last + 1; }
  s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: false });
  return i + 1;
}
