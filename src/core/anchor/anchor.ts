// Re-anchoring of text-quote selectors (W3C Web Annotation TextQuoteSelector + TextPositionSelector),
// after Hypothesis' match-quote: exact match at the position hint, else the best exact match by
// context and distance, else a bounded fuzzy match scored on quote similarity, context and distance.
// Line endings are compared normalised (CRLF ≡ LF), so switching them never orphans anything.
// Work is bounded whatever a sidecar stores: context is compared over CONTEXT_LENGTH units, quotes
// over MAX_FUZZY_QUOTE_LENGTH are matched exactly only, and the fuzzy search of one call has a
// budget in steps and in DP cells (AnchorStats counts both).
import { firstIndex } from '../util/bounds';
import { editDistance, fuzzySearch, type FuzzyWork } from './fuzzy';

/** Characters of context stored on each side of a quote, and compared when re-anchoring. */
export const CONTEXT_LENGTH = 32;

/**
 * Quotes longer than this (UTF-16 units, CRLF counted as one) re-anchor only where they still occur
 * exactly: a fuzzy match costs work quadratic in the quote. `policy-lens check` warns about them.
 */
export const MAX_FUZZY_QUOTE_LENGTH = 256;

/** W3C Web Annotation TextQuoteSelector; the sidecar format stores it as `quote`. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** What an annotation stores: the quote with context plus a position hint. */
export interface AnchorTarget {
  quote: QuoteSelector;
  start: number;
  end: number;
}

export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';

export interface AnchorResult {
  /**
   * anchored: the exact quote at the hint; moved: the quote elsewhere, or a fuzzy match (exact false);
   * orphaned: not found (range = the old hint).
   */
  status: AnchorStatus;
  start: number;
  end: number;
  /** The text at the range equals the quote (line endings normalised). False for fuzzy matches. */
  exact: boolean;
  /** 0..1, how well quote, context and position agree. */
  score: number;
}

export interface AnchorOptions {
  /**
   * Characters of context to capture in createTarget, and compared when scoring (default
   * CONTEXT_LENGTH, 32); stored context beyond it, away from the quote, is ignored.
   */
  contextLength?: number;
  /** Quotes shorter than this are never fuzzily matched (default 4). */
  minFuzzyLength?: number;
  /** Fraction of the quote that may differ in a fuzzy match (default 0.25). */
  maxErrorRate?: number;
  /** Half-width of the window searched fuzzily around the hint (default 32 768). */
  fuzzyWindow?: number;
  /** Characters the whole-text fuzzy fallback may scan per call to anchorAll (default 8 000 000). */
  fuzzyBudget?: number;
  /** Half-width of the window searched first for exact occurrences (default 4096). */
  exactWindow?: number;
  /**
   * Bit-parallel steps (characters scanned × 32-unit blocks of the quote) the fuzzy search may take
   * per call, windows and whole-text fallback together (default 128 000 000).
   */
  fuzzyStepBudget?: number;
  /**
   * Edit-distance cells per call (context scoring included) after which the fuzzy search verifies
   * no more candidates (default 32 000 000).
   */
  fuzzyCellBudget?: number;
  /** Filled in with the work done (added to what it holds): for growth tests and benchmarks. */
  stats?: AnchorStats;
}

/** Work done by anchor/anchorAll/shiftAnchors, counted rather than timed. */
export interface AnchorStats {
  /** Edit-distance cells computed: context scoring and fuzzy verification. */
  cells: number;
  /** Bit-parallel fuzzy-search steps: characters scanned × 32-unit blocks of the quote. */
  steps: number;
  /** Targets not searched fuzzily because their quote is longer than MAX_FUZZY_QUOTE_LENGTH. */
  exactOnly: number;
  /** Targets whose fuzzy search was skipped or cut short because a budget was spent. */
  overBudget: number;
}

export function emptyStats(): AnchorStats {
  return { cells: 0, steps: 0, exactOnly: 0, overBudget: 0 };
}

const DEFAULTS = {
  contextLength: CONTEXT_LENGTH, minFuzzyLength: 4, maxErrorRate: 0.25, fuzzyWindow: 32768, fuzzyBudget: 8_000_000, exactWindow: 4096,
  fuzzyStepBudget: 128_000_000, fuzzyCellBudget: 32_000_000,
};

/**
 * Targets whose quote is longer than MAX_FUZZY_QUOTE_LENGTH: they are found where the exact quote
 * still occurs, never fuzzily (for `policy-lens check` to warn about).
 */
export function overlongQuotes<T extends { quote: QuoteSelector }>(targets: readonly T[]): T[] {
  return targets.filter((t) => normalizeEol(t.quote.exact).length > MAX_FUZZY_QUOTE_LENGTH);
}

export function normalizeEol(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n/g, '\n') : s;
}

/** Build the selector for text[start, end). */
export function createTarget(text: string, start: number, end: number, contextLength = DEFAULTS.contextLength): AnchorTarget {
  if (start < 0 || end > text.length || end < start) throw new RangeError(`bad range ${start}-${end}`);
  let ps = Math.max(0, start - contextLength);
  let se = Math.min(text.length, end + contextLength);
  // Never cut a surrogate pair in half.
  if (ps > 0 && isLowSurrogate(text.charCodeAt(ps))) ps--;
  if (se < text.length && isLowSurrogate(text.charCodeAt(se))) se++;
  return { quote: { exact: text.slice(start, end), prefix: text.slice(ps, start), suffix: text.slice(end, se) }, start, end };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A text with CRLF folded to LF, and offset maps both ways. */
class View {
  readonly t: string;
  readonly #crs: number[] = [];
  constructor(readonly original: string) {
    if (!original.includes('\r\n')) { this.t = original; return; }
    for (let i = original.indexOf('\r\n'); i >= 0; i = original.indexOf('\r\n', i + 2)) this.#crs.push(i);
    this.t = original.replace(/\r\n/g, '\n');
  }
  /** Original offset → view offset. */
  toView(o: number): number {
    if (!this.#crs.length) return o;
    const crs = this.#crs;
    return o - firstIndex(crs.length, (i) => crs[i] >= o);
  }
  /** View offset → original offset; `end` offsets stay before a CR, start offsets after it. */
  toOriginal(v: number, isEnd: boolean): number {
    if (!this.#crs.length) return v;
    const crs = this.#crs;
    // CRs before v: those with crs[i] - i (their view offset) < v (end) or <= v (start).
    return v + firstIndex(crs.length, (i) => (isEnd ? crs[i] - i >= v : crs[i] - i > v));
  }
}

interface Prepared {
  exact: string;
  prefix: string;
  suffix: string;
  hint: number;
}

/** The last `n` units of s, or the first ones (`head`), without cutting a surrogate pair. */
function clip(s: string, n: number, head: boolean): string {
  if (s.length <= n) return s;
  if (head) return s.slice(0, isLowSurrogate(s.charCodeAt(n)) ? n + 1 : n);
  const from = s.length - n;
  return s.slice(isLowSurrogate(s.charCodeAt(from)) ? from - 1 : from);
}

/** Similarity (0..1) of the stored prefix with the text before `start`. */
function prefixSim(t: string, start: number, prefix: string, work: FuzzyWork): number {
  if (!prefix.length) return start === 0 ? 1 : 0.5;
  const before = t.slice(Math.max(0, start - prefix.length), start);
  if (before === prefix) return 1;
  return Math.max(0, 1 - editDistance(prefix, before, work) / prefix.length);
}

function suffixSim(t: string, end: number, suffix: string, work: FuzzyWork): number {
  if (!suffix.length) return end === t.length ? 1 : 0.5;
  const after = t.slice(end, end + suffix.length);
  if (after === suffix) return 1;
  return Math.max(0, 1 - editDistance(suffix, after, work) / suffix.length);
}

function contextPerfect(t: string, start: number, end: number, p: Prepared): boolean {
  if (!t.startsWith(p.exact, start)) return false;
  if (p.prefix.length && (start < p.prefix.length || !t.startsWith(p.prefix, start - p.prefix.length))) return false;
  return !p.suffix.length || t.startsWith(p.suffix, end);
}

interface Candidate {
  start: number;
  end: number;
  quoteSim: number;
  ctx: number;
  score: number;
}

function score(t: string, p: Prepared, start: number, end: number, quoteSim: number, work: FuzzyWork): Candidate {
  const ctx = (prefixSim(t, start, p.prefix, work) + suffixSim(t, end, p.suffix, work)) / 2;
  const dist = Math.abs(start - p.hint);
  const pos = 1 - Math.min(1, dist / Math.max(1, t.length));
  // Weights after Hypothesis' match-quote: quote 50, prefix 20, suffix 20, position 2.
  const s = (50 * quoteSim + 40 * ctx + 2 * pos) / 92;
  return { start, end, quoteSim, ctx, score: s };
}

/**
 * Share (0..1) of the stored context that still matches at the candidate's boundaries, reading
 * outwards from the quote. O(context length), no allocation.
 */
function cheapContext(t: string, start: number, end: number, p: Prepared): number {
  let pre = 0;
  const pl = p.prefix.length;
  while (pre < pl && start - pre - 1 >= 0 && t.charCodeAt(start - pre - 1) === p.prefix.charCodeAt(pl - pre - 1)) pre++;
  let suf = 0;
  const sl = p.suffix.length;
  while (suf < sl && end + suf < t.length && t.charCodeAt(end + suf) === p.suffix.charCodeAt(suf)) suf++;
  const a = pl ? pre / pl : start === 0 ? 1 : 0.5;
  const b = sl ? suf / sl : end === t.length ? 1 : 0.5;
  return (a + b) / 2;
}

class Anchorer {
  readonly view: View;
  readonly opts: Required<Omit<AnchorOptions, 'stats'>>;
  budget: number;
  /** Work done by this anchorer (added to the caller's stats by report()). */
  readonly work: FuzzyWork = { cells: 0, steps: 0 };
  exactOnly = 0;
  overBudget = 0;
  readonly #occurrences = new Map<string, number[]>();

  /** Every position of `exact` in the text, computed once per distinct quote. */
  occurrences(exact: string): number[] {
    let list = this.#occurrences.get(exact);
    if (!list) {
      list = [];
      const t = this.view.t;
      for (let i = t.indexOf(exact); i >= 0; i = t.indexOf(exact, i + 1)) list.push(i);
      this.#occurrences.set(exact, list);
    }
    return list;
  }
  constructor(text: string, options: AnchorOptions = {}) {
    this.view = new View(text);
    this.opts = { ...DEFAULTS, ...options };
    this.budget = this.opts.fuzzyBudget;
  }

  /** Add the work done to `stats` (when the caller asked for it). */
  report(stats: AnchorStats | undefined): void {
    if (!stats) return;
    stats.cells += this.work.cells;
    stats.steps += this.work.steps;
    stats.exactOnly += this.exactOnly;
    stats.overBudget += this.overBudget;
  }

  anchor(target: AnchorTarget, drift = 0): AnchorResult {
    const v = this.view;
    const t = v.t;
    const L = this.opts.contextLength;
    const p: Prepared = {
      exact: normalizeEol(target.quote.exact),
      prefix: clip(normalizeEol(target.quote.prefix ?? ''), L, false),
      suffix: clip(normalizeEol(target.quote.suffix ?? ''), L, true),
      hint: Math.min(t.length, v.toView(Math.max(0, target.start))),
    };
    const work = this.work;
    const orphan: AnchorResult = { status: 'orphaned', start: target.start, end: target.end, exact: false, score: 0 };
    if (!p.exact) return orphan;
    const len = p.exact.length;
    const done = (c: Candidate, exact: boolean): AnchorResult => {
      const start = v.toOriginal(c.start, false);
      const end = Math.max(start, v.toOriginal(c.end, true));
      const status = exact && start === target.start && end === target.end ? 'anchored' : 'moved';
      return { status, start, end, exact, score: c.score };
    };
    // 1. At the hint, or at the hint shifted by the drift seen on the previous annotation.
    for (const h of drift ? [p.hint, p.hint + drift] : [p.hint]) {
      if (h >= 0 && contextPerfect(t, h, h + len, p)) return done({ start: h, end: h + len, quoteSim: 1, ctx: 1, score: 1 }, true);
    }
    // 2. Exact occurrences near the hint, scored cheaply on how much context still matches at the
    //    boundaries; then, if none has half its context, every occurrence in the text.
    const center = Math.max(0, Math.min(t.length, p.hint + drift));
    const W0 = this.opts.exactWindow;
    let best = -1;
    let bestCtx = -1;
    let bestDist = Infinity;
    const consider = (i: number): void => {
      const c = cheapContext(t, i, i + len, p);
      const d = Math.abs(i - center);
      if (c > bestCtx || (c === bestCtx && d < bestDist)) { best = i; bestCtx = c; bestDist = d; }
    };
    const lo = Math.max(0, center - W0);
    const hi = Math.min(t.length, center + W0 + len);
    for (let i = t.indexOf(p.exact, lo); i >= 0 && i + len <= hi; i = t.indexOf(p.exact, i + 1)) consider(i);
    if (bestCtx < 0.5) for (const i of this.occurrences(p.exact)) if (i < lo || i + len > hi) consider(i);
    if (best >= 0) return done(score(t, p, best, best + len, 1, work), true);
    // 3. Fuzzy: near the hint first, then (within a budget) the whole text; long quotes never.
    if (len < this.opts.minFuzzyLength) return orphan;
    if (len > MAX_FUZZY_QUOTE_LENGTH) { this.exactOnly++; return orphan; }
    const k = Math.max(1, Math.floor(len * this.opts.maxErrorRate));
    const W = this.opts.fuzzyWindow;
    const blocks = Math.ceil(len / 32);
    const accept = (c: Candidate): boolean => c.quoteSim >= 1 - this.opts.maxErrorRate && c.ctx >= 0.4;
    let cut = false;
    const fuzzy = (a: number, b: number): Candidate | undefined => {
      const steps = (Math.min(t.length, b) - Math.max(0, a)) * blocks;
      if (work.steps + steps > this.opts.fuzzyStepBudget) { cut = true; return undefined; }
      work.maxCells = this.opts.fuzzyCellBudget;
      work.cut = false;
      let top: Candidate | undefined;
      for (const m of fuzzySearch(t, p.exact, k, a, b, undefined, work)) {
        const c = score(t, p, m.start, m.end, 1 - m.errors / len, work);
        if (accept(c) && (!top || c.score > top.score)) top = c;
      }
      if (work.cut) cut = true;
      return top;
    };
    let f = fuzzy(center - W, center + W + len);
    if (!f && !cut && t.length > 2 * W && this.budget >= t.length) {
      this.budget -= t.length;
      f = fuzzy(0, t.length);
    }
    if (cut) this.overBudget++;
    if (f) return done(f, t.slice(f.start, f.end) === p.exact);
    return orphan;
  }
}

/** Re-anchor one target in `text`. */
export function anchor(text: string, target: AnchorTarget, options?: AnchorOptions): AnchorResult {
  const a = new Anchorer(text, options);
  const r = a.anchor(target);
  a.report(options?.stats);
  return r;
}

/**
 * Re-anchor many targets at once (results in input order). Targets are visited in hint order and
 * the offset drift of the last one found is tried first, so a whole sidecar re-anchors in about
 * linear time after edits that shifted everything.
 */
export function anchorAll(text: string, targets: readonly AnchorTarget[], options?: AnchorOptions): AnchorResult[] {
  const a = new Anchorer(text, options);
  const order = targets.map((_, i) => i).sort((x, y) => targets[x].start - targets[y].start);
  const out: AnchorResult[] = new Array(targets.length);
  let drift = 0;
  for (const i of order) {
    const r = a.anchor(targets[i], drift);
    out[i] = r;
    if (r.status !== 'orphaned') drift = a.view.toView(r.start) - a.view.toView(targets[i].start);
  }
  a.report(options?.stats);
  return out;
}

/** One VS Code content change: replace [rangeOffset, rangeOffset + rangeLength) with text. */
export interface ContentChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** An annotation's live state in an open editor. */
export interface LiveAnchor extends AnchorTarget {
  /** Orphans stay orphaned unless an edit brings their quote back. */
  status?: AnchorStatus;
  /** False when the live range is a fuzzy match (its text differs from the quote); default true. */
  exact?: boolean;
}

/**
 * Shift live ranges through editor changes (applied in the order given, each against the text
 * produced by the previous ones — VS Code reports them that way, last position first). Ranges an
 * edit touches are re-anchored against `newText`; untouched ones just move. Returned results are
 * relative to the ranges passed in: 'anchored' = unchanged range, 'moved' = new range. `newText`
 * may be a function, called only when an edit touches a range (an editor builds the text anew).
 */
export function shiftAnchors(anchors: readonly LiveAnchor[], changes: readonly ContentChange[], newText: string | (() => string), options?: AnchorOptions): AnchorResult[] {
  const out: AnchorResult[] = [];
  const dirty: number[] = [];
  anchors.forEach((a, i) => {
    if (a.status === 'orphaned') {
      const exact = normalizeEol(a.quote.exact);
      const back = exact && changes.some((c) => normalizeEol(c.text).includes(exact));
      out.push({ status: 'orphaned', start: a.start, end: a.end, exact: false, score: 0 });
      if (back) dirty.push(i);
      return;
    }
    let s = a.start;
    let e = a.end;
    let hit = false;
    for (const c of changes) {
      const cs = c.rangeOffset;
      const ce = c.rangeOffset + c.rangeLength;
      const delta = c.text.length - c.rangeLength;
      if (ce <= s) {
        s += delta;
        e += delta;
      } else if (cs >= e) {
        // after: unchanged
      } else {
        hit = true;
        // Keep a best-effort hint for re-anchoring.
        if (cs <= s) s = Math.max(cs, s + delta);
        e = Math.max(s, e + delta);
      }
    }
    const exact = a.exact ?? true;
    out.push({ status: exact && s === a.start && e === a.end ? 'anchored' : 'moved', start: s, end: e, exact, score: exact ? 1 : 0.5 });
    if (hit) dirty.push(i);
  });
  if (dirty.length) {
    const targets = dirty.map((i) => ({ quote: anchors[i].quote, start: out[i].start, end: out[i].end }));
    const res = anchorAll(typeof newText === 'string' ? newText : newText(), targets, options);
    dirty.forEach((i, j) => {
      const r = res[j];
      if (r.status === 'orphaned') { out[i] = { ...r, start: anchors[i].start, end: anchors[i].end }; return; }
      out[i] = { ...r, status: r.exact && r.start === anchors[i].start && r.end === anchors[i].end ? 'anchored' : 'moved' };
    });
  }
  return out;
}
