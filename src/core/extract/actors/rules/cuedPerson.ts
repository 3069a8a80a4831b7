// Persons without a title (guideline 7): a name word opens a name, which a cue makes a person ("said
// Maria Lopez", "Maria Lopez, an analyst", "Lopez's plan"); without a cue it stays a candidate the
// document pass may resolve. A company or organisation context ("Vestas of Denmark", "X, the
// development organisation") wins over the person reading.
import { CUE_AFTER, HARM_OF_BEFORE, LEGISLATURE_APPOSED_AFTER, ORG_APPOSITION_AFTER } from '../context';
import { MEDIA_WORDS } from '../../lexicon/organisations';
import { PLACE_HEADS_AFTER, PLACE_NAME_ENDS, PLACE_OF_NOUNS, PLACE_PREPOSITIONS } from '../../lexicon/places';
import { PERSON_ROLE_NOUNS } from '../../lexicon/titles';
import type { ScanState } from '../scanState';
import { isAscii, isCap } from '../words';
import { companyOfCountry, companyTail, contest, inPersonList, ofSlot, personCueBefore, pluralCueBefore } from './personCues';
import { generationalSuffix, particlesBefore, personNameEnd } from './personName';
import { portfolioBeforeTitle, titleAt } from './title';
import { WORDS_AFTER_HARMED_NAME } from '../../lexicon/function';
import { PERSON_CUE_VERBS, SPEECH_VERBS } from '../../lexicon/verbs';

/**
 * "outside Kalma Wells", "the Baltic Link", "the people of Nova Sofala", "Kivu Sul province": the run i..last names a place
 * or a thing (guidelines 3, 8). An apposition or a list after it ("…, a city under siege") then says nothing of a person.
 */
function placeOrThing(s: ScanState, i: number, last: number): boolean {
  const prev = s.w(i - 1);
  if (s.spaced(i) && (prev === 'the' || prev === 'The' || PLACE_PREPOSITIONS.has(prev))) return true;
  if (prev === 'of' && s.spaced(i) && PLACE_OF_NOUNS.has(s.w(i - 2).toLowerCase()) && s.spaced(i - 1)) return true;
  return PLACE_HEADS_AFTER.has(s.w(last + 1)) && s.spaced(last + 1);
}

/** The verbs of CUE_AFTER, as a set. */
const CUE_VERBS = new Set(PERSON_CUE_VERBS.split('|'));

/**
 * Whether the token after the name ending at `last` can open a CUE_AFTER match (only spaces lie between tokens): a
 * comma, an apostrophe or a verb of it (\b is ASCII, so a token with other letters may start with one, in a–z).
 */
function cueMayFollow(s: ScanState, last: number): boolean {
  const n = s.t.words[last + 1];
  if (n === undefined) return false;
  if (n === ',' || n === "'" || n === '’' || CUE_VERBS.has(n)) return true;
  const c = n.charCodeAt(0);
  return c >= 97 && c <= 122 && !isAscii(n);
}

/** A cue right after the name that is no apposition: a reporting verb or a possessive ("X said", "X's government"). */
const DIRECT_CUE_AFTER = /^(?:\s+\p{Ll}|['’]s\s)/u;

/**
 * An apposition only a person takes, after the name at `last`: ", who had …" (a relative clause with an auxiliary or a
 * past verb), or a title closed by a comma, bracket or dash (", the prime minister, fell"). "Confidence in Tomas Ferrer,
 * the prime minister, fell" keeps its person after a place preposition; "held in Vila Nunes, the minister said" and
 * "across Lomba Seca, who owns the land is disputed" do not make one.
 */
export function personApposition(s: ScanState, last: number): boolean {
  if (s.w(last + 1) !== ',') return false;
  let k = last + 2;
  const w = s.w(k);
  if (w === 'who') return WHO_VERB.test(s.w(k + 1));
  if (w === 'the' || w === 'a' || w === 'an') k++;
  const title = titleAt(s, k);
  if (!title) return false;
  const after = s.w(title.end + 1);
  return after === ',' || after === ')' || after === '—' || after === '–';
}

/** After "who": an auxiliary or a past-tense verb, as a relative clause about a person has ("who had promised", "who led"). */
const WHO_VERB = /^(?:had|has|have|was|is|were|will|would|could|can|may|might|must|should|\p{Ll}+ed|led|won|lost|ran|took|said|told|became|fled|left|met)$/u;

/**
 * "the killing of Ana Ruiz Soto outside …": a name of two or three words after an act done to a person, before
 * punctuation, a capitalised word, a preposition or a verb. A lower-case word the name modifies makes it no person: a
 * noun ("the killing of World Central Kitchen aid workers") or a title ("the detention of Radio Free Europe journalist X").
 */
function harmedPerson(s: ScanState, i: number, last: number, before40: string): boolean {
  if (last - i > 2 || s.t.words[i - 1] !== 'of' || !HARM_OF_BEFORE.test(before40)) return false;
  const next = s.w(last + 1);
  return !(s.spaced(last + 1) && /^\p{Ll}/u.test(next)) || WORDS_AFTER_HARMED_NAME.has(next) || /^\p{Ll}+ed$/u.test(next);
}

/**
 * A role of one to three lower-case words held for, of or at a named body, apposed to the name and followed by a
 * reporting verb: "Michael Chong, foreign affairs critic for the opposition Conservative Party, said" (the body's acronym in
 * brackets may follow it: "…, research director at the Institute of Development Studies (IDS), said").
 */
const ROLE_FOR_BODY_SAID = new RegExp(String.raw`^\s*,\s+(?:\p{Ll}+[\s-]+){1,3}(?:for|of|at)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}[^,;.()]{0,60}(?:\s*\([^,;.()]{1,12}\))?,\s+(?:${SPEECH_VERBS})\b`, 'u');

/** The same role held for a possessive owner: "Selvaraj Kugan, ITAK's chief ministerial candidate, said". */
const OWNERS_ROLE_SAID = new RegExp(String.raw`^\s*,\s+\p{Lu}[\p{L}.&-]*['’]s\s+(?:\p{Ll}+[\s-]+){0,3}(?:${PERSON_ROLE_NOUNS}),\s+(?:${SPEECH_VERBS})\b`, 'u');

/** Whether the name ending at token `last` takes such a role before a reporting verb (a comma after it first, the cheap test). */
function roleForBody(s: ScanState, last: number): boolean {
  if (s.t.words[last + 1] !== ',') return false;
  const after = s.text.slice(s.t.ends[last], s.t.ends[last] + 120);
  return ROLE_FOR_BODY_SAID.test(after) || OWNERS_ROLE_SAID.test(after);
}

/** Whether some token from..to (inclusive) passes the test. */
function anyToken(from: number, to: number, test: (k: number) => boolean): boolean {
  for (let k = from; k <= to; k++) if (test(k)) return true;
  return false;
}

/** The name i..last (two words or more): a person when a cue says so, else a candidate. Returns the next token. */
function namedPerson(s: ScanState, i: number, last: number): number {
  const t = s.t;
  const start = t.starts[i];
  const end = t.ends[last];
  const text = s.text.slice(start, end);
  // "Sudan's Warring Factions" in a title-case headline is no "Russia's Sergei Lavrov": there the possessive is no cue.
  const possessiveBefore = !s.headline && (t.words[i - 1] === 's' && (t.words[i - 2] === "'" || t.words[i - 2] === '’') && isCap(s.w(i - 3)));
  const before40 = s.text.slice(Math.max(0, start - 40), start);
  const after40 = s.text.slice(end, end + 40);
  const personAnd = s.cuePersonEnd >= 0 && /^,?\s+and\s+$/.test(s.text.slice(s.cuePersonEnd, start));
  const cueAfter = cueMayFollow(s, last) && CUE_AFTER.test(after40);
  // A run a title and a name follow is the title's portfolio or employer ("Kenya's Home Affairs Minister Vivek Mathur"): never cued.
  // "Khalid Sheikh Mohammed's trial": "Sheikh" inside the name (personNameEnd keeps it there) says a person's.
  const cued = !portfolioBeforeTitle(s, last) && (possessiveBefore || anyToken(i + 1, last - 1, (k) => t.lower[k] === 'sheikh') || cueAfter || personCueBefore(s, i) || personAnd || ofSlot(s, i, last, after40) || contest(i, last, before40, after40) || pluralCueBefore(s, i) || harmedPerson(s, i, last, before40) || generationalSuffix(s, i, last) || inPersonList(s, i) || roleForBody(s, last));
  // A place or a thing by its neighbours stays a person only by a reporting verb or possessive right after it, or an
  // apposition only a person takes.
  // A name ending in a settlement's or a zone's head is a place, whatever cue ("Gelephu Mindfulness City, a special zone");
  // one with a broadcaster's word is an outlet ("Tasnim News said", "Radio Okapi reported").
  if (cued && !PLACE_NAME_ENDS.has(t.words[last]) && !anyToken(i, last, (k) => MEDIA_WORDS.has(t.words[k])) && (!placeOrThing(s, i, last) || (cueAfter && DIRECT_CUE_AFTER.test(after40)) || personApposition(s, last))) {
    s.addActor(i, last, 'person', text);
    s.cuePersonEnd = end;
  } else {
    s.out.candidates.push({ start, end, text, acronym: false });
  }
  return last + 1;
}

/** A one-word name at i: a candidate, marked cued in a person slot, with the lower-case particles written before it. */
function oneWordCandidate(s: ScanState, i: number): number {
  const t = s.t;
  const after = cueMayFollow(s, i) ? s.text.slice(t.ends[i], t.ends[i] + 40) : null;
  const cued = (after !== null && (CUE_AFTER.test(after) || /^['’]s\s/.test(after))) || personCueBefore(s, i);
  // "de la Torre", "al-Mannai": lower-case particles before a surname belong to it (the document pass maps it to the full name).
  const from = particlesBefore(s, i);
  const start = t.starts[from];
  const text = s.text.slice(start, t.ends[i]);
  s.out.candidates.push(cued ? { start, end: t.ends[i], text, acronym: false, cued } : { start, end: t.ends[i], text, acronym: false });
  return i + 1;
}

/** An apposition at offset `at` that makes the name before it an organisation; both patterns open with a comma, tested first. */
function orgApposed(s: ScanState, at: number): boolean {
  if (s.text.charCodeAt(at) !== 44) return false;
  const after = s.text.slice(at, at + 60);
  return ORG_APPOSITION_AFTER.test(after) || LEGISLATURE_APPOSED_AFTER.test(after);
}

/** The name opened by the name word at token i. Returns the next token. */
export function cuedPerson(s: ScanState, i: number): number {
  const t = s.t;
  const last = personNameEnd(s, i);
  const end = Math.max(last, i);
  if (companyTail(s, i, end) || companyOfCountry(s, i, end) || orgApposed(s, t.ends[end])) {
    const name = s.text.slice(t.starts[i], t.ends[end]);
    s.addActor(i, end, 'organization', name);
    return end + 1;
  }
  return last > i ? namedPerson(s, i, last) : oneWordCandidate(s, i);
}
