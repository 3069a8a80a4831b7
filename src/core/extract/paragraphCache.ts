// The paragraph cache of IncrementalExtractor: raw paragraph results reused across edits, found
// from the common prefix and suffix of the old and new text.
import type { CompiledRegistry, RegistryMemo } from '../registry';
import { commonPrefix, commonSuffix } from '../util';
import type { Mention } from '../types';
import type { parseRefDate } from './calendar';
import { frontMatterLength } from './frontMatter';
import type { Summary } from './documentPass';
import { extractParagraph, type RawParagraph } from './paragraph';
import { paragraphs, paragraphsIn, type Paragraph } from './paragraphSplit';
import type { Steps } from './steps';

/** State kept by IncrementalExtractor between updates. */
export interface Cache {
  prev: { text: string; referenceDate: string | null; paras: Paragraph[]; raws: RawParagraph[] } | null;
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
  /** The registry pass's paragraph hits, per compiled registry. */
  registryHits: WeakMap<CompiledRegistry, RegistryMemo>;
}

/** Paragraphs and their raw results, reusing the previous update's where the text did not change. */
export function reuseParagraphs(cache: Cache, text: string, referenceDate: string | null, ref: ReturnType<typeof parseRefDate>, steps?: Steps): { paras: Paragraph[]; raws: RawParagraph[] } {
  const extractCached = (p: Paragraph): RawParagraph => {
    let raw = cache.recent.get(p.text);
    if (!raw) {
      raw = extractParagraph(p.text, ref, steps);
      cache.extracted++;
      if (cache.recent.size > 512) cache.recent.clear();
      cache.recent.set(p.text, raw);
    }
    return raw;
  };
  const prev = cache.prev;
  const body = frontMatterLength(text);
  if (!prev || prev.referenceDate !== referenceDate || prev.paras.length === 0) {
    cache.recent.clear();
    const paras = paragraphs(text);
    return { paras, raws: paras.map(extractCached) };
  }
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
  if (pre <= Math.max(body, frontMatterLength(prev.text))) {
    const paras = paragraphs(text);
    return { paras, raws: paras.map(extractCached) };
  }
  // The window starts at a paragraph start before the change (or the body start) and ends at one after it.
  const from = a > 0 ? oldParas[a].start : body;
  const to = b < oldParas.length ? oldParas[b].start + delta : text.length;
  const middle = paragraphsIn(text, from, to);
  const paras = oldParas.slice(0, a);
  const raws = prev.raws.slice(0, a);
  for (const p of middle) { paras.push(p); raws.push(extractCached(p)); }
  for (let k = b; k < oldParas.length; k++) {
    paras.push(delta ? { start: oldParas[k].start + delta, text: oldParas[k].text } : oldParas[k]);
    raws.push(prev.raws[k]);
  }
  return { paras, raws };
}

export function newCache(): Cache {
  return { prev: null, recent: new Map(), outputs: new WeakMap(), summaries: new WeakMap(), version: 0, signature: '', extracted: 0, registryHits: new WeakMap() };
}
