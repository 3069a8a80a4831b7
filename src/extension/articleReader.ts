// Reads one closed article for the workspace index: from the cache on disk when its texts did not
// change, else analysed (in the worker when there is one). Newer reads and opened documents win
// over a read still in flight.
import * as vscode from 'vscode';
import { analyseArticle, articleInputs, contentHashSteps, entryFromExtraction, withoutBom, type CorpusEntry } from '../core/corpus';
import type { DateOrder } from '../core/extract';
import type { CompiledRegistry } from '../core/registry';
import type { ILogger, Mention } from '../core/types';
import type { PolicyLensConfig } from './config';
import type { IndexEntry, IndexRegistries } from './indexTypes';
import type { PersistedEntries } from './persistedEntries';
import type { SidecarStore } from './sidecarStore';
import { isNotFound } from './fileOps';
import { betweenOtherWork } from './steppedWork';

/** Extraction off the main thread: undefined when it stopped (over its budget). */
export type IndexExtractor = (text: string, referenceDate: string | null, registry?: CompiledRegistry, dateOrder?: DateOrder | null) => Promise<Mention[] | undefined>;

/** What a read found: the article's new entry, no change, or no article (gone, too large, no longer one). */
export type ReadOutcome = { readonly kind: 'entry'; readonly entry: IndexEntry } | { readonly kind: 'unchanged' } | { readonly kind: 'gone' };

/** What the reader asks of the index. */
export interface ReaderHost {
  entry(key: string): IndexEntry | undefined;
  config(uri: vscode.Uri): PolicyLensConfig;
  path(uri: vscode.Uri): string;
  isWorkspaceArticle(uri: vscode.Uri): boolean;
}

export class ArticleReader {
  /** Bumped per article by every read, so an older read never overwrites a newer entry. */
  readonly #reads = new Map<string, number>();
  /** Files left out for their size. */
  readonly skipped = new Set<string>();
  extracted = 0;
  fromCache = 0;
  analysedPaths: string[] = [];

  constructor(
    private readonly host: ReaderHost,
    private readonly persisted: PersistedEntries,
    private readonly store: SidecarStore,
    private readonly log: ILogger,
    private readonly extractor?: IndexExtractor,
    private readonly registries?: IndexRegistries,
  ) {}

  /** How many reads of the article began; a scan compares it to tell a file read meanwhile. */
  readCount(key: string): number | undefined {
    return this.#reads.get(key);
  }

  readCounts(): Map<string, number> {
    return new Map(this.#reads);
  }

  /** A read in flight is stale now (the open document took over). */
  invalidate(key: string): void {
    this.#reads.set(key, (this.#reads.get(key) ?? 0) + 1);
  }

  /** As a newly opened window: nothing analysed or taken from the cache yet. */
  resetCounters(): void {
    this.extracted = 0;
    this.analysedPaths = [];
    this.fromCache = 0;
  }

  async read(uri: vscode.Uri): Promise<ReadOutcome> {
    const key = uri.toString();
    const unchanged = { kind: 'unchanged' } as const;
    if (this.host.entry(key)?.origin === 'editor') return unchanged; // the open document is the truth
    const config = this.host.config(uri);
    const path = this.host.path(uri);
    if (!this.host.isWorkspaceArticle(uri)) return { kind: 'gone' };
    this.invalidate(key);
    const read = this.#reads.get(key);
    const stale = () => this.#reads.get(key) !== read || this.host.entry(key)?.origin === 'editor';
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (err) {
      if (isNotFound(err)) return { kind: 'gone' };
      throw err;
    }
    if ((stat.type & vscode.FileType.File) === 0) return unchanged;
    if (stat.size > config.largeFileThresholdKB * 1024) {
      if (!this.skipped.has(key)) this.log.info(`index: skipped ${path} (${(stat.size / 1024).toFixed(0)} KB, above policyLens.largeFileThresholdKB)`);
      this.skipped.add(key);
      return { kind: 'gone' };
    }
    this.skipped.delete(key);
    const text = withoutBom(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
    const sidecarText = await this.#readSidecar(uri);
    if (stale()) return unchanged; // a newer read, or the document opened meanwhile
    const registry = this.registries?.registryFor(uri);
    const dateOrder = config.dateOrder;
    // The day-month order setting changes what is extracted: part of the key (absent when auto, so older caches stay valid).
    const hash = await betweenOtherWork(contentHashSteps(text, sidecarText, dateOrder ? `${registry?.key ?? ''}\u0004${dateOrder}` : registry?.key));
    // Hashed between other work (a megabyte-long article took tens of milliseconds in one piece): a newer read may have begun meanwhile.
    if (stale()) return unchanged;
    if (this.host.entry(key)?.hash === hash) return unchanged; // touched, not changed
    const cached = this.persisted.get(key);
    let entry: CorpusEntry;
    if (cached?.hash === hash) {
      entry = cached.entry;
      this.fromCache++;
    } else {
      if (this.extractor) {
        const inputs = articleInputs(text, sidecarText);
        const mentions = await this.extractor(text, inputs.referenceDate, registry, dateOrder);
        // Stopped (over its budget), or a newer read or the opened document took over meanwhile.
        if (!mentions || stale()) return unchanged;
        entry = entryFromExtraction(text, inputs, mentions);
      } else entry = analyseArticle(text, sidecarText, registry, dateOrder);
      this.extracted++;
      if (this.analysedPaths.length < 1000) this.analysedPaths.push(path);
      this.persisted.set(key, { hash, entry });
    }
    return { kind: 'entry', entry: { ...entry, uri: key, path, origin: 'disk', inWorkspace: true, hash, registryKey: registry?.key } };
  }

  async #readSidecar(article: vscode.Uri): Promise<string | undefined> {
    const uri = this.store.sidecarUri(article);
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      if (!isNotFound(err)) this.log.warn(`index: could not read ${uri.path} (${err instanceof Error ? err.message : String(err)}); its article is listed without its decisions`);
      return undefined;
    }
  }
}
