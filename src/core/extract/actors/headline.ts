// A title-case headline read with its own rules: its verbs, clause-starting words and common nouns are lowered
// (same length, so offsets hold) before the actor rules run, so "Senate Panel Backs Steel Quota"
// is not read as one name.
import { type Gazetteer, getGazetteer } from '../gazetteer';
import { HEADLINE_CLAUSE_WORDS, HEADLINE_GENERIC_BODIES, HEADLINE_NOUNS, HEADLINE_VERBS } from '../lexicon/headlines';
import { COMPANY_TAILS, OPAQUE_HEADS, ORG_HEADS } from '../lexicon/organisations';

/** A generic body in a headline, with the word before it (a country or demonym makes it a name) and the noun it modifies. */
const GENERIC_BODY = new RegExp(String.raw`(?:(\p{L}+)(?:'s|’s|'|’)?\s+)?\b(${HEADLINE_GENERIC_BODIES.join('|')})\s+(\p{L}+)\b`, 'gu');

const HEADING = /^\s*#{1,6}[ \t]/;
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** Whether most words of a heading line of four or more words are capitalised. */
function titleCase(text: string): boolean {
  const words = text.match(WORD) ?? [];
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.8;
}

/** A capitalised word ending in one -s (not "-ss", not a possessive): the form of a third-person verb ("Restarts", "Widens"). */
const S_FORM = /^\p{Lu}\p{Ll}*[^s\P{Ll}]s$/u;
/** Up to three capitalised words right before a position (the names that may end there). */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}.]*\s+){1,3}$/u;

/**
 * Whether the -s word w at `offset` follows a state, capital or organisation the gazetteer knows ("TotalEnergies
 * Restarts Gas Project") or an organisation's head word: there it is the headline's verb and ends the name. A word
 * that continues a known name, heads an organisation or opaque name ("Kenya Airways", "Olympic Games") or is itself a
 * name ("Netherlands") stays.
 */
function verbAfterName(text: string, offset: number, w: string, gaz: Gazetteer): boolean {
  if (!S_FORM.test(w) || gaz.get(w) || ORG_HEADS.has(w) || OPAQUE_HEADS.has(w) || COMPANY_TAILS.has(w)) return false;
  const run = NAME_BEFORE.exec(text.slice(Math.max(0, offset - 60), offset));
  if (!run) return false;
  const words = run[0].trim().split(/\s+/);
  // "Kenya Airways Adds Flights": a name built on an organisation head ends at it.
  if (ORG_HEADS.has(words[words.length - 1]) && !gaz.hasPrefix(`${words[words.length - 1]} ${w}`)) return true;
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(' ');
    if (gaz.hasPrefix(`${name} ${w}`)) return false;
    const e = gaz.get(name);
    if (e && (e.kind === 'country' || e.kind === 'capital' || e.kind === 'seat' || e.kind === 'org')) return true;
  }
  return false;
}

/** The paragraph with a title-case headline's verbs and clause words lowered, or null when it is no such headline. */
export function lowerHeadline(text: string): string | null {
  if (!HEADING.test(text) || text.trim().includes('\n') || !titleCase(text)) return null;
  let changed = false;
  const gaz = getGazetteer();
  const out = text.replace(WORD, (w, offset: number) => {
    // The first word keeps its capital unless it is a verb ("Says …" is rare; "As …" starts a clause).
    if (!HEADLINE_VERBS.has(w) && !((HEADLINE_CLAUSE_WORDS.has(w) || HEADLINE_NOUNS.has(w)) && offset > 2) && !verbAfterName(text, offset, w, gaz)) return w;
    changed = true;
    return w[0].toLowerCase() + w.slice(1);
  });
  // "Hanoi And Manila Agree Coast Guard Hotline": a generic body with no country before it, modifying a headline
  // noun, is a common noun; "Central Bank Holds Rates" keeps its name.
  const lowered = out.replace(GENERIC_BODY, (whole, before: string | undefined, body: string, noun: string) => {
    const e = before ? gaz.get(before) : undefined;
    // The noun may already be lowered above ("hotline").
    if (!HEADLINE_NOUNS.has(noun[0].toUpperCase() + noun.slice(1)) || (e && (e.kind === 'country' || e.kind === 'demonym')) || (before && gaz.countryOfDemonym(before))) return whole;
    changed = true;
    const at = whole.length - noun.length - 1 - body.length;
    return whole.slice(0, at) + body.toLowerCase() + whole.slice(at + body.length);
  });
  return changed ? lowered : null;
}
