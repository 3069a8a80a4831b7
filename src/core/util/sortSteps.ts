// A stable sort that pauses between steps, for lists long enough to hold the editor's thread
// (a workspace timeline of tens of thousands of dates): runs of a few hundred are sorted natively,
// then merged pairwise, each pass pausing every few hundred items placed.
import { ITEMS_PER_STEP, pacer, type StepMeter, type Stepped } from './steps';

/** Sorts `items` in place as Array.prototype.sort would (stable: equal items keep their order), in steps. */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number, meter?: StepMeter, per = ITEMS_PER_STEP): Stepped<T[]> {
  const n = items.length;
  if (n <= per) {
    if (meter) meter.items += n;
    return items.sort(compare);
  }
  const pace = pacer(meter, per);
  // Runs of `per` items, each sorted natively in its own step.
  for (let lo = 0; lo < n; lo += per) {
    const run = items.slice(lo, lo + per).sort(compare);
    for (let k = 0; k < run.length; k++) items[lo + k] = run[k];
    if (meter) meter.items += run.length;
    yield;
  }
  let from = items;
  let to = new Array<T>(n);
  for (let width = per; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      for (let k = lo; k < hi; k++) {
        if (pace()) yield;
        // From the left run on ties: the merge keeps equal items in their order.
        to[k] = b >= hi || (a < mid && compare(from[a], from[b]) <= 0) ? from[a++] : from[b++];
      }
    }
    [from, to] = [to, from];
  }
  if (from !== items) for (let k = 0; k < n; k++) items[k] = from[k];
  return items;
}
