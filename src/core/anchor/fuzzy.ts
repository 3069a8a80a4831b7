// Bounded approximate matching: Myers' bit-parallel algorithm (Hyyrö's formulation) finds every end
// position where a pattern of up to 32 UTF-16 units matches with at most k edits, in O(n) time over
// the searched window. Longer patterns are searched by their head and tail and verified with a small
// banded DP, so the cost stays linear in the window whatever the pattern.

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

const peq = new Int32Array(65536);

/** Levenshtein distance, O(a·b) but only ever called on strings of a few dozen units. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
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
  const from = Math.max(lo, end - m - k);
  const w = end - from;
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

/** End positions (exclusive) in [lo, hi) where `pattern` (≤ 32 units) matches with ≤ k errors; local minima only. */
function myersEnds(text: string, pattern: string, k: number, lo: number, hi: number, cap: number): { end: number; errors: number }[] {
  const m = pattern.length;
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] |= 1 << i;
  const high = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  const out: { end: number; errors: number }[] = [];
  let runBest: { end: number; errors: number } | undefined;
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
      if (score <= k) {
        if (!runBest || score < runBest.errors) runBest = { end: j + 1, errors: score };
      } else if (runBest) {
        out.push(runBest);
        runBest = undefined;
        if (out.length >= cap) break;
      }
    }
    if (runBest && out.length < cap) out.push(runBest);
  } finally {
    for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  }
  return out;
}

/**
 * All approximate occurrences of `pattern` in text[lo, hi) with at most `k` errors.
 * Linear in hi - lo; at most `cap` candidates.
 */
export function fuzzySearch(text: string, pattern: string, k: number, lo = 0, hi = text.length, cap = 200): FuzzyMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  lo = Math.max(0, lo);
  hi = Math.min(text.length, hi);
  if (m <= 32) {
    return myersEnds(text, pattern, k, lo, hi, cap).map((c) => {
      const s = bestStart(text, pattern, c.end, k, lo);
      return { start: s.start, end: c.end, errors: s.errors };
    }).filter((x) => x.errors <= k);
  }
  // Long pattern: locate by head and by tail (one of them survives any edit in the other half),
  // then verify the whole pattern in a band around each hit.
  const head = pattern.slice(0, 32);
  const tail = pattern.slice(-32);
  const kPart = Math.min(16, Math.ceil(k * 32 / m) + 1);
  const seen = new Set<number>();
  const out: FuzzyMatch[] = [];
  const verify = (approxEnd: number): void => {
    for (const end of [approxEnd]) {
      const from = Math.max(lo, end - 2 * k - 1);
      const to = Math.min(hi, end + 2 * k + 1);
      let best: FuzzyMatch | undefined;
      for (let e = from; e <= to; e++) {
        const s = bestStart(text, pattern, e, k, lo);
        if (s.errors <= k && (!best || s.errors < best.errors)) best = { start: s.start, end: e, errors: s.errors };
      }
      if (best && !seen.has(best.start)) { seen.add(best.start); out.push(best); }
    }
  };
  for (const c of myersEnds(text, head, kPart, lo, hi, cap)) verify(c.end - 32 + m);
  for (const c of myersEnds(text, tail, kPart, lo, hi, cap)) verify(c.end);
  return out.slice(0, cap);
}
