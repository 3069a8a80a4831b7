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

/**
 * Median milliseconds of `runs` calls of `fn` after `warmups` untimed calls: steady-state throughput, as
 * time() gives for fast baselines whose first, cold call is lost among many (a one-second pass timed by
 * time() would average its cold first call, with the regexes compiled and the code not yet optimised,
 * into two or three).
 */
export function timeWarm(fn: () => void, runs = 5, warmups = 1): number {
  for (let k = 0; k < warmups; k++) fn();
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ms);
}
