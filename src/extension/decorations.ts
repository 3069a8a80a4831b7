import * as vscode from 'vscode';
import type { MentionKind } from '../core/types';
import { planMarks, type AppliedMarks, type MarkStyle } from '../view';
import type { ArticleCache } from './articleCache';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';

const KIND_COLOR: Record<MentionKind, string> = { actor: 'actor', figure: 'figure', date: 'date' };

function underline(kind: MentionKind, style: 'dotted' | 'solid', borderColor: string): vscode.DecorationRenderOptions {
  const c = KIND_COLOR[kind];
  return {
    backgroundColor: new vscode.ThemeColor(`policyLens.${c}Background`),
    borderColor: new vscode.ThemeColor(borderColor),
    borderStyle: `none none ${style} none`,
    borderWidth: style === 'solid' ? '0 0 2px 0' : '0 0 1px 0',
    overviewRulerColor: new vscode.ThemeColor(`policyLens.${c}Border`),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

function styleOptions(): Record<MarkStyle, vscode.DecorationRenderOptions> {
  return {
    'actor.detected': underline('actor', 'dotted', 'policyLens.actorBorder'),
    'actor.confirmed': underline('actor', 'solid', 'policyLens.actorBorder'),
    'figure.detected': underline('figure', 'dotted', 'policyLens.figureBorder'),
    'figure.confirmed': underline('figure', 'solid', 'policyLens.figureBorder'),
    'figure.verified': underline('figure', 'solid', 'policyLens.verifiedFigureBorder'),
    'figure.disputed': underline('figure', 'solid', 'policyLens.disputedFigureBorder'),
    'date.detected': underline('date', 'dotted', 'policyLens.dateBorder'),
    'date.confirmed': underline('date', 'solid', 'policyLens.dateBorder'),
    note: {
      after: { contentText: '✎', color: new vscode.ThemeColor('policyLens.noteForeground'), margin: '0 0 0 1px' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    },
  };
}

/** The marks last applied to an article's editors; what the test API reports. */
export interface MarkState {
  marks: AppliedMarks;
  capped: boolean;
  /** performance.now() when the marks were set. */
  at: number;
}

/** Draws marks in every visible editor of an analysed article, batched per editor. */
export class DecorationController extends Disposable {
  readonly #types: Record<MarkStyle, vscode.TextEditorDecorationType>;
  readonly #applied = new Map<string, MarkState>();
  readonly #onDidApply = this.register(new vscode.EventEmitter<{ uri: vscode.Uri; state: MarkState }>());
  /** Fires after marks were set in an editor; the integration tests wait on it. */
  readonly onDidApply = this.#onDidApply.event;

  constructor(
    private readonly cache: ArticleCache,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
  ) {
    super();
    const options = styleOptions();
    this.#types = Object.fromEntries(
      Object.entries(options).map(([k, o]) => [k, this.register(vscode.window.createTextEditorDecorationType(o))]),
    ) as Record<MarkStyle, vscode.TextEditorDecorationType>;
    this.register(cache.onDidChange((snapshot) => this.#renderUri(snapshot.uri)));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.renderAll()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens')) this.renderAll();
    }));
  }

  /** Marks last applied to an article's editors. */
  applied(uri: vscode.Uri): MarkState | undefined {
    return this.#applied.get(uri.toString());
  }

  renderAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.#render(editor);
  }

  #renderUri(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === key) this.#render(editor);
    }
  }

  #render(editor: vscode.TextEditor): void {
    const snapshot = this.cache.isArticle(editor.document) ? this.cache.get(editor.document.uri) : undefined;
    if (!snapshot) {
      // No longer an article (settings changed): clear whatever was drawn.
      if (this.#applied.delete(editor.document.uri.toString())) for (const type of Object.values(this.#types)) editor.setDecorations(type, []);
      return;
    }
    if (snapshot.version !== editor.document.version) return;
    const { marks, capped } = planMarks(snapshot, this.config(editor.document.uri).decorations);
    const doc = editor.document;
    for (const [style, type] of Object.entries(this.#types) as [MarkStyle, vscode.TextEditorDecorationType][]) {
      const ranges = (marks[style] ?? []).map(([s, e]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e)));
      editor.setDecorations(type, ranges);
    }
    const state: MarkState = { marks, capped, at: performance.now() };
    this.#applied.set(doc.uri.toString(), state);
    this.#onDidApply.fire({ uri: doc.uri, state });
  }
}
