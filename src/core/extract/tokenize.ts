// Tokenizer: words (letters, marks and digits), dotted abbreviations (U.S.), numbers, single
// punctuation characters. Offsets are UTF-16 code units.
//
// A hand-written scanner equivalent to the global regex
//   /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu
// (tried in that order at each code point, whitespace skipped): character classes come from a
// table for the common ranges and from sticky regexes elsewhere, which is several times faster.

export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  /** words[i].toLowerCase(), computed once here (the same string when the word has no upper case) so the rule families share its hash. */
  lower: string[];
}

const SPACE = 1;
/** \p{L} or \p{M}: may start or continue a word. */
const LETTER = 2;
/** \p{N}. */
const DIGIT = 4;
/** \p{Lu}. */
const UPPER = 8;

const SPACE_AT = /\s/uy;
const LETTER_AT = /[\p{L}\p{M}]/uy;
const DIGIT_AT = /\p{N}/uy;
const UPPER_AT = /\p{Lu}/uy;

function classifyAt(s: string, i: number): number {
  let c = 0;
  SPACE_AT.lastIndex = i;
  if (SPACE_AT.test(s)) c |= SPACE;
  LETTER_AT.lastIndex = i;
  if (LETTER_AT.test(s)) c |= LETTER;
  DIGIT_AT.lastIndex = i;
  if (DIGIT_AT.test(s)) c |= DIGIT;
  UPPER_AT.lastIndex = i;
  if (UPPER_AT.test(s)) c |= UPPER;
  return c;
}

/** Classes of ASCII, Latin-1, Latin Extended-A/B (0–0x24F) and General Punctuation (0x2000–0x206F), built once from the regexes above. */
const LOW_TABLE = new Uint8Array(0x250);
const PUNCT_TABLE = new Uint8Array(0x70);
for (let k = 0; k < LOW_TABLE.length; k++) LOW_TABLE[k] = classifyAt(String.fromCharCode(k), 0);
for (let k = 0; k < PUNCT_TABLE.length; k++) PUNCT_TABLE[k] = classifyAt(String.fromCharCode(0x2000 + k), 0);

const ASCII_CHARS: readonly string[] = Array.from({ length: 128 }, (_, k) => String.fromCharCode(k));

function isHighSurrogatePair(s: string, i: number, c: number): boolean {
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Class of the code point at i (the caller knows its width from isHighSurrogatePair). */
function classOf(s: string, i: number, c: number): number {
  if (c < 0x250) return LOW_TABLE[c];
  if (c >= 0x2000 && c < 0x2070) return PUNCT_TABLE[c - 0x2000];
  return classifyAt(s, i);
}

/**
 * Slots allocated up front per code unit of text: prose has a token per five or six code units, so a fifth
 * seldom needs to grow (growing an array by pushes allocates about three times its final size, the largest
 * share of the tokenizer's garbage); a text with more tokens grows the arrays as pushes would.
 */
function capacityFor(n: number): number {
  return Math.floor(n / 5) + 8;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const cap = capacityFor(n);
  const words: string[] = new Array<string>(cap);
  const starts: number[] = new Array<number>(cap);
  const ends: number[] = new Array<number>(cap);
  const lower: string[] = new Array<string>(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) { i++; continue; }
    if (c >= 97 && c <= 122) {
      // Fast path for the commonest token, a word starting with a-z (never a dotted abbreviation).
      let j = i + 1;
      let plain = true;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if ((cj >= 97 && cj <= 122) || (cj >= 48 && cj <= 57)) { j++; continue; }
        if (!(classOf(text, j, cj) & (LETTER | DIGIT))) break;
        if (cj >= 128 || (cj >= 65 && cj <= 90)) plain = false;
        j += isHighSurrogatePair(text, j, cj) ? 2 : 1;
      }
      const word = j === i + 1 ? ASCII_CHARS[c] : text.slice(i, j);
      words[count] = word;
      lower[count] = plain ? word : word.toLowerCase();
      starts[count] = i;
      ends[count] = j;
      count++;
      i = j;
      continue;
    }
    const cls = classOf(text, i, c);
    const w = isHighSurrogatePair(text, i, c) ? 2 : 1;
    if (cls & SPACE) { i += w; continue; }
    let j = i + w;
    // Dotted abbreviation: at least two "upper-case letter + full stop" pairs.
    let dotted = false;
    if (cls & UPPER && text.charCodeAt(j) === 46) {
      let k = j + 1;
      let reps = 1;
      while (k < n) {
        const ck = text.charCodeAt(k);
        const wk = isHighSurrogatePair(text, k, ck) ? 2 : 1;
        if (!(classOf(text, k, ck) & UPPER) || text.charCodeAt(k + wk) !== 46) break;
        k += wk + 1;
        reps++;
      }
      if (reps >= 2) { j = k; dotted = true; }
    }
    // Whether the token is ASCII without A–Z, so it is its own lower-case form.
    let plain = !dotted && c < 128 && !(c >= 65 && c <= 90);
    if (dotted) {
      // j already ends the abbreviation.
    } else if (cls & LETTER) {
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj >= 97 && cj <= 122) { j++; continue; } // the common case: a-z
        if (!(classOf(text, j, cj) & (LETTER | DIGIT))) break;
        if (cj >= 128 || (cj >= 65 && cj <= 90)) plain = false;
        j += isHighSurrogatePair(text, j, cj) ? 2 : 1;
      }
    } else if (cls & DIGIT) {
      j = digitsEnd(text, j);
      // Decimal and thousands separators: "." or "," followed by at least one digit.
      for (;;) {
        const sep = text.charCodeAt(j);
        if ((sep !== 46 && sep !== 44) || j + 1 >= n) break;
        const cd = text.charCodeAt(j + 1);
        if (!(classOf(text, j + 1, cd) & DIGIT)) break;
        j = digitsEnd(text, j + 1);
      }
      if (plain) for (let k = i; k < j; k++) if (text.charCodeAt(k) >= 128) { plain = false; break; }
    }
    // One-character ASCII tokens (punctuation, digits, letters) share preallocated strings.
    const word = j === i + 1 && c < 128 ? ASCII_CHARS[c] : text.slice(i, j);
    words[count] = word;
    lower[count] = plain ? word : word.toLowerCase();
    starts[count] = i;
    ends[count] = j;
    count++;
    i = j;
  }
  words.length = count;
  starts.length = count;
  ends.length = count;
  lower.length = count;
  return { words, starts, ends, lower };
}

/** End of the run of \p{N} code points starting at j. */
function digitsEnd(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (!(classOf(text, j, c) & DIGIT)) break;
    j += isHighSurrogatePair(text, j, c) ? 2 : 1;
  }
  return j;
}
