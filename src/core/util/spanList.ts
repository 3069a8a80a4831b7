// Lists of spans (mentions) changed by an edit: a run replaced, everything after it moved.
import { pacer, runSteps, type StepMeter, type Stepped } from './steps';

/** A replaced run of a sorted span list, the spans after it moved by `shift` characters. */
export interface SpanListPatch<T> {
  start: number;
  deleteCount: number;
  insert: readonly T[];
  shift: number;
}

/** The span moved by d characters (a copy; spans are shared and treated as immutable). */
export function moved<M extends { start: number; end: number }>(m: M, d: number): M {
  // Object.assign, not a spread: for mentions of many shapes (as a worker's messages bring them) it copies 3× faster.
  const out = Object.assign({}, m);
  out.start = m.start + d;
  out.end = m.end + d;
  return out;
}

/** Applies a patch to the list it was made against. */
export function patchSpans<T extends { start: number; end: number }>(prev: readonly T[], patch: SpanListPatch<T>): T[] {
  return runSteps(patchSpanSteps(prev, patch));
}

/** patchSpans, pausing every few hundred spans moved: the later spans of a long list are copies. */
export function* patchSpanSteps<T extends { start: number; end: number }>(prev: readonly T[], patch: SpanListPatch<T>, meter?: StepMeter): Stepped<T[]> {
  const out = prev.slice(0, patch.start);
  for (const m of patch.insert) out.push(m);
  if (!patch.shift) {
    for (let i = patch.start + patch.deleteCount; i < prev.length; i++) out.push(prev[i]);
    return out;
  }
  const pace = pacer(meter);
  for (let i = patch.start + patch.deleteCount; i < prev.length; i++) {
    if (pace()) yield;
    out.push(moved(prev[i], patch.shift));
  }
  return out;
}

/**
 * Applies a patch to a list whose spans no one else holds: the run is replaced and the later spans'
 * offsets are moved where they are, so an edit allocates nothing for the spans it does not touch.
 */
export function patchOwnSpans<T extends { start: number; end: number }>(list: T[], patch: SpanListPatch<T>): void {
  const { start, deleteCount, insert, shift } = patch;
  if (insert.length <= MAX_SPLICED) list.splice(start, deleteCount, ...insert); // moves the tail where it is
  else {
    const tail = list.splice(start + deleteCount);
    list.length = start;
    for (const m of insert) list.push(m);
    for (const m of tail) list.push(m);
  }
  if (shift) {
    for (let i = start + insert.length; i < list.length; i++) {
      list[i].start += shift;
      list[i].end += shift;
    }
  }
}

/** Inserts up to this many go to splice as arguments; more would pass the engine's argument limit. */
const MAX_SPLICED = 10_000;
