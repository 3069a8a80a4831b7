// Editing one paragraph's actor list after the scanner: a new mention replaces the ones it overlaps, and a
// renamed organisation takes its acronyms and repeated mentions along.
import type { ActorMention } from '../../types';
import type { ActorResult } from './types';

/** An actor mention of [start, end) in text. */
export function actorAt(text: string, start: number, end: number, type: ActorMention['type'], canonical: string): ActorMention {
  return { kind: 'actor', start, end, text: text.slice(start, end), type, canonical };
}

/** Puts `added` in place of every actor it overlaps, keeping the list sorted by start. */
export function replaceActors(result: ActorResult, added: ActorMention[]): void {
  const actors = result.actors;
  for (const a of added) {
    for (let k = actors.length - 1; k >= 0; k--) if (actors[k].start < a.end && a.start < actors[k].end) actors.splice(k, 1);
    let at = actors.length;
    while (at > 0 && actors[at - 1].start > a.start) at--;
    actors.splice(at, 0, a);
  }
}

/** Every acronym and mention that carried canonical `from` carries `to` instead. */
export function renameCanonical(result: ActorResult, from: string, to: string): void {
  for (const pair of result.acronyms) if (pair[1] === from) pair[1] = to;
  for (const a of result.actors) if (a.type === 'organization' && a.canonical === from) a.canonical = to;
}
