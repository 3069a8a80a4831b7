// One paragraph's raw extraction: every rule family, blockers applied, overlaps resolved (the
// longest span wins; on ties dates beat figures beat actors). Offsets are paragraph-relative.
import type { Mention } from '../types';
import { findActors, type Candidate, type Span } from './actors';
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

let lexicon: FigureLexicon | null = null;

const PRIORITY = { date: 0, figure: 1, actor: 2 } as const;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function extractParagraph(text: string, ref: RefDate | null): RawParagraph {
  const gaz = getGazetteer();
  lexicon ??= buildFigureLexicon(gaz);
  const tokens = tokenize(text);
  const actors = findActors(text, tokens);
  const all: Mention[] = [...findDates(text, ref, tokens), ...findFigures(text, gaz, lexicon, tokens), ...actors.actors];
  const blockers = actors.blockers;
  const pool = blockers.length ? all.filter((m) => !blockers.some((b) => overlaps(m, b))) : all;
  pool.sort((a, b) => (b.end - b.start) - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of pool) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  kept.sort((a, b) => a.start - b.start);
  const candidates = actors.candidates.filter((c) => !kept.some((k) => overlaps(k, c)) && !blockers.some((b) => overlaps(b, c)));
  const ambiguous: [number, readonly string[]][] = [];
  kept.forEach((m, idx) => {
    const codes = m.kind === 'figure' ? AMBIGUOUS.get(m) : undefined;
    if (codes) ambiguous.push([idx, codes]);
  });
  return { mentions: kept, candidates, acronyms: actors.acronyms, ambiguous };
}
