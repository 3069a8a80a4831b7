// Work in steps: a generator yields between parts of a long computation, so a caller on a shared
// thread (the editor's) can let other work run between them; run to the end, it is one call.

export type Stepped<T> = Generator<void, T, void>;

/** Runs a stepped computation to its end without pausing. */
export function runSteps<T>(steps: Stepped<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Items a loop of a stepped computation handles between two pauses, unless its items cost more:
 * about half a millisecond of cheap items (a mention looked at, a sentence built) in plain Node.
 */
export const ITEMS_PER_STEP = 500;

/**
 * Counts what stepped computations handle, so a test can bound the work of one step (between two
 * pauses) by counting it, never by timing it.
 */
export interface StepMeter {
  /** Items handled: mentions, sentences, figures, dates looked at. */
  items: number;
  /** Characters of text scanned. */
  chars: number;
}

/**
 * Where a loop pauses: called before each item (`if (pace()) yield;`), it answers true once `per`
 * items went by since the last pause. A meter, when given, counts the items as they are paced (an
 * item that starts a new step is counted in the step that ends there).
 */
export function pacer(meter?: StepMeter, per = ITEMS_PER_STEP): () => boolean {
  let since = 0;
  return () => {
    if (meter) meter.items++;
    if (++since <= per) return false;
    since = 1;
    return true;
  };
}
