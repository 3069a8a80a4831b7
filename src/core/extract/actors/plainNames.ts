// Names that carry no title or cue word but whose form or neighbours say what they are (guideline 6, 12):
// a quoted nickname between two name words ('Eliécer "El Flaco" Mosquera'), a name followed by its affiliation
// ("Kyle Johnson, of the Conflict Responses Foundation, said"), the last member of a list of people written with
// particles ("…, Iván Cepeda and Humberto de la Calle") and a name followed by a lower-case organisation noun
// ("the United Steelworkers union").
import { type Gazetteer, phraseKey } from '../gazetteer';
import { FUNCTION_WORDS, PARTICLES, SURNAME_PARTICLE_WORDS } from '../lexicon/names';
import { PEOPLE_ADJECTIVES } from '../lexicon/numbers';
import { TIME_NAME_ENDS } from '../lexicon/time';
import { ORG_HEADS } from '../lexicon/organisations';
import { actorAt, replaceActors } from './spanEdit';
import type { ActorResult, Candidate } from './types';
import type { ActorMention } from '../../types';
import type { Steps } from '../steps';
import { firstIndex } from '../../util/bounds';

const NAME_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?`;
const PARTICLE = `(?:${SURNAME_PARTICLE_WORDS.join('|')})`;
/** A given name, a nickname in quotes, a surname (and a second one). */
const NICKNAMED = new RegExp(String.raw`(?<![\p{L}])(${NAME_WORD})\s+["“]([^"“”\n]{1,24})["”]\s+(${NAME_WORD}(?:\s+${NAME_WORD})?)(?![\p{L}])`, 'uy');
/** A person's name of two to four words, particles allowed: "Kyle Johnson", "Pieter van Leeuwen". */
const PERSON_SHAPE = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,3}$`, 'u');
/** Particles and a surname right after a one-word name (sticky: tried at the name's end). */
const PARTICLE_TAIL = new RegExp(String.raw`\s+(?:${PARTICLE}\s+)+${NAME_WORD}`, 'uy');
/** After a name: its affiliation ", of the X," or " of X said". */
const OF_AFTER = /^(,)?\s+of\s+(?:the\s+)?$/;
const SAYS_AFTER = /^(?:,\s+)?\s*(?:said|says|told|added|wrote|argued|noted|warned|expects?|believes?|thinks?|estimates?)(?![\p{L}])/u;
/** Lower-case nouns that make the capitalised name before them an organisation. */
const ORG_NOUN_AFTER = /^\s+(?:union|trade union|party|militia|movement|rebel group|armed group|group|company|firm|conglomerate|bank|lender|think tank|alliance|coalition|federation|cartel)(?![\p{L}])/u;

/** Whether no word of a name is a known place or body, an organisation head or a function word. */
function plain(name: string, gaz: Gazetteer): boolean {
  if (gaz.get(phraseKey(name))) return false;
  return name.split(/\s+/).every((w) => PARTICLES.has(w) || (!FUNCTION_WORDS.has(w) && !ORG_HEADS.has(w) && !gaz.get(w) && !gaz.countryOfDemonym(w)));
}

/** Index of the first actor starting at or after `pos` (actors are sorted by start). */
function firstFrom(actors: readonly ActorMention[], pos: number): number {
  return firstIndex(actors.length, (i) => actors[i].start >= pos);
}

/** Whether an actor covers all of [start, end) (actors are sorted and do not overlap). */
function covered(actors: readonly ActorMention[], start: number, end: number, type?: ActorMention['type']): boolean {
  const k = firstFrom(actors, start + 1) - 1;
  return k >= 0 && actors[k].end >= end && (type === undefined || actors[k].type === type);
}

/** Whether an actor shares a code unit with [start, end). */
function overlapsActor(actors: readonly ActorMention[], start: number, end: number): boolean {
  const k = firstFrom(actors, end) - 1;
  return k >= 0 && actors[k].end > start;
}

/** Whether the code unit may be part of the spaces between a name and its nickname's opening quote (\s, or any non-ASCII unit). */
function spaceLike(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && c !== 0x201c);
}

/** Whether the code unit may be part of a name word (NAME_WORD: letters, ' ’ and -; any non-ASCII unit but “). */
function nameLike(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || (c > 127 && c !== 0x201c);
}

/**
 * The first NICKNAMED match whose opening quote is at q, tried from `from` on. Before the quote the pattern holds one
 * name word (no ASCII space in it) and spaces, so it can only start in the spaces and the one word before q: the pattern
 * is tried there, not at every position of the text or of the sentence before the quote.
 */
function nicknameAt(text: string, q: number, from: number, steps: Steps): RegExpExecArray | null {
  let p = q;
  while (p > from && spaceLike(text.charCodeAt(p - 1))) p--;
  while (p > from && nameLike(text.charCodeAt(p - 1))) p--;
  steps.chars += q - p;
  for (; p < q; p++) {
    const c = text.charCodeAt(p);
    if (!((c >= 65 && c <= 90) || c > 127)) continue; // a name starts with an upper-case letter
    NICKNAMED.lastIndex = p;
    const m = NICKNAMED.exec(text);
    if (m) return m;
  }
  return null;
}

/** Persons with a quoted nickname inside the name; the canonical drops the nickname. Matches as a left-to-right scan would. */
function nicknamed(text: string, result: ActorResult, gaz: Gazetteer, added: ActorMention[], steps: Steps): void {
  let from = 0;
  const quotes = openingQuotes(text, steps);
  for (let q = quotes(0); q >= 0; q = quotes(q + 1)) {
    const m = nicknameAt(text, q, from, steps);
    if (!m) continue;
    const end = m.index + m[0].length;
    from = end;
    q = end - 1;
    if (covered(result.actors, m.index, end, 'person')) continue;
    if (!plain(m[1], gaz) || !plain(m[3], gaz)) continue;
    added.push(actorAt(text, m.index, end, 'person', `${m[1]} ${m[3]}`));
  }
}

/** An opening quote; a class, not indexOf: a search for “ alone stops at every space (its code unit holds a space's byte). */
const OPENING_QUOTE = /["“]/;
const NEXT_OPENING_QUOTE = /["“]/g;

/**
 * The opening quotes of a text in order: each call gives the first '"' or '“' at or after `from`
 * (never less than the last `from`), or -1. One search for both kinds, so the text is read once.
 */
export function openingQuotes(text: string, steps: Steps): (from: number) => number {
  let next = -2;
  return (from) => {
    if (next !== -1 && next < from) {
      NEXT_OPENING_QUOTE.lastIndex = from;
      next = NEXT_OPENING_QUOTE.test(text) ? NEXT_OPENING_QUOTE.lastIndex - 1 : -1;
      // The code units the search passed over are counted (tests bound them per token).
      steps.chars += (next < 0 ? text.length : next + 1) - from;
    }
    return next;
  };
}

/** Candidates that are persons by what follows them: an affiliation and a reporting verb, or a list of people they end. */
function byNeighbours(text: string, result: ActorResult, gaz: Gazetteer, added: ActorMention[]): void {
  const actors = result.actors;
  const cands = result.candidates;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.acronym) continue;
    // "Humberto" then " de la Calle": a given name and a particle surname the scanner left as pieces.
    PARTICLE_TAIL.lastIndex = c.end;
    const tail = !c.text.includes(' ') ? PARTICLE_TAIL.exec(text) : null;
    const name: Candidate = tail ? { ...c, end: c.end + tail[0].length, text: text.slice(c.start, c.end + tail[0].length) } : c;
    // The neighbours first: few names have them, and the shape and word tests cost more.
    if (!(affiliated(text, name, actors) || endsPersonList(text, name, actors))) continue;
    if (PERSON_SHAPE.test(name.text) && plain(name.text, gaz)) added.push(actorAt(text, name.start, name.end, 'person', name.text));
  }
}

/** "Name, of the Org, said" / "Name of Org said": an organisation found right after, then a comma or a reporting verb. */
function affiliated(text: string, name: Candidate, actors: readonly ActorMention[]): boolean {
  if (!/^,?\s+of\s/.test(text.slice(name.end, name.end + 6))) return false;
  const org = actors[firstFrom(actors, name.end + 1)];
  if (!org || org.start - name.end > 10 || org.type !== 'organization') return false;
  const of = OF_AFTER.exec(text.slice(name.end, org.start));
  if (!of) return false;
  const after = text.slice(org.end, org.end + 30);
  return of[1] ? after.startsWith(',') : SAYS_AFTER.test(after);
}

/** "A B, C D and E de la F": the name closes a list whose earlier members are persons. */
function endsPersonList(text: string, name: Candidate, actors: readonly ActorMention[]): boolean {
  if (!/\sand\s+$/.test(text.slice(Math.max(0, name.start - 6), name.start))) return false;
  const k = firstFrom(actors, name.start);
  const before = actors.slice(Math.max(0, k - 2), k);
  if (before.length < 2 || before.some((a) => a.type !== 'person' || a.end > name.start)) return false;
  return /^,\s+$/.test(text.slice(before[0].end, before[1].start)) && /^,?\s+and\s+$/.test(text.slice(before[1].end, name.start));
}

/** Capitalised names followed by a lower-case organisation noun ("the Unite union", "the Sahel Defence group"). */
function beforeOrgNoun(text: string, result: ActorResult, gaz: Gazetteer, added: ActorMention[]): void {
  for (const c of result.candidates) {
    if (c.acronym || !ORG_NOUN_AFTER.test(text.slice(c.end, c.end + 20)) || gaz.get(phraseKey(c.text))) continue;
    if (!/(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) continue;
    // "the New Year party", "the Arab Spring movement": a time or an event, no body; "the Muslim party": a people's or a
    // faith's word describes the body.
    if (TIME_NAME_ENDS.has(c.text.slice(c.text.lastIndexOf(' ') + 1)) || PEOPLE_ADJECTIVES.has(c.text)) continue;
    added.push(actorAt(text, c.start, c.end, 'organization', c.text));
  }
}

/** Adds the persons and organisations found by form or neighbours (in place). */
export function plainNames(text: string, result: ActorResult, gaz: Gazetteer, steps: Steps): void {
  const added: ActorMention[] = [];
  if (OPENING_QUOTE.test(text)) nicknamed(text, result, gaz, added, steps);
  if (result.candidates.length) {
    byNeighbours(text, result, gaz, added);
    beforeOrgNoun(text, result, gaz, added);
  }
  // An organisation never replaces a mention already found; a person may (replaceActors drops added overlaps).
  if (added.length) replaceActors(result, added.filter((a) => a.type === 'person' || !overlapsActor(result.actors, a.start, a.end)));
}
