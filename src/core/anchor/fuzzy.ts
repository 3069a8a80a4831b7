// Bounded approximate matching: Myers' bit-parallel algorithm (Hyyrö's formulation) finds every end
// position where a pattern matches with at most k edits, in one pass over the searched window: one
// machine word per text character for patterns of up to 32 UTF-16 units, one per 32-unit block for
// longer ones (Myers 1999, blocks chained by their horizontal delta). The start of each match is
// then found with a small DP bounded by the pattern length. Work is counted (FuzzyWork), never timed.

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/** Work done by the fuzzy search, and how much it may still do. */
export interface FuzzyWork {
  /** Edit-distance (DP) cells computed. */
  cells: number;
  /** Bit-parallel steps: characters scanned × 32-unit blocks of the pattern. */
  steps: number;
  /** Candidates are no longer verified once their cells would take `cells` past this. */
  maxCells?: number;
  /** Set when a candidate was left unverified because of maxCells. */
  cut?: boolean;
}

const peq = new Int32Array(65536);
/** Multi-block search: char code → 1 + its index among the pattern's distinct units (0 = absent). */
const slotOf = new Int32Array(65536);

/** Levenshtein distance, O(a·b): callers keep both strings short (context is cut to 32 units). */
export function editDistance(a: string, b: string, work?: FuzzyWork): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (work) work.cells += a.length * b.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Best start for a match of `pattern` ending at `end` (semi-global DP over the reversed window). */
function bestStart(text: string, pattern: string, end: number, k: number, lo: number): { start: number; errors: number } {
  const m = pattern.length;
  const w = startWindow(m, end, k, lo);
  // dp over reversed strings: rows = pattern chars from the end, cols = text chars from `end` backwards.
  let prev = new Uint32Array(w + 1);
  let cur = new Uint32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= w; j++) {
      const sub = prev[j - 1] + (pc === text.charCodeAt(end - j) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
    }
    [prev, cur] = [cur, prev];
  }
  let best = 0;
  for (let j = 1; j <= w; j++) if (prev[j] < prev[best] || (prev[j] === prev[best] && Math.abs(j - m) < Math.abs(best - m))) best = j;
  return { start: end - best, errors: prev[best] };
}

/** Columns bestStart fills for a match ending at `end` (its cost is m × this many cells). */
function startWindow(m: number, end: number, k: number, lo: number): number {
  return end - Math.max(lo, end - m - k);
}

/** Keeps the best end of each run of positions matching within k errors, up to `cap` runs. */
class RunBests {
  readonly #out: { end: number; errors: number }[] = [];
  #best: { end: number; errors: number } | undefined;

  constructor(private readonly k: number, private readonly cap: number) {}

  /** The score of a match ending at `end`; false once `cap` runs are collected. */
  see(end: number, score: number): boolean {
    if (score <= this.k) {
      if (!this.#best || score < this.#best.errors) this.#best = { end, errors: score };
      return true;
    }
    if (!this.#best) return true;
    this.#out.push(this.#best);
    this.#best = undefined;
    return this.#out.length < this.cap;
  }

  finish(): { end: number; errors: number }[] {
    if (this.#best && this.#out.length < this.cap) this.#out.push(this.#best);
    return this.#out;
  }
}

/** End positions (exclusive) in [lo, hi) where `pattern` (≤ 32 units) matches with ≤ k errors; local minima only. */
function myersEnds(text: string, pattern: string, k: number, lo: number, hi: number, cap: number): { end: number; errors: number }[] {
  const m = pattern.length;
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] |= 1 << i;
  const high = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  const runs = new RunBests(k, cap);
  try {
    for (let j = lo; j < hi; j++) {
      const eq = peq[text.charCodeAt(j)];
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (!runs.see(j + 1, score)) break;
    }
  } finally {
    for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  }
  return runs.finish();
}

/**
 * myersEnds for patterns longer than 32 units: the pattern is cut into 32-unit blocks, each a
 * machine word, and each block passes its horizontal delta (-1, 0, +1) on to the next one (Myers
 * 1999, advance_block). Exact, like the one-word version: O((hi - lo) · ⌈m / 32⌉).
 */
function myersBlockEnds(text: string, pattern: string, k: number, lo: number, hi: number, cap: number): { end: number; errors: number }[] {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  let distinct = 0;
  const codes: number[] = [];
  try {
    for (let i = 0; i < m; i++) {
      const c = pattern.charCodeAt(i);
      if (!slotOf[c]) { slotOf[c] = ++distinct; codes.push(c); }
    }
    // eq[slot * blocks + b]: bits of block b where the pattern has that unit; slot 0 matches nothing.
    const eqs = new Int32Array((distinct + 1) * blocks);
    for (let i = 0; i < m; i++) eqs[slotOf[pattern.charCodeAt(i)] * blocks + (i >>> 5)] |= 1 << (i & 31);
    const P = new Int32Array(blocks).fill(-1);
    const M = new Int32Array(blocks);
    const lastHigh = 1 << ((m - 1) & 31);
    let score = m;
    const runs = new RunBests(k, cap);
    for (let j = lo; j < hi; j++) {
      const base = slotOf[text.charCodeAt(j)] * blocks;
      let hin = 0; // the top row is all zeros: a match may start anywhere
      for (let b = 0; b < blocks; b++) {
        let eq = eqs[base + b];
        const pv = P[b];
        const mv = M[b];
        const xv = eq | mv;
        if (hin < 0) eq |= 1;
        const xh = (((eq & pv) + pv) ^ pv) | eq;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        const high = b === blocks - 1 ? lastHigh : 1 << 31;
        const hout = ph & high ? 1 : mh & high ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) mh |= 1;
        else if (hin > 0) ph |= 1;
        P[b] = mh | ~(xv | ph);
        M[b] = ph & xv;
        hin = hout;
      }
      score += hin;
      if (!runs.see(j + 1, score)) break;
    }
    return runs.finish();
  } finally {
    for (const c of codes) slotOf[c] = 0;
  }
}

/**
 * All approximate occurrences of `pattern` in text[lo, hi) with at most `k` errors: at most `cap`
 * candidates, the best end of each run of ends within k errors. The search takes (hi - lo) ·
 * ⌈m / 32⌉ steps; finding each candidate's start takes at most m · (m + k) cells, and candidates
 * are left unverified (work.cut) once work.maxCells would be passed.
 */
export function fuzzySearch(text: string, pattern: string, k: number, lo = 0, hi = text.length, cap = 200, work?: FuzzyWork): FuzzyMatch[] {
  const m = pattern.length;
  lo = Math.max(0, lo);
  hi = Math.min(text.length, hi);
  if (m === 0 || hi <= lo) return [];
  const ends = m <= 32 ? myersEnds(text, pattern, k, lo, hi, cap) : myersBlockEnds(text, pattern, k, lo, hi, cap);
  const out: FuzzyMatch[] = [];
  if (work) work.steps += (hi - lo) * Math.ceil(m / 32);
  for (const c of ends) {
    const cells = m * startWindow(m, c.end, k, lo);
    if (work) {
      if (work.maxCells !== undefined && work.cells + cells > work.maxCells) { work.cut = true; break; }
      work.cells += cells;
    }
    const s = bestStart(text, pattern, c.end, k, lo);
    if (s.errors <= k) out.push({ start: s.start, end: c.end, errors: s.errors });
  }
  return out;
}
