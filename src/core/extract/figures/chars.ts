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
