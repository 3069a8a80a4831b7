// Full extraction of open articles, off the extension host's main thread: one worker_threads
// worker (a pool of one) holds each open document's incremental extractor, so an edit re-extracts
// only its paragraphs there; the main thread only sends text and applies results. Where no worker
// can start (no worker bundle, a restricted host), extraction falls back to the main thread.
import { IncrementalExtractor, extract, type DateOrder, type ExtractOptions, type ExtractResult } from '../core/extract';
import type { CompiledRegistry } from '../core/registry';
import type { ILogger, Mention } from '../core/types';
import { textEdit, type DocSync, type MentionDiff } from '../core/jobs';
import { patchOwnSpans } from '../core/util';
import { BudgetExceededError, ExtractPool, ResyncError, SupersededError, WorkerCrashedError, WorkerFailedError, locateWorkerScript, type ExtractJob, type ExtractJobResult, type WorkerScript } from '../worker/extractPool';

/** A worker job running longer than this is stopped with a notice: a backstop for pathological input. */
export const WORKER_BUDGET_MS = 60_000;

/** A superseded job younger than this finishes in the background, so typing keeps the worker (and its paragraph caches) alive. */
export const ABANDON_UNDER_MS = 1_000;

export type ExtractedIn = 'worker' | 'main';

export interface ExtractionOutcome {
  /**
   * For a document job, result.mentions is the service's own list, lent: read it before the next
   * answer for the same document and keep no part of it (later diffs move its mentions in place);
   * read after that answer, it throws.
   */
  result: ExtractResult;
  where: ExtractedIn;
  /** A document job's number: a later answer's diff names the job it changes (`diff.of`). */
  seq?: number;
  /**
   * When the worker answered with a diff: result.mentions is the mentions of job `of` (an earlier
   * answer for the same document) changed by it, so a caller that kept what it built from job `of`
   * can patch that instead of reading result.mentions.
   */
  diff?: MentionDiff;
}

/** What the worker holds of a document, as far as this side knows: the last text sent and the last mentions received. */
interface SyncState {
  sent?: { seq: number; text: string };
  /**
   * The mentions of job `seq`, the service's own (callers are only lent them): later diffs are applied
   * where they are, so a one-character edit moves the offsets of the mentions after it and copies none.
   */
  known?: { seq: number; mentions: Mention[] };
}

export interface ExtractionStats {
  inWorker: number;
  onMainThread: number;
  /** Jobs dropped or stopped because a newer version of their document came. */
  superseded: number;
  /** Jobs stopped by the time budget. */
  overBudget: number;
  /** Jobs whose worker died while running them (not run again on the main thread). */
  crashed: number;
  workersStarted: number;
  /** Jobs sent to the worker and not yet settled: the document (null for a one-off job) and its length. */
  running: { doc: string | null; chars: number }[];
  /** The last worker job: milliseconds extracting in the worker, and from sending to receiving. */
  lastJob?: { workerMs: number; roundTripMs: number };
  /** Document jobs answered with a diff of their mentions (not the whole list), and whole texts resent because the worker did not hold the base. */
  diffs: number;
  resyncs: number;
}

export class ExtractionService {
  readonly #pool?: ExtractPool;
  /** Main-thread extractors, used only when the worker cannot run. */
  readonly #fallback = new Map<string, IncrementalExtractor>();
  #fallbackLogged = false;
  readonly #synced = new Map<string, SyncState>();
  #seq = 0;
  readonly stats: ExtractionStats = { inWorker: 0, onMainThread: 0, superseded: 0, overBudget: 0, crashed: 0, workersStarted: 0, running: [], diffs: 0, resyncs: 0 };

  constructor(
    private readonly log: ILogger,
    script: WorkerScript | undefined = locateWorkerScript(__dirname),
    budgetMs = WORKER_BUDGET_MS,
    /** Start the worker now rather than with the first job (open articles' service; the index's starts with its first scan). */
    warm = false,
  ) {
    if (script) this.#pool = new ExtractPool({ size: 1, script, budgetMs, abandonUnderMs: ABANDON_UNDER_MS, warm });
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
        // Long answers in parts: this thread reads one part per turn.
        const job = { doc, text, referenceDate, registry: registry && { key: registry.key, source: registry.source }, parts: true, ...(dateOrder ? { dateOrder } : {}) };
        const { outcome, ms } = doc === undefined
          ? await this.#pool.run(job).then(({ result, ms }) => ({ outcome: { result, where: 'worker' as const }, ms }))
          : await this.#runSynced(this.#pool, doc, { ...job, doc });
        this.stats.inWorker++;
        if (doc !== undefined) this.stats.lastJob = { workerMs: ms, roundTripMs: performance.now() - sent };
        return outcome;
      } catch (err) {
        if (doc !== undefined && !(err instanceof SupersededError)) this.#synced.delete(doc);
        if (err instanceof SupersededError) {
          if (doc !== undefined) this.stats.superseded++;
          return undefined;
        }
        const what = doc ?? 'an article for the workspace index';
        if (err instanceof BudgetExceededError) {
          this.stats.overBudget++;
          this.log.warn(`Analysis of ${what} stopped: ${err.message}. Its marks are not updated; blank lines between paragraphs make such text faster to analyse.`);
          return undefined;
        }
        if (err instanceof WorkerCrashedError) {
          // The job may be what killed the worker (out of memory, say): on the main thread it could take the editor down with it.
          this.stats.crashed++;
          this.log.warn(`Analysis of ${what} stopped: ${err.message}. Its marks are not updated; the next change is analysed in a new worker.`);
          return undefined;
        }
        if (!(err instanceof WorkerFailedError)) throw err;
        this.#useMainThread(err.message);
      } finally {
        this.stats.running.splice(this.stats.running.indexOf(running), 1);
        this.stats.workersStarted = this.#pool.workersStarted;
      }
    }
    if (this.#pool?.unavailable) this.#useMainThread(this.#pool.unavailable); // a warm worker failed before any job
    this.stats.onMainThread++;
    return { result: onMainThread(), where: 'main' };
  }

  /**
   * A document's job as an edit of the last text sent and a diff against the last mentions
   * received; the whole text again when the worker does not hold what the edit applies to.
   */
  async #runSynced(pool: ExtractPool, doc: string, job: ExtractJob & { doc: string }): Promise<{ outcome: ExtractionOutcome; ms: number }> {
    let state = this.#synced.get(doc);
    if (!state) this.#synced.set(doc, (state = {}));
    const sync: DocSync = { seq: ++this.#seq };
    const known = state.known;
    if (known) sync.known = known.seq;
    const previous = state.sent;
    state.sent = { seq: sync.seq, text: job.text };
    let answer: ExtractJobResult;
    try {
      answer = previous
        ? await pool.run({ ...job, text: '', sync: { ...sync, base: previous.seq, edit: textEdit(previous.text, job.text) } }, doc)
        : await pool.run({ ...job, sync }, doc);
    } catch (err) {
      if (!(err instanceof ResyncError)) throw err;
      this.stats.resyncs++;
      answer = await pool.run({ ...job, sync }, doc);
    }
    const { diff, result } = answer;
    if (diff && diff.of !== known?.seq) throw new Error(`the worker answered with a diff against job ${diff.of}, not ${known?.seq}`);
    if (this.#synced.get(doc) !== state) return { outcome: { result, where: 'worker', seq: sync.seq }, ms: answer.ms }; // forgotten meanwhile
    if (!diff || !known) {
      const mine = { seq: sync.seq, mentions: result.mentions };
      state.known = mine;
      return { outcome: { result: lent(result, mine, () => state.known), where: 'worker', seq: sync.seq }, ms: answer.ms };
    }
    this.stats.diffs++;
    // The inserted mentions are copied: the outcome's diff (which a model patch reads in slices) keeps its own.
    patchOwnSpans(known.mentions, { ...diff, insert: diff.insert.map(copy) });
    const mine = { seq: sync.seq, mentions: known.mentions };
    state.known = mine;
    return { outcome: { result: lent(result, mine, () => state.known), where: 'worker', seq: sync.seq, diff }, ms: answer.ms };
  }

  /** The document was closed: drop its cached paragraphs. */
  forget(doc: string): void {
    this.#synced.delete(doc);
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

/**
 * The result with the service's own list lent as its mentions, not copied (41,000 mentions of a 1 MB
 * article took 10–40 ms to copy on the editor's thread). Every reader builds its own objects from
 * them at once (the article model, the preview's moved mentions). Read after a later answer moved
 * the list on, they are gone: an error, not a wrong list.
 */
function lent(result: ExtractResult, mine: { seq: number; mentions: Mention[] }, current: () => { seq: number } | undefined): ExtractResult {
  return Object.defineProperty({ ...result }, 'mentions', {
    enumerable: true,
    get(): Mention[] {
      if (current() !== mine) throw new Error(`the mentions of job ${mine.seq} were read after a later answer for the same document`);
      return mine.mentions;
    },
  });
}

/** A mention's own copy (a plain spread: the fastest copy when no field is added or replaced). */
function copy(m: Mention): Mention {
  return { ...m };
}

function optionsFor(referenceDate: string | null, registry: CompiledRegistry | undefined, dateOrder?: DateOrder | null): ExtractOptions {
  const options: ExtractOptions = registry ? { referenceDate, registry } : { referenceDate };
  if (dateOrder) options.dateOrder = dateOrder;
  return options;
}
