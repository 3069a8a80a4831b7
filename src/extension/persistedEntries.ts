// What the index cache on disk holds (once loaded) and will hold after the next write, and when
// that write happens: a moment after the last change, writing only the entries that changed.
import type { CachedEntry } from '../core/corpus';
import type { ILogger } from '../core/types';
import type { IndexStore } from './indexStore';

/** Changes of this long are written to the cache on disk together. */
export const SAVE_DELAY_MS = 2000;

export class PersistedEntries {
  /** Disk entries by article; undefined until loaded (and again after forget()). */
  #entries: Map<string, CachedEntry> | undefined;
  #loading: Promise<Map<string, CachedEntry>> | undefined;
  /** Articles whose record differs from the disk's: written (or removed) by the next save. */
  readonly #dirty = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> = Promise.resolve();
  #closed = false;
  #writes = 0;

  constructor(private readonly store: IndexStore | undefined, private readonly log: ILogger, private readonly delayMs = SAVE_DELAY_MS) {}

  /** Reads the cache on disk the first time (a failure is logged and starts empty). */
  async load(): Promise<void> {
    if (this.#entries) return;
    this.#loading ??= this.store ? this.store.load().catch((err: unknown) => {
      this.log.error(err instanceof Error ? err : new Error(String(err)));
      return new Map<string, CachedEntry>();
    }) : Promise.resolve(new Map());
    const loading = this.#loading;
    const entries = await loading;
    // forget() while loading: that load belongs to the closed window.
    if (this.#loading === loading) this.#entries = entries;
  }

  get(key: string): CachedEntry | undefined {
    return this.#entries?.get(key);
  }

  set(key: string, cached: CachedEntry): void {
    if (!this.#entries) return;
    this.#entries.set(key, cached);
    this.#dirty.add(key);
  }

  delete(key: string): void {
    if (this.#entries?.delete(key)) this.#dirty.add(key);
  }

  /** Drops the entries of articles not in `found` (a full scan's listing). */
  retain(found: ReadonlySet<string>): void {
    for (const key of [...this.#entries?.keys() ?? []]) if (!found.has(key)) this.delete(key);
  }

  /** True while a write is scheduled or runs (a record that failed waits for the next change, not for this). */
  get pending(): boolean {
    return this.#timer !== undefined || this.#writes > 0;
  }

  /** Writes the changes a moment after the last one (0: at once, as after a scan). */
  scheduleSave(delay = this.delayMs): void {
    if (!this.store || this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#queueSave();
    }, delay);
  }

  /** Resolves once the changes so far are written. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    return this.#queueSave();
  }

  /** As a closed window: nothing more is written, and the next load reads the disk as it is. */
  async forget(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#entries = undefined;
    this.#loading = undefined;
    this.#dirty.clear();
    await this.#saving;
  }

  dispose(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #queueSave(): Promise<void> {
    this.#writes++;
    this.#saving = this.#saving.then(() => this.#save())
      .catch((err: unknown) => this.log.warn(`index cache: not written (${err instanceof Error ? err.message : String(err)}); the next window analyses those articles again`))
      .finally(() => this.#writes--);
    return this.#saving;
  }

  async #save(): Promise<void> {
    const entries = this.#entries;
    if (!this.store || !entries || !this.#dirty.size) return;
    const keys = [...this.#dirty];
    this.#dirty.clear();
    const started = performance.now();
    const done = await this.store.write(keys, entries);
    // A failed record is written again with the next change (unless forget() dropped this cache meanwhile).
    if (this.#entries === entries) for (const key of done.failed) this.#dirty.add(key);
    this.log.info(`index cache: ${done.written} entries written (${(done.bytes / 1024).toFixed(0)} KB), ${done.deleted} removed in ${this.store.location} in ${(performance.now() - started).toFixed(0)} ms`);
  }
}
