// The pure input of the view layer: what the tree, the marks and the status bar read from one
// analysed article. The extension's ArticleSnapshot extends it with the document's Uri and version.
import type { ModelMention } from '../core/model';
import { DEFAULT_FIGURE_STATUS, figureStatus, type SidecarAnnotation } from '../core/sidecar';

/** A mention as the UI shows it: what extraction found, merged with the sidecar's decisions. */
export type ViewMention = ModelMention;

export interface ArticleView {
  readonly referenceDate: string | null;
  /** Visible (not rejected) and rejected mentions, sorted by start. */
  readonly mentions: readonly ViewMention[];
  /** Sidecar annotations that could not be re-anchored in the current text. */
  readonly orphans: readonly SidecarAnnotation[];
  /**
   * Set when only part of the article was analysed: a too-large article (its visible part), or a
   * long one just opened (`preview`: the whole text follows at once).
   */
  readonly partial?: { start: number; end: number; preview?: boolean };
}

/** Rejected mentions stay in the list (the sidecar remembers them) but are never shown. */
export function isVisible(m: ViewMention): boolean {
  return m.decision !== 'rejected';
}

/** Actors are grouped by type and canonical name; this is the key (types contain no ':'). */
export function entityKey(m: ViewMention): string {
  return m.kind === 'actor' ? `${m.type}:${m.canonical}` : `${m.kind}:${m.type}`;
}

/** A figure nobody has checked yet (what the badge counts and "Next Unverified Figure" visits). */
export function isUnverifiedFigure(m: ViewMention): boolean {
  return m.kind === 'figure' && figureStatus(m) === DEFAULT_FIGURE_STATUS;
}
