// People named in a list with no title or cue: "Dana Whitfield, Mark Feller and Luis Ochoa opposed".
import { type Gazetteer, phraseKey } from '../gazetteer';
import { FUNCTION_WORDS } from '../lexicon/names';
import { COMPANY_TAILS, ORG_HEADS, SINGLE_HEADS } from '../lexicon/organisations';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** A given name and a surname, possibly with particles ("Humberto de la Calle"); one or two surnames. */
const ITEM = String.raw`${NAME_WORD}(?:\s+(?:(?:de|del|la|le|van|von|der|den|da|dos|du|di|bin|ibn)\s+)*${NAME_WORD}){1,2}`;
/** Three or more such names: "A B, C D and E F" (a serial comma is allowed). */
const LIST = new RegExp(String.raw`${ITEM}(?:,\s+${ITEM})+,?\s+and\s+${ITEM}(?![\p{L}'’-])`, 'uy');

/**
 * End offset of a list of three or more two-word names starting at `start` (-1 if none). A list
 * is of people only when no word in it is a function word, an organisation head or a known
 * name (country, demonym, organisation): "Goldman Sachs, Morgan Stanley and Credit Suisse" is
 * refused only if the gazetteer knows one of them, so it must be a list of plain names.
 */
export function personListEnd(text: string, start: number, gaz: Gazetteer): number {
  LIST.lastIndex = start;
  const m = LIST.exec(text);
  if (!m) return -1;
  const items = m[0].split(/,\s+(?:and\s+)?|,?\s+and\s+/);
  if (items.length < 3) return -1;
  for (const item of items) {
    if (gaz.get(phraseKey(item))) return -1;
    for (const w of item.split(/\s+/)) {
      if (!/^\p{Lu}/u.test(w)) continue;
      if (FUNCTION_WORDS.has(w) || ORG_HEADS.has(w) || SINGLE_HEADS.has(w) || COMPANY_TAILS.has(w) || gaz.get(w) || gaz.countryOfDemonym(w)) return -1;
    }
  }
  return start + m[0].length;
}
