// "The Taliban administration in Kabul", "Yemen's Houthi administration": an organisation governing a country is one
// state span with the country as canonical (guideline 10), but only where the sentence names that country. A group's
// "administration" alone may run a region rather than a state, so without the country the organisation stays.
import { type Gazetteer, phraseKey } from '../gazetteer';
import { actorAt, replaceActors } from './spanEdit';
import type { ActorResult } from './types';

const ADMINISTRATION = ' administration';
/** After "administration": "in|of" and a capitalised name of one or two words (a capital or a country). */
const SEAT_AFTER = /^\s+(?:in|of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u;
const OWNER_BEFORE = /^['’]s?\s+$/;

/** The country a seat or country name stands for, if the gazetteer knows it as one. */
function countryOf(name: string, gaz: Gazetteer): string | null {
  for (const cand of [name, name.split(/\s+/)[0]]) {
    const e = gaz.get(phraseKey(cand));
    if (e && (e.kind === 'capital' || e.kind === 'country')) return e.canonical;
  }
  return null;
}

/** Replaces "<organisation> administration" tied to a country by the sentence with one state span (in place). */
export function orgAdministrations(text: string, result: ActorResult, gaz: Gazetteer): void {
  const added = [];
  const actors = result.actors;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.type !== 'organization' || !text.startsWith(ADMINISTRATION, a.end)) continue;
    const end = a.end + ADMINISTRATION.length;
    const seat = SEAT_AFTER.exec(text.slice(end, end + 60));
    const prev = actors[k - 1];
    const owner = prev && prev.type === 'state' && prev.text === prev.canonical && OWNER_BEFORE.test(text.slice(prev.end, a.start)) ? prev.canonical : null;
    const country = (seat && countryOf(seat[1], gaz)) ?? owner;
    if (country) added.push(actorAt(text, a.start, end, 'state', country));
  }
  replaceActors(result, added);
}
