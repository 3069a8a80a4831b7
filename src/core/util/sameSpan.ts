// Equality of two spans (mentions) up to a move: what tells a changed mention from one that only
// moved with the text before it.

/** Equal once `b` is taken as `a` moved by d characters: every other field compared, values structurally. */
export function sameMoved<T extends { start: number; end: number }>(a: T, b: T, d: number): boolean {
  if (a === b && d === 0) return true;
  if (a.start + d !== b.start || a.end + d !== b.end) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (k === 'start' || k === 'end') continue;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
    const kx = Object.keys(x);
    return kx.length === Object.keys(y).length && kx.every((k) => sameValue((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
  }
  return false;
}
