import * as vscode from 'vscode';
import { mergeSidecars, parseSidecar, SIDECAR_VERSION, writeSidecar, type ParsedSidecar } from '../core/sidecar';
import type { SidecarDiagnostic } from '../core/sidecar/format';
import { shiftAnchors, type AnchorResult, type LiveAnchor } from '../core/anchor';
import { buildModel, refreshAnchors, type ArticleModel } from '../core/model';
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
  /** Decisions not yet on disk because the file is broken (or a write failed). */
  pending: SidecarOp[];
  loaded?: Promise<void>;
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

/**
 * Owns every sidecar: reads and writes them through `workspace.fs` (atomically), watches them for
 * edits made elsewhere, reports broken ones as diagnostics and never overwrites them, keeps
 * decisions made meanwhile, and moves a sidecar with its article.
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
  readonly #undo: UndoStep[] = [];
  /** Sidecar text last reported as broken, per sidecar uri. */
  readonly #reported = new Map<string, string>();

  constructor(
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
  ) {
    super();
    // Watch whatever the configured pattern names ({name}.annotations.yaml → **/*.annotations.yaml).
    const glob = `**/${config().sidecarPattern.replace(/\{(?:name|stem)\}/g, '*')}`;
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(glob));
    const onDisk = (uri: vscode.Uri) => void this.#reloadFromDisk(uri).catch((err: unknown) => this.#logError(err));
    this.register(watcher.onDidChange(onDisk));
    this.register(watcher.onDidCreate(onDisk));
    this.register(watcher.onDidDelete(onDisk));
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => {
      if (this.#articleOfSidecar(doc.uri)) onDisk(doc.uri);
      else void this.#refreshAnchors(doc).catch((err: unknown) => this.#logError(err));
    }));
    this.register(vscode.workspace.onDidRenameFiles((e) => void this.#moveWithArticles(e.files).catch((err: unknown) => this.#logError(err))));
  }

  sidecarUri(article: vscode.Uri): vscode.Uri {
    const name = article.path.split('/').pop() ?? 'article';
    return vscode.Uri.joinPath(article, '..', sidecarName(this.config(article).sidecarPattern, name));
  }

  /** The reference date the sidecar records, when it is loaded (used when the article has none). */
  referenceDateHint(article: vscode.Uri): string | null {
    return this.#entries.get(article.toString())?.parsed?.sidecar?.referenceDate ?? null;
  }

  /** The sidecar as loaded (parsed), loading it on first use. */
  async current(article: vscode.Uri): Promise<ParsedSidecar | undefined> {
    const entry = await this.#loaded(article);
    return entry.parsed;
  }

  problems(article: vscode.Uri): readonly SidecarDiagnostic[] {
    return this.#entries.get(article.toString())?.parsed?.diagnostics ?? [];
  }

  /** Merges extraction with the sidecar's decisions (pending ones included) for the UI. */
  async view(article: vscode.Uri, text: string, mentions: Mention[], referenceDate: string | null): Promise<ArticleModel & { problems: readonly SidecarDiagnostic[] }> {
    const entry = await this.#loaded(article);
    // A broken file still shows its valid decisions (bestEffort), so rejected mentions stay hidden.
    let effective: ParsedSidecar | undefined = entry.parsed;
    if (entry.pending.length > 0) {
      // Show pending decisions too, applied to the decisions that can be read.
      const readable = entry.parsed?.ok ? entry.parsed : entry.parsed?.bestEffort ? parseSidecar(writeSidecar(entry.parsed.bestEffort)) : undefined;
      let current = readable;
      for (const op of entry.pending) {
        try {
          current = parseSidecar(op(current));
        } catch (err) {
          this.#logError(err);
        }
      }
      effective = current;
    }
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
    return { ...model, referenceDate: referenceDate ?? model.referenceDate, problems: entry.parsed?.diagnostics ?? [] };
  }

  /** Applies a decision and writes it; when the sidecar is broken it is kept until the file is fixed. */
  async apply(article: vscode.Uri, op: SidecarOp): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      throw new Error(vscode.l10n.t('this workspace is not trusted, so Policy Lens does not write annotation files here.'));
    }
    const entry = await this.#loaded(article);
    if (entry.parsed && !entry.parsed.ok) {
      entry.pending.push(op);
      this.#onDidChange.fire(article);
      void vscode.window.showWarningMessage(vscode.l10n.t('The annotations file {0} has errors, so it was not changed. Your decision is kept and will be saved once the file is fixed.', this.#displayName(article)));
      return;
    }
    const before = entry.diskText;
    const after = op(entry.parsed);
    if (after === before) return; // nothing changed: never rewrite
    await this.#write(article, entry, after);
    this.#undo.push({ article, before, after });
    if (this.#undo.length > 100) this.#undo.shift();
    this.#onDidChange.fire(article);
  }

  /**
   * Reverts the last decision written by this window. If the file changed since (another decision
   * elsewhere, anchors refreshed on save, a hand edit), the revert is merged into it by id.
   */
  async undo(): Promise<UndoStep | undefined> {
    const step = this.#undo.pop();
    if (!step) return undefined;
    const entry = await this.#loaded(step.article, true);
    if (entry.diskText === step.after && step.before === undefined) {
      await vscode.workspace.fs.delete(this.sidecarUri(step.article));
      entry.diskText = undefined;
      entry.parsed = undefined;
    } else if (entry.diskText === step.after) {
      await this.#write(step.article, entry, step.before!);
    } else {
      if (entry.diskText === undefined || !entry.parsed?.ok) {
        this.#undo.length = 0;
        throw new Error(vscode.l10n.t('the annotations file {0} was removed or has errors; undo is not possible.', this.#displayName(step.article)));
      }
      // Before the first decision there was no file: revert to an empty sidecar.
      const before = step.before ?? writeSidecar({ version: SIDECAR_VERSION, article: step.article.path.split('/').pop() ?? '', referenceDate: null, entities: [], annotations: [] });
      const merged = mergeSidecars(step.after, before, entry.diskText);
      if (merged.conflicts.length > 0) {
        this.#undo.length = 0;
        throw new Error(vscode.l10n.t('the annotations file changed since that decision in the same place; undo it by editing {0}.', this.#displayName(step.article)));
      }
      if (merged.changed) await this.#write(step.article, entry, merged.text);
    }
    this.#onDidChange.fire(step.article);
    return step;
  }

  /** Shifts the open article's annotation ranges through an edit, as it happens. */
  shiftWithEdit(article: vscode.Uri, changes: readonly vscode.TextDocumentContentChangeEvent[], newText: string): void {
    const live = this.#entries.get(article.toString())?.live;
    if (!live || live.anchors.length === 0) return;
    const results = shiftAnchors(live.anchors, changes.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })), newText);
    live.anchors = live.anchors.map((a, i) => ({ ...a, start: results[i].start, end: results[i].end, status: results[i].status, exact: results[i].exact }));
    live.results = results;
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
    const result = refreshAnchors({ text, sidecar: entry.parsed.text, articleName });
    if (!result.changed) return;
    await this.#write(doc.uri, entry, result.text);
    this.#onDidChange.fire(doc.uri);
  }

  async #loaded(article: vscode.Uri, force = false): Promise<Entry> {
    const key = article.toString();
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { pending: [] };
      this.#entries.set(key, entry);
    }
    if (force || !entry.loaded) entry.loaded = this.#read(article, entry);
    await entry.loaded;
    return entry;
  }

  async #read(article: vscode.Uri, entry: Entry): Promise<void> {
    const uri = this.sidecarUri(article);
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: false }).decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      if (!(err instanceof vscode.FileSystemError) || err.code !== 'FileNotFound') throw err;
    }
    entry.diskText = text;
    entry.parsed = text === undefined ? undefined : parseSidecar(text);
    this.#publishDiagnostics(uri, entry.parsed);
  }

  async #reloadFromDisk(sidecar: vscode.Uri): Promise<void> {
    const article = this.#articleOfSidecar(sidecar);
    if (!article) return;
    const entry = this.#entries.get(article.toString());
    if (!entry) return; // not open: read when it is
    const before = entry.diskText;
    await (entry.loaded = this.#read(article, entry));
    if (entry.diskText === before) return; // our own write coming back
    this.log.info(`${sidecar.path}: changed on disk, reloaded`);
    if (entry.parsed?.ok !== false && entry.pending.length > 0) {
      // The file is readable again (fixed by hand, or replaced): land what was kept meanwhile.
      const ops = entry.pending.splice(0);
      let text = entry.diskText;
      for (const op of ops) text = op(text === undefined ? undefined : parseSidecar(text));
      if (text !== undefined && text !== entry.diskText) await this.#write(article, entry, text);
      this.log.info(`${sidecar.path}: wrote ${ops.length} kept decision(s)`);
    }
    this.#onDidChange.fire(article);
  }

  /** Temporary file in the same folder, then rename over the target: readers never see half a file. */
  async #write(article: vscode.Uri, entry: Entry, text: string): Promise<void> {
    const target = this.sidecarUri(article);
    const tmp = vscode.Uri.joinPath(target, '..', `.${target.path.split('/').pop()}.${Date.now().toString(36)}.tmp`);
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
    try {
      await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
      throw err;
    }
    entry.diskText = text;
    entry.parsed = parseSidecar(text);
    entry.loaded = Promise.resolve();
    this.#publishDiagnostics(target, entry.parsed);
    this.#onDidWrite.fire(target);
  }

  async #moveWithArticles(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const from = this.sidecarUri(oldUri);
      const to = this.sidecarUri(newUri);
      if (this.#articleOfSidecar(oldUri)) continue; // a sidecar itself was renamed
      try {
        await vscode.workspace.fs.stat(from);
      } catch {
        continue; // the article had no sidecar
      }
      try {
        await vscode.workspace.fs.stat(to);
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} was moved, but {1} already exists there; the old annotations file was left in place.', newUri.path.split('/').pop() ?? '', to.path.split('/').pop() ?? ''));
        continue;
      } catch {
        // target free: move
      }
      await vscode.workspace.fs.rename(from, to, { overwrite: false });
      const entry = this.#entries.get(oldUri.toString());
      this.#entries.delete(oldUri.toString());
      if (entry) this.#entries.set(newUri.toString(), entry);
      this.#diagnostics.delete(from);
      this.log.info(`moved ${from.path} → ${to.path} with its article`);
      this.#onDidChange.fire(newUri);
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

  #logError(err: unknown): void {
    this.log.error(err instanceof Error ? err : new Error(String(err)));
  }
}
