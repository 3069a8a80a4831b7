// Full extraction of open articles, off the extension host's main thread: one worker_threads
// worker (a pool of one) holds each open document's incremental extractor, so an edit re-extracts
// only its paragraphs there; the main thread only sends text and applies results. Where no worker
// can start (no worker bundle, a restricted host), extraction falls back to the main thread.
import { IncrementalExtractor, extract, type DateOrder, type ExtractOptions, type ExtractResult } from '../core/extract';
import type { CompiledRegistry } from '../core/registry';
import type { ILogger } from '../core/types';
import { BudgetExceededError, ExtractPool, SupersededError, WorkerFailedError, locateWorkerScript, type WorkerScript } from '../worker/extractPool';

/** A worker job running longer than this is stopped with a notice: a backstop for pathological input. */
export const WORKER_BUDGET_MS = 60_000;

/** A superseded job younger than this finishes in the background, so typing keeps the worker (and its paragraph caches) alive. */
export const ABANDON_UNDER_MS = 1_000;

export type ExtractedIn = 'worker' | 'main';

export interface ExtractionOutcome {
  result: ExtractResult;
  where: ExtractedIn;
}

export interface ExtractionStats {
  inWorker: number;
  onMainThread: number;
  /** Jobs dropped or stopped because a newer version of their document came. */
  superseded: number;
  /** Jobs stopped by the time budget. */
  overBudget: number;
  workersStarted: number;
  /** Jobs sent to the worker and not yet settled: the document (null for a one-off job) and its length. */
  running: { doc: string | null; chars: number }[];
  /** The last worker job: milliseconds extracting in the worker, and from sending to receiving. */
  lastJob?: { workerMs: number; roundTripMs: number };
}

export class ExtractionService {
  readonly #pool?: ExtractPool;
  /** Main-thread extractors, used only when the worker cannot run. */
  readonly #fallback = new Map<string, IncrementalExtractor>();
  #fallbackLogged = false;
  readonly stats: ExtractionStats = { inWorker: 0, onMainThread: 0, superseded: 0, overBudget: 0, workersStarted: 0, running: [] };

  constructor(
    private readonly log: ILogger,
    script: WorkerScript | undefined = locateWorkerScript(__dirname),
    budgetMs = WORKER_BUDGET_MS,
  ) {
    if (script) this.#pool = new ExtractPool({ size: 1, script, budgetMs, abandonUnderMs: ABANDON_UNDER_MS });
    else this.#useMainThread('no extraction worker bundle next to the extension');
  }

  /**
   * Extracts a document's text (or a window of it); undefined when a newer job for the same
   * document superseded this one, or the job was stopped, so its result must not be applied.
   */
  async extract(doc: string, text: string, referenceDate: string | null, registry?: CompiledRegistry, dateOrder?: DateOrder | null): Promise<ExtractionOutcome | undefined> {
    return this.#run(text, referenceDate, registry, doc, () => this.#mainThreadExtractor(doc).update(text, optionsFor(referenceDate, registry, dateOrder)), dateOrder);
  }

  /**
   * A one-off extraction (a closed article for the workspace index): no per-document cache kept in
   * the worker; undefined when it was stopped (over budget) or the service closed.
   */
  async extractOnce(text: string, referenceDate: string | null, registry?: CompiledRegistry, dateOrder?: DateOrder | null): Promise<ExtractionOutcome | undefined> {
    return this.#run(text, referenceDate, registry, undefined, () => extract(text, optionsFor(referenceDate, registry, dateOrder)), dateOrder);
  }

  /** Runs a job in the worker (in the document's lane when there is one), or on the main thread when no worker can. */
  async #run(
    text: string,
    referenceDate: string | null,
    registry: CompiledRegistry | undefined,
    doc: string | undefined,
    onMainThread: () => ExtractResult,
    dateOrder?: DateOrder | null,
  ): Promise<ExtractionOutcome | undefined> {
    if (this.#pool && !this.#pool.unavailable) {
      const running = { doc: doc ?? null, chars: text.length };
      this.stats.running.push(running);
      try {
        const sent = performance.now();
        const { result, ms } = await this.#pool.run({ doc, text, referenceDate, registry: registry && { key: registry.key, source: registry.source }, ...(dateOrder ? { dateOrder } : {}) }, doc);
        this.stats.inWorker++;
        if (doc !== undefined) this.stats.lastJob = { workerMs: ms, roundTripMs: performance.now() - sent };
        return { result, where: 'worker' };
      } catch (err) {
        if (err instanceof SupersededError) {
          if (doc !== undefined) this.stats.superseded++;
          return undefined;
        }
        if (err instanceof BudgetExceededError) {
          this.stats.overBudget++;
          const what = doc ?? 'an article for the workspace index';
          this.log.warn(`Analysis of ${what} stopped: ${err.message}. Its marks are not updated; blank lines between paragraphs make such text faster to analyse.`);
          return undefined;
        }
        if (!(err instanceof WorkerFailedError)) throw err;
        this.#useMainThread(err.message);
      } finally {
        this.stats.running.splice(this.stats.running.indexOf(running), 1);
        this.stats.workersStarted = this.#pool.workersStarted;
      }
    }
    this.stats.onMainThread++;
    return { result: onMainThread(), where: 'main' };
  }

  /** The document was closed: drop its cached paragraphs. */
  forget(doc: string): void {
    this.#fallback.delete(doc);
    this.#pool?.forget(doc);
  }

  dispose(): void {
    void this.#pool?.close();
  }

  #useMainThread(reason: string): void {
    if (this.#fallbackLogged) return;
    this.#fallbackLogged = true;
    this.log.warn(`Extraction runs on the main thread (${reason}); very long paragraphs may slow the editor.`);
  }

  #mainThreadExtractor(doc: string): IncrementalExtractor {
    let extractor = this.#fallback.get(doc);
    if (!extractor) {
      extractor = new IncrementalExtractor();
      this.#fallback.set(doc, extractor);
    }
    return extractor;
  }
}

function optionsFor(referenceDate: string | null, registry: CompiledRegistry | undefined, dateOrder?: DateOrder | null): ExtractOptions {
  const options: ExtractOptions = registry ? { referenceDate, registry } : { referenceDate };
  if (dateOrder) options.dateOrder = dateOrder;
  return options;
}
