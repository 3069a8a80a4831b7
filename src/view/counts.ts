// What the status bar and the tree badge count: visible mentions only.
import { isUnverifiedFigure, isVisible, type ArticleView } from './articleView';

export interface MentionCounts {
  actors: number;
  figures: number;
  dates: number;
  unverifiedFigures: number;
}

/** Visible mentions per kind, and how many of the figures nobody has checked yet. */
export function visibleCounts(view: ArticleView): MentionCounts {
  const counts: MentionCounts = { actors: 0, figures: 0, dates: 0, unverifiedFigures: 0 };
  for (const m of view.mentions) {
    if (!isVisible(m)) continue;
    if (m.kind === 'actor') counts.actors++;
    else if (m.kind === 'date') counts.dates++;
    else {
      counts.figures++;
      if (isUnverifiedFigure(m)) counts.unverifiedFigures++;
    }
  }
  return counts;
}

export function unverifiedFigures(view: ArticleView): number {
  return visibleCounts(view).unverifiedFigures;
}
