// Stable sorts for the short, nearly sorted span lists of one paragraph, without the work arrays
// Array.prototype.sort allocates on every call (a large share of a paragraph's garbage).
import type { Span } from './actors/types';

/** Lists up to this long are sorted by insertion; longer ones by Array.prototype.sort (both stable). */
const INSERTION_MAX = 48;

/** Stable sort in place by `compare`. */
export function stableSort<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  if (xs.length > INSERTION_MAX) return xs.sort(compare);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && compare(xs[j], x) > 0) { xs[j + 1] = xs[j]; j--; }
    xs[j + 1] = x;
  }
  return xs;
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

/** Stable sort by start, in place. */
export function sortByStart<T extends Span>(xs: T[]): T[] {
  return stableSort(xs, byStart);
}
