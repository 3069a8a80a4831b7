// Editing one paragraph's actor list after the scanner: a new mention replaces the ones it overlaps, and a
// renamed organisation takes its acronyms and repeated mentions along.
import type { ActorMention } from '../../types';
import type { ActorResult } from './types';

/** An actor mention of [start, end) in text. */
export function actorAt(text: string, start: number, end: number, type: ActorMention['type'], canonical: string): ActorMention {
  return { kind: 'actor', start, end, text: text.slice(start, end), type, canonical };
}

/**
 * Puts `added` in place of every actor it overlaps, keeping the list sorted by start. One merge over both lists
 * (an added mention that overlaps an earlier added one is dropped), so a paragraph's passes stay linear.
 */
export function replaceActors(result: ActorResult, added: ActorMention[]): void {
  if (!added.length) return;
  const fresh: ActorMention[] = [];
  for (const a of [...added].sort((x, y) => x.start - y.start)) if (!fresh.length || fresh[fresh.length - 1].end <= a.start) fresh.push(a);
  const out: ActorMention[] = [];
  let f = 0;
  let maxFreshEnd = -1;
  for (const a of result.actors) {
    while (f < fresh.length && fresh[f].start <= a.start) { out.push(fresh[f]); maxFreshEnd = Math.max(maxFreshEnd, fresh[f].end); f++; }
    // Overlaps an added mention that starts before it, or the next one that starts inside it.
    if (maxFreshEnd > a.start || (f < fresh.length && fresh[f].start < a.end)) continue;
    out.push(a);
  }
  while (f < fresh.length) out.push(fresh[f++]);
  // Refilled in place (no spread: a hostile paragraph may hold more mentions than a call takes arguments).
  result.actors.length = 0;
  for (const a of out) result.actors.push(a);
}

/** Applies many renames of organisation canonicals at once (from → to), in one pass over the mentions. */
export function renameCanonicals(result: ActorResult, renames: ReadonlyMap<string, string>): void {
  if (!renames.size) return;
  for (const pair of result.acronyms) pair[1] = renames.get(pair[1]) ?? pair[1];
  for (const a of result.actors) if (a.type === 'organization') a.canonical = renames.get(a.canonical) ?? a.canonical;
}
