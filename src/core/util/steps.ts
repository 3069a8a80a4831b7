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
