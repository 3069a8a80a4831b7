// The workspace index on disk: one small JSON record per article, each stamped with the engine
// that built it and holding the article's key, the hash of the texts it was built from (article,
// sidecar, registry) and its entry. A record that is not one, or another engine's, is refused with
// a reason (the caller logs it and analyses that article again); the others still serve.
import { hashPiecesSteps, hashText, runSteps, type Stepped } from '../util';
import type { CorpusEntry } from './entry';

export const INDEX_CACHE_FORMAT = 'policy-lens-index-entry';

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
  return runSteps(contentHashSteps(text, sidecarText, registryKey));
}

/** contentHash, pausing every few hundred thousand characters (the editor hashes long articles between other work). */
export function contentHashSteps(text: string, sidecarText: string | undefined, registryKey?: string): Stepped<string> {
  // The pieces of `${text}\0${\1 | \2 sidecar}${\3 registry}`, hashed without joining them.
  return hashPiecesSteps([text, '\u0000', sidecarText === undefined ? '\u0001' : '\u0002', sidecarText ?? '', registryKey === undefined ? '' : '\u0003', registryKey ?? '']);
}

/** The record file of an article (its key: the article's Uri), named by a hash so any Uri makes a safe file name. */
export function cacheRecordName(key: string): string {
  return `${hashText(key)}.json`;
}

export function isCacheRecordName(name: string): boolean {
  return /^[0-9a-f]{28}\.json$/.test(name);
}

export function serializeCacheRecord(engine: string, key: string, cached: CachedEntry): string {
  return JSON.stringify({ format: INDEX_CACHE_FORMAT, engine, key, hash: cached.hash, entry: cached.entry });
}

export type ParsedCacheRecord =
  | { readonly ok: true; readonly key: string; readonly cached: CachedEntry }
  | { readonly ok: false; readonly reason: string; readonly foreign?: boolean };

const ARRAYS = ['mentions', 'orphans', 'findings', 'lineStarts', 'sentences', 'measures'] as const;

function isEntry(value: unknown): value is CorpusEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return ARRAYS.every((k) => Array.isArray(e[k])) && typeof e.length === 'number' && (e.referenceDate === null || typeof e.referenceDate === 'string');
}

/** Reads a record written by serializeCacheRecord for `engine` (`foreign`: a valid record of another engine). */
export function parseCacheRecord(text: string, engine: string): ParsedCacheRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>).format !== INDEX_CACHE_FORMAT) {
    return { ok: false, reason: 'not a Policy Lens index entry' };
  }
  const { engine: made, key, hash, entry } = data as Record<string, unknown>;
  if (made !== engine) return { ok: false, foreign: true, reason: `built by engine ${JSON.stringify(made)}, not ${JSON.stringify(engine)}` };
  if (typeof key !== 'string' || typeof hash !== 'string' || !isEntry(entry)) return { ok: false, reason: 'malformed entry' };
  return { ok: true, key, cached: { hash, entry } };
}
