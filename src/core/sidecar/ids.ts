// Short, stable ids. They are computed once when a block is created and then stored: rewriting
// never recomputes them, so they stay stable however the article or the sidecar changes.

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `a-` + 7 base36 chars derived from the mention; a counter salt resolves collisions. */
export function newAnnotationId(kind: string, exact: string, start: number, taken: ReadonlySet<string>): string {
  for (let salt = 0; ; salt++) {
    const id = 'a-' + fnv1a(`${kind}\u0000${exact}\u0000${start}\u0000${salt}`).toString(36).padStart(7, '0');
    if (!taken.has(id)) return id;
  }
}

/** `e-` + a readable slug of the canonical name ("e-amara-okafor"), numbered on collision. */
export function newEntityId(canonical: string, taken: ReadonlySet<string>): string {
  let slug = canonical.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  if (!slug) slug = fnv1a(canonical).toString(36);
  const base = 'e-' + slug;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
