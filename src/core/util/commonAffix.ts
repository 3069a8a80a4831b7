// Common prefix and suffix of two strings: where an edit starts and ends.

/** Length of the common prefix of a and b (compares 4 KB slices natively, then characters). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + 4096 <= n && a.slice(i, i + 4096) === b.slice(i, i + 4096)) i += 4096;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of a and b, at most max. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + 4096 <= max && a.slice(a.length - i - 4096, a.length - i) === b.slice(b.length - i - 4096, b.length - i)) i += 4096;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
