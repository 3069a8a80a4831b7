import * as vscode from 'vscode';
import { EXCLUDE_GLOB } from '../core/corpus';
import { parseSidecar, sidecarGlob, sidecarName, type ParsedSidecar } from '../core/sidecar';
import type { ILogger } from '../core/types';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';
import { workspaceFileOps, type FileOps } from './fileOps';
import type { Notifier } from './notify';
import { SidecarProblems } from './sidecarProblems';

/** What is known of one article's sidecar file. */
export interface SidecarFile {
  /** Text last read from or written to disk; undefined when there is no file. */
  diskText?: string;
  parsed?: ParsedSidecar;
  /** Set when the sidecar exists but could not be read: nothing is written over it then. */
  readError?: string;
  /** The last text read or written (kept when the file disappears, to rebuild kept decisions on). */
  lastText?: string;
  loaded?: Promise<void>;
  /** Set once the first read has finished. */
  read?: boolean;
  /** Read-change-write steps of this sidecar run one at a time, in order. */
  queue: Promise<unknown>;
  /** Bumped by every write, so a read that started before it cannot overwrite the cache. */
  writes: number;
}

/** More sidecar files than this are not kept in memory: first marks then wait for each read. */
const MAX_LISTED = 50_000;

function isUnder(uri: vscode.Uri, folder: vscode.Uri): boolean {
  return uri.scheme === folder.scheme && uri.authority === folder.authority && uri.path.startsWith(`${folder.path}/`);
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? '';
}

/**
 * The sidecar files: reads and writes them through `workspace.fs` (atomically, one step at a time
 * per file, re-reading just before each write), watches them for edits made elsewhere, and moves
 * a sidecar with its article.
 */
export class SidecarFiles extends Disposable {
  readonly #files = new Map<string, SidecarFile>();
  readonly #onDidChangeOnDisk = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with the article's uri when its sidecar was changed by someone else and read again. */
  readonly onDidChangeOnDisk = this.#onDidChangeOnDisk.event;
  readonly #onDidWrite = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with the sidecar's uri after a write landed; the tests wait on it. */
  readonly onDidWrite = this.#onDidWrite.event;
  readonly #onDidMove = this.register(new vscode.EventEmitter<{ move: (uri: vscode.Uri) => vscode.Uri | undefined; moved: vscode.Uri[] }>());
  /** Fires after articles were renamed: the mapping of old uris to new ones, and the new uris of the files known here. */
  readonly onDidMove = this.#onDidMove.event;
  readonly #problems: SidecarProblems;
  #watcher: vscode.FileSystemWatcher | undefined;
  /**
   * The sidecar files known to exist: one listing of the workspace (asked for on first use), then
   * kept by the watcher and by our own writes; trusted once `#listed`.
   */
  #existing = new Set<string>();
  #listed = false;
  #listingAsked = false;
  /** Bumped when the pattern changes, so a listing of the old pattern is dropped. */
  #listings = 0;

  constructor(
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
    private readonly notifier: Notifier,
    private readonly ops: FileOps = workspaceFileOps,
  ) {
    super();
    this.#problems = this.register(new SidecarProblems(log, notifier));
    this.#watch();
    this.register(new vscode.Disposable(() => this.#watcher?.dispose()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.sidecar.pattern')) this.#watch();
    }));
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => {
      if (this.articleOfSidecar(doc.uri)) this.#onDisk(doc.uri);
    }));
    this.register(vscode.workspace.onWillRenameFiles((e) => e.waitUntil(this.#sidecarMoves(e.files))));
    // Listed right after activation, so the first article opened can already skip waiting for its read.
    const listSoon = setTimeout(() => this.#askListing(), 0);
    this.register(new vscode.Disposable(() => clearTimeout(listSoon)));
    this.register(vscode.workspace.onDidRenameFiles((e) => this.#remap(e.files)));
  }

  #watch(): void {
    this.#watcher?.dispose();
    this.#watcher = vscode.workspace.createFileSystemWatcher(`**/${sidecarGlob(this.config().sidecarPattern)}`);
    this.#watcher.onDidChange((uri) => this.#onDisk(uri));
    this.#watcher.onDidCreate((uri) => {
      this.#existing.add(uri.toString());
      this.#onDisk(uri);
    });
    this.#watcher.onDidDelete((uri) => {
      this.#existing.delete(uri.toString());
      this.#onDisk(uri);
    });
    this.#existing = new Set(); // another pattern: listed again when next asked
    this.#listed = false;
    this.#listingAsked = false;
    this.#listings++;
  }

  /**
   * True when the workspace listing (and the watcher since) says the article has no sidecar and it
   * has not been read yet: the first marks need not wait for the read, which waits on the workbench.
   * The read still runs; a sidecar it finds after all is applied then.
   */
  knownAbsent(article: vscode.Uri): boolean {
    this.#askListing();
    const file = this.#files.get(article.toString());
    if (!this.#listed || file?.read || !this.canHaveSidecar(article)) return false;
    // The listing covers the workspace's folders with the window's pattern: elsewhere, it says nothing.
    if (!vscode.workspace.getWorkspaceFolder(article) || this.config(article).sidecarPattern !== this.config().sidecarPattern) return false;
    return !this.#existing.has(this.sidecarUri(article).toString());
  }

  #askListing(): void {
    if (this.#listingAsked) return;
    this.#listingAsked = true;
    void this.#list();
  }

  /** Lists the sidecar files (the index's exclusions apply: one left out is found by its article's read). */
  async #list(): Promise<void> {
    const listing = this.#listings;
    try {
      const uris = await vscode.workspace.findFiles(`**/${sidecarGlob(this.config().sidecarPattern)}`, EXCLUDE_GLOB, MAX_LISTED);
      if (this.#listings !== listing || uris.length >= MAX_LISTED) return; // the pattern changed meanwhile, or too many to keep
      // Files the watcher or a write reported meanwhile stay known (when unsure, the read is waited for).
      for (const uri of uris) this.#existing.add(uri.toString());
      this.#listed = true;
    } catch (err) {
      this.log.warn(`sidecar listing failed (${err instanceof Error ? err.message : String(err)}); first marks wait for each sidecar's read`);
    }
  }

  sidecarUri(article: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(article, '..', sidecarName(this.config(article).sidecarPattern, fileName(article) || 'article'));
  }

  /** Untitled buffers and read-only file systems (diffs, git) have no sidecar. */
  canHaveSidecar(article: vscode.Uri): boolean {
    return article.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(article.scheme) === true;
  }

  /** The file state, read on first use. */
  async load(article: vscode.Uri): Promise<SidecarFile> {
    const key = article.toString();
    let file = this.#files.get(key);
    if (!file) {
      file = { queue: Promise.resolve(), writes: 0 };
      this.#files.set(key, file);
    }
    file.loaded ??= this.#read(article, file).then(() => { file.read = true; });
    await file.loaded;
    return file;
  }

  /** The state as loaded so far, without reading. */
  peek(article: vscode.Uri): SidecarFile | undefined {
    return this.#files.get(article.toString());
  }

  /** Forget an article's file state (it was closed and nothing is kept for it). */
  forget(article: vscode.Uri): void {
    this.#files.delete(article.toString());
  }

  /** Runs a read-change-write step after the ones already queued for this sidecar. */
  serial<T>(file: SidecarFile, step: () => Promise<T>): Promise<T> {
    const next = file.queue.then(step, step);
    file.queue = next.catch(() => undefined);
    return next;
  }

  /** Re-reads the file (inside the queue) so a change the watcher missed is never overwritten; true when it changed. */
  async sync(article: vscode.Uri, file: SidecarFile): Promise<boolean> {
    const before = file.diskText;
    if ((await this.#read(article, file)) && file.diskText !== before) {
      this.log.info(`${fileName(this.sidecarUri(article))}: changed on disk, reloaded`);
      return true;
    }
    return false;
  }

  /** Reads the sidecar into the state; returns false when a write overtook the read. */
  async #read(article: vscode.Uri, file: SidecarFile): Promise<boolean> {
    const writes = file.writes;
    const uri = this.sidecarUri(article);
    let text: string | undefined;
    let readError: string | undefined;
    if (this.canHaveSidecar(article)) {
      try {
        const bytes = await this.ops.read(uri);
        try {
          // Strict: a sidecar saved in another encoding is an error, never rewritten with U+FFFD.
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          readError = vscode.l10n.t('{0} is not UTF-8 text; Policy Lens will not write over it. Save it as UTF-8 to use it.', fileName(uri));
          this.log.error(readError);
        }
      } catch (err) {
        if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) {
          readError = vscode.l10n.t('{0} could not be read ({1}); Policy Lens will not write over it.', fileName(uri), err instanceof Error ? err.message : String(err));
          this.log.error(readError);
        }
      }
    }
    if (writes !== file.writes) return false; // our own newer write is the truth
    if (text !== undefined && text === file.diskText && file.parsed && !readError && !file.readError) return true; // unchanged
    file.diskText = text;
    file.readError = readError;
    if (text !== undefined) file.lastText = text;
    file.parsed = text === undefined ? undefined : parseSidecar(text);
    this.#problems.publish(uri, file.parsed);
    return true;
  }

  #onDisk(sidecar: vscode.Uri): void {
    const article = this.articleOfSidecar(sidecar);
    const file = article && this.#files.get(article.toString());
    if (!article || !file) return; // not open: read when it is
    void this.serial(file, async () => {
      const before = file.diskText;
      if (!(await this.#read(article, file)) || file.diskText === before) return; // our own write coming back
      this.log.info(`${sidecar.path}: changed on disk, reloaded`);
      this.#onDidChangeOnDisk.fire(article);
    }).catch((err: unknown) => this.log.error(err instanceof Error ? err : new Error(String(err))));
  }

  /**
   * Replaces the sidecar atomically (readers never see half a file). `parsed` is the text already
   * parsed (a verified edit's result), so it is not parsed again.
   */
  async write(article: vscode.Uri, file: SidecarFile, text: string, parsed: ParsedSidecar = parseSidecar(text)): Promise<void> {
    const target = this.sidecarUri(article);
    file.writes++;
    // Only over what this step read: another program (or window) may have written since.
    await this.ops.replace(target, new TextEncoder().encode(text), file.diskText);
    file.diskText = text;
    file.lastText = text;
    file.parsed = parsed;
    file.readError = undefined;
    this.#problems.publish(target, parsed);
    this.#existing.add(target.toString());
    this.#onDidWrite.fire(target);
  }

  async delete(article: vscode.Uri, file: SidecarFile): Promise<void> {
    await this.ops.delete(this.sidecarUri(article));
    this.#existing.delete(this.sidecarUri(article).toString());
    file.writes++;
    file.diskText = undefined;
    file.lastText = undefined;
    file.parsed = undefined;
  }

  articleOfSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
    for (const key of this.#files.keys()) {
      const article = vscode.Uri.parse(key);
      if (this.sidecarUri(article).toString() === sidecar.toString()) return article;
    }
    return undefined;
  }

  /** Renames of articles (or folders of them) take their sidecars along, in the same operation. */
  async #sidecarMoves(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    for (const { oldUri, newUri } of files) {
      if (this.articleOfSidecar(oldUri) || !this.canHaveSidecar(oldUri)) continue;
      const from = this.sidecarUri(oldUri);
      const to = this.sidecarUri(newUri);
      if (!(await this.#exists(from))) continue; // no sidecar, or a folder (its sidecars move with it)
      if (await this.#exists(to)) {
        void this.notifier.warn(vscode.l10n.t('{0} already exists, so the annotations of {1} stay at {2}.', fileName(to), fileName(oldUri), fileName(from)));
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
    this.#existing = new Set([...this.#existing].map((key) => move(vscode.Uri.parse(key))?.toString() ?? key));
    const moved: vscode.Uri[] = [];
    for (const [key, file] of [...this.#files]) {
      const to = move(vscode.Uri.parse(key));
      if (!to) continue;
      this.#files.delete(key);
      file.loaded = undefined; // read again at the new place
      this.#files.set(to.toString(), file);
      moved.push(to);
    }
    // An article opened at its new place may have been read before its sidecar arrived there, and a
    // watcher can miss a file moved into a folder the same rename created: read those again.
    const arrived = new Set(moved.map((uri) => uri.toString()));
    for (const key of this.#files.keys()) {
      const uri = vscode.Uri.parse(key);
      if (!arrived.has(key) && files.some(({ newUri }) => uri.toString() === newUri.toString() || isUnder(uri, newUri))) this.#onDisk(this.sidecarUri(uri));
    }
    this.#onDidMove.fire({ move, moved });
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
}
