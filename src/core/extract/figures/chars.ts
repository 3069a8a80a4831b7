// Character classes of the figure rules (char codes, no allocation).
/** /\s/ on one UTF-16 code unit, without a regex. */
export function isWs(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /\p{L}/u.test(ch) for one code unit (or ''), with an ASCII fast path. */
export function isLetterUnit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(ch);
}

export const LETTER_RE = /\p{L}/u;

/** LETTER_RE.test(s), by char code while the string is ASCII (a code unit past ASCII hands the string to the regex). */
export function hasLetter(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return LETTER_RE.test(s);
    if (isAsciiLetter(c)) return true;
  }
  return false;
}

/** /\s/.test(s) without a regex. */
export function hasWs(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isWs(s.charCodeAt(k))) return true;
  return false;
}

/** Whether `s` has whitespace other than single spaces: what replacing /\s+/g by a space would change. */
export function hasOddSpace(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isWs(c) && (c !== 32 || isWs(s.charCodeAt(k + 1)))) return true;
  }
  return false;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** /^[A-Za-z]{1,3}\d/.test(w) without a regex: one to three ASCII letters, then an ASCII digit. */
export function lettersThenDigit(w: string): boolean {
  for (let k = 0; k < 4 && k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) return k > 0;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return false;
}

/** The index after the last non-whitespace character before k, not going below `floor`. */
export function skipWsBack(text: string, k: number, floor: number): number {
  while (k > floor && isWs(text.charCodeAt(k - 1))) k--;
  return k;
}

/** The index of the first non-whitespace character at or after k. */
export function skipWs(text: string, k: number): number {
  while (k < text.length && isWs(text.charCodeAt(k))) k++;
  return k;
}

/** /^[\p{L}]/u.test(text.slice(k, k + n)) for any n ≥ 2, without the slice for ASCII. */
export function letterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128 || Number.isNaN(c)) return isAsciiLetter(c);
  return LETTER_RE.test(String.fromCodePoint(text.codePointAt(k) ?? c));
}

/**
 * Whether text[k] is whitespace and the first character after the run is one the caller's
 * end-anchored or start-anchored pattern can continue with: a cheap test that lets a regex on
 * a slice be skipped where it cannot match.
 */
export function wsThen(text: string, k: number, ok: (c: number) => boolean): boolean {
  if (!isWs(text.charCodeAt(k))) return false;
  return ok(text.charCodeAt(skipWs(text, k)));
}

/** A test for the first characters of the words a pattern starts with, built once from the pattern's own word list. */
export function firstCharOf(words: readonly string[]): (c: number) => boolean {
  const codes = new Set(words.map((w) => w.charCodeAt(0)));
  return (c) => codes.has(c);
}

/** A–Z, or anything outside ASCII (which may be an upper-case letter): where \p{Lu} can match. */
export function mayBeUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || c >= 128;
}

/** Whether text[lo, k) ends with one of the words then whitespace (the words compared as written). */
export function wordThenWsBefore(text: string, lo: number, k: number, words: readonly string[]): boolean {
  let j = k;
  while (j > lo && isWs(text.charCodeAt(j - 1))) j--;
  if (j === k) return false;
  for (const w of words) if (j - w.length >= lo && text.startsWith(w, j - w.length)) return true;
  return false;
}
