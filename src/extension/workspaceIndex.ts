import * as vscode from 'vscode';
import { entrySteps, isArticlePath } from '../core/corpus';
import { SteppedWork } from './steppedWork';
import type { ILogger } from '../core/types';
import type { ArticleCache } from './articleCache';
import { ArticleReader, type IndexExtractor } from './articleReader';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';
import { actorMentionCount, indexStats } from './indexQueries';
import type { IndexStore } from './indexStore';
import type { IndexEntry, IndexRegistries, IndexState, IndexStats } from './indexTypes';
import { scanWorkspace } from './indexScan';
import { IndexWatchers } from './indexWatchers';
import { PersistedEntries } from './persistedEntries';
import type { ArticleSnapshot } from './snapshot';
import type { SidecarStore } from './sidecarStore';
import { UpdateQueue } from './updateQueue';

export type { IndexEntry, IndexRegistries, IndexState, IndexStats } from './indexTypes';

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * How long an open article's entry waits for typing to pause before it is built: a long article's
 * entry is hundreds of milliseconds of work and garbage, which each keystroke's snapshot would start
 * and drop again (0 ms for a short article, 500 ms from 1 MB).
 */
function entryDelayMs(chars: number): number {
  return Math.min(500, Math.floor(chars / 2048));
}

/**
 * Every article of the workspace with its mentions (merged with its sidecar's decisions) and its
 * check findings. Built once, on first need, by one cancellable scan; then kept up to date one
 * article at a time: from file-system events (an article or its sidecar created, changed or
 * deleted) and from the document cache (an open article is indexed from its live snapshot).
 * Reading an article is the ArticleReader's, a full scan scanWorkspace's, the queue of events the
 * UpdateQueue's, and the cache on disk PersistedEntries'; this class owns the entries and their events.
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
  /** Scans started and not finished (overtaken ones included, until they notice). */
  readonly #scanning = new Set<Promise<void>>();
  #buildMs: number | undefined;
  #findFilesMs: number | undefined;
  readonly #persisted: PersistedEntries;
  readonly #reader: ArticleReader;
  readonly #queue: UpdateQueue;
  /** Open articles' entries being built from their snapshots. */
  readonly #fromEditor = new SteppedWork<string>((err) => this.log.error(err));

  constructor(
    private readonly cache: ArticleCache,
    store: SidecarStore,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
    cacheStore?: IndexStore,
    /** Extraction for closed articles, off the main thread (the extraction worker); in-process without it. */
    extractor?: IndexExtractor,
    private readonly registries?: IndexRegistries,
  ) {
    super();
    this.#persisted = new PersistedEntries(cacheStore, log);
    this.register(new vscode.Disposable(() => this.#fromEditor.dispose()));
    this.register(new vscode.Disposable(() => this.#persisted.dispose()));
    this.#reader = new ArticleReader({
      entry: (key) => this.#entries.get(key),
      config: (uri) => this.config(uri),
      path: (uri) => this.#path(uri),
      isWorkspaceArticle: (uri) => this.#isWorkspaceArticle(uri),
    }, this.#persisted, store, log, extractor, registries);
    this.#queue = this.register(new UpdateQueue((uris) => this.#readBatch(uris), log));
    // A registry saved (not typed: the file is read when written) re-analyses the articles it changes.
    if (registries) this.register(registries.onDidChange(() => this.#registryChanged()));
    this.register(new IndexWatchers(config, () => this.#entries.keys(), (uri) => this.#changedOnDisk(uri)));
    this.register(cache.onDidChange((s) => this.#fromSnapshot(s)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.#closed(doc.uri)));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (['languages', 'sidecar.pattern', 'largeFileThresholdKB', 'dateOrder'].some((k) => e.affectsConfiguration(`policyLens.${k}`))) this.#reconsider();
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
    // As a closed window: nothing more is written, so the next scan reads the cache on disk as it is.
    await this.#persisted.forget();
    for (const e of this.all()) if (e.origin === 'disk') this.#entries.delete(e.uri);
    this.#reader.resetCounters();
    return this.rebuild();
  }

  /**
   * Resolves once nothing is left to do: no scan runs, no file event waits to be read (those
   * queued are read at once rather than after their delay) and no cache write is scheduled (a
   * scheduled one is written at once) and no open article's entry is being built or waiting for
   * typing to pause (that wait is sat out). Events the file watcher has not delivered yet are not seen.
   */
  async idle(): Promise<void> {
    for (;;) {
      if (this.#scanning.size) await Promise.all([...this.#scanning].map((scan) => scan.catch(() => undefined)));
      else if (this.#queue.busy) await this.#queue.drain();
      else if (this.#persisted.pending) await this.#persisted.flush();
      else if (this.#fromEditor.busy) await this.#fromEditor.idle();
      else return;
    }
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
    const r = this.#reader;
    return indexStats(this.articles(), {
      skipped: r.skipped.size, buildMs: this.#buildMs, findFilesMs: this.#findFilesMs, extracted: r.extracted, fromCache: r.fromCache, analysedPaths: r.analysedPaths,
    });
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
    return actorMentionCount(this.articles(), canonical);
  }

  #scan(): Promise<void> {
    const scan: Promise<void> = this.#scanOnce(++this.#scans).finally(() => this.#scanning.delete(scan));
    this.#scanning.add(scan);
    return scan;
  }

  async #scanOnce(scan: number): Promise<void> {
    this.#setState('building');
    const started = performance.now();
    this.#reader.skipped.clear();
    const readsAtStart = this.#reader.readCounts();
    await this.#persisted.load();
    await this.registries?.whenLoaded?.();
    const host = { entries: this.#entries, reader: this.#reader, persisted: this.#persisted, read: (uri: vscode.Uri) => this.#read(uri), log: this.log };
    const { outcome, gone, findFilesMs } = await scanWorkspace(host, () => scan === this.#scans, started, readsAtStart);
    if (outcome === 'overtaken') return;
    this.#findFilesMs = findFilesMs;
    this.#buildMs = performance.now() - started;
    const s = this.stats();
    this.log.info(`index: ${s.articles} articles, ${s.mentions} mentions, ${s.figures} figures, ${s.findings} findings in ${this.#buildMs.toFixed(0)} ms (${this.#findFilesMs?.toFixed(0)} ms of it finding the files; `
      + `${s.extracted} analysed, ${s.fromCache} from the cache)${s.skipped ? `; ${s.skipped} skipped for their size` : ''}${outcome === 'cancelled' ? ' (cancelled: the list is incomplete)' : ''}`);
    this.#setState(outcome === 'done' ? 'ready' : 'cancelled');
    this.#fire([...this.#entries.keys(), ...gone].map((k) => vscode.Uri.parse(k)));
    if (outcome === 'done') this.#persisted.scheduleSave(0);
  }

  /** Reads one article from disk and applies what was found; true when its entry changed. */
  async #read(uri: vscode.Uri): Promise<boolean> {
    const outcome = await this.#reader.read(uri);
    const key = uri.toString();
    if (outcome.kind === 'unchanged') return false;
    if (outcome.kind === 'entry') {
      this.#entries.set(key, outcome.entry);
      return true;
    }
    // Gone, or no longer an article: dropped from the index and the cache.
    this.#persisted.delete(key);
    return this.#entries.delete(key);
  }

  async #readBatch(uris: vscode.Uri[]): Promise<void> {
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
      this.#persisted.scheduleSave();
    }
  }

  /** File-system events are read a moment later, together, one article at a time; only once the index is wanted. */
  #changedOnDisk(uri: vscode.Uri): void {
    if (this.#state !== 'idle') this.#queue.add(uri);
  }

  /**
   * An analysed open article: its snapshot is the entry (partial analyses of large files are not).
   * The checks are built in slices, so a long article does not hold the editor's thread; a newer
   * snapshot of the same article drops the older one's.
   */
  #fromSnapshot(s: ArticleSnapshot): void {
    if (s.partial) return;
    const key = s.uri.toString();
    this.#reader.invalidate(key); // a disk read in flight is stale now
    void this.#fromEditor.run(key, entrySteps(s.text, s), entryDelayMs(s.text.length)).then((entry) => {
      if (!entry) return; // a newer snapshot took over, or the article closed
      this.#entries.set(key, {
        ...entry, uri: key, path: this.#path(s.uri), origin: 'editor', version: s.version, inWorkspace: this.#isWorkspaceArticle(s.uri),
      });
      this.#fire([s.uri]);
    });
  }

  /** A closed article is read from disk again (its unsaved edits are gone); one outside the workspace is dropped. */
  #closed(uri: vscode.Uri): void {
    const key = uri.toString();
    this.#fromEditor.cancel(key);
    const entry = this.#entries.get(key);
    if (entry?.origin !== 'editor') return;
    if (entry.inWorkspace && this.#state !== 'idle') {
      this.#entries.set(key, { ...entry, origin: 'disk', version: undefined });
      this.#queue.add(uri);
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
    const started = performance.now();
    const before = this.#reader.extracted;
    this.#queue.addNow(stale.map((e) => vscode.Uri.parse(e.uri)), (run) => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Policy Lens: applying the entity registry to the workspace’s articles') },
      run,
    )).then(() => {
      this.log.info(`index: the entity registry applied; ${this.#reader.extracted - before} analysed in ${(performance.now() - started).toFixed(0)} ms`);
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

  #setState(state: IndexState): void {
    this.#state = state;
    this.#onDidChangeState.fire(state);
  }

  #fire(uris: vscode.Uri[]): void {
    if (!this.isDisposed) this.#onDidChange.fire(uris);
  }
}
