// People named in a list with no title or cue: "Dana Whitfield, Mark Feller and Luis Ochoa opposed".
import { type Gazetteer, phraseKey } from '../gazetteer';
import { FUNCTION_WORDS, LIST_NAME_PARTICLES } from '../lexicon/names';
import { COMPANY_TAILS } from '../lexicon/companies';
import { ORG_HEADS, SINGLE_HEADS } from '../lexicon/organisations';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** A given name and a surname, possibly with particles ("Humberto de la Calle"); one or two surnames. */
const ITEM = String.raw`${NAME_WORD}(?:\s+(?:(?:${LIST_NAME_PARTICLES.join('|')})\s+)*${NAME_WORD}){1,2}`;
/** Three or more such names: "A B, C D and E F" (a serial comma is allowed). */
const LIST = new RegExp(String.raw`${ITEM}(?:,\s+${ITEM})+,?\s+and\s+${ITEM}(?![\p{L}'’-])`, 'uy');
/** Names separated by commas, as far as they go: the run a list's items come from. */
const RUN = new RegExp(String.raw`${ITEM}(?:,\s+${ITEM})*`, 'uy');

/** Where a list of names starting at `start` ends (-1 if none), and how far no list can start. */
export interface PersonListAt {
  end: number;
  /**
   * Later names (items after a comma) before this offset start no list either, so they are
   * answered without reading the names again: when no list matches here, the run of
   * comma-separated names starting here (a list from a later name of it would extend back to
   * one from here); when a list matches but an item is refused, up to that item (every list
   * from an earlier name holds it). -1 when it says nothing.
   */
  noneUntil: number;
  /** Characters the list's pattern read from `start` (for the work count). */
  scanned: number;
}

/**
 * The list of three or more two-word names starting at `start`. A list is of people only when no
 * word in it is a function word, an organisation head or a known name (country, demonym,
 * organisation): "Goldman Sachs, Morgan Stanley and Credit Suisse" is refused only if the
 * gazetteer knows one of them, so it must be a list of plain names.
 */
export function personListAt(text: string, start: number, gaz: Gazetteer, mayList = true): PersonListAt {
  LIST.lastIndex = start;
  // `mayList` false: the caller saw that no comma closes a first item, so only the run is read.
  const m = mayList ? LIST.exec(text) : null;
  if (!m) {
    RUN.lastIndex = start;
    const runEnd = RUN.exec(text) ? RUN.lastIndex : -1;
    return { end: -1, noneUntil: runEnd, scanned: Math.max(0, runEnd - start) };
  }
  const refused = lastRefusedItem(m[0], gaz);
  return refused < 0
    ? { end: start + m[0].length, noneUntil: -1, scanned: m[0].length }
    : { end: -1, noneUntil: start + refused + 1, scanned: m[0].length };
}

/** Offset in `list` of its last item that is no plain name (-1 when all are). */
function lastRefusedItem(list: string, gaz: Gazetteer): number {
  const separator = /,\s+(?:and\s+)?|,?\s+and\s+/g;
  let refused = -1;
  let from = 0;
  for (;;) {
    const sep = separator.exec(list);
    const item = list.slice(from, sep ? sep.index : list.length);
    if (!isPlainNameItem(item, gaz)) refused = from;
    if (!sep) return refused;
    from = sep.index + sep[0].length;
  }
}

function isPlainNameItem(item: string, gaz: Gazetteer): boolean {
  if (gaz.get(phraseKey(item))) return false;
  for (const w of item.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    if (FUNCTION_WORDS.has(w) || ORG_HEADS.has(w) || SINGLE_HEADS.has(w) || COMPANY_TAILS.has(w) || gaz.get(w) || gaz.countryOfDemonym(w)) return false;
  }
  return true;
}
