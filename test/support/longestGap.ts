// How long this thread was kept from running timers: the longest gap between ticks of an interval
// timer (a blocked thread shows as one long gap). Used by the worker bench and the host worker test.

/** Starts watching; the returned function stops and gives the longest gap in milliseconds. */
export function watchLongestGap(tickMs: number): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, tickMs);
  return () => {
    clearInterval(timer);
    return longest;
  };
}
