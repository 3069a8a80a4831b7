// How long this thread was kept from running timers: the longest gap between ticks of an interval
// timer (a blocked thread shows as one long gap). Used by the worker bench and the host worker test.

/**
 * Starts watching; the returned function stops and gives the longest gap in milliseconds. `onGap`
 * hears every gap, as performance.now() times of the tick before and the late one.
 */
export function watchLongestGap(tickMs: number, onGap?: (from: number, to: number) => void): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    onGap?.(last, now);
    last = now;
  }, tickMs);
  return () => {
    clearInterval(timer);
    return longest;
  };
}
