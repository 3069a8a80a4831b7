// Sentence boundaries in a paragraph's text, for the rules that read one sentence around a date or a figure.

/** Whether the sentence ends right before s (text[s - 1] a line break, or a full stop, "!" or "?" before a space that ends no abbreviation). */
export function sentenceStartsAt(text: string, s: number): boolean {
  const c = text.charCodeAt(s - 1);
  return c === 10 || ((c === 46 || c === 33 || c === 63) && s < text.length && /\s/.test(text[s]) && !/\b(?:[A-Z]|Mr|Ms|Dr|St|Gen|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K)$/.test(text.slice(Math.max(0, s - 5), s - 1)));
}

/** Whether the sentence ends at e (a line break, or a full stop, "!" or "?" at the end or before a space; not the full stop of "U.S." before a lower-case word). */
export function sentenceEndsAt(text: string, e: number): boolean {
  const c = text.charCodeAt(e);
  if (c === 10) return true;
  if (!((c === 46 || c === 33 || c === 63) && (e + 1 >= text.length || /\s/.test(text[e + 1])))) return false;
  // "the U.S. government will …": a dotted abbreviation before a lower-case word ends no sentence.
  return !(c === 46 && e >= 3 && text.charCodeAt(e - 2) === 46 && isUpper(text.charCodeAt(e - 1)) && isLower(text.charCodeAt(e + 2)));
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
