import * as vscode from 'vscode';
import { acceptedMentions } from '../core/agree';
import { referenceDateFor } from '../core/extract';
import type { IndexExtractor } from './articleReader';
import { readConfig } from './config';
import { MAX_SIDECAR_BYTES, parseSidecar, type ParsedSidecar } from '../core/sidecar';
import type { ILogger, Mention } from '../core/types';
import { compareItems, compareMarks, type CompareItem, type NodeRef } from '../view';
import type { ArticleCache } from './articleCache';
import { CommandId } from './commandIds';
import { registerCommand } from './commands';
import type { Decisions } from './decisions';
import { Disposable } from './dispose';
import type { Notifier } from './notify';
import type { ArticleSnapshot } from './snapshot';
import type { Target } from './target';

/** One article compared with another annotator's sidecar. */
export interface Comparison {
  readonly article: vscode.Uri;
  readonly other: vscode.Uri;
  readonly items: readonly CompareItem[];
  /** The spans marked in the article's editors. */
  readonly marks: readonly [number, number][];
}

interface Session {
  other: vscode.Uri;
  parsed: ParsedSidecar;
  /** The other side's accepted mentions, for the text version they were computed on. */
  theirs?: { version: number; mentions: Mention[] };
  comparison?: Comparison;
}

/**
 * "Compare Annotations With…": another sidecar of the current article (a colleague's copy, another
 * branch's file) is compared with this article's annotations; its disagreements are marked in a
 * colour of their own and listed, and a person takes the other side per mention (written to this
 * article's sidecar through the usual decision path). The comparison follows every new snapshot.
 */
export class CompareController extends Disposable {
  readonly #sessions = new Map<string, Session>();
  readonly #type = this.register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('policyLens.compareBackground'),
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('policyLens.compareBorder'),
    overviewRulerColor: new vscode.ThemeColor('policyLens.compareBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  readonly #onDidUpdate = this.register(new vscode.EventEmitter<Comparison>());
  /** Fires whenever a comparison is (re)computed and its marks drawn. */
  readonly onDidUpdate = this.#onDidUpdate.event;

  constructor(
    private readonly cache: ArticleCache,
    private readonly decisions: Decisions,
    private readonly target: (ref: NodeRef | undefined) => Promise<Target | undefined>,
    /** Extraction in a worker, as for closed articles: the other side is extracted off the main thread. */
    private readonly extractText: IndexExtractor,
    private readonly log: ILogger,
    notifier: Notifier,
  ) {
    super();
    this.register(registerCommand(CommandId.CompareWith, (other, take) => this.#compareWith(other, take), log, notifier));
    this.register(registerCommand(CommandId.ClearComparison, () => this.#clear(), log, notifier));
    this.register(cache.onDidChange((s) => this.#update(s)));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => { for (const s of this.#sessions.values()) if (s.comparison) this.#draw(s.comparison); }));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.#sessions.delete(doc.uri.toString())));
  }

  comparison(article: vscode.Uri): Comparison | undefined {
    return this.#sessions.get(article.toString())?.comparison;
  }

  /**
   * `other`: the other sidecar (asked for when absent). `take`: indices of the items whose other
   * side to take (asked for in a list when absent; [] takes none).
   */
  async #compareWith(otherArg: unknown, takeArg: unknown): Promise<void> {
    const t = await this.target(undefined);
    if (!t) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: open an article first.'));
      return;
    }
    const other = otherArg instanceof vscode.Uri ? otherArg : typeof otherArg === 'string' ? vscode.Uri.parse(otherArg) : await this.#pickSidecar(t.doc.uri);
    if (!other) return;
    const parsed = await this.#read(other);
    const articleName = t.doc.uri.path.split('/').pop() ?? '';
    if (parsed.sidecar && parsed.sidecar.article !== articleName) {
      throw new Error(vscode.l10n.t('{0} annotates {1}, not {2}; nothing compared.', other.path.split('/').pop() ?? '', parsed.sidecar.article, articleName));
    }
    const session: Session = { other, parsed };
    this.#sessions.set(t.doc.uri.toString(), session);
    const comparison = await this.#compute(session, t.snapshot);
    if (!comparison) return; // the extraction was stopped
    if (!comparison.items.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: the two sidecars agree on this article.'));
      return;
    }
    const take = Array.isArray(takeArg) ? takeArg.filter((i): i is number => typeof i === 'number') : await this.#pickItems(comparison);
    if (!take?.length) return;
    const ops = take.flatMap((i) => comparison.items[i]?.takeOther ?? []);
    await this.decisions.applyAll(t, ops);
  }

  async #pickSidecar(article: vscode.Uri): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Sidecar to compare with'),
      defaultUri: vscode.Uri.joinPath(article, '..'),
      canSelectMany: false,
      filters: { [vscode.l10n.t('Annotation sidecars')]: ['yaml', 'yml'] },
    });
    return picked?.[0];
  }

  async #read(uri: vscode.Uri): Promise<ParsedSidecar> {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_SIDECAR_BYTES) throw new Error(vscode.l10n.t('{0} is larger than {1} MB.', uri.path.split('/').pop() ?? '', MAX_SIDECAR_BYTES / 1024 / 1024));
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const parsed = parseSidecar(text);
    const first = parsed.diagnostics.find((d) => d.severity === 'error');
    if (!parsed.ok || first) {
      throw new Error(vscode.l10n.t('{0} is not a valid sidecar (line {1}, column {2}); nothing compared.', uri.path.split('/').pop() ?? '', first?.line ?? 1, first?.col ?? 1));
    }
    return parsed;
  }

  async #pickItems(c: Comparison): Promise<number[] | undefined> {
    const picks = await vscode.window.showQuickPick(c.items.map((item, index) => ({ label: item.label, detail: item.detail, index })), {
      title: vscode.l10n.t('Take the other side for… (unticked ones keep this sidecar)'),
      canPickMany: true,
      matchOnDetail: true,
    });
    return picks?.map((p) => p.index);
  }

  /** Undefined when the extraction was stopped or the article changed meanwhile (a newer update follows). */
  async #compute(session: Session, snapshot: ArticleSnapshot): Promise<Comparison | undefined> {
    const text = snapshot.text;
    if (session.theirs?.version !== snapshot.version) {
      const referenceDate = referenceDateFor(text, { sidecar: session.parsed.sidecar?.referenceDate });
      const found = await this.extractText(text, referenceDate, undefined, readConfig(snapshot.uri).dateOrder);
      if (!found || this.cache.get(snapshot.uri)?.version !== snapshot.version) return undefined;
      session.theirs = { version: snapshot.version, mentions: acceptedMentions(text, found, session.parsed) };
    }
    if (this.#sessions.get(snapshot.uri.toString()) !== session) return undefined; // cleared or replaced meanwhile
    const items = compareItems(text, snapshot.mentions, session.theirs.mentions);
    const comparison: Comparison = { article: snapshot.uri, other: session.other, items, marks: compareMarks(items) };
    session.comparison = comparison;
    this.#draw(comparison);
    return comparison;
  }

  #update(snapshot: ArticleSnapshot): void {
    const session = this.#sessions.get(snapshot.uri.toString());
    if (session) void this.#compute(session, snapshot).catch((err: unknown) => this.log.error(err instanceof Error ? err : new Error(String(err))));
  }

  #draw(c: Comparison): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== c.article.toString()) continue;
      const doc = editor.document;
      editor.setDecorations(this.#type, c.marks.map(([s, e]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e))));
    }
    this.#onDidUpdate.fire(c);
  }

  #clear(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri) return;
    this.#sessions.delete(uri.toString());
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) editor.setDecorations(this.#type, []);
  }
}
