// Institutions whose bare name is generic take their country from the sentence when it says whose they are
// ("Indonesia's parliament, the House of Representatives", "Kenya's National Assembly"), before the document
// pass would give them the article's dominant state (guideline 13).
import { qualifiedByDominant, qualifyGeneric } from '../genericQualifier';
import type { ActorResult } from './types';

/** Between the owner and the institution: a possessive, then optionally a lower-case noun and an apposition comma. */
const OWNED = /^(?:'s|’s|'|’)\s+(?:(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+(?:the\s+)?)?$/u;

/** Qualifies generic institutions owned by a state named just before them (in place). */
export function qualifyByOwner(text: string, result: ActorResult): void {
  const actors = result.actors;
  for (let k = 1; k < actors.length; k++) {
    const org = actors[k];
    const owner = actors[k - 1];
    if (org.type !== 'organization' || owner.type !== 'state' || org.start - owner.end > 40 || !qualifiedByDominant(org.text, org.canonical)) continue;
    // The owner is the country itself ("Indonesia's"), not a demonym or a capital standing for it.
    if (owner.text !== owner.canonical && owner.text !== `the ${owner.canonical}`) continue;
    if (!OWNED.test(text.slice(owner.end, org.start))) continue;
    requalify(text, result, k, qualifyGeneric(org.text, org.canonical, owner.canonical));
    result.owned.add(org);
  }
}

/**
 * Gives actor k the canonical `to`, and with it the acronym it defines ("Japan's Ministry of Finance (MOF)"): an
 * acronym and its expansion have one canonical (guideline 12), so the acronym's later mentions follow too.
 */
function requalify(text: string, result: ActorResult, k: number, to: string): void {
  const org = result.actors[k];
  const from = org.canonical;
  org.canonical = to;
  const short = result.actors[k + 1];
  if (!short || short.type !== 'organization' || short.canonical !== from || !/^\s*\($/.test(text.slice(org.end, short.start)) || text[short.end] !== ')') return;
  short.canonical = to;
  for (const pair of result.acronyms) if (pair[0] === short.text && pair[1] === from) pair[1] = to;
}
