import type * as vscode from 'vscode';
import type { AnchorResult } from '../core/anchor';
import type { SidecarDiagnostic } from '../core/sidecar';
import type { ArticleView, MentionChange } from '../view';

/** Everything the UI knows about one open article at one document version. */
export interface ArticleSnapshot extends ArticleView {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly text: string;
  /** Problems with the sidecar file (it is never overwritten while these include errors). */
  readonly sidecarProblems: readonly SidecarDiagnostic[];
  /** Milliseconds the last analysis took. */
  readonly analysisMs: number;
  /** The sidecar text the marks come from and where its annotations are in `text` (same order). */
  readonly sidecar?: { readonly text: string; readonly anchors: readonly AnchorResult[] };
  /**
   * Set when these mentions are the snapshot of version `fromVersion`'s changed by one edit (a
   * patched model): a view that drew that snapshot can redraw only what the change needs.
   */
  readonly change?: MentionChange & { readonly fromVersion: number };
}
