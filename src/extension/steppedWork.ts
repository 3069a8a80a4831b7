// Long computations on the extension host's thread, run in slices: each slice takes steps of a
// stepped computation (core/util/steps) for a few milliseconds, then lets other work run. One
// computation per key; starting another for the same key drops the older one.
import type { Stepped } from '../core/util';

/** About how long one slice may hold the thread before letting other work run. */
const SLICE_MS = 8;

export class SteppedWork<K> {
  readonly #running = new Map<K, Stepped<unknown>>();
  #waiters: (() => void)[] = [];
  #disposed = false;

  constructor(private readonly onError: (err: unknown) => void, private readonly sliceMs = SLICE_MS) {}

  /** Runs `steps` in slices and hands its result to `done`, unless superseded, cancelled or disposed first. */
  start<T>(key: K, steps: Stepped<T>, done: (value: T) => void): void {
    this.#running.set(key, steps);
    const slice = (): void => {
      if (this.#disposed || this.#running.get(key) !== steps) return;
      const until = performance.now() + this.sliceMs;
      for (;;) {
        let r: IteratorResult<void, T>;
        try {
          r = steps.next();
        } catch (err) {
          this.#finish(key);
          this.onError(err);
          return;
        }
        if (r.done) {
          this.#finish(key);
          done(r.value);
          return;
        }
        if (performance.now() >= until) break;
      }
      setImmediate(slice);
    };
    setImmediate(slice);
  }

  cancel(key: K): void {
    if (this.#running.delete(key)) this.#wake();
  }

  get busy(): boolean {
    return this.#running.size > 0;
  }

  /** Resolves once nothing runs. */
  idle(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.#waiters.push(resolve)) : Promise.resolve();
  }

  dispose(): void {
    this.#disposed = true;
    this.#running.clear();
    this.#wake();
  }

  #finish(key: K): void {
    this.#running.delete(key);
    this.#wake();
  }

  #wake(): void {
    if (this.busy) return;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}
