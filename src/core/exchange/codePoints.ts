// Offsets in code points (W3C TextPositionSelector, brat) against the UTF-16 offsets the engine
// uses. One pass over the text finds its surrogate pairs; each conversion is then a binary search,
// so exporting or importing n mentions of an article is O(text + n log pairs), not O(n × text).

/** Number of values in an ascending array below `x`. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class CodePoints {
  /** UTF-16 index of the low half of each surrogate pair, ascending. */
  readonly #lows: number[] = [];
  /** Code-point position of each pair (its high half's index less the pairs before it), ascending. */
  readonly #pairStarts: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i + 1 < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xd800 || c > 0xdbff) continue;
      const d = text.charCodeAt(i + 1);
      if (d < 0xdc00 || d > 0xdfff) continue;
      this.#pairStarts.push(i - this.#lows.length);
      this.#lows.push(i + 1);
      i++;
    }
  }

  /** The code-point offset of a UTF-16 offset (a pair counts once only when both halves are before it). */
  toCodePoint(offset: number): number {
    return offset - countBelow(this.#lows, offset);
  }

  /** The UTF-16 offset of a code-point offset, at most the text's length. */
  toUtf16(codePoints: number): number {
    return Math.min(this.text.length, codePoints + countBelow(this.#pairStarts, codePoints));
  }
}
