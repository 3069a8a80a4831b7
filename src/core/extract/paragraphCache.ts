// The paragraph cache of IncrementalExtractor: the article's paragraphs as slots holding their raw
// result and assembled mentions, replaced only in the window an edit touched.
import { NamedPersons, type CompiledRegistry, type RegistryHit, type RegistryMemo } from '../registry';
import type { TextEdit } from '../util';
import { firstIndex } from '../util/bounds';
import type { Mention } from '../types';
import type { parseRefDate } from './calendar';
import { ContextTally } from './contextTally';
import type { DateOrder, FrontMatterFacts } from './frontMatter';
import type { OrderTally } from './dates';
import { extractParagraphs, type RawParagraph } from './paragraph';
import { paragraphsIn, type Paragraph } from './paragraphSplit';
import type { Steps } from './steps';

/** One paragraph of the current text. */
export interface Slot {
  text: string;
  /** The text after the paragraph, up to the next one (or the end). */
  gap: string;
  /** Grows with the paragraph's position in the article, and never changes (cache.ranks holds them in order). */
  rank: number;
  raw: RawParagraph;
  /** The paragraph has numeric dates whose reading depends on the article's day-month order. */
  ordered: boolean;
  /** Day-month evidence, while the order is left to the article. */
  tally: OrderTally | null;
  /** Assembled mentions at document offsets as of `outBase` (shifted lazily when the paragraph moved). */
  out: Mention[];
  outBase: number;
  /** The context keys the assembly read (contextReads). */
  reads: string[];
  /** The paragraph's registry names (offsets in `text`), while a registry is applied. */
  hits: readonly RegistryHit[] | null;
}

/** The previous update, as later edits build on it. */
export interface Prev {
  length: number;
  referenceDate: string | null;
  front: FrontMatterFacts;
  order: DateOrder | null;
}

/** Work done so far, counted (not timed) so tests can bound an edit's cost by the edit. */
export interface WorkCounts {
  /** Paragraphs run through the extractor. */
  extracted: number;
  /** Characters scanned for day-month evidence. */
  evidenceChars: number;
  /** Paragraphs assembled (document pass applied). */
  assembled: number;
  /** Mentions copied to new offsets because their paragraph moved. */
  shifted: number;
  /** Paragraph slots visited while locating the window and moving the paragraphs after it. */
  visited: number;
  /** Engine mentions run through the registry pass. */
  registered: number;
}

/** State kept by IncrementalExtractor between updates. */
export interface Cache {
  prev: Prev | null;
  /** The text before the first paragraph (front matter, blank lines); the text is head + each slot's text and gap. */
  head: string;
  slots: Slot[];
  /** Per slot, in step with `slots` (plain number arrays, cheap to move): its offset in the current text, its mention count and its rank. */
  starts: number[];
  counts: number[];
  ranks: number[];
  /** The current text when it was given whole (updates made from an edit never build it). */
  text: string | null;
  /** Mentions in the current list (the sum of the slots' outputs). */
  count: number;
  /** Recently extracted paragraphs by text, and by order too where it matters (undo, moved paragraphs); cleared when it grows. */
  recent: Map<string, RawParagraph>;
  tally: ContextTally;
  /** Context key → slots whose assembly read it. */
  readers: Map<string, Set<Slot>>;
  /** Slots whose paragraph depends on the day-month order. */
  ordered: Set<Slot>;
  /** Sum of the slots' evidence, or null while the order is fixed (front matter or setting) and nothing is tallied. */
  evidence: OrderTally | null;
  work: WorkCounts;
  /** The registry the slots' mentions were built with (each slot's output has it applied). */
  registry: CompiledRegistry | null;
  /** Where the registry's persons are first named in full (their bare surnames count after it). */
  named: NamedPersons<Slot>;
  /** The registry pass's paragraph hits, per compiled registry. */
  registryHits: WeakMap<CompiledRegistry, RegistryMemo>;
}

export function newCache(): Cache {
  return {
    prev: null, head: '', slots: [], starts: [], counts: [], ranks: [], text: null, count: 0, recent: new Map(), tally: new ContextTally(), readers: new Map(), ordered: new Set(), evidence: null,
    work: { extracted: 0, evidenceChars: 0, assembled: 0, shifted: 0, visited: 0, registered: 0 }, registry: null, named: new NamedPersons(), registryHits: new WeakMap(),
  };
}

/** The current text, put together from the slots: the head, then each paragraph and the gap after it. */
export function joinText(cache: Cache): string {
  const parts = [cache.head];
  for (const s of cache.slots) { parts.push(s.text); parts.push(s.gap); }
  return parts.join('');
}

/** The first `n` characters of the text the edit makes (n at least the edit's start). */
export function editedPrefix(cache: Cache, edit: TextEdit, n: number): string {
  let old = cache.head;
  for (let k = 0; k < cache.slots.length && old.length < edit.start + edit.deleteCount + n; k++) old += cache.slots[k].text + cache.slots[k].gap;
  return (old.slice(0, edit.start) + edit.insert + old.slice(edit.start + edit.deleteCount)).slice(0, n);
}

/** A new paragraph with the gap that follows it. */
export interface NewParagraph extends Paragraph {
  gap: string;
}

/** Old slots [a, b) are replaced by `paras`; `lead` (a = 0 only) is the body's text before its first paragraph. */
export interface Window {
  a: number;
  b: number;
  paras: NewParagraph[];
  lead: string | null;
}

/** Paragraphs of `chunk` (a run of whole paragraphs and gaps) at offset `base`, with their gaps; the text before the first is `lead`. */
function splitChunk(chunk: string, base: number): { paras: NewParagraph[]; lead: string } {
  const found = paragraphsIn(chunk, 0, chunk.length);
  const paras = found.map((p, k): NewParagraph => {
    const end = p.start + p.text.length;
    return { start: p.start + base, text: p.text, gap: chunk.slice(end, k + 1 < found.length ? found[k + 1].start : chunk.length) };
  });
  return { paras, lead: chunk.slice(0, found.length ? found[0].start : chunk.length) };
}

/**
 * The paragraphs an edit replaces, read from the slots (the whole new text is never built). The
 * window starts at a paragraph start two before the change (or the body start) and ends at one
 * after it, so paragraph breaks the edit made or joined are found; the paragraphs at either end
 * that came out the same are then kept as they were (their gap updated).
 */
export function editWindow(cache: Cache, edit: TextEdit, body: number): Window {
  const old = cache.slots;
  const starts = cache.starts;
  const oldEnd = edit.start + edit.deleteCount;
  const delta = edit.insert.length - edit.deleteCount;
  const after = (pos: number): number => firstIndex(starts.length, (k) => { cache.work.visited++; return starts[k] > pos; });
  let a = Math.max(0, after(edit.start) - 2);
  let b = Math.min(old.length, after(oldEnd) + 1);
  const from = a > 0 ? starts[a] : body;
  const parts: string[] = a > 0 ? [] : [cache.head.slice(body)];
  for (let k = a; k < b; k++) { parts.push(old[k].text); parts.push(old[k].gap); }
  const chunk = parts.join('');
  const edited = chunk.slice(0, edit.start - from) + edit.insert + chunk.slice(oldEnd - from);
  const split = splitChunk(edited, from);
  const paras = split.paras;
  let i = 0;
  while (i < paras.length && a < b && paras[i].start === starts[a] && paras[i].text === old[a].text) { old[a].gap = paras[i].gap; i++; a++; }
  let j = paras.length;
  while (j > i && b > a && paras[j - 1].start === starts[b - 1] + delta && paras[j - 1].text === old[b - 1].text) { old[b - 1].gap = paras[j - 1].gap; j--; b--; }
  return { a, b, paras: paras.slice(i, j), lead: from === body ? split.lead : null };
}

/** The whole body of `text` as one window. */
export function wholeWindow(cache: Cache, text: string, body: number): Window {
  const split = splitChunk(text.slice(body), body);
  return { a: 0, b: cache.slots.length, paras: split.paras, lead: split.lead };
}

/**
 * Numeric dates whose reading may depend on the day-month order (a superset of numericDate's
 * order-dependent matches in dates/numeric.ts): only these paragraphs are re-extracted when it changes.
 */
const ORDERED_DATE = /\d{1,2}[/.]\d{1,2}[/.]\d{4}/;

export function dependsOnOrder(text: string): boolean {
  return ORDERED_DATE.test(text);
}

/** The cache key of a paragraph's raw result: its text, and the order where the order matters to it (`ordered`, from dependsOnOrder). */
export function rawKey(p: Pick<Slot, 'text' | 'ordered'>, order: DateOrder | null): string {
  return p.ordered ? `${order ?? ''}\u0000${p.text}` : p.text;
}

/** Raw results for the slots' paragraphs: the recent cache (or `known`, by rawKey) first, the rest extracted in one batch. */
export function rawsFor(cache: Cache, paras: readonly Pick<Slot, 'text' | 'ordered'>[], ref: ReturnType<typeof parseRefDate>, order: DateOrder | null, steps?: Steps, known?: Map<string, RawParagraph>): RawParagraph[] {
  const keys = paras.map((p) => rawKey(p, order));
  const out: (RawParagraph | undefined)[] = keys.map((key) => cache.recent.get(key) ?? known?.get(key));
  const missing: string[] = [];
  const missingKeys: string[] = [];
  const seen = new Set<string>();
  paras.forEach((p, k) => { if (!out[k] && !seen.has(p.text)) { seen.add(p.text); missing.push(p.text); missingKeys.push(keys[k]); } });
  if (missing.length) {
    const raws = extractParagraphs(missing, ref, steps, order);
    cache.work.extracted += missing.length;
    const fresh = new Map<string, RawParagraph>();
    missing.forEach((t, k) => fresh.set(t, raws[k]));
    paras.forEach((p, k) => { out[k] ??= fresh.get(p.text); });
    // Remember the last few (an undo, a paragraph moved back), not the whole article.
    for (let k = Math.max(0, missing.length - 512); k < missing.length; k++) {
      if (cache.recent.size > 512) cache.recent.clear();
      cache.recent.set(missingKeys[k], raws[k]);
    }
  }
  return out as RawParagraph[];
}

/** Replaces items [a, b) of a list by `items`, in place when the runs are short (a spread of many arguments could overflow the stack). */
export function replaceRun<T>(list: T[], a: number, b: number, items: readonly T[]): T[] {
  if (items.length < 4096 && b - a < 4096) { list.splice(a, b - a, ...items); return list; }
  return [...list.slice(0, a), ...items, ...list.slice(b)];
}

/** The slot's current index (binary search over the ranks). */
export function indexOf(cache: Cache, s: Slot): number {
  return firstIndex(cache.ranks.length, (k) => cache.ranks[k] >= s.rank);
}

/**
 * Ranks for `m` new slots at [a, a + m) (already in `slots`) in place of the old slots' ranks [a, b):
 * evenly between their neighbours'. When the doubles between two neighbours run out, every slot is
 * ranked again by index (then true).
 */
export function rankNew(cache: Cache, a: number, b: number, m: number): boolean {
  const ranks = cache.ranks;
  const below = a > 0 ? ranks[a - 1] : (ranks[b] ?? m + 1) - m - 1;
  const above = b < ranks.length ? ranks[b] : below + m + 1;
  const fresh: number[] = [];
  for (let k = 1; k <= m; k++) fresh.push(below + ((above - below) * k) / (m + 1));
  const ok = fresh.every((r, k) => r > (k ? fresh[k - 1] : below) && r < above);
  cache.ranks = replaceRun(ranks, a, b, fresh);
  if (!ok) cache.ranks = cache.slots.map((_, k) => k);
  for (let k = 0; k < m; k++) cache.slots[a + k].rank = cache.ranks[a + k];
  if (!ok) cache.slots.forEach((s, k) => { s.rank = k; });
  return !ok;
}
