// A title-case headline read with its own rules: its verbs, clause-starting words and common nouns are lowered
// (same length, so offsets hold) before the actor rules run, so "Senate Panel Backs Steel Quota"
// is not read as one name.
import { type Gazetteer, getGazetteer } from '../gazetteer';
import { HEADLINE_CLAUSE_WORDS, HEADLINE_COUNTRY_NOUNS, HEADLINE_DEMONYM_LOWERED, HEADLINE_GENERIC_BODIES, HEADLINE_INSTITUTION_HEADS, HEADLINE_GENERIC_KINDS, HEADLINE_MODIFIERS, HEADLINE_BASE_VERBS, HEADLINE_NOUNS, HEADLINE_VERBS, TITLE_CASE_MINOR } from '../lexicon/headlines';
import { COMPANY_TAILS } from '../lexicon/companies';
import { OPAQUE_HEADS, ORG_HEADS } from '../lexicon/organisations';
import { TITLE_FIRST } from '../lexicon/titles';

/** A generic body in a headline, with the word before it (a country or demonym makes it a name) and the noun it modifies. */
const GENERIC_BODY = new RegExp(String.raw`(?:(\p{L}+)(?:'s|’s|'|’)?\s+)?\b(${HEADLINE_GENERIC_BODIES.join('|')})\s+(\p{L}+)\b`, 'gu');

/** A kind of body that is never a name, with the word before it and its possessive ending, if any. */
const GENERIC_KIND = new RegExp(String.raw`(?:(\p{L}+)('s|’s|'|’)?\s+)?\b(${HEADLINE_GENERIC_KINDS.join('|')})\b`, 'gu');

/**
 * Whether the kind at a match is a common noun: first, after a possessive, a lower-case word or a country or demonym
 * ("Norway's Wealth Fund", "Chilean Pension Funds"); another capitalised word continues a name ("Government Pension Fund").
 */
function genericKind(before: string | undefined, possessive: string | undefined, gaz: Gazetteer): boolean {
  if (!before || possessive || !/^\p{Lu}/u.test(before)) return true;
  return !!gaz.countryOfDemonym(before);
}

const HEADING = /^\s*#{1,6}[ \t]/;
const WORD = /\p{L}[\p{L}'’-]*/gu;

const UPPER_AT = /\p{Lu}/uy;

/** Whether most words of a heading line of three or more words, short minor words aside, are capitalised (counted in one pass, no word lists). */
function titleCase(text: string): boolean {
  let words = 0;
  let counted = 0;
  let caps = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words++;
    if (TITLE_CASE_MINOR.has(m[0])) continue;
    counted++;
    UPPER_AT.lastIndex = m.index;
    if (UPPER_AT.test(text)) caps++;
  }
  return words >= 3 && caps / counted >= 0.8;
}

/** A capitalised word ending in one -s (not "-ss", not a possessive): the form of a third-person verb ("Restarts", "Widens"). */
const S_FORM = /^\p{Lu}\p{Ll}*[^s\P{Ll}]s$/u;
/** Up to three capitalised words right before a position (the names that may end there). */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}.]*\s+){1,3}$/u;

/** The run of NAME_BEFORE right before a position: its length as written and its words; null when there is none. */
function runBefore(text: string, offset: number): { length: number; words: string[] } | null {
  const run = NAME_BEFORE.exec(text.slice(Math.max(0, offset - 60), offset));
  return run ? { length: run[0].length, words: run[0].trim().split(/\s+/) } : null;
}

/** Whether w continues a name the gazetteer knows that opens with the run's last words ("Airways" after "Kenya"). */
function continuesName(words: readonly string[], w: string, gaz: Gazetteer): boolean {
  for (let k = 0; k < words.length; k++) if (gaz.hasPrefix(`${words.slice(k).join(' ')} ${w}`)) return true;
  return false;
}

/**
 * Whether the -s word w at `offset` follows a state, capital or organisation the gazetteer knows ("TotalEnergies
 * Restarts Gas Project") or an organisation's head word: there it is the headline's verb and ends the name. A word
 * that continues a known name, heads an organisation or opaque name ("Kenya Airways", "Olympic Games") or is itself a
 * name ("Netherlands") stays.
 */
function verbAfterName(text: string, offset: number, w: string, gaz: Gazetteer): boolean {
  if (!S_FORM.test(w) || gaz.get(w) || ORG_HEADS.has(w) || OPAQUE_HEADS.has(w) || COMPANY_TAILS.has(w)) return false;
  const run = runBefore(text, offset);
  if (!run) return false;
  const words = run.words;
  // "Kenya Airways Adds Flights": a name built on an organisation head ends at it.
  if (ORG_HEADS.has(words[words.length - 1]) && !gaz.hasPrefix(`${words[words.length - 1]} ${w}`)) return true;
  // "Budget Leans on Central Bank": after a headline's common noun the -s word is its verb.
  if (HEADLINE_NOUNS.has(words[words.length - 1]) && !gaz.hasPrefix(`${words.join(' ')} ${w}`)) return true;
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(' ');
    if (gaz.hasPrefix(`${name} ${w}`)) return false;
    const e = gaz.get(name);
    if (e && (e.kind === 'country' || e.kind === 'capital' || e.kind === 'seat' || e.kind === 'org')) return true;
  }
  // "Ghana's Cocobod Refinances Loan": one word owned by a country is a body's name, and the -s word after it its verb;
  // not when a headline verb follows the -s word, which then ends the name ("Pakistan's Engro Fertilizers Raises").
  if (words.length !== 1 || HEADLINE_VERBS.has(wordAfter(text, offset + w.length))) return false;
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, offset - run.length - 40), offset - run.length))?.[1];
  return !!owner && gaz.get(owner)?.kind === 'country';
}

/** The capitalised word right after a position, after white space ("" when there is none). */
function wordAfter(text: string, at: number): string {
  return /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
}

/** A country's possessive right before a position ("Ghana's "). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.]*)['’]s\s+$/u;

/** Two known names joined by "and" right before a position ("India and Canada "): a plural subject. */
const PAIR_BEFORE = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s+(?:and|And|&)\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s+$/u;

/** Whether the gazetteer knows the name as a state, capital or organisation (not a place or a demonym). */
function knownActor(name: string, gaz: Gazetteer): boolean {
  const e = gaz.get(name);
  return !!e && (e.kind === 'country' || e.kind === 'capital' || e.kind === 'seat' || e.kind === 'org');
}

/**
 * Whether w at `offset` is a verb by its place: the base form after a plural subject of two known names ("India and
 * Canada Restore …") or an infinitive after a headline verb ("Agrees to Fund …"). A word that is a name, heads an
 * organisation or continues the name before it stays.
 */
function verbByPlace(text: string, offset: number, w: string, gaz: Gazetteer): boolean {
  // An organisation head after "to" is the verb it is spelled like ("to Fund"); elsewhere it heads a name.
  const infinitiveHead = ORG_HEADS.has(w) && /\s[Tt]o\s$/u.test(text.slice(Math.max(0, offset - 4), offset));
  if (gaz.get(w) || (ORG_HEADS.has(w) && !infinitiveHead) || OPAQUE_HEADS.has(w) || COMPANY_TAILS.has(w)) return false;
  // "… to World Bank …": the word opens a name the gazetteer knows.
  const next = /^\s+(\p{Lu}[\p{L}.]*)/u.exec(text.slice(offset + w.length, offset + w.length + 40))?.[1];
  if (next && gaz.hasPrefix(`${w} ${next}`)) return false;
  const before = text.slice(Math.max(0, offset - 60), offset);
  const infinitive = /(\p{Lu}\p{Ll}+)\s+[Tt]o\s+$/u.exec(before);
  // "Agrees to Fund …" after a headline verb; "Trump to Meet Putin" after a name: the future of headlines.
  if (infinitive) return HEADLINE_VERBS.has(infinitive[1]) || HEADLINE_BASE_VERBS.has(w);
  // "…, Will Pay Caracas in Food": a base form after a modal inside the headline.
  if (/\s(?:Will|Would|Could|Should|Must|Might|Can|May)\s+$/.test(before)) return HEADLINE_BASE_VERBS.has(w);
  const pair = PAIR_BEFORE.exec(before);
  if (!pair || gaz.hasPrefix(`${pair[2]} ${w}`)) return false;
  // The first side ends in a known name ("… South Korea and Japan"); the second is one.
  const parts = pair[1].split(/\s+/);
  return parts.some((_, k) => knownActor(parts.slice(k).join(' '), gaz)) && knownActor(pair[2], gaz);
}

/**
 * Whether the word after w at `offset` is the headline's verb ("Rwanda Framework Stalls"): a headline verb or an -s form
 * that is no name or head; then w, after a country, is a common noun, not the rest of a name (an opaque head too: the
 * body writes "a framework with Rwanda").
 */
function verbFollows(text: string, offset: number, w: string, gaz: Gazetteer): boolean {
  if (gaz.get(w) || ORG_HEADS.has(w) || COMPANY_TAILS.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  const next = wordAfter(text, offset + w.length);
  return HEADLINE_VERBS.has(next) || (S_FORM.test(next) && !gaz.get(next) && !ORG_HEADS.has(next) && !OPAQUE_HEADS.has(next) && !COMPANY_TAILS.has(next));
}

/** Whether w at `offset` is a common noun capitalised after a country name ("Haiti Mission" is the Haiti mission). */
function nounAfterCountry(text: string, offset: number, w: string, gaz: Gazetteer): boolean {
  if (!HEADLINE_COUNTRY_NOUNS.has(w) && !verbFollows(text, offset, w, gaz)) return false;
  const words = runBefore(text, offset)?.words;
  if (!words || continuesName(words, w, gaz)) return false;
  return gaz.get(words[words.length - 1])?.kind === 'country';
}

/** The word right before a position, after one space ("Court " → Court). */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)\s$/u;
/** Up to three capitalised words right after a word (the rest a name may run on to). */
const NAME_AFTER = /^(?:\s+\p{Lu}[\p{L}.]*){1,3}/u;

/**
 * Whether w at `offset` is a common noun after an institution's head ("Faces Supreme Court Test", "Wins Senate
 * Backing"): the name ends at its head. A word that heads a name itself, is a title ("Commission President"), a name or
 * continues one the gazetteer knows stays, as does one before a later head ("Senate Armed Services Committee") or one
 * of a subject before its verb ("Treasury Wine Estates Cuts").
 */
function nounAfterInstitution(text: string, offset: number, w: string, gaz: Gazetteer): boolean {
  const head = WORD_BEFORE.exec(text.slice(Math.max(0, offset - 16), offset))?.[1];
  if (!head || !HEADLINE_INSTITUTION_HEADS.has(head) || !/^\p{Lu}\p{Ll}/u.test(w)) return false;
  if (gaz.get(w) || ORG_HEADS.has(w) || OPAQUE_HEADS.has(w) || COMPANY_TAILS.has(w) || TITLE_FIRST.has(w.toLowerCase())) return false;
  // The head and the space after it are a run themselves, so there always is one.
  const words = runBefore(text, offset)?.words;
  if (!words || continuesName(words, w, gaz)) return false;
  const after = NAME_AFTER.exec(text.slice(offset + w.length, offset + w.length + 60))?.[0];
  if (!after) return true;
  const rest = after.trim().split(/\s+/);
  // "Treasury Wine Estates Cuts Outlook": a capitalised word that is no verb, noun or clause word of a headline, then
  // an -s verb, ends the subject, so the word is inside its name.
  if (rest.length > 1 && !HEADLINE_VERBS.has(rest[0]) && !HEADLINE_NOUNS.has(rest[0]) && !HEADLINE_CLAUSE_WORDS.has(rest[0])
    && (HEADLINE_VERBS.has(rest[1]) || S_FORM.test(rest[1]))) return false;
  return !rest.some((x) => ORG_HEADS.has(x));
}

/** A degree adjective and the capitalised words after it. */
const MODIFIED_PHRASE = new RegExp(String.raw`\b(?:${[...HEADLINE_MODIFIERS].join('|')})(?:\s+\p{Lu}[\p{L}'’-]*)+`, 'gu');

/** "…, Unsettling Chinese Partners": a word in "-ing" right after a headline's comma opens a participle clause. */
function participleAfterComma(text: string, offset: number, w: string, gaz: Gazetteer): boolean {
  return w.length > 5 && w.endsWith('ing') && /,\s+$/.test(text.slice(Math.max(0, offset - 3), offset)) && !gaz.get(w);
}

/** The paragraph with a title-case headline's verbs and clause words lowered, or null when it is no such headline. */
export function lowerHeadline(text: string): string | null {
  if (!HEADING.test(text) || text.trim().includes('\n') || !titleCase(text)) return null;
  let changed = false;
  const gaz = getGazetteer();
  const out = text.replace(WORD, (w, offset: number) => {
    // The first word keeps its capital unless it is a verb ("Says …" is rare; "As …" starts a clause).
    if (!HEADLINE_VERBS.has(w) && !((HEADLINE_CLAUSE_WORDS.has(w) || HEADLINE_NOUNS.has(w)) && offset > 2) && !verbAfterName(text, offset, w, gaz)
      && !verbByPlace(text, offset, w, gaz) && !nounAfterCountry(text, offset, w, gaz)
      && !nounAfterInstitution(text, offset, w, gaz) && !participleAfterComma(text, offset, w, gaz)) return w;
    changed = true;
    return w[0].toLowerCase() + w.slice(1);
  });
  // "Hanoi And Manila Agree Coast Guard Hotline": a generic body with no country before it, modifying a headline
  // noun, is a common noun; "Central Bank Holds Rates" keeps its name.
  const lowered = out.replace(GENERIC_BODY, (whole, before: string | undefined, body: string, noun: string) => {
    const e = before ? gaz.get(before) : undefined;
    // The noun may already be lowered above ("hotline").
    // "Kenyan Police Rotate In" is Kenyan police: a force is named after its country ("Kenya Police Service", "National
    // Police"), never "<demonym> Police" or "<demonym> Military", so after a demonym these are lowered whatever follows
    // ("Philippine Coast Guard", "Indian Navy" are names and stay).
    const demonym = !!before && HEADLINE_DEMONYM_LOWERED.has(body) && (e?.kind === 'demonym' || !!gaz.countryOfDemonym(before)) && !gaz.hasPrefix(`${before} ${body}`);
    if (!demonym && (!HEADLINE_NOUNS.has(noun[0].toUpperCase() + noun.slice(1)) || (e && (e.kind === 'country' || e.kind === 'demonym')) || (before && gaz.countryOfDemonym(before)))) return whole;
    changed = true;
    const at = whole.length - noun.length - 1 - body.length;
    return whole.slice(0, at) + body.toLowerCase() + whole.slice(at + body.length);
  });
  // "Norway's Wealth Fund Drops …": a kind of body no country names itself by is a common noun in any headline.
  const kinds = lowered.replace(GENERIC_KIND, (whole, before: string | undefined, possessive: string | undefined, kind: string) => {
    if (!genericKind(before, possessive, gaz)) return whole;
    changed = true;
    return whole.slice(0, whole.length - kind.length) + kind.toLowerCase();
  });
  // "Restore Full Visa Services": a degree adjective opens a common noun phrase, lowered up to the first word the
  // gazetteer knows (a state or organisation inside it keeps its capital).
  // A word right before a known one may be the first half of a compound ("More Latin American Nations") and stays too.
  const phrased = kinds.replace(MODIFIED_PHRASE, (whole: string) => {
    const words = whole.match(WORD) ?? [];
    let known = false;
    let k = 0;
    return whole.replace(WORD, (w: string) => {
      const next = words[++k];
      known ||= !!gaz.get(w) || gaz.hasPrefix(w) || HEADLINE_CLAUSE_WORDS.has(w) || (next !== undefined && !!gaz.get(next));
      if (known) return w;
      changed = true;
      return w[0].toLowerCase() + w.slice(1);
    });
  });
  return changed ? phrased : null;
}
