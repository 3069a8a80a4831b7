import * as vscode from 'vscode';
import { shiftAnchors, type AnchorResult, type LiveAnchor } from '../core/anchor';
import { buildModel, refreshAnchors, type ArticleModel } from '../core/model';
import { mergeSidecars, parseSidecar, SIDECAR_VERSION, writeSidecar, type ParsedSidecar } from '../core/sidecar';
import type { SidecarDiagnostic } from '../core/sidecar/format';
import type { ILogger, Mention } from '../core/types';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';

/**
 * A decision as a pure function from the sidecar as it is now (undefined: no file yet) to the new
 * sidecar text. Kept as a function so a pending decision can be re-applied to whatever the file
 * holds by the time it can be written.
 */
export type SidecarOp = (current: ParsedSidecar | undefined) => string;

interface Entry {
  /** Text last read from or written to disk; undefined when there is no file. */
  diskText?: string;
  parsed?: ParsedSidecar;
  /** Set when the sidecar exists but could not be read: nothing is written over it then. */
  readError?: string;
  /** Decisions not on disk yet because the file is broken or a write failed. */
  pending: SidecarOp[];
  loaded?: Promise<void>;
  /** Read-change-write steps of this sidecar run one at a time, in order. */
  queue: Promise<unknown>;
  /** Bumped by every write, so a read that started before it cannot overwrite the cache. */
  writes: number;
  /** Annotation ranges kept up to date from the editor's change events while the article is open. */
  live?: { sidecarText: string; anchors: LiveAnchor[]; results?: AnchorResult[] };
}

export interface UndoStep {
  article: vscode.Uri;
  before: string | undefined;
  after: string;
}

/** Sidecar name for an article name under the configured pattern. */
export function sidecarName(pattern: string, articleName: string): string {
  const dot = articleName.lastIndexOf('.');
  const stem = dot > 0 ? articleName.slice(0, dot) : articleName;
  return pattern.replace(/\{name\}/g, articleName).replace(/\{stem\}/g, stem);
}

function isUnder(uri: vscode.Uri, folder: vscode.Uri): boolean {
  return uri.scheme === folder.scheme && uri.authority === folder.authority && uri.path.startsWith(`${folder.path}/`);
}

/**
 * Owns every sidecar: reads and writes them through `workspace.fs` (atomically, one step at a time
 * per file, re-reading the file just before each write), watches them for edits made elsewhere,
 * reports broken ones as diagnostics and never overwrites them, keeps decisions made meanwhile,
 * and moves a sidecar with its article.
 */
export class SidecarStore extends Disposable {
  readonly #entries = new Map<string, Entry>();
  readonly #onDidChange = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with the article's uri when its sidecar content (on disk or pending) changed. */
  readonly onDidChange = this.#onDidChange.event;
  readonly #onDidWrite = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with the sidecar's uri after a write landed; the tests wait on it. */
  readonly onDidWrite = this.#onDidWrite.event;
  readonly #diagnostics = this.register(vscode.languages.createDiagnosticCollection('policyLens'));
  #undo: UndoStep[] = [];
  /** Sidecar text last reported as broken, per sidecar uri. */
  readonly #reported = new Map<string, string>();
  #watcher: vscode.FileSystemWatcher | undefined;

  constructor(
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
    /** Where kept decisions survive a window reload (workspace state). */
    private readonly keep: vscode.Memento,
  ) {
    super();
    this.#watch();
    this.register(new vscode.Disposable(() => this.#watcher?.dispose()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.sidecar.pattern')) this.#watch();
    }));
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => {
      if (this.#articleOfSidecar(doc.uri)) this.#onDisk(doc.uri);
      else this.#background(this.#refreshAnchors(doc));
    }));
    this.register(vscode.workspace.onWillRenameFiles((e) => e.waitUntil(this.#sidecarMoves(e.files))));
    this.register(vscode.workspace.onDidRenameFiles((e) => this.#remap(e.files)));
  }

  /** Watches whatever the configured pattern names ({name}.annotations.yaml → **\/*.annotations.yaml). */
  #watch(): void {
    this.#watcher?.dispose();
    const glob = `**/${this.config().sidecarPattern.replace(/\{(?:name|stem)\}/g, '*')}`;
    this.#watcher = vscode.workspace.createFileSystemWatcher(glob);
    this.#watcher.onDidChange((uri) => this.#onDisk(uri));
    this.#watcher.onDidCreate((uri) => this.#onDisk(uri));
    this.#watcher.onDidDelete((uri) => this.#onDisk(uri));
  }

  sidecarUri(article: vscode.Uri): vscode.Uri {
    const name = article.path.split('/').pop() ?? 'article';
    return vscode.Uri.joinPath(article, '..', sidecarName(this.config(article).sidecarPattern, name));
  }

  /** Untitled buffers and read-only file systems (diffs, git) have no sidecar. */
  canHaveSidecar(article: vscode.Uri): boolean {
    return article.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(article.scheme) === true;
  }

  /** The reference date the sidecar records, when it is loaded (used when the article has none). */
  referenceDateHint(article: vscode.Uri): string | null {
    const parsed = this.#entries.get(article.toString())?.parsed;
    return (parsed?.sidecar ?? parsed?.bestEffort)?.referenceDate ?? null;
  }

  /** The sidecar as loaded (parsed), loading it on first use. */
  async current(article: vscode.Uri): Promise<ParsedSidecar | undefined> {
    const entry = await this.#loaded(article);
    return entry.parsed;
  }

  /** Merges extraction with the sidecar's decisions (pending ones included) for the UI. */
  async view(article: vscode.Uri, text: string, mentions: Mention[], referenceDate: string | null): Promise<ArticleModel & { problems: readonly SidecarDiagnostic[] }> {
    const entry = await this.#loaded(article);
    // A broken file still shows its valid decisions (bestEffort), so rejected mentions stay hidden.
    const effective = entry.pending.length > 0 ? this.#withPending(entry).ours : entry.parsed;
    // Between sidecar changes, annotations follow the editor's edits (shiftAnchors) instead of
    // being searched for again from their saved positions.
    const live = entry.pending.length === 0 && entry.live && entry.live.sidecarText === effective?.text ? entry.live.results : undefined;
    const model = buildModel(text, mentions, effective, live ? { results: live } : undefined);
    if (effective?.ok) {
      entry.live = {
        sidecarText: effective.text,
        anchors: model.anchors.map(({ annotation, result }) => ({ quote: annotation.quote, start: result.start, end: result.end, status: result.status, exact: result.exact })),
      };
    }
    const problems = [...(entry.parsed?.diagnostics ?? [])];
    if (entry.readError) problems.push({ severity: 'error', code: 'unreadable', message: entry.readError, offset: 0, line: 1, col: 1 });
    return { ...model, referenceDate: referenceDate ?? model.referenceDate, problems };
  }

  /** Shifts the open article's annotation ranges through an edit, as it happens. */
  shiftWithEdit(article: vscode.Uri, changes: readonly vscode.TextDocumentContentChangeEvent[], newText: string): void {
    const live = this.#entries.get(article.toString())?.live;
    if (!live || live.anchors.length === 0) return;
    const results = shiftAnchors(live.anchors, changes.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })), newText);
    live.anchors = live.anchors.map((a, i) => ({ ...a, start: results[i].start, end: results[i].end, status: results[i].status, exact: results[i].exact }));
    live.results = results;
  }

  /** The article was closed: drop what only made sense while it was open (kept decisions stay). */
  forget(article: vscode.Uri): void {
    const entry = this.#entries.get(article.toString());
    if (!entry) return;
    entry.live = undefined;
    if (entry.pending.length === 0) this.#entries.delete(article.toString());
  }

  /**
   * Applies a decision and writes it, re-reading the file first so edits made elsewhere are kept.
   * When the sidecar is broken (or the write fails) the decision is kept until it can be written.
   */
  async apply(article: vscode.Uri, op: SidecarOp): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      throw new Error(vscode.l10n.t('this workspace is not trusted, so Policy Lens does not write annotation files here.'));
    }
    if (!this.canHaveSidecar(article)) {
      throw new Error(vscode.l10n.t('save the article to a folder first: its decisions are stored in a file next to it.'));
    }
    const entry = await this.#loaded(article);
    await this.#serial(entry, async () => {
      await this.#sync(article, entry);
      if (entry.readError) throw new Error(entry.readError);
      if (entry.parsed && !entry.parsed.ok) {
        entry.pending.push(op);
        await this.#keepPending(article, entry);
        this.#onDidChange.fire(article);
        void vscode.window.showWarningMessage(vscode.l10n.t('The annotations file {0} has errors, so it was not changed. Your decision is kept and will be saved once the file is fixed.', this.#displayName(article)));
        return;
      }
      const before = entry.diskText;
      const after = op(entry.parsed);
      if (after === before) return; // nothing changed: never rewrite
      try {
        await this.#write(article, entry, after);
      } catch (err) {
        entry.pending.push(op);
        await this.#keepPending(article, entry);
        this.#onDidChange.fire(article);
        throw new Error(vscode.l10n.t('could not write {0} ({1}); the decision is kept and written with the next one.', this.#displayName(article), err instanceof Error ? err.message : String(err)));
      }
      this.#undo.push({ article, before, after });
      if (this.#undo.length > 100) this.#undo.shift();
      this.#onDidChange.fire(article);
    });
  }

  /**
   * Reverts the last decision written from this window for the active article (or, with none
   * there, the last one anywhere). If the file changed since, the revert is merged into it by id.
   */
  async undo(active?: vscode.Uri): Promise<UndoStep | undefined> {
    let at = this.#undo.length - 1;
    if (active) {
      const mine = this.#undo.map((s) => s.article.toString()).lastIndexOf(active.toString());
      if (mine >= 0) at = mine;
    }
    if (at < 0) return undefined;
    const [step] = this.#undo.splice(at, 1);
    const entry = await this.#loaded(step.article);
    await this.#serial(entry, async () => {
      await this.#sync(step.article, entry);
      if (entry.diskText === step.after && step.before === undefined) {
        await vscode.workspace.fs.delete(this.sidecarUri(step.article));
        entry.writes++;
        entry.diskText = undefined;
        entry.parsed = undefined;
      } else if (entry.diskText === step.after) {
        await this.#write(step.article, entry, step.before!);
      } else {
        if (entry.diskText === undefined || !entry.parsed?.ok) {
          throw new Error(vscode.l10n.t('the annotations file {0} was removed or has errors; that decision cannot be undone.', this.#displayName(step.article)));
        }
        // Before the first decision there was no file: revert to an empty sidecar.
        const before = step.before ?? this.#emptySidecar(step.article);
        const merged = mergeSidecars(step.after, before, entry.diskText);
        if (merged.conflicts.length > 0) {
          throw new Error(vscode.l10n.t('the annotations file changed in the same place since that decision; undo it by editing {0}.', this.#displayName(step.article)));
        }
        if (merged.changed) await this.#write(step.article, entry, merged.text);
      }
      this.#onDidChange.fire(step.article);
    });
    return step;
  }

  /**
   * When an article is saved, write the current positions and context of annotations that moved,
   * so the sidecar on disk matches the article on disk (for git diffs and `policy-lens check`).
   */
  async #refreshAnchors(doc: vscode.TextDocument): Promise<void> {
    const entry = this.#entries.get(doc.uri.toString());
    if (!entry?.parsed?.ok || entry.pending.length > 0 || !vscode.workspace.isTrusted) return;
    const text = doc.getText();
    const articleName = doc.uri.path.split('/').pop() ?? 'article';
    await this.#serial(entry, async () => {
      await this.#sync(doc.uri, entry);
      if (!entry.parsed?.ok || entry.pending.length > 0) return;
      const result = refreshAnchors({ text, sidecar: entry.parsed.text, articleName });
      if (!result.changed) return;
      await this.#write(doc.uri, entry, result.text);
      this.#onDidChange.fire(doc.uri);
    });
  }

  #serial<T>(entry: Entry, step: () => Promise<T>): Promise<T> {
    const next = entry.queue.then(step, step);
    entry.queue = next.catch(() => undefined);
    return next;
  }

  async #loaded(article: vscode.Uri): Promise<Entry> {
    const key = article.toString();
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { pending: [], queue: Promise.resolve(), writes: 0 };
      this.#entries.set(key, entry);
    }
    entry.loaded ??= this.#read(article, entry).then(() => this.#restorePending(article, entry!));
    await entry.loaded;
    return entry;
  }

  /** The readable decisions (`base`) and the same with every kept decision applied (`ours`). */
  #withPending(entry: Entry): { base?: ParsedSidecar; ours?: ParsedSidecar } {
    const base = entry.parsed?.ok ? entry.parsed : entry.parsed?.bestEffort ? parseSidecar(writeSidecar(entry.parsed.bestEffort)) : undefined;
    let ours = base;
    for (const op of entry.pending) {
      try {
        ours = parseSidecar(op(ours));
      } catch (err) {
        this.#logError(err);
      }
    }
    return { base, ours };
  }

  /**
   * Kept decisions are functions; to outlive the window they are saved as two texts — the readable
   * decisions and the same with the kept ones applied — whose difference is merged into the file
   * once it can be written.
   */
  async #keepPending(article: vscode.Uri, entry: Entry): Promise<void> {
    const key = `pending:${article.toString()}`;
    if (entry.pending.length === 0) {
      await this.keep.update(key, undefined);
      return;
    }
    const { base, ours } = this.#withPending(entry);
    // With nothing readable in the file, the kept decisions are what they add to an empty sidecar.
    await this.keep.update(key, { base: base?.text ?? this.#emptySidecar(article), ours: ours?.text ?? '' });
  }

  #emptySidecar(article: vscode.Uri): string {
    return writeSidecar({ version: SIDECAR_VERSION, article: article.path.split('/').pop() ?? '', referenceDate: null, entities: [], annotations: [] });
  }

  /** After a reload: decisions kept before it come back as one pending step. */
  async #restorePending(article: vscode.Uri, entry: Entry): Promise<void> {
    const saved = this.keep.get<{ base: string; ours: string }>(`pending:${article.toString()}`);
    if (!saved || entry.pending.length > 0 || !saved.ours) return;
    // Merged by id into whatever the file holds now, so what was fixed or added there meanwhile stays.
    entry.pending.push((current) => (current === undefined ? saved.ours : mergeSidecars(saved.base || this.#emptySidecar(article), saved.ours, current.text).text));
    this.log.info(`${this.#displayName(article)}: restored decisions kept from an earlier session`);
    if (entry.parsed?.ok !== false) await this.#serial(entry, () => this.#landPending(article, entry));
  }

  /** Reads the sidecar into the cache; returns false when a write overtook the read. */
  async #read(article: vscode.Uri, entry: Entry): Promise<boolean> {
    const writes = entry.writes;
    const uri = this.sidecarUri(article);
    let text: string | undefined;
    let readError: string | undefined;
    if (this.canHaveSidecar(article)) {
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch (err) {
        if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) {
          readError = vscode.l10n.t('{0} could not be read ({1}); Policy Lens will not write over it.', uri.path.split('/').pop() ?? '', err instanceof Error ? err.message : String(err));
          this.log.error(readError);
        }
      }
    }
    if (writes !== entry.writes) return false; // our own newer write is the truth
    if (text !== undefined && text === entry.diskText && entry.parsed && !readError && !entry.readError) return true; // unchanged
    entry.diskText = text;
    entry.readError = readError;
    entry.parsed = text === undefined ? undefined : parseSidecar(text);
    this.#publishDiagnostics(uri, entry.parsed);
    return true;
  }

  /** Re-reads the file (inside the queue) so a change the watcher missed is never overwritten. */
  async #sync(article: vscode.Uri, entry: Entry): Promise<void> {
    const before = entry.diskText;
    if ((await this.#read(article, entry)) && entry.diskText !== before) {
      this.log.info(`${this.#displayName(article)}: changed on disk, reloaded`);
      this.#onDidChange.fire(article);
    }
  }

  #onDisk(sidecar: vscode.Uri): void {
    const article = this.#articleOfSidecar(sidecar);
    const entry = article && this.#entries.get(article.toString());
    if (!article || !entry) return; // not open: read when it is
    this.#background(this.#serial(entry, async () => {
      const before = entry.diskText;
      if (!(await this.#read(article, entry)) || entry.diskText === before) return; // our own write coming back
      this.log.info(`${sidecar.path}: changed on disk, reloaded`);
      if (entry.parsed?.ok !== false && entry.pending.length > 0) await this.#landPending(article, entry);
      this.#onDidChange.fire(article);
    }));
  }

  /** The file is readable again (fixed by hand, or replaced): write what was kept meanwhile. */
  async #landPending(article: vscode.Uri, entry: Entry): Promise<void> {
    let text = entry.diskText;
    const failed: SidecarOp[] = [];
    for (const op of entry.pending) {
      try {
        text = op(text === undefined ? undefined : parseSidecar(text));
      } catch (err) {
        failed.push(op);
        this.#logError(err);
      }
    }
    if (text !== undefined && text !== entry.diskText) await this.#write(article, entry, text);
    const landed = entry.pending.length - failed.length;
    entry.pending = failed; // only once the write succeeded
    await this.#keepPending(article, entry);
    this.log.info(`${this.#displayName(article)}: wrote ${landed} kept decision(s)`);
    if (failed.length > 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} kept decision(s) no longer fit {1}; they are still kept (see the Policy Lens log).', failed.length, this.#displayName(article)));
    }
  }

  /** Temporary file in the same folder, then rename over the target: readers never see half a file. */
  async #write(article: vscode.Uri, entry: Entry, text: string): Promise<void> {
    const target = this.sidecarUri(article);
    const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const tmp = vscode.Uri.joinPath(target, '..', `.${target.path.split('/').pop()}.${unique}.tmp`);
    entry.writes++;
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
    try {
      await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
      throw err;
    }
    entry.diskText = text;
    entry.parsed = parseSidecar(text);
    entry.readError = undefined;
    this.#publishDiagnostics(target, entry.parsed);
    this.#onDidWrite.fire(target);
  }

  /** Renames of articles (or folders of them) take their sidecars along, in the same operation. */
  async #sidecarMoves(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    for (const { oldUri, newUri } of files) {
      if (this.#articleOfSidecar(oldUri) || !this.canHaveSidecar(oldUri)) continue;
      const from = this.sidecarUri(oldUri);
      const to = this.sidecarUri(newUri);
      if (!(await this.#exists(from))) continue; // no sidecar, or a folder (its sidecars move with it)
      if (await this.#exists(to)) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists, so the annotations of {1} stay at {2}.', to.path.split('/').pop() ?? '', oldUri.path.split('/').pop() ?? '', from.path.split('/').pop() ?? ''));
        continue;
      }
      edit.renameFile(from, to, { overwrite: false });
      this.log.info(`moving ${from.path} → ${to.path} with its article`);
    }
    return edit;
  }

  /** After a rename, state kept for the old uris (also under a renamed folder) follows them. */
  #remap(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): void {
    const move = (uri: vscode.Uri): vscode.Uri | undefined => {
      for (const { oldUri, newUri } of files) {
        if (uri.toString() === oldUri.toString()) return newUri;
        if (isUnder(uri, oldUri)) return newUri.with({ path: newUri.path + uri.path.slice(oldUri.path.length) });
      }
      return undefined;
    };
    for (const [key, entry] of [...this.#entries]) {
      const to = move(vscode.Uri.parse(key));
      if (!to) continue;
      this.#entries.delete(key);
      entry.loaded = undefined; // read again at the new place
      this.#entries.set(to.toString(), entry);
      this.#onDidChange.fire(to);
    }
    this.#undo = this.#undo.map((s) => ({ ...s, article: move(s.article) ?? s.article }));
  }

  async #exists(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return false;
      throw err;
    }
  }

  #articleOfSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
    for (const key of this.#entries.keys()) {
      const article = vscode.Uri.parse(key);
      if (this.sidecarUri(article).toString() === sidecar.toString()) return article;
    }
    return undefined;
  }

  #publishDiagnostics(uri: vscode.Uri, parsed: ParsedSidecar | undefined): void {
    if (!parsed || parsed.diagnostics.length === 0) {
      this.#diagnostics.delete(uri);
      return;
    }
    this.#diagnostics.set(uri, parsed.diagnostics.map((d) => {
      const pos = new vscode.Position(d.line - 1, d.col - 1);
      const diag = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), d.message,
        d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      diag.source = 'Policy Lens';
      diag.code = d.code;
      return diag;
    }));
    const firstError = parsed.diagnostics.find((d) => d.severity === 'error');
    if (firstError && this.#reported.get(uri.toString()) !== parsed.text) {
      // Say it once per broken state of the file, not on every analysis.
      this.#reported.set(uri.toString(), parsed.text);
      const where = `${uri.path.split('/').pop()}:${firstError.line}:${firstError.col}`;
      this.log.warn(`${uri.path}:${firstError.line}:${firstError.col}: ${firstError.message}`);
      const open = vscode.l10n.t('Open File');
      void vscode.window.showErrorMessage(vscode.l10n.t('Policy Lens: {0}: {1}. The file is left as it is; decisions are kept until it is fixed.', where, firstError.message), open)
        .then((choice) => (choice === open ? vscode.window.showTextDocument(uri, { selection: new vscode.Range(firstError.line - 1, firstError.col - 1, firstError.line - 1, firstError.col - 1) }) : undefined));
    }
  }

  #displayName(article: vscode.Uri): string {
    return this.sidecarUri(article).path.split('/').pop() ?? '';
  }

  #background(work: Promise<unknown>): void {
    work.catch((err: unknown) => {
      this.#logError(err);
      void vscode.window.showErrorMessage(vscode.l10n.t('Policy Lens: {0}', err instanceof Error ? err.message : String(err)));
    });
  }

  #logError(err: unknown): void {
    this.log.error(err instanceof Error ? err : new Error(String(err)));
  }
}
