// A title before a name ("Foreign Minister", "army chief General"): the title pattern read in a bounded
// window from a token that may start one, with a few titles stacked.
import { TITLE_CHAIN, titleMayStartAt, titleOpener } from '../../titles';
import { isWs } from '../../figures/chars';
import { TITLE_RE } from '../context';
import type { ScanState } from '../scanState';
import { isAscii } from '../words';

/** Longest title read, in characters, and most titles stacked before a name ("army chief General" is two). */
const TITLE_WINDOW = 256;
const MAX_STACKED_TITLES = 6;

/** A title read from a token: its last token and its text as written. */
export interface Title {
  end: number;
  role: string;
}

/**
 * End of the title pattern matched at `pos`, or -1. The pattern runs on a window of TITLE_WINDOW
 * characters: a run of title words ("former deputy former deputy …") is not re-read to its end from
 * every word. The window keeps one character past its last for the pattern's closing look-ahead.
 */
function titleEnd(s: ScanState, pos: number): number {
  s.steps.n += 8; // one bounded regex run
  const window = s.text.slice(pos, pos + TITLE_WINDOW + 1);
  TITLE_RE.lastIndex = 0;
  const m = TITLE_RE.exec(window);
  return m ? pos + m[0].length : -1;
}

/** The cheap tests before the title pattern: whether a title may start at token i. */
export function mayOpenTitle(s: ScanState, i: number): boolean {
  const w = s.w(i);
  const c = w.charCodeAt(0);
  // The openers are all lower case: a word starting with A–Z can only match through its lower-case form.
  const opener = titleOpener(c >= 97 && c <= 122 ? w : s.t.lower[i]);
  if (opener === 0) return false;
  if (opener !== TITLE_CHAIN) return true;
  s.titleMay ??= new Uint8Array(s.t.words.length);
  return titleMayStartAt(s.t.lower, s.titleMay, i, s.steps);
}

/** The title starting at token i, or null. */
export function titleAt(s: ScanState, i: number): Title | null {
  if (i < 0 || i >= s.t.words.length || !mayOpenTitle(s, i)) return null;
  const start = s.t.starts[i];
  let endPos = titleEnd(s, start);
  if (endPos < 0) return null;
  // Stacked titles: "army chief General" (a few at most: a longer chain of title words is no one's title).
  let k = i;
  for (let stacked = 0; stacked < MAX_STACKED_TITLES; stacked++) {
    s.tick();
    // Up to four spaces (\s) before the next title.
    let from = endPos;
    while (from < endPos + 4 && isWs(s.text.charCodeAt(from))) from++;
    if (from === endPos) break;
    // It opens at token k (only spaces lie between tokens): an ASCII word there must pass the cheap tests; a word with
    // other letters may fold into a title's under /iu, so it is always read.
    while (s.tick() && s.t.starts[k] < from) k++;
    if (s.t.starts[k] === from && isAscii(s.t.words[k]) && !mayOpenTitle(s, k)) break;
    const next = titleEnd(s, from);
    if (next < 0) break;
    endPos = next;
  }
  let j = i;
  while (s.tick() && j < s.t.words.length && s.t.ends[j] < endPos) j++;
  if (s.t.ends[j] !== endPos) return null;
  return { end: j, role: s.text.slice(start, endPos) };
}

/**
 * Whether a title and a name follow the run ending at `last` ("Home Affairs Minister Vivek Mathur", "Jal Shakti Secretary
 * Vivek Mathur"): the run is the title's portfolio, not a person, whatever cue stands before it.
 */
export function portfolioBeforeTitle(s: ScanState, last: number): boolean {
  if (!s.spaced(last + 1)) return false;
  const title = titleAt(s, last + 1);
  return title !== null && s.spaced(title.end + 1) && s.isNameWordAt(title.end + 1);
}
