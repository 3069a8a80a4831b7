// Words left for the document pass to resolve: an organisation head word standing for a named
// organisation ("the Fund"), and an all-caps word that may be a defined acronym.
import { CONNECTORS } from '../../lexicon/connectors';
import { FUNCTION_WORDS } from '../../lexicon/names';
import { CONTEST_HEADS, OPAQUE_HEADS, ORG_HEADS, PAIR_NOUNS } from '../../lexicon/organisations';
import { MONTH_OR_DAY } from '../../lexicon/time';
import { POST_NOMINALS } from '../../lexicon/titles';
import { ADJECTIVE_SHAPE } from '../context';
import type { ScanState } from '../scanState';
import { hasLower, isCap, isDigit } from '../words';
import { addOrganisation, looksLikeAcronym } from './acronyms';
import { titleAt } from './title';

/** "the Fund" after the International Monetary Fund: the document pass maps a head word to its organisation. */
function headWordCandidate(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  if (!(ORG_HEADS.has(w) && (((t.words[i - 1] === 'the' || t.words[i - 1] === 'The') && !isCap(s.w(i + 1)) && !CONNECTORS.has(s.w(i + 1))) || (s.spaced(i + 1) && titleAt(s, i + 1))))) return i;
  s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: false });
  return i + 1;
}

/** Longest all-caps word read as an acronym of its own, and longest read as a possible defined short form ("COCOBOD"). */
const MAX_ACRONYM = 6;
const MAX_DEFINED_CAPS = 12;

/**
 * An all-caps word at i that looks like an acronym becomes an acronym candidate; a longer one only counts where the
 * article defines it ("the Ghana Cocoa Board (COCOBOD)"). Returns the next token.
 */
function acronymCandidate(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  // One check up to the longest defined form: the chain walks behind it run once per word.
  if (!capitalSecond(w) || !/^\p{Lu}{2,}[\p{Lu}&+]*$/u.test(w) || !looksLikeAcronym(s, i, MAX_DEFINED_CAPS)) return i + 1;
  // "the CA-9 highway", "the CASA-1000 project": an acronym joined to a number is part of a name (a road's, a
  // project's, a model's); it names an organisation only where the article defines it.
  // "Ali Khan QC", "Jane Doe MP": letters after a person's name are no organisation unless the article defines them.
  if (w.length > MAX_ACRONYM || numberJoined(s, i) || afterNameWord(s, i)) {
    s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: true, definedOnly: true });
    return i + 1;
  }
  // "ZANU-PF": all-caps parts joined by hyphens are one short form when the last is a suffix of one or two letters and
  // none is a name of its own ("the ANC-DA coalition", "the AES-ECOWAS split" join two).
  let last = i;
  while (s.tick() && last < i + 2 * MAX_HYPHENED_PARTS && t.words[last + 1] === '-' && s.tight(last + 1) && s.tight(last + 2) && /^\p{Lu}{2,}$/u.test(t.words[last + 2] ?? '')) last += 2;
  if (last > i && joinedShortForm(s, i, last)) {
    s.out.candidates.push({ start: t.starts[i], end: t.ends[last], text: s.text.slice(t.starts[i], t.ends[last]), acronym: true });
    return last + 1;
  }
  const next = capsLedName(s, i);
  if (next > i) return next;
  s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: true });
  return i + 1;
}

/** Whether the second letter may be a capital (an ASCII one is A–Z): most words left over ("Smith") are turned away before the regex. */
function capitalSecond(w: string): boolean {
  const c = w.charCodeAt(1);
  return c > 127 || (c >= 65 && c <= 90);
}

/** Whether the all-caps word i is a post-nominal (POST_NOMINALS) one space after a capitalised name word. */
function afterNameWord(s: ScanState, i: number): boolean {
  const before = s.t.words[i - 1];
  return POST_NOMINALS.has(s.t.words[i]) && before !== undefined && s.spaced(i) && isCap(before) && hasLower(before);
}

/** Whether the all-caps word i is joined by a hyphen to a number ("CA-9", "CASA-1000"): a char-code test, no regex. */
function numberJoined(s: ScanState, i: number): boolean {
  const t = s.t;
  if (t.words[i + 1] !== '-' || !s.tight(i + 1) || !s.tight(i + 2)) return false;
  return isDigit((t.words[i + 2] ?? '').charCodeAt(0));
}

/** Whether the all-caps parts i..last joined by hyphens are one short form: a short last part, no known part, no pair noun after. */
function joinedShortForm(s: ScanState, i: number, last: number): boolean {
  const t = s.t;
  if (t.words[last].length > 2 || PAIR_NOUNS.has(t.lower[last + 1] ?? '')) return false;
  for (let k = i; k <= last; k += 2) if (s.gazMatch(k)) return false;
  return true;
}

/** Most further all-caps parts joined by hyphens into one short form ("ZANU-PF" has one). */
const MAX_HYPHENED_PARTS = 3;

/** Most unknown capitalised words after an all-caps word in one company name ("LG Energy Solution"). */
const MAX_CAPS_LED_WORDS = 2;

/**
 * "SK Hynix", "LG Chem": an all-caps word of two letters that no rule read, followed by capitalised words no rule knows
 * (no title, month, day or function word, no adjective, no head of an event or a document: "NBA Finals", "AI Act"),
 * names a company. Not in a title-case headline, where every word is capitalised; not a longer all-caps word, which is
 * more often a shouted one ("DAYS") or a prefix ("USS Gerald Ford").
 * Returns the next token, or i.
 */
function capsLedName(s: ScanState, i: number): number {
  const t = s.t;
  if (s.headline || t.words[i].length !== 2) return i;
  let j = i;
  while (s.tick() && j < i + MAX_CAPS_LED_WORDS && j + 1 < t.words.length && s.spaced(j + 1)) {
    const w = t.words[j + 1];
    if (!isCap(w) || !hasLower(w) || FUNCTION_WORDS.has(w) || OPAQUE_HEADS.has(w) || CONTEST_HEADS.has(w) || ADJECTIVE_SHAPE.test(w) || MONTH_OR_DAY.has(t.lower[j + 1])
      || s.gazMatch(j + 1) || titleAt(s, j + 1)) break;
    j++;
  }
  return j === i ? i : addOrganisation(s, i, j, s.text.slice(t.starts[i], t.ends[j]));
}

/** A word no rule read: a head-word or an acronym candidate, if it is one. Returns the next token. */
export function leftoverCandidate(s: ScanState, i: number): number {
  const next = ORG_HEADS.has(s.t.words[i]) ? headWordCandidate(s, i) : i;
  return next > i ? next : acronymCandidate(s, i);
}
