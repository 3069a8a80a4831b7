// The index's queue of articles to read again: file-system events of a short moment are read
// together, one batch after another, never two at once.
import * as vscode from 'vscode';
import type { ILogger } from '../core/types';

/** File-system events of this long are read together. */
const UPDATE_DELAY_MS = 100;

export class UpdateQueue implements vscode.Disposable {
  readonly #queued = new Map<string, vscode.Uri>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> = Promise.resolve();
  /** Batches started and not finished. */
  #running = 0;

  constructor(private readonly readBatch: (uris: vscode.Uri[]) => Promise<void>, private readonly log: ILogger) {}

  /** Reads the article a moment later, with whatever else comes in meanwhile. */
  add(uri: vscode.Uri): void {
    this.#queued.set(uri.toString(), uri);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), UPDATE_DELAY_MS);
  }

  /** Reads these (and whatever is queued) after the batches before them, through `wrap` (a progress). */
  addNow(uris: readonly vscode.Uri[], wrap: (run: () => Promise<void>) => Thenable<void> = (run) => run()): Promise<void> {
    for (const uri of uris) this.#queued.set(uri.toString(), uri);
    return this.#run(wrap);
  }

  /** True while articles wait to be read or a batch runs. */
  get busy(): boolean {
    return this.#queued.size > 0 || this.#running > 0;
  }

  /** Reads what is queued now rather than after the delay, and resolves when every batch so far is done. */
  drain(): Promise<void> {
    return this.#queued.size ? this.#run() : this.#flushing;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #run(wrap: (run: () => Promise<void>) => Thenable<void> = (run) => run()): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#running++;
    this.#flushing = this.#flushing.then(() => wrap(() => {
      const uris = [...this.#queued.values()];
      this.#queued.clear();
      return this.readBatch(uris);
    })).catch((err: unknown) => this.log.error(err instanceof Error ? err : new Error(String(err)))).finally(() => this.#running--);
    return this.#flushing;
  }
}
