// extract(): paragraphs, each paragraph's rules (paragraph.ts), then the document pass; with a
// cache (IncrementalExtractor) unchanged paragraphs and outputs are reused.
import type { Mention } from '../types';
import { applyRegistry, type CompiledRegistry } from '../registry';
import { parseRefDate } from './calendar';
import { assembleParagraph, datelineState, docContext, shift } from './documentPass';
import { extractParagraphs, type RawParagraph } from './paragraph';
import { resplit, reuseRaws, tallyParagraphs, type Cache } from './paragraphCache';
import { paragraphs, type Paragraph } from './paragraphSplit';
import { referenceDateFor } from './referenceDate';
import type { Steps } from './steps';
import { dateOrderEvidence, orderOfTally } from './dates';
import { resolveDateOrder } from './dateOrder';
import { frontMatterDateOrder, frontMatterLength, type DateOrder } from './frontMatter';

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

export function run(text: string, options: ExtractOptions | undefined, cache: Cache | null): ExtractResult {
  const referenceDate = referenceDateFor(text, { given: options?.referenceDate });
  const ref = parseRefDate(referenceDate);
  let paras: Paragraph[];
  let raws: RawParagraph[];
  if (cache) {
    const split = resplit(cache, text);
    const { tallies, total } = tallyParagraphs(cache, split);
    // Day-month order: the front matter, else the setting, else the article's evidence (tallied per paragraph).
    const order = resolveDateOrder(frontMatterDateOrder(text), options?.dateOrder, () => orderOfTally(total));
    // Paragraph results depend on the order too (with or without a reference date): it is part of the cache key.
    const refKey = referenceDate === null && order === null ? null : `${referenceDate ?? ''}${order ?? ''}`;
    paras = split.paras;
    raws = reuseRaws(cache, split, refKey, ref, options?.steps, order);
    cache.prev = { text, referenceDate: refKey, paras, raws, tallies, total };
  } else {
    paras = paragraphs(text);
    const order = resolveDateOrder(frontMatterDateOrder(text), options?.dateOrder, () => dateOrderEvidence(text, frontMatterLength(text)));
    raws = extractParagraphs(paras.map((p) => p.text), ref, options?.steps, order);
  }
  const ctx = docContext(raws, cache ? cache.summaries : null, datelineState(paras));
  if (cache && cache.signature !== ctx.signature) { cache.signature = ctx.signature; cache.version++; }
  const version = cache?.version ?? 0;
  const mentions: Mention[] = [];
  for (let p = 0; p < paras.length; p++) {
    const raw = raws[p];
    const base = paras[p].start;
    let part: Mention[];
    const prev = cache?.outputs.get(raw);
    if (prev && prev.base === base && prev.version === version) part = prev.mentions;
    else if (prev && prev.version === version) {
      // Same paragraph and context, moved: only the offsets change.
      const d = base - prev.base;
      part = prev.mentions.map((m) => shift(m, d));
      cache?.outputs.set(raw, { base, version, mentions: part });
    } else {
      // Uncached raw results are used once: shift them in place instead of copying.
      part = assembleParagraph(raw, base, ctx, !cache);
      cache?.outputs.set(raw, { base, version, mentions: part });
    }
    for (const m of part) mentions.push(m);
  }
  const registry = options?.registry;
  if (!registry) return { referenceDate, mentions };
  let memo = cache?.registryHits.get(registry);
  if (cache && !memo) { memo = new Map(); cache.registryHits.set(registry, memo); }
  return { referenceDate, mentions: applyRegistry(text, mentions, registry, memo) };
}

/** Extracts actors, figures and dates; mentions sorted by start and non-overlapping. */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  return run(text, options, null);
}
