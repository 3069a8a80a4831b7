// Timing helpers shared by the benchmarks (they print ratios against a baseline from the same run).

/** Milliseconds per run of `fn`, repeated until at least `minMs` elapsed. */
export function time(fn: () => void, minMs = 300): number {
  let runs = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  } while (elapsed < minMs);
  return elapsed / runs;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
