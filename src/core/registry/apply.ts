// The registry pass of the engine: finds the registry's names in the text (token-aligned, longest
// match first, case as written), marks them with the registry's canonical name and type, re-labels
// the engine's own mentions of registry actors, and drops every mention whose text is a `never`
// string. Runs after the document pass; linear in tokens (look-ahead bounded by MAX_NAME_TOKENS).
// Local to paragraphs but for one piece of document state: a bare surname counts only after its
// person's first full mention (the incremental extractor keeps that state per paragraph: namedPersons.ts).
import { paragraphs } from '../extract/paragraphSplit';
import { tokenize, type Tokens } from '../extract/tokenize';
import type { ActorMention, Mention } from '../types';
import type { CompiledRegistry } from './compile';
import { MAX_NAME_TOKENS, type RegistryEntity } from './format';

interface Match {
  start: number;
  end: number;
  entity: RegistryEntity;
}

/** A blank line between two tokens: names never run across paragraphs. */
function paragraphBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) if (++breaks > 1) return true;
  }
  return false;
}

function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** The longest registry name starting at token i: its last token index and entity, or null. */
function longestAt(text: string, t: Tokens, i: number, reg: CompiledRegistry, counter?: { steps: number }): { last: number; entity: RegistryEntity } | null {
  if (counter) counter.steps++;
  let node = reg.root.next.get(t.words[i]);
  let best: { last: number; entity: RegistryEntity } | null = node?.entity ? { last: i, entity: node.entity } : null;
  for (let j = i + 1; node && j < t.words.length && j - i < MAX_NAME_TOKENS; j++) {
    const gap = t.starts[j] > t.ends[j - 1];
    if (gap && paragraphBreak(text, t.ends[j - 1], t.starts[j])) break;
    if (counter) counter.steps++;
    node = node.next.get((gap ? ' ' : '') + t.words[j]);
    if (node?.entity) best = { last: j, entity: node.entity };
  }
  return best;
}

/** A surname standing alone: not part of a longer capitalised name on either side ("Chidi Okafor", "Okafor Holdings"). */
function standsAlone(t: Tokens, i: number): boolean {
  const before = i > 0 && t.ends[i - 1] + 1 === t.starts[i] && isCapitalised(t.words[i - 1]);
  const after = i + 1 < t.words.length && t.ends[i] + 1 === t.starts[i + 1] && isCapitalised(t.words[i + 1]);
  return !before && !after;
}

/** A registry name in one paragraph (offsets relative to it); `surname`: a bare surname, kept only after the person's first full mention. */
export interface RegistryHit extends Match {
  surname: boolean;
}

/** Paragraph text → its hits, per compiled registry: lets re-extraction skip unchanged paragraphs. */
export type RegistryMemo = Map<string, readonly RegistryHit[]>;

const MEMO_LIMIT = 4096;

function paragraphHits(text: string, reg: CompiledRegistry, counter?: { steps: number }): RegistryHit[] {
  const t = tokenize(text);
  const out: RegistryHit[] = [];
  for (let i = 0; i < t.words.length; i++) {
    const hit = longestAt(text, t, i, reg, counter);
    if (hit) {
      const start = t.starts[i];
      const end = t.ends[hit.last];
      if (!reg.isNever(text.slice(start, end))) out.push({ start, end, entity: hit.entity, surname: false });
      i = hit.last;
      continue;
    }
    const person = reg.personWithSurname(t.words[i]);
    if (person && standsAlone(t, i)) out.push({ start: t.starts[i], end: t.ends[i], entity: person, surname: true });
  }
  return out;
}

/** One paragraph's registry names (names never span paragraphs), from `memo` when it holds the paragraph's text; `counter` counts trie steps (growth tests). */
export function registryHits(para: string, reg: CompiledRegistry, memo?: RegistryMemo, counter?: { steps: number }): readonly RegistryHit[] {
  let hits = memo?.get(para);
  if (!hits) {
    hits = paragraphHits(para, reg, counter);
    if (memo) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(para, hits);
    }
  }
  return hits;
}

/** Registry persons named in full so far. */
interface NamedSoFar {
  has(e: RegistryEntity): boolean;
  add(e: RegistryEntity): void;
}

/** A paragraph's hits (at offset `from`) that count, added to `out`: a bare surname only after its person was named in full. */
function countedHits(hits: readonly RegistryHit[], from: number, named: NamedSoFar, out: Match[]): void {
  for (const h of hits) {
    if (h.surname && !named.has(h.entity)) continue;
    if (!h.surname && h.entity.type === 'person') named.add(h.entity);
    out.push({ start: h.start + from, end: h.end + from, entity: h.entity });
  }
}

/**
 * Registry names in the article body, left to right, never overlapping; a person's bare surname
 * counts after their first full mention. Paragraphs are matched independently (names never span
 * one), so `memo` can hold their hits between calls; `counter` counts trie steps (growth tests).
 */
export function findRegistryNames(text: string, reg: CompiledRegistry, memo?: RegistryMemo, counter?: { steps: number }): Match[] {
  const out: Match[] = [];
  const named = new Set<RegistryEntity>();
  for (const p of paragraphs(text)) countedHits(registryHits(p.text, reg, memo, counter), p.start, named, out);
  return out;
}

function relabel(m: ActorMention, e: RegistryEntity): ActorMention {
  if (m.canonical === e.name && m.type === e.type) return m;
  const a: ActorMention = { kind: 'actor', start: m.start, end: m.end, text: m.text, type: e.type, canonical: e.name };
  if (m.role !== undefined) a.role = m.role;
  return a;
}

/**
 * The engine's mentions with the registry applied. A registry match replaces the engine mentions
 * it overlaps, except one that strictly contains it (the longest proper name wins, guideline 1);
 * an engine mention with the same span keeps its role. Engine actors whose text or canonical is a
 * registry name take the registry's canonical. Mentions whose text is a never string are dropped.
 * The input array and its objects are not changed (the incremental extractor reuses them).
 */
export function applyRegistry(text: string, mentions: readonly Mention[], reg: CompiledRegistry, memo?: RegistryMemo): Mention[] {
  return merged(text, 0, mentions, findRegistryNames(text, reg, memo), reg);
}

/**
 * applyRegistry over one paragraph (the incremental extractor's path): `para` at offset `start`,
 * its engine mentions (document offsets) and its hits; `namedBefore` says whether a registry
 * person was named in full in an earlier paragraph. The paragraphs' results, joined, are applyRegistry's.
 */
export function applyRegistryToParagraph(
  para: string, start: number, mentions: readonly Mention[], hits: readonly RegistryHit[], namedBefore: (e: RegistryEntity) => boolean, reg: CompiledRegistry,
): Mention[] {
  const here = new Set<RegistryEntity>();
  const matches: Match[] = [];
  countedHits(hits, start, { has: (e) => here.has(e) || namedBefore(e), add: (e) => here.add(e) }, matches);
  return merged(para, start, mentions, matches, reg);
}

/** Registry matches merged into the engine's mentions (both sorted by start); `text` holds both from offset `base`. */
function merged(text: string, base: number, mentions: readonly Mention[], matches: readonly Match[], reg: CompiledRegistry): Mention[] {
  const out: Mention[] = [];
  const push = (m: Mention): void => {
    if (reg.isNever(m.text)) return;
    if (m.kind === 'actor') {
      const e = reg.entityNamed(m.canonical) ?? reg.entityNamed(m.text);
      if (e) { out.push(relabel(m, e)); return; }
    }
    out.push(m);
  };
  let k = 0; // next engine mention not yet placed
  for (const r of matches) {
    // Inside an engine mention kept for an earlier match (two registry names in one longer name).
    if (out.length && out[out.length - 1].end > r.start) continue;
    while (k < mentions.length && mentions[k].end <= r.start) push(mentions[k++]);
    // Engine mentions overlapping r: [k, j).
    let j = k;
    while (j < mentions.length && mentions[j].start < r.end) j++;
    const container = j - k === 1 && mentions[k].start <= r.start && mentions[k].end >= r.end && mentions[k].end - mentions[k].start > r.end - r.start ? mentions[k] : null;
    if (container) { push(container); k = j; continue; }
    const same = j - k === 1 && mentions[k].start === r.start && mentions[k].end === r.end ? mentions[k] : null;
    const a: ActorMention = { kind: 'actor', start: r.start, end: r.end, text: text.slice(r.start - base, r.end - base), type: r.entity.type, canonical: r.entity.name };
    if (same?.kind === 'actor' && same.role !== undefined) a.role = same.role;
    out.push(a);
    k = j;
  }
  while (k < mentions.length) push(mentions[k++]);
  return out;
}
