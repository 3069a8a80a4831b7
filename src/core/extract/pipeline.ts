// extract(): paragraphs, each paragraph's rules (paragraph.ts), then the document pass. The
// incremental path (runIncremental, for IncrementalExtractor) replaces only the paragraphs an edit
// touched and answers with the change to the previous mention list; with a registry, its pass is
// applied per paragraph (registry/namedPersons.ts holds the one piece of document state it reads).
import type { Mention } from '../types';
import { applyRegistry, applyRegistryToParagraph, NamedPersons, registryHits, type CompiledRegistry, type RegistryMemo } from '../registry';
import { applyTextEdit, checkEditFits, sameMoved, textEdit, type SpanListPatch, type TextEdit } from '../util';
import { parseRefDate } from './calendar';
import { assembleParagraph, contextReads, docContext, DOMINANT_KEY, LEAD_PARAGRAPHS, shift } from './documentPass';
import { datelineState } from './dominantState';
import { extractParagraphs, type RawParagraph } from './paragraph';
import {
  dependsOnOrder, editedPrefix, editWindow, indexOf, joinText, rankNew, rawKey, rawsFor, replaceRun, wholeWindow, type Cache, type Slot, type Window,
} from './paragraphCache';
import { paragraphsIn } from './paragraphSplit';
import { referenceDateOf } from './referenceDate';
import type { Steps } from './steps';
import { dateOrderEvidence, orderOfTally, tallyDateOrder, type OrderTally } from './dates';
import { resolveDateOrder } from './dateOrder';
import { frontMatterFacts, frontMatterKept, opensFrontMatter, type DateOrder, type FrontMatterFacts } from './frontMatter';

export interface ExtractOptions {
  /** YYYY-MM-DD (or a datetime); overrides the front matter `date:`. */
  referenceDate?: string | null;
  /** Receives the work done (tokens and loop turns the rules examined): tests bound it per token. */
  steps?: Steps;
  /** A team's entity registry, compiled once (compileRegistry): an extra gazetteer and never list. */
  registry?: CompiledRegistry;
  /** Day-month order of numeric dates such as 03/04/2026 (the setting or CLI option); the front matter's `dateOrder:` overrides it, and it overrides the article's evidence. */
  dateOrder?: DateOrder | null;
}

export interface ExtractResult {
  referenceDate: string | null;
  mentions: Mention[];
}

/** Extracts actors, figures and dates; mentions sorted by start and non-overlapping. */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  const front = frontMatterFacts(text);
  const referenceDate = referenceDateOf(() => front.date, { given: options?.referenceDate });
  const paras = paragraphsIn(text, front.length, text.length);
  const order = resolveDateOrder(front.dateOrder, options?.dateOrder, () => dateOrderEvidence(text, front.length));
  const raws = extractParagraphs(paras.map((p) => p.text), parseRefDate(referenceDate), options?.steps, order);
  const ctx = docContext(raws, datelineState(paras));
  const mentions: Mention[] = [];
  // Raw results are used once here: shifted in place instead of copied.
  for (let p = 0; p < paras.length; p++) for (const m of assembleParagraph(raws[p], paras[p].start, ctx, true)) mentions.push(m);
  const registry = options?.registry;
  return { referenceDate, mentions: registry ? applyRegistry(text, mentions, registry) : mentions };
}

/** A placeholder until a new slot's raw result is known. */
const NO_RAW: RawParagraph = { mentions: [], candidates: [], acronyms: [], ambiguous: [], countries: [], owned: [] };

/** The slot's context keys leave the readers index. */
function unread(cache: Cache, s: Slot): void {
  for (const key of s.reads) {
    const readers = cache.readers.get(key);
    if (!readers) continue;
    readers.delete(s);
    if (readers.size === 0) cache.readers.delete(key);
  }
  s.reads = [];
}

/** Equal paragraph outputs, each taken at its own base offset. */
function sameOutput(a: readonly Mention[], aBase: number, b: readonly Mention[], bBase: number): boolean {
  if (a.length !== b.length) return false;
  const d = bBase - aBase;
  for (let k = 0; k < a.length; k++) if (!sameMoved(a[k], b[k], d)) return false;
  return true;
}

/** The document pass over one slot (at index i), its reads indexed, then the registry's pass when there is one. */
function assembleSlot(cache: Cache, s: Slot, i: number): void {
  const ctx = cache.tally.ctx;
  unread(cache, s);
  s.out = assembleParagraph(s.raw, cache.starts[i], ctx);
  const registry = cache.registry;
  if (registry) {
    cache.work.registered += s.out.length;
    s.out = applyRegistryToParagraph(s.text, cache.starts[i], s.out, s.hits!, (e) => cache.named.namedBefore(e, s.rank), registry);
  }
  s.outBase = cache.starts[i];
  cache.counts[i] = s.out.length;
  s.reads = contextReads(s.raw, ctx);
  for (const key of s.reads) {
    let readers = cache.readers.get(key);
    if (!readers) { readers = new Set(); cache.readers.set(key, readers); }
    readers.add(s);
  }
  cache.work.assembled++;
}

/** The article's day-month evidence, the new slots added (every slot tallied when the evidence was not kept). */
function evidence(cache: Cache, added: readonly Slot[]): OrderTally {
  const tally = (s: Slot): OrderTally => {
    if (!s.tally) { s.tally = tallyDateOrder(s.text); cache.work.evidenceChars += s.text.length; }
    return s.tally;
  };
  let total = cache.evidence;
  const fresh = total ? added : cache.slots;
  total ??= { dmy: 0, mdy: 0 };
  for (const s of fresh) { const t = tally(s); total.dmy += t.dmy; total.mdy += t.mdy; }
  cache.evidence = total;
  return total;
}

/** The mentions of slot i at its current offsets (copied once when its paragraph moved). */
function outAt(cache: Cache, i: number): Mention[] {
  const s = cache.slots[i];
  const start = cache.starts[i];
  if (s.outBase !== start) {
    const d = start - s.outBase;
    s.out = s.out.map((m) => shift(m, d));
    s.outBase = start;
    cache.work.shifted += s.out.length;
  }
  return s.out;
}

/** The whole current mention list. */
export function currentMentions(cache: Cache): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < cache.slots.length; i++) for (const m of outAt(cache, i)) out.push(m);
  return out;
}

/** The registry's paragraph hits remembered by this cache (an undo, a paragraph moved back). */
function hitsMemo(cache: Cache, registry: CompiledRegistry): RegistryMemo {
  let memo = cache.registryHits.get(registry);
  if (!memo) { memo = new Map(); cache.registryHits.set(registry, memo); }
  return memo;
}

/**
 * The registry's side of an update: every slot's names again when the registry changed (or came or
 * went), else the added slots'. Returns the slots whose registry result may have changed beyond
 * those: bare surnames whose person's first full naming moved.
 */
function updateNames(cache: Cache, registry: CompiledRegistry | null, added: readonly Slot[], reranked: boolean): Slot[] {
  if (registry !== cache.registry) {
    cache.registry = registry;
    cache.named = new NamedPersons();
    for (const s of cache.slots) s.hits = null;
    added = cache.slots;
  }
  if (!registry) return [];
  const memo = hitsMemo(cache, registry);
  for (const s of added) {
    s.hits = registryHits(s.text, registry, memo);
    cache.named.add(s, s.hits);
  }
  return cache.named.settle(reranked);
}

export interface IncrementalRun {
  referenceDate: string | null;
  /** The change to the previous update's mention list (all of it on the first update). */
  change: SpanListPatch<Mention>;
}

/**
 * One update of the incremental cache from the new text or from an edit of the previous one: the
 * edit's window of paragraphs replaced (read from the slots; an edit's new text is never built
 * whole unless the front matter or reference date changes), the document context updated by their
 * contributions, and only the paragraphs whose output can change assembled again. Work outside the
 * window is over plain number arrays: the following paragraphs' offsets, and the mention counts
 * before and after the changed range.
 */
export function runIncremental(cache: Cache, next: string | TextEdit, options: ExtractOptions | undefined): IncrementalRun {
  const prev = cache.prev;
  let text: string | null = typeof next === 'string' ? next : null;
  let edit: TextEdit | null = null;
  if (prev) {
    edit = typeof next === 'string' ? textEdit(cache.text ?? joinText(cache), next) : next;
    checkEditFits(edit, prev.length);
  } else if (text === null) throw new Error('an edit needs an earlier update to apply to');
  const length = text?.length ?? prev!.length - edit!.deleteCount + edit!.insert.length;
  // The whole new text, built (from the slots, before they change) only when the front matter or reference date needs it.
  const wholeText = (): string => (text ??= applyTextEdit(joinText(cache), edit!));
  let front: FrontMatterFacts;
  if (prev && edit && frontMatterKept(prev.front, edit.start)) front = prev.front;
  else if (prev && edit && prev.front.length === 0 && !prev.front.opened && !opensFrontMatter(editedPrefix(cache, edit, 256))) front = prev.front;
  else front = frontMatterFacts(wholeText());
  const referenceDate = referenceDateOf(() => front.date, { given: options?.referenceDate });
  const ref = parseRefDate(referenceDate);
  const reuse = !!prev && !!edit && prev.referenceDate === referenceDate && cache.slots.length > 0 && (front === prev.front || edit.start > Math.max(front.length, prev.front.length));
  let known: Map<string, RawParagraph> | undefined;
  if (!reuse && prev?.referenceDate === referenceDate) {
    // Rebuilt whole (the front matter changed) with the same reference date: old paragraphs keep their raw results.
    known = new Map();
    for (const s of cache.slots) known.set(rawKey(s, prev.order), s.raw);
  } else if (!reuse) cache.recent.clear();
  const win: Window = reuse ? editWindow(cache, edit!, front.length) : wholeWindow(cache, wholeText(), front.length);
  const delta = reuse ? length - prev!.length : 0;
  if (win.lead !== null) cache.head = (reuse ? cache.head.slice(0, front.length) : wholeText().slice(0, front.length)) + win.lead;

  // The replaced slots leave the context, the evidence and the readers.
  const removed = cache.slots.slice(win.a, win.b);
  for (const s of removed) {
    cache.tally.remove(s);
    if (s.hits) cache.named.remove(s, s.hits);
    unread(cache, s);
    cache.ordered.delete(s);
    if (cache.evidence && s.tally) { cache.evidence.dmy -= s.tally.dmy; cache.evidence.mdy -= s.tally.mdy; }
  }
  const added: Slot[] = win.paras.map((p) => ({ text: p.text, gap: p.gap, rank: 0, raw: NO_RAW, ordered: dependsOnOrder(p.text), tally: null, out: [], outBase: p.start, reads: [], hits: null }));
  cache.slots = replaceRun(cache.slots, win.a, win.b, added);
  cache.starts = replaceRun(cache.starts, win.a, win.b, win.paras.map((p) => p.start));
  cache.counts = replaceRun(cache.counts, win.a, win.b, added.map(() => 0));
  const reranked = rankNew(cache, win.a, win.b, added.length);
  const slots = cache.slots;
  const starts = cache.starts;
  // The paragraphs after the window move by the edit's length (plain numbers: the slots themselves are not visited).
  if (delta !== 0) for (let i = win.a + added.length; i < starts.length; i++) starts[i] += delta;

  // The day-month order: front matter, else setting, else the evidence (tallied per paragraph, only while it decides).
  let tallied = false;
  const order = resolveDateOrder(front.dateOrder, options?.dateOrder, () => { tallied = true; return orderOfTally(evidence(cache, added)); });
  if (!tallied) cache.evidence = null;

  const raws = rawsFor(cache, added, ref, order, options?.steps, known);
  added.forEach((s, k) => { s.raw = raws[k]; if (s.ordered) cache.ordered.add(s); });
  // A changed order re-reads only the paragraphs with numeric dates it decides.
  const reread: Slot[] = [];
  if (reuse && prev && prev.order !== order) {
    const fresh = new Set(added);
    const outside = [...cache.ordered].filter((s) => !fresh.has(s));
    const again = rawsFor(cache, outside, ref, order, options?.steps);
    outside.forEach((s, k) => {
      if (again[k] === s.raw) return;
      cache.tally.remove(s);
      s.raw = again[k];
      cache.tally.add(s);
      reread.push(s);
    });
  }
  for (const s of added) cache.tally.add(s);
  const change = cache.tally.settle(slots.slice(0, LEAD_PARAGRAPHS), datelineState(slots.slice(0, 3)));
  const registry = options?.registry ?? null;
  const everySlot = registry !== cache.registry;
  const renamed = updateNames(cache, registry, added, reranked);

  // Assemble the new and re-read paragraphs, those that read a context key that changed, those whose
  // registry result may have changed, and every one when the registry did.
  const assemble = new Set<Slot>(added);
  for (const s of reread) assemble.add(s);
  for (const key of change.keys) for (const s of cache.readers.get(key) ?? []) assemble.add(s);
  if (change.dominant) for (const s of cache.readers.get(DOMINANT_KEY) ?? []) assemble.add(s);
  for (const s of renamed) assemble.add(s);
  // The change spans the edit's place (the paragraphs it replaced; mentions on either side of it keep
  // or shift their offsets) and every paragraph whose mentions changed. Only an edit that replaced no
  // paragraph and moved nothing (a new registry, the same text) has no place of its own.
  const replaced = win.b > win.a || added.length > 0 || delta !== 0;
  let lo = replaced ? win.a : Infinity;
  let hi = replaced ? win.a + added.length : -Infinity;
  const at = new Map<Slot, number>(added.map((s, k) => [s, win.a + k]));
  if (everySlot) slots.forEach((s, i) => { assemble.add(s); at.set(s, i); });
  const fresh = new Set(added);
  for (const s of assemble) {
    const i = at.get(s) ?? indexOf(cache, s);
    const old = fresh.has(s) ? null : { out: s.out, base: s.outBase };
    assembleSlot(cache, s, i);
    // A paragraph assembled again because a context key it reads changed often gives what it gave
    // (a name's first mention moved, say): only one whose mentions changed widens the change.
    if (old && sameOutput(old.out, old.base, s.out, s.outBase)) continue;
    if (i < lo) lo = i;
    if (i + 1 > hi) hi = i + 1;
  }
  if (lo > hi) lo = hi = win.a; // nothing changed
  // Mentions outside [lo, hi) are unchanged (those after it moved by delta); so are their counts.
  const counts = cache.counts;
  let before = 0;
  for (let i = 0; i < lo; i++) before += counts[i];
  let after = 0;
  for (let i = hi; i < counts.length; i++) after += counts[i];
  const insert: Mention[] = [];
  for (let i = lo; i < hi; i++) for (const m of outAt(cache, i)) insert.push(m);
  const deleteCount = cache.count - before - after;
  cache.count = before + insert.length + after;
  cache.text = text;
  cache.prev = { length, referenceDate, front, order };
  return { referenceDate, change: { start: before, deleteCount, insert, shift: delta } };
}

