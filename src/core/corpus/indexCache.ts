// The workspace index on disk: one JSON file of entries keyed by article, each with the hash of
// the texts it was built from (article and sidecar), stamped with the engine that built them. A
// file that is not one, or another engine's, is refused with a reason (the caller logs it and
// builds afresh); an entry of the wrong shape is dropped alone.
import { hashText } from '../util';
import type { CorpusEntry } from './entry';

export const INDEX_CACHE_FORMAT = 'policy-lens-index';

export interface CachedEntry {
  /** contentHash() of the texts (and the registry) the entry was built from. */
  readonly hash: string;
  readonly entry: CorpusEntry;
}

/**
 * The hash an entry is keyed by: the article's text and its sidecar's (absent ≠ empty), and the
 * key of the entity registry it was analysed under (CompiledRegistry.key; none ≠ any registry), so
 * an entry analysed under another registry is never served.
 */
export function contentHash(text: string, sidecarText: string | undefined, registryKey?: string): string {
  const registry = registryKey === undefined ? '' : `\u0003${registryKey}`;
  return hashText(`${text}\u0000${sidecarText === undefined ? '\u0001' : `\u0002${sidecarText}`}${registry}`);
}

export function serializeIndexCache(engine: string, entries: Iterable<readonly [string, CachedEntry]>): string {
  const out: Record<string, CachedEntry> = {};
  for (const [key, value] of entries) out[key] = value;
  return JSON.stringify({ format: INDEX_CACHE_FORMAT, engine, entries: out });
}

export type ParsedIndexCache =
  | { readonly ok: true; readonly entries: Map<string, CachedEntry>; readonly dropped: number }
  | { readonly ok: false; readonly reason: string };

const ARRAYS = ['mentions', 'orphans', 'findings', 'lineStarts', 'sentences', 'measures'] as const;

function isEntry(value: unknown): value is CachedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { hash, entry } = value as Record<string, unknown>;
  if (typeof hash !== 'string' || typeof entry !== 'object' || entry === null) return false;
  const e = entry as Record<string, unknown>;
  return ARRAYS.every((k) => Array.isArray(e[k])) && typeof e.length === 'number' && (e.referenceDate === null || typeof e.referenceDate === 'string');
}

/** Reads a cache file written by serializeIndexCache for `engine`. */
export function parseIndexCache(text: string, engine: string): ParsedIndexCache {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>).format !== INDEX_CACHE_FORMAT) {
    return { ok: false, reason: 'not a Policy Lens index' };
  }
  const { engine: made, entries } = data as Record<string, unknown>;
  if (made !== engine) return { ok: false, reason: `built by engine ${JSON.stringify(made)}, not ${JSON.stringify(engine)}` };
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return { ok: false, reason: 'no entries' };
  const out = new Map<string, CachedEntry>();
  let dropped = 0;
  for (const [key, value] of Object.entries(entries)) {
    if (isEntry(value)) out.set(key, value);
    else dropped++;
  }
  return { ok: true, entries: out, dropped };
}
