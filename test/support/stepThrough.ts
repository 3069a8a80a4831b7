// Runs a stepped computation to its end, reading its meter between any two pauses: the tests bound
// one step's work by counting it, never by timing it.
import type { StepMeter, Stepped } from '../../src/core/util';

export interface SteppedRun<T> { value: T; steps: number; most: StepMeter; total: StepMeter }

/** The computation's value, its number of steps, and the most items and characters any one step handled. */
export function stepThrough<T>(start: (meter: StepMeter) => Stepped<T>): SteppedRun<T> {
  const meter = { items: 0, chars: 0 };
  const steps = start(meter);
  const most = { items: 0, chars: 0 };
  let before = { ...meter };
  for (let n = 1; ; n++) {
    const r = steps.next();
    most.items = Math.max(most.items, meter.items - before.items);
    most.chars = Math.max(most.chars, meter.chars - before.chars);
    before = { ...meter };
    if (r.done) return { value: r.value, steps: n, most, total: meter };
  }
}
