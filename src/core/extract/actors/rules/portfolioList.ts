// "Department for Environment, Food and Rural Affairs": the portfolios a ministry is named after,
// listed with commas up to their "and", are part of its name (the capitalised run stops at a comma).
import { FUNCTION_WORDS } from '../../lexicon/names';
import { PORTFOLIO_HEADS } from '../../lexicon/organisations';
import type { ScanState } from '../scanState';
import { isCap } from '../words';

/** Last token of the run of capitalised non-function words from token `from` (from - 1 when there is none). */
function capRunEnd(s: ScanState, from: number): number {
  const words = s.t.words;
  let e = from - 1;
  while (s.tick() && e + 1 < words.length && s.spaced(e + 1) && isCap(words[e + 1]) && !FUNCTION_WORDS.has(words[e + 1])) e++;
  return e;
}

/**
 * After "Ministry/Department of|for X" (from token i), a comma opens a list of portfolios that runs to
 * its "and Y". Returns the last token of the list, or -1.
 */
export function portfolioListEnd(s: ScanState, i: number, comma: number): number {
  const t = s.t;
  let portfolio = false;
  for (let m = i; s.tick() && m + 1 < comma; m++) {
    if (PORTFOLIO_HEADS.has(t.words[m]) && (t.words[m + 1] === 'of' || t.words[m + 1] === 'for')) portfolio = true;
  }
  if (!portfolio) return -1;
  let k = comma;
  for (;;) {
    s.tick();
    const e = capRunEnd(s, k + 1);
    if (e <= k) return -1;
    const next = t.words[e + 1];
    if (next === ',') { k = e + 1; continue; }
    if (next !== 'and' || !s.spaced(e + 1)) return -1;
    const end = capRunEnd(s, e + 2);
    return end > e + 1 ? end : -1;
  }
}
