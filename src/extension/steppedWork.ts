// Long computations on the extension host's thread, run in slices: each slice takes steps of a
// stepped computation (core/util/steps) for a few milliseconds, then lets other work run. One
// computation per key; starting another for the same key drops the older one.
import type { Stepped } from '../core/util';

/** About how long one slice may hold the thread before letting other work run. */
const SLICE_MS = 8;

/**
 * Slices waiting for their turn, whichever computation they belong to: one runs per turn of the
 * event loop. Each computation posting its own setImmediate let every waiting slice run in the same
 * turn (an edit of a long article patches its model and rebuilds its index entry and views at once),
 * which held the thread for the sum of their slices.
 */
const waitingSlices: (() => boolean)[] = [];
let turnPosted = false;

/**
 * Runs `slice` in a later turn of the event loop, after the slices already waiting. A slice returns
 * false when its computation was dropped meanwhile: the turn goes to the next one instead.
 */
function inTurn(slice: () => boolean): void {
  waitingSlices.push(slice);
  if (!turnPosted) {
    turnPosted = true;
    setImmediate(runTurn);
  }
}

/** Runs `work` in a later turn of the event loop, in turn with the slices of stepped work. */
export function inLaterTurn(work: () => void): void {
  inTurn(() => {
    work();
    return true;
  });
}

function runTurn(): void {
  turnPosted = false;
  try {
    while (waitingSlices.length > 0 && !(waitingSlices.shift() as () => boolean)()) { /* dropped: the turn goes on */ }
  } finally {
    // Posted from this turn's callback (unless the slice queued its next one already), the next turn
    // runs after timers and I/O; after a slice that threw too, so the others do not wait for a new one.
    if (waitingSlices.length > 0 && !turnPosted) {
      turnPosted = true;
      setImmediate(runTurn);
    }
  }
}

export class SteppedWork<K> {
  readonly #running = new Map<K, { steps: Stepped<unknown>; drop: () => void }>();
  #waiters: (() => void)[] = [];

  constructor(private readonly onError: (err: Error) => void, private readonly sliceMs = SLICE_MS) {}

  /**
   * Runs `steps` in slices; resolves with its result, or with undefined when it was superseded by
   * another computation for the same key, cancelled, disposed of or failed (the error is reported).
   * With `delayMs`, the first slice waits that long: a computation superseded meanwhile never starts.
   */
  run<T>(key: K, steps: Stepped<T>, delayMs = 0): Promise<T | undefined> {
    this.#running.get(key)?.drop();
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // A delayed computation dropped before it starts lets go of its steps (and what they hold) at once.
      const mine = { steps, drop: () => { clearTimeout(timer); resolve(undefined); } };
      this.#running.set(key, mine);
      const slice = (): boolean => {
        if (this.#running.get(key) !== mine) return false;
        const until = performance.now() + this.sliceMs;
        for (;;) {
          let r: IteratorResult<void, T>;
          try {
            r = steps.next();
          } catch (err) {
            this.#finish(key);
            this.onError(err instanceof Error ? err : new Error(String(err)));
            resolve(undefined);
            return true;
          }
          if (r.done) {
            this.#finish(key);
            resolve(r.value);
            return true;
          }
          if (performance.now() >= until) break;
        }
        inTurn(slice);
        return true;
      };
      if (delayMs > 0) timer = setTimeout(() => inTurn(slice), delayMs);
      else inTurn(slice);
    });
  }

  cancel(key: K): void {
    this.#running.get(key)?.drop();
    this.#finish(key);
  }

  get busy(): boolean {
    return this.#running.size > 0;
  }

  /** Resolves once nothing runs. */
  idle(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.#waiters.push(resolve)) : Promise.resolve();
  }

  dispose(): void {
    for (const key of [...this.#running.keys()]) this.cancel(key);
  }

  #finish(key: K): void {
    this.#running.delete(key);
    if (this.busy) return;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}

/** Runs a stepped computation to its end from an async caller, a step per turn (taken in turn with other slices). */
export async function betweenOtherWork<T>(steps: Stepped<T>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise<void>((resolve) => inLaterTurn(resolve));
  }
}
