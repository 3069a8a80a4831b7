import assert from 'node:assert/strict';
import { analyseArticle, cacheRecordName, contentHash, engineKey, serializeCacheRecord, type CachedEntry } from '../../../src/core/corpus';
import type { ILogger } from '../../../src/core/types';
import { IndexStore, type IIndexStoreFolder } from '../../../src/extension/indexStore';
import { PersistedEntries } from '../../../src/extension/persistedEntries';
import { fixture } from '../sidecar/helpers';

const ENGINE = engineKey('1.2.3');
const ARTICLE = fixture('call.md');

/** A folder in memory that counts what is written; `crashBeforeRename` leaves the temporary file as a closed window would. */
class MemoryFolder implements IIndexStoreFolder {
  readonly location = 'memory';
  readonly files = new Map<string, Uint8Array>();
  bytesWritten = 0;
  writes = 0;
  crashBeforeRename = false;
  failWrites = false;

  list(): Promise<string[]> {
    return Promise.resolve([...this.files.keys()]);
  }

  read(name: string): Promise<Uint8Array> {
    const bytes = this.files.get(name);
    return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`${name} not found`));
  }

  write(name: string, bytes: Uint8Array): Promise<void> {
    if (this.failWrites) return Promise.reject(new Error('disk full'));
    this.writes++;
    this.bytesWritten += bytes.byteLength;
    this.files.set(`${name}.tmp`, bytes);
    if (this.crashBeforeRename) return Promise.reject(new Error('window closed'));
    this.files.delete(`${name}.tmp`);
    this.files.set(name, bytes);
    return Promise.resolve();
  }

  delete(name: string): Promise<void> {
    this.files.delete(name);
    return Promise.resolve();
  }

  text(name: string): string {
    return new TextDecoder().decode(this.files.get(name));
  }
}

function recordingLog(): ILogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, trace: () => undefined, info: (m) => lines.push(m), warn: (m) => lines.push(`warn: ${m}`), error: (m) => lines.push(`error: ${String(m)}`) };
}

const key = (i: number) => `file:///ws/folder${i % 20}/article-${i}.md`;

const articles = new Map<number, CachedEntry>();

/** The entry of a variant of the fixture article (its numbers shifted by `i`). */
function article(i: number): CachedEntry {
  let cached = articles.get(i);
  if (!cached) {
    const text = ARTICLE.replace(/\d+/g, (d) => String(Number(d) + i));
    cached = { hash: contentHash(text, undefined), entry: analyseArticle(text, undefined) };
    articles.set(i, cached);
  }
  return cached;
}

/** A folder holding the records of `count` articles, as a closed window left it. */
async function folderWith(count: number): Promise<MemoryFolder> {
  const folder = new MemoryFolder();
  const entries = new Map(Array.from({ length: count }, (_, i) => [key(i), article(i % 5)] as const));
  await new IndexStore(folder, ENGINE, recordingLog()).write(entries.keys(), entries);
  folder.bytesWritten = 0;
  folder.writes = 0;
  return folder;
}

describe('extension/indexStore: the index cache on disk, one record per article', () => {
  it('writes, for one edited article, one record the size of that article’s entry, however many articles the cache holds', async () => {
    const edited = article(7);
    const expected = new TextEncoder().encode(serializeCacheRecord(ENGINE, key(3), edited)).byteLength;
    const written: number[] = [];
    for (const size of [50, 400]) {
      const folder = await folderWith(size);
      const cacheBytes = [...folder.files.values()].reduce((n, b) => n + b.byteLength, 0);
      const persisted = new PersistedEntries(new IndexStore(folder, ENGINE, recordingLog()), recordingLog());
      await persisted.load();
      persisted.set(key(3), edited);
      await persisted.flush();
      assert.equal(folder.writes, 1, 'one record written');
      assert.equal(folder.bytesWritten, expected, 'the edited article’s record, nothing else');
      assert.ok(folder.bytesWritten * 40 < cacheBytes, `${folder.bytesWritten} bytes of a ${cacheBytes}-byte cache`);
      written.push(folder.bytesWritten);
      assert.deepEqual(JSON.parse(folder.text(cacheRecordName(key(3)))).hash, edited.hash);
    }
    assert.equal(written[0], written[1], 'the write does not grow with the cache');
  });

  it('removes the record of a deleted article alone, and writes nothing when nothing changed', async () => {
    const folder = await folderWith(10);
    const persisted = new PersistedEntries(new IndexStore(folder, ENGINE, recordingLog()), recordingLog());
    await persisted.load();
    await persisted.flush();
    assert.equal(folder.writes, 0);
    persisted.retain(new Set(Array.from({ length: 10 }, (_, i) => key(i)).filter((k) => k !== key(4))));
    await persisted.flush();
    assert.equal(folder.writes, 0);
    assert.equal(folder.files.size, 9);
    assert.ok(!folder.files.has(cacheRecordName(key(4))));
  });

  it('reads back what it wrote, and ignores corrupt, malformed and other engines’ records with a log line (removing them)', async () => {
    const folder = await folderWith(6);
    folder.files.set(cacheRecordName(key(0)), new TextEncoder().encode('{"format":"policy-lens-index-entry","engine":'));
    folder.files.set(cacheRecordName(key(1)), new TextEncoder().encode(serializeCacheRecord(engineKey('0.0.1'), key(1), article(1))));
    folder.files.set(cacheRecordName(key(2)), new TextEncoder().encode(serializeCacheRecord(ENGINE, key(5), article(2)))); // under another article's name
    folder.files.set('notes.txt', new TextEncoder().encode('not ours'));
    const log = recordingLog();
    const loaded = await new IndexStore(folder, ENGINE, log).load();
    assert.deepEqual([...loaded.keys()].sort(), [key(3), key(4), key(5)].sort());
    assert.deepEqual(loaded.get(key(4)), JSON.parse(JSON.stringify(article(4))));
    const warnings = log.lines.filter((l) => l.startsWith('warn:'));
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.ok(warnings.some((w) => /ignored 1 record of memory: not JSON/.test(w)));
    assert.ok(warnings.some((w) => /another engine’s/.test(w)));
    assert.ok(warnings.some((w) => /not the record its name says/.test(w)));
    assert.ok(!folder.files.has(cacheRecordName(key(0))) && !folder.files.has(cacheRecordName(key(1))), 'refused records removed');
    assert.ok(folder.files.has('notes.txt'), 'a file that is not a record is left alone');
  });

  it('a write cut short before its rename leaves the old record usable; the temporary file is removed at load', async () => {
    const folder = await folderWith(3);
    const before = folder.text(cacheRecordName(key(1)));
    const persisted = new PersistedEntries(new IndexStore(folder, ENGINE, recordingLog()), recordingLog());
    await persisted.load();
    persisted.set(key(1), article(9));
    folder.crashBeforeRename = true;
    await persisted.flush();
    folder.crashBeforeRename = false;
    assert.ok(folder.files.has(`${cacheRecordName(key(1))}.tmp`));
    assert.equal(folder.text(cacheRecordName(key(1))), before);
    const loaded = await new IndexStore(folder, ENGINE, recordingLog()).load();
    assert.equal(loaded.size, 3);
    assert.equal(loaded.get(key(1))?.hash, (JSON.parse(before) as CachedEntry).hash, 'the record before the cut-short write');
    assert.ok(![...folder.files.keys()].some((n) => n.endsWith('.tmp')), 'the temporary file removed');
  });

  it('retries a record that failed with the next change; forget() writes nothing more', async () => {
    const folder = await folderWith(3);
    const persisted = new PersistedEntries(new IndexStore(folder, ENGINE, recordingLog()), recordingLog());
    await persisted.load();
    persisted.set(key(0), article(8));
    folder.failWrites = true;
    await persisted.flush();
    assert.equal(persisted.pending, false, 'a failed record does not keep the store busy');
    folder.failWrites = false;
    persisted.set(key(2), article(9));
    await persisted.flush();
    assert.equal(folder.writes, 2, 'the failed record and the new one');
    assert.equal(JSON.parse(folder.text(cacheRecordName(key(0)))).hash, article(8).hash);
    persisted.set(key(1), article(7));
    persisted.scheduleSave(10_000);
    assert.equal(persisted.pending, true);
    await persisted.forget();
    assert.equal(persisted.pending, false);
    await persisted.flush();
    assert.equal(folder.writes, 2, 'nothing written after forget()');
    persisted.dispose();
  });
});
