import type * as vscode from 'vscode';
import type { SidecarDiagnostic } from '../core/sidecar';
import type { ArticleView } from '../view';

/** Everything the UI knows about one open article at one document version. */
export interface ArticleSnapshot extends ArticleView {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly text: string;
  /** Problems with the sidecar file (it is never overwritten while these include errors). */
  readonly sidecarProblems: readonly SidecarDiagnostic[];
  /** Milliseconds the last analysis took. */
  readonly analysisMs: number;
}
