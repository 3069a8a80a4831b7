import * as vscode from 'vscode';
import { shiftAnchors, type AnchorResult, type LiveAnchor } from '../core/anchor';
import { articleDateOrder, referenceDateFor, type DateOrder } from '../core/extract';
import { moved, textEdit, type TextEdit } from '../core/util';
import type { MentionDiff } from '../core/jobs';
import type { CompiledRegistry } from '../core/registry';
import { buildModel, canPatchModel, patchModelSteps, type AnchoredAnnotation, type ArticleModel } from '../core/model';
import type { ParsedSidecar } from '../core/sidecar';
import type { ILogger, Mention } from '../core/types';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';
import type { ExtractedIn, ExtractionOutcome, ExtractionService } from './extractionService';
import { changedRun, type ViewMention } from '../view';
import type { ArticleSnapshot } from './snapshot';
import type { EffectiveSidecar, SidecarStore } from './sidecarStore';
import { shownSpan } from './shownSpan';
import { SteppedWork } from './steppedWork';

interface Entry {
  /** Bumped by each analysis, so only the newest one publishes its snapshot. */
  generation: number;
  snapshot?: ArticleSnapshot;
  timer?: ReturnType<typeof setTimeout>;
  /** When the change that the pending analysis answers was seen (for the update-time figure). */
  changeSeenAt?: number;
  /**
   * Where the sidecar's annotations are in the text now: kept up to date from the editor's change
   * events (shiftAnchors) and from our own decisions, instead of searching for them again.
   */
  live?: { sidecarText: string; anchors: LiveAnchor[]; results: AnchorResult[] };
  /** The last whole-text model and what it was built from (the extraction job, the sidecar), so an edit's mention diff can patch it. */
  built?: { seq: number; parsed: ParsedSidecar | undefined; model: ArticleModel };
}

function liveOf(sidecarText: string, anchored: readonly AnchoredAnnotation[]): NonNullable<Entry['live']> {
  return {
    sidecarText,
    anchors: anchored.map(({ annotation, result }) => ({ quote: annotation.quote, start: result.start, end: result.end, status: result.status, exact: result.exact })),
    results: anchored.map(({ result }) => result),
  };
}

/** Where the team's entity registry for an article comes from (EntityRegistries), and when it changes. */
export interface RegistrySource {
  registryFor(uri: vscode.Uri): CompiledRegistry | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** The edit from the previous snapshot's text to `text`, worked out (a scan of both texts) when first asked for. */
function lazyEdit(previous: ArticleSnapshot, text: string): () => TextEdit {
  let edit: TextEdit | undefined;
  const prevText = previous.text;
  return () => (edit ??= textEdit(prevText, text));
}

/** How the previous snapshot's mentions became these, from the mention diff that patched the model. */
function changeOf(previous: ArticleSnapshot, text: string, diff: MentionDiff): NonNullable<ArticleSnapshot['change']> {
  const editOf = lazyEdit(previous, text);
  return {
    fromVersion: previous.version, start: diff.start, deleteCount: diff.deleteCount, insertCount: diff.insert.length,
    get edit() { return editOf(); },
  };
}

/**
 * How the previous snapshot's mentions became these when the model was built again whole (an
 * annotated article): the changed run is found by comparing the two lists, only when asked for.
 */
function rebuiltChangeOf(previous: ArticleSnapshot, text: string, next: readonly ViewMention[]): NonNullable<ArticleSnapshot['change']> {
  const editOf = lazyEdit(previous, text);
  let run: ReturnType<typeof changedRun> | undefined;
  let prevMentions: readonly ViewMention[] | undefined = previous.mentions;
  const runOf = () => {
    run ??= changedRun(prevMentions!, next, editOf());
    prevMentions = undefined; // worked out: the previous list is not kept for it
    return run;
  };
  return {
    fromVersion: previous.version,
    get edit() { return editOf(); },
    get start() { return runOf().start; },
    get deleteCount() { return runOf().deleteCount; },
    get insertCount() { return runOf().insertCount; },
  };
}

/** What an article without a sidecar file has (before its read confirms it). */
const NO_SIDECAR: EffectiveSidecar = { parsed: undefined, problems: [], pending: false };

/** Characters analysed on each side of the visible part of a too-large article. */
const LARGE_FILE_MARGIN = 64 * 1024;
/** Articles longer than this get their visible part marked first when they open. */
const PREVIEW_THRESHOLD = 48 * 1024;
const PREVIEW_MARGIN = 8 * 1024;

/**
 * The one per-document cache: analyses open articles (extraction + sidecar decisions) keyed by
 * uri and version, and fires a single change event that decorations, hover, tree and status bar
 * consume.
 */
export class ArticleCache extends Disposable {
  readonly #entries = new Map<string, Entry>();
  readonly #onDidChange = this.register(new vscode.EventEmitter<ArticleSnapshot>());
  readonly onDidChange = this.#onDidChange.event;
  readonly #largeNoticeShown = new Set<string>();
  /** Milliseconds from a change event to its snapshot, most recent last (for the test API). */
  readonly updateTimes: number[] = [];
  /** Each published snapshot and where its extraction ran, most recent last (for the test API). */
  readonly applied: { uri: string; version: number; partial: boolean; where: ExtractedIn; sidecarRead: boolean }[] = [];
  /** Snapshots whose model was patched from a mention diff instead of rebuilt (for the test API). */
  modelsPatched = 0;
  /** Model patches of long articles, in slices (one per article; a newer one drops the older). */
  readonly #patching = new SteppedWork<string>((err) => this.log.error(err));

  constructor(
    private readonly store: SidecarStore,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
    private readonly extraction: ExtractionService,
    private readonly registries?: RegistrySource,
  ) {
    super();
    // A changed registry re-applies to every open article at once.
    if (registries) this.register(registries.onDidChange(() => this.#analyseAll()));
    this.register(vscode.workspace.onDidOpenTextDocument((doc) => void this.#analyseSafely(doc)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.#forget(doc.uri)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !this.isArticle(e.document)) return;
      this.#shiftAnchors(e.document, e.contentChanges);
      this.#schedule(e.document);
    }));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const doc = e.textEditor.document;
      if (this.isArticle(doc) && this.#isLarge(doc, documentLength(doc))) this.#schedule(doc);
    }));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.languages') || e.affectsConfiguration('policyLens.largeFileThresholdKB')) this.reconsiderAll();
    }));
    // The day-month order setting re-reads every open article's numeric dates.
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.dateOrder')) this.#analyseAll();
    }));
    this.register(store.onDidChange(({ article, written }) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
      if (!doc) return;
      const entry = this.#entries.get(article.toString());
      // Our own decision: its anchoring is known, so the next analysis does not search again.
      if (entry && written?.parsed.sidecar && doc.getText() === written.articleText) {
        entry.live = liveOf(written.parsed.text, written.parsed.sidecar.annotations.map((annotation, i) => ({ annotation, result: written.anchors[i] })));
      }
      void this.#analyseSafely(doc);
    }));
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => {
      if (!this.isArticle(doc)) return;
      const live = this.#entries.get(doc.uri.toString())?.live;
      store.refreshAnchors(doc.uri, doc.getText(), live && { sidecarText: live.sidecarText, results: live.results })
        .catch((err: unknown) => this.log.error(err instanceof Error ? err : new Error(String(err))));
    }));
    // Articles already open are analysed right after activation, not during it.
    const initial = setTimeout(() => {
      this.#analyseAll();
    }, 0);
    this.register(new vscode.Disposable(() => clearTimeout(initial)));
  }

  isArticle(doc: vscode.TextDocument): boolean {
    return this.config(doc.uri).languages.includes(doc.languageId) && doc.uri.scheme !== 'output';
  }

  get(uri: vscode.Uri): ArticleSnapshot | undefined {
    return this.#entries.get(uri.toString())?.snapshot;
  }

  all(): ArticleSnapshot[] {
    return [...this.#entries.values()].flatMap((e) => (e.snapshot ? [e.snapshot] : []));
  }

  /** Analyses now (skipping the typing delay) and returns the fresh snapshot. */
  async analyse(doc: vscode.TextDocument): Promise<ArticleSnapshot | undefined> {
    if (!this.isArticle(doc) || doc.isClosed) return undefined;
    const entry = this.#entry(doc.uri);
    clearTimeout(entry.timer);
    entry.timer = undefined;
    const generation = ++entry.generation;
    const version = doc.version;
    const text = doc.getText();
    const started = performance.now();
    // The sidecar is read while the text is extracted; its reference date (used only when the front
    // matter has none) is checked once it is read, and the extraction redone if it differs.
    // Without a sidecar (as the workspace listing knows), marks do not wait for the read, which waits
    // on the workbench (a second while it opens the editor); a sidecar the read finds after all is applied then.
    const absent = this.store.knownAbsent(doc.uri);
    const sidecarRead = this.store.current(doc.uri);
    if (absent) void sidecarRead.then(() => { if (generation === entry.generation && this.store.found(doc.uri)) void this.#analyseSafely(doc); });
    const hinted = () => referenceDateFor(text, { sidecar: this.store.referenceDateHint(doc.uri) });
    let referenceDate = hinted();
    /** Extracts while the sidecar is read, and again if the sidecar just read brings another reference date. */
    const withSidecarDate = async <T>(run: (date: string | null) => Promise<T | undefined>): Promise<T | undefined> => {
      const [first] = await Promise.all([run(referenceDate), absent ? undefined : sidecarRead]);
      if (!first || hinted() === referenceDate) return first;
      referenceDate = hinted();
      return run(referenceDate);
    };
    const registry = this.registries?.registryFor(doc.uri);
    // Resolved on the whole text, so a window of a large article keeps its front matter's order.
    const dateOrder = articleDateOrder(text, this.config(doc.uri).dateOrder);
    if (!entry.snapshot && text.length > PREVIEW_THRESHOLD && !this.#isLarge(doc, text.length)) {
      // A long article just opened: mark the part on screen first, then the whole text. The
      // extractor keeps the paragraphs it has seen, so the full pass does not redo them.
      const window = this.#visibleWindow(doc, text, PREVIEW_MARGIN);
      const slice = text.slice(window.start, window.end);
      const preview = await withSidecarDate((date) => this.extraction.extract(doc.uri.toString(), slice, date, registry, dateOrder));
      if (!preview) return entry.snapshot; // a newer analysis of this document took over
      // Read only once #publish knows no newer analysis took over (the service's lent list is gone then).
      const shifted = () => preview.result.mentions.map((m) => moved(m, window.start));
      if (!(await this.#publish(doc, entry, generation, version, text, shifted, referenceDate, started, { ...window, preview: true }, preview.where))) return entry.snapshot;
      await new Promise((resolve) => setTimeout(resolve, 0)); // let the marks be drawn
    }
    const extracted = await withSidecarDate((date) => this.#extract(doc, text, date, registry, dateOrder));
    if (!extracted) return entry.snapshot;
    const { mentions, partial, where, seq, diff } = extracted;
    return (await this.#publish(doc, entry, generation, version, text, mentions, referenceDate, started, partial, where, seq, diff)) ?? entry.snapshot;
  }

  /** Merges with the sidecar and publishes, unless a newer analysis or edit overtook this one. */
  async #publish(
    doc: vscode.TextDocument, entry: Entry, generation: number, version: number, text: string,
    mentions: () => Mention[], referenceDate: string | null, started: number, partial: ArticleSnapshot['partial'], where: ExtractedIn,
    seq?: number, diff?: ExtractionOutcome['diff'],
  ): Promise<ArticleSnapshot | undefined> {
    const assumed = this.store.knownAbsent(doc.uri);
    const sidecar = assumed ? NO_SIDECAR : await this.store.effective(doc.uri);
    if (doc.isClosed || doc.version !== version || generation !== entry.generation) return undefined; // a newer analysis follows
    // Between sidecar changes, annotations follow the editor's edits instead of being searched for again.
    const live = !sidecar.pending && entry.live?.sidecarText === sidecar.parsed?.text ? entry.live?.results : undefined;
    // An edit of an article whose sidecar did not change: patch the last model with the mention diff.
    const built = entry.built;
    let patched: ArticleModel | undefined;
    if (diff && !partial && !sidecar.pending && built?.seq === diff.of && built.parsed === sidecar.parsed && canPatchModel(built.model, diff, sidecar.parsed)) {
      // Moving the later mentions of a long article takes tens of milliseconds: done in slices.
      patched = await this.#patching.run(doc.uri.toString(), patchModelSteps(built.model, diff, sidecar.parsed));
      // The patched model is right for job `seq` even when a keystroke overtook it: the next diff patches it.
      if (patched && seq !== undefined && entry.built === built) entry.built = { seq, parsed: sidecar.parsed, model: patched };
      if (!patched || doc.isClosed || doc.version !== version || generation !== entry.generation) return undefined;
    }
    const model = patched ?? buildModel(text, mentions(), sidecar.parsed, live ? { results: live } : undefined);
    entry.built = partial || sidecar.pending || seq === undefined ? undefined : { seq, parsed: sidecar.parsed, model };
    if (patched) this.modelsPatched++;
    if (sidecar.parsed?.ok && !sidecar.pending) entry.live = liveOf(sidecar.parsed.text, model.anchors);
    const previous = entry.snapshot;
    // How the marks drawn from the previous snapshot became these (the editor may have them moved already).
    const fromBuilt = previous && !previous.partial && !partial && previous.mentions === built?.model.mentions;
    const change = !fromBuilt ? undefined
      : patched && diff ? changeOf(previous, text, diff)
        : built.parsed === sidecar.parsed && !sidecar.pending ? rebuiltChangeOf(previous, text, model.mentions) : undefined;
    const snapshot: ArticleSnapshot = {
      uri: doc.uri, version, text, partial, change,
      referenceDate: referenceDate ?? model.referenceDate,
      mentions: model.mentions,
      orphans: model.orphans,
      sidecarProblems: sidecar.problems,
      analysisMs: performance.now() - started,
      sidecar: entry.live && !sidecar.pending ? { text: entry.live.sidecarText, anchors: entry.live.results } : undefined,
    };
    entry.snapshot = snapshot;
    this.applied.push({ uri: doc.uri.toString(), version, partial: partial !== undefined, where, sidecarRead: !assumed });
    if (this.applied.length > 200) this.applied.shift();
    if (entry.changeSeenAt !== undefined) {
      this.updateTimes.push(performance.now() - entry.changeSeenAt);
      if (this.updateTimes.length > 200) this.updateTimes.shift();
      entry.changeSeenAt = undefined;
    }
    this.#onDidChange.fire(snapshot);
    return snapshot;
  }

  /** Extraction in the worker (or the fallback); undefined when a newer job superseded this one. */
  async #extract(doc: vscode.TextDocument, text: string, referenceDate: string | null, registry: CompiledRegistry | undefined, dateOrder: DateOrder | null): Promise<{ mentions: () => Mention[]; partial?: { start: number; end: number }; where: ExtractedIn; seq?: number; diff?: ExtractionOutcome['diff'] } | undefined> {
    const key = doc.uri.toString();
    if (!this.#isLarge(doc, text.length)) {
      const outcome = await this.extraction.extract(key, text, referenceDate, registry, dateOrder);
      // Read only when the model is built again (not patched), at once: the service lends its own list.
      return outcome && { mentions: () => outcome.result.mentions, where: outcome.where, seq: outcome.seq, diff: outcome.diff };
    }
    // Too large to analyse whole in reasonable time: analyse the visible part and a margin.
    const window = this.#visibleWindow(doc, text);
    const slice = text.slice(window.start, window.end);
    const outcome = await this.extraction.extract(key, slice, referenceDate, registry, dateOrder);
    if (!outcome) return undefined;
    const result = outcome.result;
    const mentions = result.mentions.map((m) => moved(m, window.start));
    if (!this.#largeNoticeShown.has(key)) {
      this.#largeNoticeShown.add(key);
      this.log.warn(`${doc.uri.fsPath} is ${(text.length / 1024).toFixed(0)} KB, above policyLens.largeFileThresholdKB: analysing the visible part only.`);
    }
    return { mentions: () => mentions, partial: window, where: outcome.where };
  }

  #visibleWindow(doc: vscode.TextDocument, text: string, margin = LARGE_FILE_MARGIN): { start: number; end: number } {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const shown = (editor && shownSpan(editor)) ?? { start: 0, end: 0 };
    let start = Math.max(0, shown.start - margin);
    let end = Math.min(text.length, shown.end + margin);
    // Snap to paragraph breaks (LF or CRLF) within 8 KB, so no mention is cut in half.
    const breaks = /\r?\n\r?\n/g;
    breaks.lastIndex = Math.max(0, start - 8192);
    let snapped = breaks.lastIndex === 0 ? 0 : start;
    for (let m = breaks.exec(text); m && m.index < start; m = breaks.exec(text)) snapped = m.index + m[0].length;
    start = Math.min(snapped, start);
    breaks.lastIndex = end;
    const next = breaks.exec(text);
    end = next && next.index < end + 8192 ? next.index : end;
    return { start, end };
  }

  /** Shifts the open article's annotation ranges through an edit, as it happens. */
  #shiftAnchors(doc: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    const live = this.#entries.get(doc.uri.toString())?.live;
    if (!live || live.anchors.length === 0) return;
    const results = shiftAnchors(live.anchors, changes.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })), () => doc.getText());
    live.anchors = live.anchors.map((a, i) => ({ ...a, start: results[i].start, end: results[i].end, status: results[i].status, exact: results[i].exact }));
    live.results = results;
  }

  /** `chars`: the document's length, known to the caller (getText() builds the whole text again: 2 MB of garbage for a 1 MB article). */
  #isLarge(doc: vscode.TextDocument, chars: number): boolean {
    return this.isArticle(doc) && chars > this.config(doc.uri).largeFileThresholdKB * 1024;
  }

  #schedule(doc: vscode.TextDocument): void {
    if (!this.isArticle(doc)) return;
    const entry = this.#entry(doc.uri);
    entry.changeSeenAt ??= performance.now();
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.#analyseSafely(doc), this.config(doc.uri).updateDelay);
  }

  async #analyseSafely(doc: vscode.TextDocument): Promise<void> {
    try {
      await this.analyse(doc);
    } catch (err) {
      this.log.error(err instanceof Error ? err : new Error(String(err)));
    }
  }

  #entry(uri: vscode.Uri): Entry {
    const key = uri.toString();
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { generation: 0 };
      this.#entries.set(key, entry);
    }
    return entry;
  }

  #forget(uri: vscode.Uri): void {
    const entry = this.#entries.get(uri.toString());
    if (entry) {
      clearTimeout(entry.timer);
      entry.generation++; // an analysis still running must not bring the entry back
    }
    this.#patching.cancel(uri.toString());
    this.#entries.delete(uri.toString());
    this.extraction.forget(uri.toString());
    this.store.forget(uri);
  }

  #analyseAll(): void {
    for (const doc of vscode.workspace.textDocuments) void this.#analyseSafely(doc);
  }

  /** Settings changed: analyse what is now an article, drop what no longer is. */
  reconsiderAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isArticle(doc)) void this.#analyseSafely(doc);
      else if (this.#entries.has(doc.uri.toString())) this.#forget(doc.uri);
    }
  }

  override dispose(): void {
    for (const entry of this.#entries.values()) clearTimeout(entry.timer);
    this.#entries.clear();
    this.#patching.dispose();
    super.dispose();
  }
}

/** The document's length without building its text: the offset of its end. */
function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}
