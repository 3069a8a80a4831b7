// Organisation names joined by "and" (guidelines 1, 12): two names read as one ("JERA and South Korea's Korea Gas
// Corporation" is an organisation, a state and an organisation), and one name read as two ("China Petroleum and
// Chemical Corporation" shares its head word, so it is one organisation).
import { type Gazetteer, phraseKey } from '../gazetteer';
import { COMPANY_TAILS } from '../lexicon/companies';
import { ORG_HEADS } from '../lexicon/organisations';
import { expandOrgName, knownOrgCanonical } from './orgName';
import { spells } from '../documentPass';
import { actorAt, renameCanonicals, replaceActors } from './spanEdit';
import type { ActorMention } from '../../types';
import type { ActorResult } from './types';

/** "X and [the] Country's Y": a possessive country inside an organisation span starts a second name. */
const AND_POSSESSIVE = /^(.+?)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})(?:'s|’s|'|’)\s+(\p{Lu}.*)$/u;
/** A short form in brackets right after a name: " (Sinopec)", " (KOGAS)". */
const SHORT_AFTER = /^\s*\(\s*(\p{Lu}[\p{L}\d&-]*)\s*\)/u;

/** Splits organisation spans that hold "X and Country's Y" into X, the country and Y. */
export function splitPossessiveCoordination(text: string, result: ActorResult, gaz: Gazetteer): void {
  const added: ActorMention[] = [];
  // Made at the first split: few paragraphs have one.
  let renames: Map<string, string> | null = null;
  for (const a of result.actors) {
    if (a.type !== 'organization' || !a.text.includes(' and ')) continue;
    const m = AND_POSSESSIVE.exec(a.text);
    const country = m ? gaz.get(phraseKey(m[2])) : undefined;
    if (!m || !country || country.kind !== 'country') continue;
    const stateStart = a.start + a.text.indexOf(m[2], m[1].length);
    const second = actorAt(text, a.end - m[3].length, a.end, 'organization', knownOrgCanonical(m[3], gaz));
    // "South Korea and Japan's Ministry of …": the part before "and" may be a country itself.
    const firstEntry = gaz.get(phraseKey(m[1]));
    added.push(firstEntry?.kind === 'country'
      ? actorAt(text, a.start, a.start + m[1].length, 'state', firstEntry.canonical)
      : actorAt(text, a.start, a.start + m[1].length, 'organization', knownOrgCanonical(m[1], gaz)));
    added.push(actorAt(text, stateStart, stateStart + m[2].length, 'state', country.canonical), second);
    (renames ??= new Map()).set(a.canonical, second.canonical);
  }
  replaceActors(result, added);
  if (renames) renameCanonicals(result, renames);
}

/** Whether a name has a word that heads an organisation or a company name. */
function headed(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_HEADS.has(w) || COMPANY_TAILS.has(w));
}

/**
 * Joins "A and B Corporation" into one organisation when A is no known body, B ends in a head word and opens with no
 * acronym, and either a short form of the whole follows in brackets ("(Sinopec)") or A is a two-word name with no head
 * of its own.
 */
export function joinSharedHead(text: string, result: ActorResult, gaz: Gazetteer): void {
  const actors = result.actors;
  const added: ActorMention[] = [];
  for (let k = 0; k + 1 < actors.length; k++) {
    const a = actors[k];
    const b = actors[k + 1];
    if (a.type !== 'organization' || b.type !== 'organization' || text.slice(a.end, b.start) !== ' and ') continue;
    const last = b.text.split(/\s+/).pop() ?? '';
    // "SK Hynix and LG Energy Solution": a second name opened by an acronym is a name of its own.
    if (a.canonical !== a.text || gaz.get(phraseKey(a.text)) || !b.text.includes(' ') || b.canonical !== b.text || /^\p{Lu}{2,}\s/u.test(b.text)) continue;
    if (!(ORG_HEADS.has(last) || COMPANY_TAILS.has(last))) continue;
    const short = SHORT_AFTER.exec(text.slice(b.end, b.end + 40));
    // Without a short form for the whole, A must be a head-less name of two words; an acronym spelling B alone names B alone.
    if (short ? /^\p{Lu}{2,}$/u.test(short[1]) && spells(b.text, short[1]) : headed(a.text) || !a.text.includes(' ')) continue;
    const joined = actorAt(text, a.start, b.end, 'organization', expandOrgName(text.slice(a.start, b.end)));
    added.push(joined);
    if (short) {
      const at = b.end + short[0].indexOf(short[1]);
      added.push(actorAt(text, at, at + short[1].length, 'organization', joined.canonical));
      result.acronyms.push([short[1], joined.canonical]);
    }
    k++;
  }
  replaceActors(result, added);
}
