// Whether a name sits where a place stands ("across Karachi", "the Atlantic", "the plant in Harbin"): a company's short
// form there is the place it is named after (documentPass resolves candidates; paragraph.ts marks them).
import { isAsciiLetter, skipWsBack } from '../figures/chars';
import { PLACE_OF_WORDS, PLACE_SLOT_WORDS, STAKE_WORDS } from '../lexicon/places';

/** The longest word read back: the slot words are short, and a long run of letters is not read again per name. */
const MAX_WORD = 12;

/** The word (ASCII letters, lower-cased) that ends right before `end` after whitespace, and where it starts; null if none. */
function wordBefore(text: string, end: number): [string, number] | null {
  const b = skipWsBack(text, end, 0);
  if (b === end) return null;
  let a = b;
  while (a > 0 && b - a < MAX_WORD && isAsciiLetter(text.charCodeAt(a - 1))) a--;
  return a < b && (a === 0 || !isAsciiLetter(text.charCodeAt(a - 1))) ? [text.slice(a, b).toLowerCase(), a] : null;
}

/**
 * Whether the name [start, end) sits in a place's slot: "across Karachi", "the Atlantic", "the port of Antofagasta", and
 * "in Harbin" unless a stake or a share comes before it ("a stake of 1.2% in Meridian") or the name owns what follows
 * ("in Meridian's mines").
 */
export function inPlaceSlot(text: string, start: number, end: number): boolean {
  const w = wordBefore(text, start);
  if (!w) return false;
  if (PLACE_SLOT_WORDS.has(w[0])) return true;
  if (w[0] === 'in') {
    if (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 8217) return false;
    const before = wordBefore(text, w[1]);
    const c = text.charCodeAt(skipWsBack(text, w[1], 0) - 1);
    return !(before && STAKE_WORDS.has(before[0])) && c !== 37 && !(c >= 48 && c <= 57);
  }
  const before = w[0] === 'of' ? wordBefore(text, w[1]) : null;
  return !!before && PLACE_OF_WORDS.has(before[0]);
}
