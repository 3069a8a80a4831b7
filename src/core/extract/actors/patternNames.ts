// Organisation names built on a fixed pattern that the word-by-word rules cut short: offices named after an
// official ("Office of the High Commissioner for Peace", whose title words would otherwise end the name) and
// national Red Cross and Red Crescent societies ("Colombian Red Cross", not a demonym and the ICRC).
import { type Gazetteer, phraseKey } from '../gazetteer';
import { knownOrgCanonical } from './orgName';
import { actorAt, replaceActors } from './spanEdit';
import type { ActorResult } from './types';
import { OFFICE_OFFICIALS } from '../lexicon/titles';

const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
/** A capitalised word or a dotted abbreviation ("U.S.", "U.N."), as an office names the country or body it serves. */
const CAP_OR_ABBR = String.raw`(?:(?:\p{Lu}\.){2,}|${CAP})`;
/** "Office of the [Cap words] <official> [for|on|of [the] Cap words]". */
const OFFICE = new RegExp(String.raw`(?<![\p{L}])(?:Office|Bureau|Secretariat) of the (?:${CAP_OR_ABBR}\s+){0,3}(?:${OFFICE_OFFICIALS})(?:\s+(?:for|on|of)\s+(?:the\s+)?${CAP}(?:\s+(?:and\s+|of\s+)?${CAP}){0,4})?(?![\p{L}])`, 'gu');
/** "<Demonym or country> Red Cross|Red Crescent [Society]". */
const RED_CROSS = new RegExp(String.raw`(?<![\p{L}])(${CAP}(?:\s+${CAP})?)\s+Red\s+(?:Cross|Crescent)(?:\s+Society)?(?![\p{L}])`, 'gu');

/** Adds the pattern-built organisation names of one paragraph, replacing the pieces they cover (in place). */
export function patternNames(text: string, result: ActorResult, gaz: Gazetteer): void {
  const added = [];
  // Every OFFICE match holds one of these phrases: a paragraph without them costs three string searches, not a scan.
  if (text.includes('Office of the ') || text.includes('Bureau of the ') || text.includes('Secretariat of the ')) {
    const spans = new Set(result.actors.map((a) => `${a.start}:${a.end}`));
    for (const m of text.matchAll(OFFICE)) {
      const end = m.index + m[0].length;
      if (spans.has(`${m.index}:${end}`)) continue;
      added.push(actorAt(text, m.index, end, 'organization', knownOrgCanonical(m[0], gaz)));
    }
  }
  // 'Red C' first: a search for a pattern that opens with a space stops at every space.
  if (text.includes('Red C') && text.includes(' Red C')) {
    for (const m of text.matchAll(RED_CROSS)) {
      // Only a country's own society ("Kenya Red Cross", "Colombian Red Cross"): the ICRC has no country before it.
      // The country may be one word or two ("South Sudan Red Cross"; "The Kenya Red Cross" is one).
      const last = m[1].split(/\s+/).pop()!;
      const owner = [m[1], last].find((w) => { const e = gaz.get(phraseKey(w)); return e !== undefined && (e.kind === 'country' || e.kind === 'demonym'); });
      if (!owner) continue;
      const start = m.index + m[1].length - owner.length;
      const end = m.index + m[0].length;
      added.push(actorAt(text, start, end, 'organization', text.slice(start, end).replace(/\s+/g, ' ')));
    }
  }
  if (added.length) replaceActors(result, added);
}
