// One binary search for every sorted list in the core and the view layer.

/**
 * The first index in [0, length) for which `isAfter` holds, or `length` when none does.
 * `isAfter` must be monotone: false for a prefix of the indices, true for the rest.
 */
export function firstIndex(length: number, isAfter: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
