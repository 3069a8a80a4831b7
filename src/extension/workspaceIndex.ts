import * as vscode from 'vscode';
import {
  ARTICLE_GLOB, EXCLUDE_GLOB, analyseArticle, articleInputs, articleNameOfSidecar, entryFromExtraction, contentHash, entryFromModel, isArticlePath, withoutBom, type CachedEntry,
  type CorpusEntry,
} from '../core/corpus';
import type { CompiledRegistry } from '../core/registry';
import { sidecarGlob } from '../core/sidecar';
import type { ILogger, Mention } from '../core/types';
import type { WorkspaceArticle } from '../view';
import type { ArticleCache, RegistrySource } from './articleCache';
import type { PolicyLensConfig } from './config';
import type { IIndexCacheFile } from './indexCacheFile';
import { Disposable } from './dispose';
import { fileName } from './sidecarFiles';
import type { ArticleSnapshot } from './snapshot';
import type { SidecarStore } from './sidecarStore';

/** One article of the index: its corpus entry, where it is, and where the entry comes from. */
export interface IndexEntry extends CorpusEntry, WorkspaceArticle {
  /** 'editor': the open document's snapshot (at `version`); 'disk': the file and its sidecar as saved. */
  readonly origin: 'editor' | 'disk';
  readonly version?: number;
  /**
   * An article file in a workspace folder. Open articles elsewhere (untitled buffers, other folders)
   * are indexed for their diagnostics but listed nowhere.
   */
  readonly inWorkspace: boolean;
  /** Disk entries: the contentHash of the article and sidecar texts (and the registry) they were built from. */
  readonly hash?: string;
  /** Disk entries: the key of the entity registry they were analysed under (undefined: none). */
  readonly registryKey?: string;
}

/** The registries the index analyses closed articles with: the article cache's, so both agree. */
export interface IndexRegistries extends RegistrySource {
  /** Resolves once every folder's registry has been read, so the first scan applies it. */
  whenLoaded?(): Promise<void>;
}

/** 'idle': not needed yet; 'cancelled': the user stopped the first scan (Refresh runs it again). */
export type IndexState = 'idle' | 'building' | 'cancelled' | 'ready';

export interface IndexStats {
  articles: number;
  mentions: number;
  figures: number;
  findings: number;
  /** Files left out for their size at the last scan. */
  skipped: number;
  /** Milliseconds the last full scan took, and how much of it went to finding the files. */
  buildMs?: number;
  findFilesMs?: number;
  /** Articles analysed from their text since the index was opened, and entries taken from the cache on disk instead. */
  extracted: number;
  fromCache: number;
  /** The workspace-relative paths of the articles analysed (the first 1,000): what a reopened index could not take from the cache. */
  analysedPaths: string[];
  /** Articles indexed from their open document instead of the file. */
  open: number;
}

/** Most files one scan reads. */
const MAX_FILES = 5000;
/** File-system events of this long are read together. */
const UPDATE_DELAY_MS = 100;
/** Changes of this long are written to the cache on disk together. */
const SAVE_DELAY_MS = 2000;

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound');
}

/**
 * Every article of the workspace with its mentions (merged with its sidecar's decisions) and its
 * check findings. Built once, on first need, by one cancellable scan; then kept up to date one
 * article at a time: from file-system events (an article or its sidecar created, changed or
 * deleted) and from the document cache (an open article is indexed from its live snapshot).
 */
export class WorkspaceIndex extends Disposable {
  readonly #entries = new Map<string, IndexEntry>();
  readonly #onDidChange = this.register(new vscode.EventEmitter<readonly vscode.Uri[]>());
  /** Fires with the articles whose entries were added, changed or removed. */
  readonly onDidChange = this.#onDidChange.event;
  readonly #onDidChangeState = this.register(new vscode.EventEmitter<IndexState>());
  readonly onDidChangeState = this.#onDidChangeState.event;
  #state: IndexState = 'idle';
  #built: Promise<void> | undefined;
  /** Bumped by every scan, so a scan that was overtaken stops. */
  #scans = 0;
  #buildMs: number | undefined;
  #findFilesMs: number | undefined;
  readonly #skipped = new Set<string>();
  /** Bumped per article by every read, so an older read never overwrites a newer entry. */
  readonly #reads = new Map<string, number>();
  readonly #queued = new Map<string, vscode.Uri>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> = Promise.resolve();
  #sidecarWatcher: vscode.FileSystemWatcher | undefined;
  /** What the disk cache holds (loaded before the first scan) and will hold at the next save: disk entries by article. */
  #persisted: Map<string, CachedEntry> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> = Promise.resolve();
  #extracted = 0;
  #analysedPaths: string[] = [];
  #fromCache = 0;

  constructor(
    private readonly cache: ArticleCache,
    private readonly store: SidecarStore,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
    private readonly cacheFile?: IIndexCacheFile,
    /** Extraction for closed articles, off the main thread (the extraction worker); in-process without it. */
    private readonly extractor?: (text: string, referenceDate: string | null, registry?: CompiledRegistry) => Promise<Mention[] | undefined>,
    private readonly registries?: IndexRegistries,
  ) {
    super();
    // A registry saved (not typed: the file is read when written) re-analyses the articles it changes.
    if (registries) this.register(registries.onDidChange(() => this.#registryChanged()));
    const articles = this.register(vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB));
    this.register(articles.onDidCreate((uri) => this.#queue(uri)));
    this.register(articles.onDidChange((uri) => this.#queue(uri)));
    this.register(articles.onDidDelete((uri) => this.#queue(uri)));
    this.#watchSidecars();
    this.register(new vscode.Disposable(() => {
      this.#sidecarWatcher?.dispose();
      clearTimeout(this.#timer);
      clearTimeout(this.#saveTimer);
    }));
    this.register(cache.onDidChange((s) => this.#fromSnapshot(s)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.#closed(doc.uri)));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.sidecar.pattern')) this.#watchSidecars();
      if (['languages', 'sidecar.pattern', 'largeFileThresholdKB'].some((k) => e.affectsConfiguration(`policyLens.${k}`))) this.#reconsider();
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.#reconsider()));
    for (const s of cache.all()) this.#fromSnapshot(s);
  }

  get state(): IndexState {
    return this.#state;
  }

  /** Scans the workspace the first time it is asked (with a progress notification); later calls wait for that scan. */
  whenBuilt(): Promise<void> {
    return (this.#built ??= this.#scan());
  }

  /** Scans the workspace again (the Refresh action; settings that change what an article is). */
  rebuild(): Promise<void> {
    return (this.#built = this.#scan());
  }

  /**
   * Forgets every entry read from disk and the cache loaded from disk, then scans as a newly
   * opened window does (the cache on disk serves the files that did not change).
   */
  async reopen(): Promise<void> {
    // As a closed window: nothing more is written, so the next scan reads the cache file as it is.
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#persisted = undefined;
    await this.#saving;
    for (const e of this.all()) if (e.origin === 'disk') this.#entries.delete(e.uri);
    this.#extracted = 0;
    this.#analysedPaths = [];
    this.#fromCache = 0;
    return this.rebuild();
  }

  /** Resolves once the changes so far are written to the cache on disk. */
  async flushCache(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    await this.#flushing;
    await (this.#saving = this.#saving.then(() => this.#save()));
  }

  entry(uri: vscode.Uri): IndexEntry | undefined {
    return this.#entries.get(uri.toString());
  }

  /** Every entry, open articles outside the workspace included. */
  all(): IndexEntry[] {
    return [...this.#entries.values()];
  }

  /** The workspace's articles. */
  articles(): IndexEntry[] {
    return this.all().filter((e) => e.inWorkspace);
  }

  stats(): IndexStats {
    const stats: IndexStats = {
      articles: 0, mentions: 0, figures: 0, findings: 0, skipped: this.#skipped.size, buildMs: this.#buildMs, findFilesMs: this.#findFilesMs,
      extracted: this.#extracted, analysedPaths: [...this.#analysedPaths], fromCache: this.#fromCache, open: 0,
    };
    for (const e of this.articles()) {
      stats.articles++;
      if (e.origin === 'editor') stats.open++;
      stats.mentions += e.mentions.length;
      stats.figures += e.mentions.filter((m) => m.kind === 'figure' && m.decision !== 'rejected').length;
      stats.findings += e.findings.length;
    }
    return stats;
  }

  /** How often an actor is mentioned (not rejected) across the workspace's articles, for hover cards. */
  async countMentions(canonical: string, token?: vscode.CancellationToken): Promise<number | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) return undefined;
    // A hover that went away stops waiting for the first scan (which goes on).
    let cancelled: vscode.Disposable | undefined;
    try {
      await Promise.race([this.whenBuilt(), new Promise<void>((resolve) => (cancelled = token?.onCancellationRequested(() => resolve())))]);
    } finally {
      cancelled?.dispose();
    }
    if (token?.isCancellationRequested) return undefined;
    let total = 0;
    for (const e of this.articles()) {
      for (const m of e.mentions) if (m.kind === 'actor' && m.canonical === canonical && m.decision !== 'rejected') total++;
    }
    return total;
  }

  async #scan(): Promise<void> {
    const scan = ++this.#scans;
    this.#setState('building');
    const started = performance.now();
    this.#skipped.clear();
    const readsAtStart = new Map(this.#reads);
    const gone: string[] = [];
    this.#persisted ??= await this.#loadCache();
    await this.registries?.whenLoaded?.();
    const outcome = await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Policy Lens: indexing the workspace’s articles'),
      cancellable: true,
    }, async (progress, token): Promise<'done' | 'cancelled' | 'overtaken'> => {
      const uris = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_FILES, token);
      this.#findFilesMs = performance.now() - started;
      if (uris.length >= MAX_FILES) this.log.warn(`index: stopped at ${MAX_FILES} files; articles beyond them are not listed`);
      const found = new Set(uris.map((u) => u.toString()));
      // An article read since the scan began (created meanwhile, after the listing) is not gone.
      gone.push(...[...this.#entries.values()].filter((e) => e.origin === 'disk' && !found.has(e.uri) && this.#reads.get(e.uri) === readsAtStart.get(e.uri)).map((e) => e.uri));
      for (const key of gone) this.#entries.delete(key);
      for (const key of this.#persisted?.keys() ?? []) if (!found.has(key)) this.#persisted?.delete(key);
      for (const [i, uri] of uris.entries()) {
        if (scan !== this.#scans) return 'overtaken';
        if (token.isCancellationRequested) return 'cancelled';
        try {
          await this.#read(uri);
        } catch (err) {
          this.log.error(toError(err));
        }
        progress.report({ increment: 100 / uris.length, message: vscode.l10n.t('{0} of {1}', i + 1, uris.length) });
        // Give the extension host back between files, so typing and marks never wait on the scan.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return 'done';
    });
    if (outcome === 'overtaken') return;
    this.#buildMs = performance.now() - started;
    const s = this.stats();
    this.log.info(`index: ${s.articles} articles, ${s.mentions} mentions, ${s.figures} figures, ${s.findings} findings in ${this.#buildMs.toFixed(0)} ms (${this.#findFilesMs?.toFixed(0)} ms of it finding the files; `
      + `${s.extracted} analysed, ${s.fromCache} from the cache)${s.skipped ? `; ${s.skipped} skipped for their size` : ''}${outcome === 'cancelled' ? ' (cancelled: the list is incomplete)' : ''}`);
    this.#setState(outcome === 'done' ? 'ready' : 'cancelled');
    this.#fire([...this.#entries.keys(), ...gone].map((k) => vscode.Uri.parse(k)));
    if (outcome === 'done') this.#scheduleSave(0);
  }

  async #loadCache(): Promise<Map<string, CachedEntry>> {
    if (!this.cacheFile) return new Map();
    try {
      return await this.cacheFile.load();
    } catch (err) {
      this.log.error(toError(err));
      return new Map();
    }
  }

  /** Writes the disk entries a moment after the last change (a scan writes at once). */
  #scheduleSave(delay = SAVE_DELAY_MS): void {
    if (!this.cacheFile || this.isDisposed) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saving = this.#saving.then(() => this.#save());
    }, delay);
  }

  async #save(): Promise<void> {
    if (!this.cacheFile || !this.#persisted) return;
    try {
      await this.cacheFile.save(this.#persisted);
    } catch (err) {
      this.log.warn(`index cache: not written (${toError(err).message}); the next window analyses the articles again`);
    }
  }

  /** Reads one article from disk (or takes its open snapshot); true when its entry changed. */
  async #read(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    if (this.#entries.get(key)?.origin === 'editor') return false; // the open document is the truth
    const config = this.config(uri);
    const path = this.#path(uri);
    if (!this.#isWorkspaceArticle(uri)) return this.#forget(key);
    const read = (this.#reads.get(key) ?? 0) + 1;
    this.#reads.set(key, read);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (err) {
      if (isNotFound(err)) return this.#forget(key);
      throw err;
    }
    if ((stat.type & vscode.FileType.File) === 0) return false;
    if (stat.size > config.largeFileThresholdKB * 1024) {
      if (!this.#skipped.has(key)) this.log.info(`index: skipped ${path} (${(stat.size / 1024).toFixed(0)} KB, above policyLens.largeFileThresholdKB)`);
      this.#skipped.add(key);
      return this.#forget(key);
    }
    this.#skipped.delete(key);
    const text = withoutBom(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
    const sidecarText = await this.#readSidecar(uri);
    // A newer read, or the document opened meanwhile: this one is stale.
    if (this.#reads.get(key) !== read || this.#entries.get(key)?.origin === 'editor') return false;
    const registry = this.registries?.registryFor(uri);
    const hash = contentHash(text, sidecarText, registry?.key);
    if (this.#entries.get(key)?.hash === hash) return false; // touched, not changed
    const cached = this.#persisted?.get(key);
    let entry: CorpusEntry;
    if (cached?.hash === hash) {
      entry = cached.entry;
      this.#fromCache++;
    } else {
      if (this.extractor) {
        const inputs = articleInputs(text, sidecarText);
        const mentions = await this.extractor(text, inputs.referenceDate, registry);
        // Stopped (over its budget), or a newer read or the opened document took over meanwhile.
        if (!mentions || this.#reads.get(key) !== read || this.#entries.get(key)?.origin === 'editor') return false;
        entry = entryFromExtraction(text, inputs, mentions);
      } else entry = analyseArticle(text, sidecarText, registry);
      this.#extracted++;
      if (this.#analysedPaths.length < 1000) this.#analysedPaths.push(path);
      this.#persisted?.set(key, { hash, entry });
    }
    this.#entries.set(key, { ...entry, uri: key, path, origin: 'disk', inWorkspace: true, hash, registryKey: registry?.key });
    return true;
  }

  /** Drops an article that is gone (or no longer one) from the index and the cache. */
  #forget(key: string): boolean {
    this.#persisted?.delete(key);
    return this.#entries.delete(key);
  }

  async #readSidecar(article: vscode.Uri): Promise<string | undefined> {
    const uri = this.store.sidecarUri(article);
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      if (!isNotFound(err)) this.log.warn(`index: could not read ${uri.path} (${toError(err).message}); its article is listed without its decisions`);
      return undefined;
    }
  }

  /** An analysed open article: its snapshot is the entry (partial analyses of large files are not). */
  #fromSnapshot(s: ArticleSnapshot): void {
    if (s.partial) return;
    const key = s.uri.toString();
    this.#reads.set(key, (this.#reads.get(key) ?? 0) + 1); // a disk read in flight is stale now
    this.#entries.set(key, {
      ...entryFromModel(s.text, s), uri: key, path: this.#path(s.uri), origin: 'editor', version: s.version, inWorkspace: this.#isWorkspaceArticle(s.uri),
    });
    this.#fire([s.uri]);
  }

  /** A closed article is read from disk again (its unsaved edits are gone); one outside the workspace is dropped. */
  #closed(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.#entries.get(key);
    if (entry?.origin !== 'editor') return;
    if (entry.inWorkspace && this.#state !== 'idle') {
      this.#entries.set(key, { ...entry, origin: 'disk', version: undefined });
      this.#queue(uri);
    } else {
      this.#entries.delete(key);
      this.#fire([uri]);
    }
  }

  /**
   * A registry was loaded, changed or removed: the closed articles analysed under another registry
   * than the one that applies to them now are read again (open ones follow the article cache).
   */
  #registryChanged(): void {
    if (this.#state === 'idle' || !this.registries) return;
    const stale = this.all().filter((e) => e.origin === 'disk' && e.registryKey !== this.registries!.registryFor(vscode.Uri.parse(e.uri))?.key);
    if (!stale.length) return;
    this.log.info(`index: the entity registry changed; re-analysing ${stale.length} closed article${stale.length === 1 ? '' : 's'}`);
    for (const e of stale) this.#queued.set(e.uri, vscode.Uri.parse(e.uri));
    clearTimeout(this.#timer);
    const started = performance.now();
    const before = this.#extracted;
    this.#flushing = this.#flushing.then(() => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Policy Lens: applying the entity registry to the workspace’s articles') },
      () => this.#flush(),
    )).then(() => {
      this.log.info(`index: the entity registry applied; ${this.#extracted - before} analysed in ${(performance.now() - started).toFixed(0)} ms`);
    }).catch((err: unknown) => this.log.error(toError(err)));
  }

  /** Settings or folders changed what counts as an article: scan again if the index was built. */
  #reconsider(): void {
    const dropped = this.all().filter((e) => e.origin === 'editor' && !this.cache.get(vscode.Uri.parse(e.uri)));
    for (const e of dropped) this.#entries.delete(e.uri);
    if (dropped.length) this.#fire(dropped.map((e) => vscode.Uri.parse(e.uri)));
    if (this.#state !== 'idle') this.rebuild().catch((err: unknown) => this.log.error(toError(err)));
  }

  #isWorkspaceArticle(uri: vscode.Uri): boolean {
    const config = this.config(uri);
    return vscode.workspace.getWorkspaceFolder(uri) !== undefined && isArticlePath(this.#path(uri), config.languages, config.sidecarPattern);
  }

  #path(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1).replace(/\\/g, '/');
  }

  #watchSidecars(): void {
    this.#sidecarWatcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${sidecarGlob(this.config().sidecarPattern)}`);
    const changed = (sidecar: vscode.Uri) => {
      const article = this.#articleOfSidecar(sidecar);
      if (article) this.#queue(article);
    };
    watcher.onDidCreate(changed);
    watcher.onDidChange(changed);
    watcher.onDidDelete(changed);
    this.#sidecarWatcher = watcher;
  }

  #articleOfSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.Uri.joinPath(sidecar, '..');
    const prefix = `${folder.toString()}/`;
    const siblings = [...this.#entries.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length));
    const name = articleNameOfSidecar(this.config(sidecar).sidecarPattern, fileName(sidecar), siblings.map(decodeURIComponent));
    return name === undefined ? undefined : vscode.Uri.joinPath(folder, name);
  }

  /** File-system events are read a moment later, together, one article at a time; only once the index is wanted. */
  #queue(uri: vscode.Uri): void {
    if (this.#state === 'idle') return;
    this.#queued.set(uri.toString(), uri);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#flushing = this.#flushing.then(() => this.#flush()).catch((err: unknown) => this.log.error(toError(err)));
    }, UPDATE_DELAY_MS);
  }

  async #flush(): Promise<void> {
    const uris = [...this.#queued.values()];
    this.#queued.clear();
    const changed: vscode.Uri[] = [];
    for (const uri of uris) {
      try {
        if (await this.#read(uri)) changed.push(uri);
      } catch (err) {
        this.log.error(toError(err));
      }
    }
    if (changed.length) {
      this.#fire(changed);
      this.#scheduleSave();
    }
  }

  #setState(state: IndexState): void {
    this.#state = state;
    this.#onDidChangeState.fire(state);
  }

  #fire(uris: vscode.Uri[]): void {
    if (!this.isDisposed) this.#onDidChange.fire(uris);
  }
}
