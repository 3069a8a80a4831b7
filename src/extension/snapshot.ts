import type * as vscode from 'vscode';
import type { AnchorResult } from '../core/anchor';
import type { ModelMention } from '../core/model';
import type { SidecarAnnotation, SidecarDiagnostic } from '../core/sidecar/format';

/** A mention as the UI shows it: what extraction found, merged with the sidecar's decisions. */
export type ViewMention = ModelMention;

/** Everything the UI knows about one open article at one document version. */
export interface ArticleSnapshot {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly text: string;
  readonly referenceDate: string | null;
  /** Visible (not rejected) and rejected mentions, sorted by start. */
  readonly mentions: readonly ViewMention[];
  /** Sidecar annotations that could not be re-anchored in the current text. */
  readonly orphans: readonly SidecarAnnotation[];
  /** Problems with the sidecar file (it is never overwritten while these include errors). */
  readonly sidecarProblems: readonly SidecarDiagnostic[];
  /**
   * Set when only part of the article was analysed: a too-large article (its visible part), or a
   * long one just opened (`preview`: the whole text follows at once).
   */
  readonly partial?: { start: number; end: number; preview?: boolean };
  /** Milliseconds the last analysis took. */
  readonly analysisMs: number;
  /** The sidecar text the marks come from and where its annotations are in `text` (same order). */
  readonly sidecar?: { readonly text: string; readonly anchors: readonly AnchorResult[] };
}

export function isVisible(m: ViewMention): boolean {
  return m.decision !== 'rejected';
}

/** Actors are grouped by canonical name; this is the key. */
export function entityKey(m: ViewMention): string {
  return m.kind === 'actor' ? `${m.type}:${m.canonical}` : `${m.kind}:${m.type}`;
}

/**
 * The visible mention at an offset: one the offset is inside, else one it touches at its end (a
 * cursor just after a word). Rejected mentions are never returned.
 */
export function mentionAt(snapshot: ArticleSnapshot, offset: number): ViewMention | undefined {
  // Mentions are sorted and flat; a binary search keeps hovers cheap on long articles.
  const list = snapshot.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  let touching: ViewMention | undefined;
  for (let i = lo; i < list.length && list[i].start <= offset; i++) {
    const m = list[i];
    if (!isVisible(m)) continue;
    if (offset < m.end) return m;
    touching ??= m;
  }
  return touching;
}
