// A pool of extraction workers (worker_threads) shared by the command line and the extension.
// Jobs of one lane (an open document) supersede each other: a queued older job is dropped and a
// running one is stopped with its worker (or, see abandonUnderMs, left to finish unheard), so a
// stale result is never delivered.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../core/extract';
import type { ExtractJobRequest, ExtractWorkerRequest, ExtractWorkerResponse } from '../core/jobs/extractJobs';
import type { MentionDiff } from '../core/jobs/docSync';
import { listOf } from '../core/jobs/answerParts';

/** Where the worker's code is and how to start it. */
export interface WorkerScript {
  /** A file, or with `eval` the code to run. */
  file: string;
  eval?: boolean;
}

/**
 * The worker bundle next to the running bundle (dist/extractWorker.js); when running from the
 * sources (tests through tsx) the TypeScript entry, loaded through tsx. Undefined when neither exists.
 */
export function locateWorkerScript(dir: string): WorkerScript | undefined {
  const bundled = join(dir, 'extractWorker.js');
  if (existsSync(bundled)) return { file: bundled };
  const source = join(dir, '..', 'worker', 'extractWorker.ts');
  // Node 20 workers do not inherit tsx's loader for a .ts entry: register it in the worker first.
  const load = `const r = require('node:module').createRequire(${JSON.stringify(source)}); r('tsx/cjs'); r(${JSON.stringify(source)});`;
  if (existsSync(source)) return { file: load, eval: true };
  return undefined;
}

/** A job was replaced by a newer one of its lane, or the pool was closed. Not a failure. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer job');
  }
}

/** The worker could not run the job (it failed to start or died); the caller may run it in-process. */
export class WorkerFailedError extends Error {}

/**
 * A worker that had started (its engine loaded) died while it held this job: the job may be what
 * killed it (out of memory, say), so running it on the caller's thread could do the same there.
 * The pool stays open and replaces the worker.
 */
export class WorkerCrashedError extends WorkerFailedError {}

/** Workers in a row that die idle after starting, without answering a job, before the pool gives up on workers. */
export const MAX_CRASHES_IN_A_ROW = 3;

/** The job's edit was made against a text its worker does not hold (a new worker, a dropped job): resend the whole text. */
export class ResyncError extends Error {
  constructor() {
    super('the worker does not hold the text this edit applies to');
  }
}

/** The job ran past the pool's time budget; its worker was stopped. */
export class BudgetExceededError extends Error {}

/** A job as callers give it: the request without the pool's own fields. */
export type ExtractJob = Omit<ExtractJobRequest, 'type' | 'id'>;

export interface ExtractJobResult {
  result: ExtractResult;
  /** Milliseconds the worker spent extracting. */
  ms: number;
  /** With a synced job: result.mentions is empty and this is the change to the known job's list. */
  diff?: MentionDiff;
  /** With a job that asked for its record: result.mentions is empty and this is the record. */
  record?: string;
}

export interface ExtractPoolOptions {
  size: number;
  script: WorkerScript;
  /** Stop a job (and its worker) that runs longer than this: a backstop, not a schedule. */
  budgetMs?: number;
  /**
   * A superseded job that has run less than this is left to finish (its result dropped) instead of
   * stopping its worker, so the worker keeps its per-document caches through a burst of edits;
   * past it, the worker is stopped (unless the job's answer is already coming in parts: its worker
   * is done extracting, and the job is only abandoned). 0 (the default) stops it at once.
   */
  abandonUnderMs?: number;
  /**
   * Keep a worker started and idle (from construction, and again after one is stopped), so a job
   * does not wait for a worker to load the engine: the first marks of an opened article come sooner.
   */
  warm?: boolean;
  /**
   * Start all `size` workers at construction (and replace one that stops), for a caller that gives
   * a job to a ready worker (runSoon), queues only some for the next free one (run) and does the
   * rest itself.
   */
  startAll?: boolean;
}

interface Job {
  request: ExtractJobRequest;
  lane?: string;
  /** performance.now() when it was sent to a worker. */
  sentAt?: number;
  /** Superseded while running: its caller was answered; the worker's answer is dropped. */
  abandoned?: boolean;
  resolve(value: ExtractJobResult): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  /** A job posted behind `job` (runSoon): the worker starts it the moment `job` is done. */
  next?: Job;
  timer?: ReturnType<typeof setTimeout>;
  /** Answered a job at least once. */
  answered: boolean;
  /** Its engine is loaded and warm (it said so, or answered a job): a failure before that means workers cannot start here. */
  ready: boolean;
  /** Registry keys whose data this worker was sent: later jobs name them by key alone. */
  registries: Set<string>;
  /** An answer coming in parts: the parts still to come. */
  partial?: { answer: Extract<ExtractWorkerResponse, { type: 'result' }>; left: number };
}

export class ExtractPool {
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;
  /** Callers of whenReady() waiting for every worker to be ready (or for none to be able to run). */
  #readyWaiters: (() => void)[] = [];
  /** Workers started so far (a superseded or failed job's worker is replaced by a new one). */
  workersStarted = 0;
  /** Why workers cannot run here, once one failed before answering. */
  unavailable?: string;
  /** Times an entity registry's data was posted to a worker (once per worker and registry, not per job). */
  registriesSent = 0;
  /** Parts of long answers received before their last (each read in its own turn). */
  partsReceived = 0;
  /** Workers that died idle after starting since a job was last answered. */
  #crashesInARow = 0;

  constructor(private readonly options: ExtractPoolOptions) {
    this.#warm();
  }

  /** Starts workers ahead of jobs: one when the pool keeps one warm and has none, all of them with startAll. */
  #warm(): void {
    const wanted = this.options.startAll ? this.options.size : this.options.warm ? 1 : 0;
    while (!this.#closed && !this.unavailable && this.#slots.length < wanted) this.#spawn();
  }

  /**
   * Sends the job to a ready worker that is idle, or else busy with one job and none behind it:
   * posted at once, so the worker starts it the moment it finishes, even while the calling thread
   * is busy and cannot hear it finish. Undefined when there is none (all full, or still starting),
   * so the caller can run it itself. Only to an idle worker in a pool with a time budget (a job's
   * clock starts when it is sent). Not for jobs with lanes: when a lane supersedes the worker's
   * job and its worker is stopped, the job behind it is rejected with SupersededError too. Nor for
   * jobs that ask for their answer in parts (refused): two answers' parts would interleave.
   */
  runSoon(job: ExtractJob): Promise<ExtractJobResult> | undefined {
    if (this.#closed || this.unavailable || this.#queue.length > 0 || job.parts) return undefined;
    if (this.#slots.some((s) => s.ready && !s.job)) return this.run(job);
    if (this.options.budgetMs !== undefined) return undefined;
    const slot = this.#slots.find((s) => s.ready && s.job && !s.job.abandoned && !s.next && !s.partial);
    if (!slot) return undefined;
    return this.#request(job, undefined, (queued) => {
      slot.next = queued;
      slot.worker.postMessage(this.#forSlot(slot, queued.request));
    });
  }

  /** Jobs waiting for a worker (not yet sent to one). */
  get waiting(): number {
    return this.#queue.length;
  }

  /** Resolves once every running worker is ready, or none can run here, or the pool is closed. */
  whenReady(): Promise<void> {
    return new Promise((resolve) => {
      this.#readyWaiters.push(resolve);
      this.#wakeReadyWaiters();
    });
  }

  #wakeReadyWaiters(): void {
    if (this.#closed || this.unavailable || this.#slots.every((s) => s.ready)) for (const wake of this.#readyWaiters.splice(0)) wake();
  }

  run(job: ExtractJob, lane?: string): Promise<ExtractJobResult> {
    if (this.#closed) return Promise.reject(new SupersededError());
    if (this.unavailable) return Promise.reject(new WorkerFailedError(this.unavailable));
    if (lane !== undefined) this.#supersede(lane);
    return this.#request(job, lane, (queued) => {
      this.#queue.push(queued);
      this.#pump();
    });
  }

  /** The job numbered as a request, handed to `place` (the queue, or behind a worker's job); settles with its answer. */
  #request(job: ExtractJob, lane: string | undefined, place: (queued: Job) => void): Promise<ExtractJobResult> {
    return new Promise<ExtractJobResult>((resolve, reject) => {
      const request: ExtractJobRequest = { ...job, type: 'extract', id: this.#nextId++ };
      place({ request, lane, resolve, reject });
    });
  }

  /** Drops the document's cached paragraphs in every worker. */
  forget(doc: string): void {
    const message: ExtractWorkerRequest = { type: 'forget', doc };
    for (const slot of this.#slots) slot.worker.postMessage(message);
  }

  /** Stops every worker; pending jobs end with SupersededError. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#wakeReadyWaiters();
    for (const job of this.#queue.splice(0)) job.reject(new SupersededError());
    await Promise.all(this.#slots.splice(0).map((slot) => {
      clearTimeout(slot.timer);
      slot.job?.reject(new SupersededError());
      slot.next?.reject(new SupersededError());
      return slot.worker.terminate();
    }));
  }

  #supersede(lane: string): void {
    for (let i = this.#queue.length - 1; i >= 0; i--) {
      if (this.#queue[i].lane === lane) this.#queue.splice(i, 1)[0].reject(new SupersededError());
    }
    const grace = this.options.abandonUnderMs ?? 0;
    for (const slot of [...this.#slots]) {
      const job = slot.job;
      if (job?.lane !== lane || job.abandoned) continue;
      const ranMs = performance.now() - (job.sentAt ?? 0);
      // A job whose answer is coming in parts is done extracting: its worker, idle, keeps its caches.
      const inParts = () => slot.partial?.answer.id === job.request.id;
      if (ranMs >= grace && !inParts()) {
        this.#stop(slot, new SupersededError());
        continue;
      }
      job.abandoned = true;
      job.reject(new SupersededError());
      clearTimeout(slot.timer);
      slot.timer = setTimeout(() => { if (slot.job === job && !inParts()) this.#stop(slot, new SupersededError()); }, Math.max(0, grace - ranMs));
    }
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      // A ready worker first: one still starting would hold the job until its engine is warm.
      let slot = this.#slots.find((s) => !s.job && s.ready) ?? this.#slots.find((s) => !s.job);
      if (!slot && this.#slots.length < this.options.size) slot = this.#spawn();
      if (!slot) return;
      const job = this.#queue.shift() as Job;
      slot.job = job;
      job.sentAt = performance.now();
      if (this.options.budgetMs !== undefined) {
        const s = slot;
        slot.timer = setTimeout(() => this.#stop(s, new BudgetExceededError(`extraction took longer than ${this.options.budgetMs} ms and was stopped`)), this.options.budgetMs);
      }
      slot.worker.postMessage(this.#forSlot(slot, job.request));
    }
  }

  /** The request as this worker needs it: a registry it already holds is named by key, without its data. */
  #forSlot(slot: Slot, request: ExtractJobRequest): ExtractJobRequest {
    const registry = request.registry;
    if (!registry?.source) return request;
    if (slot.registries.has(registry.key)) return { ...request, registry: { key: registry.key } };
    slot.registries.add(registry.key);
    this.registriesSent++;
    return request;
  }

  #spawn(): Slot {
    const { file, eval: isCode } = this.options.script;
    const worker = new Worker(file, { eval: isCode === true });
    this.workersStarted++;
    const slot: Slot = { worker, answered: false, ready: false, registries: new Set() };
    this.#slots.push(slot);
    worker.on('message', (message: ExtractWorkerResponse) => {
      if (!slot.ready) {
        slot.ready = true;
        this.#wakeReadyWaiters();
      }
      if (message.type === 'ready') return;
      slot.answered = true;
      this.#crashesInARow = 0;
      // Its running job, or (after that one's registry was sent again behind it) the one behind it.
      const job = [slot.job, slot.next].find((j) => j?.request.id === message.id);
      if (!job) return;
      const response = this.#assembled(slot, job, message);
      if (!response) return;
      if (response.type === 'registry-needed' && job.request.registry?.source) {
        // The worker dropped that registry (it keeps a few): send the same job again with its data.
        slot.registries.delete(job.request.registry.key);
        slot.worker.postMessage(this.#forSlot(slot, job.request));
        return;
      }
      if (job === slot.job) {
        clearTimeout(slot.timer);
        slot.job = slot.next;
        slot.next = undefined;
        if (slot.job) slot.job.sentAt = performance.now();
      } else slot.next = undefined;
      if (job.abandoned) { /* its caller already moved on */ } else if (response.type === 'result') job.resolve({ result: response.result, ms: response.ms, diff: response.diff, record: response.record });
      else if (response.type === 'resync') job.reject(new ResyncError());
      else job.reject(new Error(response.type === 'error' ? response.message : 'the extraction worker does not hold the entity registry'));
      this.#pump();
    });
    worker.on('error', (err) => this.#failed(slot, err));
    worker.on('exit', (code) => this.#failed(slot, new Error(`the extraction worker exited with code ${code}`)));
    return slot;
  }

  /**
   * The answer once all of it is in: a long one comes in parts (answerParts.ts), each asked for when
   * the last is in, so this thread reads one part per turn; undefined until the last. The rest of an
   * abandoned job's answer is not asked for.
   */
  #assembled(slot: Slot, job: Job, message: ExtractWorkerResponse): ExtractWorkerResponse | undefined {
    let answer = message;
    if (message.type === 'part') {
      const partial = slot.partial;
      if (partial?.answer.id !== message.id) {
        // Not the answer being put together (none is asked for otherwise): the worker may drop the rest.
        slot.worker.postMessage({ type: 'next-part', id: message.id, drop: true } satisfies ExtractWorkerRequest);
        return undefined;
      }
      for (const m of message.mentions) listOf(partial.answer).push(m);
      partial.left--;
      answer = partial.answer;
    } else if (message.type === 'result' && message.parts) slot.partial = { answer: message, left: message.parts };
    else return message;
    const partial = slot.partial!;
    if (partial.left > 0 && !job.abandoned) {
      this.partsReceived++;
      slot.worker.postMessage({ type: 'next-part', id: job.request.id } satisfies ExtractWorkerRequest);
      return undefined;
    }
    if (partial.left > 0) slot.worker.postMessage({ type: 'next-part', id: job.request.id, drop: true } satisfies ExtractWorkerRequest);
    slot.partial = undefined;
    return answer;
  }

  /**
   * A worker died on its own. One that never started (no 'ready', no answer) means workers cannot
   * run here, and so do several in a row that die idle after starting, before answering a job.
   * Otherwise the job it held fails with WorkerCrashedError (however often a job kills its worker,
   * it is never handed to the caller's thread), the job behind it (not yet started) with
   * WorkerFailedError, and a new worker takes the next job.
   */
  #failed(slot: Slot, err: Error): void {
    if (!this.#slots.includes(slot)) return; // already stopped on purpose
    const message = `the extraction worker failed: ${err.message}`;
    const started = slot.ready || slot.answered;
    if (started && !slot.answered && !slot.job) this.#crashesInARow++;
    if (!started || this.#crashesInARow >= MAX_CRASHES_IN_A_ROW) {
      const failure = new WorkerFailedError(started ? `${message} (${this.#crashesInARow} workers in a row)` : message);
      this.unavailable = failure.message;
      for (const job of this.#queue.splice(0)) job.reject(failure);
      this.#stop(slot, failure); // which wakes whenReady()'s callers
      return;
    }
    const next = slot.next;
    slot.next = undefined;
    next?.reject(new WorkerFailedError(`${message} before it started this job`));
    this.#stop(slot, new WorkerCrashedError(message));
  }

  /** Stops a running job with its worker (the only way to interrupt synchronous work). */
  #stop(slot: Slot, reason: Error): void {
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
    clearTimeout(slot.timer);
    slot.job?.reject(reason);
    slot.next?.reject(reason);
    slot.job = undefined;
    slot.next = undefined;
    void slot.worker.terminate();
    this.#pump();
    this.#warm();
    this.#wakeReadyWaiters();
  }
}
