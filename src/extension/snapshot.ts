import type * as vscode from 'vscode';
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
  /** Set when the article is too large to analyse whole: the analysed window. */
  readonly partial?: { start: number; end: number };
  /** Milliseconds the last analysis took. */
  readonly analysisMs: number;
}

export function isVisible(m: ViewMention): boolean {
  return m.decision !== 'rejected';
}

/** Actors are grouped by canonical name; this is the key. */
export function entityKey(m: ViewMention): string {
  return m.kind === 'actor' ? `${m.type}:${m.canonical}` : `${m.kind}:${m.type}`;
}

export function mentionAt(snapshot: ArticleSnapshot, offset: number): ViewMention | undefined {
  // Mentions are sorted and flat; a binary search keeps hovers cheap on long articles.
  const list = snapshot.mentions;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid];
    if (offset < m.start) hi = mid - 1;
    else if (offset > m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
