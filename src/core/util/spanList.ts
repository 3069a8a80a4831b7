// Lists of spans (mentions) changed by an edit: a run replaced, everything after it moved.

/** A replaced run of a sorted span list, the spans after it moved by `shift` characters. */
export interface SpanListPatch<T> {
  start: number;
  deleteCount: number;
  insert: readonly T[];
  shift: number;
}

/** The span moved by d characters (a copy; spans are shared and treated as immutable). */
export function moved<M extends { start: number; end: number }>(m: M, d: number): M {
  return { ...m, start: m.start + d, end: m.end + d };
}

/** Applies a patch to the list it was made against. */
export function patchSpans<T extends { start: number; end: number }>(prev: readonly T[], patch: SpanListPatch<T>): T[] {
  const out = prev.slice(0, patch.start);
  for (const m of patch.insert) out.push(m);
  for (let i = patch.start + patch.deleteCount; i < prev.length; i++) out.push(patch.shift ? moved(prev[i], patch.shift) : prev[i]);
  return out;
}
