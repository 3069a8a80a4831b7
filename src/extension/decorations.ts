import * as vscode from 'vscode';
import type { MentionKind } from '../core/types';
import { lineStarts } from '../core/sidecar';
import { lineOf } from '../core/corpus';
import { marksOnlyMoved, planMarks, windowDrifted, type AppliedMarks, type MarkOptions, type MarkStyle, type MarkWindow, type PlannedMarks, type ViewMention } from '../view';
import type { ArticleSnapshot } from './snapshot';
import type { ArticleCache } from './articleCache';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';
import { shownSpan } from './shownSpan';
import { inLaterTurn } from './steppedWork';

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
  /** Planned when first read: a redraw that only followed an edit plans nothing. */
  readonly marks: AppliedMarks;
  readonly capped: boolean;
  /** performance.now() when the marks were set. */
  readonly at: number;
  /** True when the editor already drew these marks, moved with the edit, so none were sent. */
  readonly moved: boolean;
}

/** What an editor was last sent: the version and the mentions drawn, to check the next change against. */
interface Drawn {
  version: number;
  mentions: readonly ViewMention[];
  capped: boolean;
  /** Capped: which mentions are drawn (indices hold through edits that only move the marks). */
  window?: MarkWindow;
}

/** Draws marks in every visible editor of an analysed article, batched per editor. */
export class DecorationController extends Disposable {
  readonly #types: Record<MarkStyle, vscode.TextEditorDecorationType>;
  readonly #applied = new Map<string, MarkState>();
  #drawn = new WeakMap<vscode.TextEditor, Drawn>();
  readonly #starts = new WeakMap<ArticleSnapshot, readonly number[] | undefined>();
  /** Articles whose marks are to be drawn in a later turn (#renderSoon). */
  readonly #due = new Set<string>();
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
    this.register(cache.onDidChange((snapshot) => this.#renderSoon(snapshot.uri)));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.renderAll(false)));
    // Past maxMarks the marks drawn are those around the part on screen: scrolling away from it plans them again.
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
      if (this.#drifted(textEditor, this.#drawn.get(textEditor))) this.#render(textEditor, true);
    }));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens')) this.renderAll();
    }));
  }

  /** Marks last applied to an article's editors. */
  applied(uri: vscode.Uri): MarkState | undefined {
    return this.#applied.get(uri.toString());
  }

  /** Draws every visible editor's marks; `redraw` sends them even where the editor has them already (settings changed). */
  renderAll(redraw = true): void {
    if (redraw) this.#drawn = new WeakMap();
    for (const editor of vscode.window.visibleTextEditors) this.#render(editor);
  }

  /**
   * Draws an article's marks in a later turn of the event loop: not in the turn that published its
   * snapshot, which may have patched a long article's model already. Snapshots published meanwhile
   * are drawn once, the newest.
   */
  #renderSoon(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.#due.has(key)) return;
    this.#due.add(key);
    inLaterTurn(() => {
      this.#due.delete(key);
      if (this.isDisposed) return;
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document.uri.toString() === key) this.#render(editor);
      }
    });
  }

  /** Whether the part on screen has moved far enough from the drawn marks (capped) to plan them again. */
  #drifted(editor: vscode.TextEditor, drawn: Drawn | undefined): boolean {
    const shown = drawn?.window && shownSpan(editor);
    return !!shown && windowDrifted(drawn.mentions, drawn.window!, shown);
  }

  /** `refocus`: the part on screen moved away from the drawn marks; plan them around it again even if this version is drawn. */
  #render(editor: vscode.TextEditor, refocus = false): void {
    const doc = editor.document;
    const snapshot = this.cache.isArticle(doc) ? this.cache.get(doc.uri) : undefined;
    if (!snapshot) {
      // No longer an article (settings changed): clear whatever was drawn.
      this.#drawn.delete(editor);
      if (this.#applied.delete(doc.uri.toString())) for (const type of Object.values(this.#types)) editor.setDecorations(type, []);
      return;
    }
    if (snapshot.version !== doc.version) return;
    const drawn = this.#drawn.get(editor);
    if (!refocus && drawn?.version === snapshot.version && drawn.mentions === snapshot.mentions) return; // already drawn (another editor became visible)
    const options = this.config(doc.uri).decorations;
    const change = snapshot.change;
    // The editor moves the decorations it draws with each edit: when that is all the change amounts
    // to (typing away from every mark), nothing is sent, so an edit in a long article costs no redraw.
    // Capped too: the same visible mentions in the same order, so the same run is drawn, unless the
    // part on screen moved away from it meanwhile (a scroll while the edit was analysed).
    const moved = !refocus && drawn !== undefined && change !== undefined && drawn.version === change.fromVersion
      && marksOnlyMoved(drawn.mentions, snapshot.mentions, change) && !this.#drifted(editor, { ...drawn, mentions: snapshot.mentions });
    let planned: PlannedMarks | undefined;
    if (!moved) {
      planned = planMarks(snapshot, options, shownSpan(editor));
      const starts = this.#lineStarts(snapshot);
      for (const [style, type] of Object.entries(this.#types) as [MarkStyle, vscode.TextEditorDecorationType][]) {
        editor.setDecorations(type, rangesOf(planned.marks[style] ?? [], starts, doc));
      }
    }
    const capped = planned?.capped ?? drawn?.capped ?? false;
    const window = planned ? planned.window : drawn?.window;
    this.#drawn.set(editor, { version: snapshot.version, mentions: snapshot.mentions, capped, window });
    const state = markState(snapshot, options, planned, moved, capped, window);
    this.#applied.set(doc.uri.toString(), state);
    this.#onDidApply.fire({ uri: doc.uri, state });
  }

  /**
   * The snapshot's line starts, found once per snapshot (a scroll in a capped article plans again on
   * the same text); undefined when a lone CR, a line break VS Code counts and they do not, means the
   * document must be asked.
   */
  #lineStarts(snapshot: ArticleSnapshot): readonly number[] | undefined {
    if (!this.#starts.has(snapshot)) this.#starts.set(snapshot, hasLoneCarriageReturn(snapshot.text) ? undefined : lineStarts(snapshot.text));
    return this.#starts.get(snapshot);
  }
}

/** `window`: the run a capped plan drew, so marks read later are the ones drawn. */
function markState(view: Parameters<typeof planMarks>[0], options: MarkOptions, planned: PlannedMarks | undefined, moved: boolean, capped: boolean, window: MarkWindow | undefined): MarkState {
  let marks = planned?.marks;
  return {
    get marks() { return (marks ??= planMarks(view, options, window).marks); },
    capped,
    at: performance.now(),
    moved,
  };
}

/**
 * Ranges of [start, end] offsets in text order, found by walking the text's line starts (a search
 * per offset costs more for tens of thousands of marks); without line starts, the document's own
 * positionAt.
 */
function rangesOf(pairs: readonly [number, number][], starts: readonly number[] | undefined, doc: vscode.TextDocument): vscode.Range[] {
  if (!starts) return pairs.map(([s, e]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e)));
  let line = 0;
  const lineAt = (offset: number): number => {
    if (offset < starts[line]) line = lineOf(starts, offset) - 1; // out of order (marks come sorted)
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return line;
  };
  return pairs.map(([s, e]) => {
    const a = lineAt(s);
    const ca = s - starts[a];
    const b = lineAt(e);
    const range = new vscode.Range(a, ca, b, e - starts[b]);
    line = a;
    return range;
  });
}

function hasLoneCarriageReturn(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}
