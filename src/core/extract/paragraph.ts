// One paragraph's raw extraction: every rule family, blockers applied, overlaps resolved (the
// longest span wins; on ties dates beat figures beat actors). Offsets are paragraph-relative.
import type { Mention } from '../types';
import { findActors, type Candidate } from './actors';
import type { RefDate } from './calendar';
import { findDates } from './dates';
import { AMBIGUOUS, buildFigureLexicon, findFigures, type FigureLexicon } from './figures';
import { getGazetteer } from './gazetteer';
import { tokenize } from './tokenize';

export interface RawParagraph {
  mentions: Mention[];
  candidates: Candidate[];
  acronyms: [string, string][];
  /** Indexes into `mentions` of money figures whose currency the document decides, with candidate codes. */
  ambiguous: [number, readonly string[]][];
}

/** Immutable figure lexicon, built once when the module loads. */
const LEXICON: FigureLexicon = buildFigureLexicon(getGazetteer());

const PRIORITY = { date: 0, figure: 1, actor: 2 } as const;

export function extractParagraph(text: string, ref: RefDate | null): RawParagraph {
  const gaz = getGazetteer();
  const tokens = tokenize(text);
  const actors = findActors(text, tokens);
  const all: Mention[] = [...findDates(text, ref, tokens), ...findFigures(text, gaz, LEXICON, tokens), ...actors.actors];
  // Longest span wins; ties: dates, then figures, then actors. Coverage is tracked per code unit (linear in the text):
  // spans that overlap nothing are kept directly, only the contested ones are ranked.
  const count = new Uint8Array(text.length + 1);
  for (const b of actors.blockers) count.fill(255, b.start, b.end);
  for (const m of all) for (let k = m.start; k < m.end; k++) if (count[k] < 200) count[k]++;
  const kept: Mention[] = [];
  const contested: Mention[] = [];
  for (const m of all) {
    let alone = true;
    for (let k = m.start; k < m.end; k++) if (count[k] !== 1) { alone = false; break; }
    if (alone) kept.push(m);
    else contested.push(m);
  }
  if (contested.length) {
    const covered = new Uint8Array(text.length + 1);
    for (const b of actors.blockers) covered.fill(1, b.start, b.end);
    for (const m of kept) covered.fill(1, m.start, m.end);
    contested.sort((a, b) => (b.end - b.start) - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
    for (const m of contested) {
      let free = true;
      for (let k = m.start; k < m.end; k++) if (covered[k]) { free = false; break; }
      if (!free) continue;
      covered.fill(1, m.start, m.end);
      kept.push(m);
    }
  }
  kept.sort((a, b) => a.start - b.start);
  const taken = new Uint8Array(text.length + 1);
  for (const b of actors.blockers) taken.fill(1, b.start, b.end);
  for (const m of kept) taken.fill(1, m.start, m.end);
  const candidates = actors.candidates.filter((c) => {
    for (let k = c.start; k < c.end; k++) if (taken[k]) return false;
    return true;
  });
  const ambiguous: [number, readonly string[]][] = [];
  kept.forEach((m, idx) => {
    const codes = m.kind === 'figure' ? AMBIGUOUS.get(m) : undefined;
    if (codes) ambiguous.push([idx, codes]);
  });
  return { mentions: kept, candidates, acronyms: actors.acronyms, ambiguous };
}
