// The workspace index's cache on disk: one record file per article, named by a hash of the
// article's Uri. Why one file per entry: an edited article then costs one write the size of its own
// entry (a few KB), where rewriting one JSON file of every entry cost the whole cache (13 MB in the
// host tests' workspace) after each change. Each record is written to a temporary file and renamed
// over the old one, so a window closed mid-write leaves every record whole (the old or the new);
// a leftover temporary file is removed at load. No journal to compact, no index of records to keep
// in step: the folder's listing is the index. No `vscode` import: the folder is a port, so unit
// tests count the bytes a change writes.
import { cacheRecordName, isCacheRecordName, parseCacheRecord, serializeCacheRecord, type CachedEntry } from '../core/corpus';
import type { ILogger } from '../core/types';

/** The folder the records live in (the extension's workspace storage in the editor). */
export interface IIndexStoreFolder {
  /** Where it is, for the log. */
  readonly location: string;
  /** The names of the files in the folder; undefined when there is no folder yet. */
  list(): Promise<string[] | undefined>;
  read(name: string): Promise<Uint8Array>;
  /** Replaces `name` whole: written beside it, then renamed over it. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Removes `name`; a file already gone is not an error. */
  delete(name: string): Promise<void>;
}

/** What one write did, for the log and the tests. */
export interface StoreWrite {
  written: number;
  deleted: number;
  bytes: number;
  failed: string[];
}

/** Files read or written at once: enough to hide latency, few enough not to crowd the host. */
const CONCURRENCY = 8;

async function eachLimited<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class IndexStore {
  constructor(private readonly folder: IIndexStoreFolder, private readonly engine: string, private readonly log: ILogger) {}

  get location(): string {
    return this.folder.location;
  }

  /**
   * The records this engine wrote. A record that is corrupt, malformed or another engine's is
   * ignored with a log line and removed (its article is analysed again and written afresh).
   */
  async load(): Promise<Map<string, CachedEntry>> {
    const entries = new Map<string, CachedEntry>();
    let names: string[] | undefined;
    try {
      names = await this.folder.list();
    } catch (err) {
      this.log.warn(`index cache: could not list ${this.folder.location} (${message(err)}); building afresh`);
      return entries;
    }
    if (!names) return entries;
    const stale: string[] = names.filter((n) => n.endsWith('.tmp'));
    const refused = new Map<string, number>();
    let bytes = 0;
    await eachLimited(names.filter(isCacheRecordName), async (name) => {
      let text: Uint8Array;
      try {
        text = await this.folder.read(name);
      } catch (err) {
        this.log.warn(`index cache: could not read ${name} (${message(err)}); its article is analysed again`);
        return;
      }
      bytes += text.byteLength;
      const parsed = parseCacheRecord(new TextDecoder('utf-8').decode(text), this.engine);
      const reason = !parsed.ok ? parsed.reason : cacheRecordName(parsed.key) !== name ? 'not the record its name says' : undefined;
      if (parsed.ok && !reason) {
        entries.set(parsed.key, parsed.cached);
        return;
      }
      const why = parsed.ok ? reason! : parsed.foreign ? 'another engine’s' : parsed.reason;
      refused.set(why, (refused.get(why) ?? 0) + 1);
      stale.push(name);
    });
    for (const [why, count] of refused) this.log.warn(`index cache: ignored ${count} record${count === 1 ? '' : 's'} of ${this.folder.location}: ${why}; their articles are analysed again`);
    await eachLimited(stale, async (name) => {
      try {
        await this.folder.delete(name);
      } catch (err) {
        this.log.warn(`index cache: could not remove ${name} (${message(err)})`);
      }
    });
    this.log.info(`index cache: ${entries.size} entries read from ${this.folder.location} (${(bytes / 1024).toFixed(0)} KB)`);
    return entries;
  }

  /** Writes the records of `changed` (removing those of keys it no longer holds); each record on its own, so one failure loses only its own. */
  async write(changed: Iterable<string>, entries: ReadonlyMap<string, CachedEntry>): Promise<StoreWrite> {
    const result: StoreWrite = { written: 0, deleted: 0, bytes: 0, failed: [] };
    await eachLimited([...changed], async (key) => {
      const name = cacheRecordName(key);
      const cached = entries.get(key);
      try {
        if (cached) {
          const bytes = new TextEncoder().encode(serializeCacheRecord(this.engine, key, cached));
          await this.folder.write(name, bytes);
          result.written++;
          result.bytes += bytes.byteLength;
        } else {
          await this.folder.delete(name);
          result.deleted++;
        }
      } catch (err) {
        if (!result.failed.length) this.log.warn(`index cache: ${name} not written (${message(err)}); retried with the next change`);
        result.failed.push(key);
      }
    });
    return result;
  }
}
