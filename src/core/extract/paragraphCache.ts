// The paragraph cache of IncrementalExtractor: raw paragraph results reused across edits, found
// from the common prefix and suffix of the old and new text.
import type { CompiledRegistry, RegistryMemo } from '../registry';
import { commonPrefix, commonSuffix } from '../util';
import type { Mention } from '../types';
import type { parseRefDate } from './calendar';
import { frontMatterLength, type DateOrder } from './frontMatter';
import type { Summary } from './documentPass';
import { tallyDateOrder, type OrderTally } from './dates';
import { extractParagraph, type RawParagraph } from './paragraph';
import { paragraphs, paragraphsIn, type Paragraph } from './paragraphSplit';
import type { Steps } from './steps';

/** State kept by IncrementalExtractor between updates. */
export interface Cache {
  prev: {
    text: string; referenceDate: string | null; paras: Paragraph[]; raws: RawParagraph[];
    /** Day-month evidence per paragraph (aligned with paras) and its sum: an edit rescans only the paragraphs it touched. */
    tallies: OrderTally[]; total: OrderTally;
  } | null;
  /** Recently extracted paragraphs by text (undo, moved paragraphs); cleared when it grows. */
  recent: Map<string, RawParagraph>;
  /** What each raw paragraph contributes to the document context, computed once. */
  summaries: WeakMap<RawParagraph, Summary>;
  outputs: WeakMap<RawParagraph, { base: number; version: number; mentions: Mention[] }>;
  /** Bumped whenever the document context signature changes. */
  version: number;
  signature: string;
  /** Paragraphs run through the extractor so far (what the cache saves is counted, not timed). */
  extracted: number;
  /** Characters scanned for day-month evidence so far (counted, not timed). */
  evidenceChars: number;
  /** The registry pass's paragraph hits, per compiled registry. */
  registryHits: WeakMap<CompiledRegistry, RegistryMemo>;
}

/** The new text's paragraphs; where the old ones were kept, old [0, a) and [b, …) surround `middle` new ones. */
export interface Resplit {
  paras: Paragraph[];
  kept: { a: number; b: number; middle: number } | null;
}

/** Paragraphs of text, reusing the previous update's outside the changed window (kept: null when everything is new). */
export function resplit(cache: Cache, text: string): Resplit {
  const prev = cache.prev;
  if (!prev || prev.paras.length === 0) return { paras: paragraphs(text), kept: null };
  const body = frontMatterLength(text);
  const pre = commonPrefix(prev.text, text);
  const suf = commonSuffix(prev.text, text, Math.min(prev.text.length, text.length) - pre);
  const oldEnd = prev.text.length - suf;
  const delta = text.length - prev.text.length;
  const oldParas = prev.paras;
  // First reused-after paragraph: two past the one holding the change end; last reused-before: two before the change start.
  let a = 0;
  while (a < oldParas.length && oldParas[a].start <= pre) a++;
  a = Math.max(0, a - 2);
  let b = a;
  while (b < oldParas.length && oldParas[b].start <= oldEnd) b++;
  b = Math.min(oldParas.length, b + 1);
  if (pre <= Math.max(body, frontMatterLength(prev.text))) return { paras: paragraphs(text), kept: null };
  // The window starts at a paragraph start before the change (or the body start) and ends at one after it.
  const from = a > 0 ? oldParas[a].start : body;
  const to = b < oldParas.length ? oldParas[b].start + delta : text.length;
  const middle = paragraphsIn(text, from, to);
  const paras = oldParas.slice(0, a);
  for (const p of middle) paras.push(p);
  for (let k = b; k < oldParas.length; k++) paras.push(delta ? { start: oldParas[k].start + delta, text: oldParas[k].text } : oldParas[k]);
  return { paras, kept: { a, b, middle: middle.length } };
}

/** Each paragraph's day-month evidence and their sum, rescanning only the paragraphs the edit touched. */
export function tallyParagraphs(cache: Cache, split: Resplit): { tallies: OrderTally[]; total: OrderTally } {
  const prev = cache.prev;
  const scan = (p: Paragraph): OrderTally => { cache.evidenceChars += p.text.length; return tallyDateOrder(p.text); };
  if (!prev || !split.kept) {
    const tallies = split.paras.map(scan);
    const total = { dmy: 0, mdy: 0 };
    for (const t of tallies) { total.dmy += t.dmy; total.mdy += t.mdy; }
    return { tallies, total };
  }
  const { a, b, middle } = split.kept;
  const total = { ...prev.total };
  const tallies = prev.tallies.slice(0, a);
  for (let k = a; k < b; k++) { total.dmy -= prev.tallies[k].dmy; total.mdy -= prev.tallies[k].mdy; }
  for (let k = a; k < a + middle; k++) {
    const t = scan(split.paras[k]);
    total.dmy += t.dmy; total.mdy += t.mdy;
    tallies.push(t);
  }
  for (let k = b; k < prev.tallies.length; k++) tallies.push(prev.tallies[k]);
  return { tallies, total };
}

/** Raw results of the paragraphs, reusing the previous update's where the text and the reference key did not change. */
export function reuseRaws(cache: Cache, split: Resplit, referenceDate: string | null, ref: ReturnType<typeof parseRefDate>, steps?: Steps, order: DateOrder | null = null): RawParagraph[] {
  const extractCached = (p: Paragraph): RawParagraph => {
    let raw = cache.recent.get(p.text);
    if (!raw) {
      raw = extractParagraph(p.text, ref, steps, order);
      cache.extracted++;
      if (cache.recent.size > 512) cache.recent.clear();
      cache.recent.set(p.text, raw);
    }
    return raw;
  };
  const prev = cache.prev;
  if (!prev || prev.referenceDate !== referenceDate || prev.paras.length === 0) {
    cache.recent.clear();
    return split.paras.map(extractCached);
  }
  if (!split.kept) return split.paras.map(extractCached);
  const { a, b, middle } = split.kept;
  const raws = prev.raws.slice(0, a);
  for (let k = a; k < a + middle; k++) raws.push(extractCached(split.paras[k]));
  for (let k = b; k < prev.raws.length; k++) raws.push(prev.raws[k]);
  return raws;
}

export function newCache(): Cache {
  return { prev: null, recent: new Map(), outputs: new WeakMap(), summaries: new WeakMap(), version: 0, signature: '', extracted: 0, evidenceChars: 0, registryHits: new WeakMap() };
}
