// Workspace index benchmark: a generated workspace of 2,000 articles indexed as the extension does
// (analyseArticle per article: extraction, sidecar merge, checks, quotes and measures), written to
// its cache on disk (one record per article, in a temporary folder through the extension's
// IndexStore), the bytes one edited article writes against the one-file cache this replaced (which
// was rewritten whole after each change), reloaded from the cache (read the records, hash each
// text, take the entries whose hash matches), the heap the entries take, and the Workspace view
// built over them. It prints; it never asserts. Run: npx tsx --expose-gc bench/workspace.bench.ts
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crossFileConflicts } from '../src/core/checks';
import { INDEX_CACHE_FORMAT, analyseArticle, contentHash, engineKey, type CachedEntry, type CorpusEntry } from '../src/core/corpus';
import { IndexStore, type IIndexStoreFolder } from '../src/extension/indexStore';
import { buildWorkspaceTree, type WorkspaceArticle } from '../src/view';

/** The store's folder on the local disk, written as the extension does (temporary file, then rename). */
class DiskFolder implements IIndexStoreFolder {
  bytes = 0;
  constructor(readonly location: string) {}
  list(): Promise<string[]> {
    return Promise.resolve(readdirSync(this.location));
  }
  read(name: string): Promise<Uint8Array> {
    return Promise.resolve(readFileSync(join(this.location, name)));
  }
  write(name: string, bytes: Uint8Array): Promise<void> {
    this.bytes += bytes.byteLength;
    writeFileSync(join(this.location, `${name}.tmp`), bytes);
    renameSync(join(this.location, `${name}.tmp`), join(this.location, name));
    return Promise.resolve();
  }
  delete(name: string): Promise<void> {
    rmSync(join(this.location, name), { force: true });
    return Promise.resolve();
  }
}

const quiet = { trace: () => undefined, info: () => undefined, warn: (m: string) => console.warn(m), error: (m: string | Error) => console.error(m) };

const DEVSET = join(__dirname, '..', 'test', 'fixtures', 'devset');
export const ARTICLES = 2000;
const ACTORS = ['Kenya', 'Uganda', 'Brazil', 'India', 'Japan', 'Norway', 'the European Union', 'the IMF', 'Indonesia', 'Australia'];

/** `count` articles: the dev set's bodies, each with its own dateline, numbers and a sentence naming an actor and an amount. */
export function generateWorkspace(count = ARTICLES): { path: string; text: string }[] {
  const bodies = readdirSync(DEVSET).filter((f) => f.endsWith('.md')).sort()
    .map((f) => readFileSync(join(DEVSET, f), 'utf8').replace(/^---[\s\S]*?\n---\r?\n/, '').replace(/\r\n/g, '\n').trim());
  return Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    // Vary the numbers so no two articles are the same text.
    const body = bodies[i % bodies.length].replace(/\d+/g, (d) => String(Number(d) + (i % 7)));
    const lead = `${ACTORS[i % ACTORS.length]} received $${1 + (i % 9)}.${i % 10} billion from the IMF on ${Number(day)} March 2025.`;
    return { path: `folder${i % 20}/article-${i}.md`, text: `---\ntitle: Article ${i}\ndate: 2025-${month}-${day}\n---\n\n${lead}\n\n${body}\n` };
  });
}

function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

export async function runWorkspaceBench(print: (line: string) => void): Promise<void> {
  const files = generateWorkspace();
  const textBytes = files.reduce((n, f) => n + f.text.length, 0);
  print(`workspace bench: ${files.length} articles, ${(textBytes / 1e6).toFixed(1)} MB of text (${(textBytes / files.length / 1024).toFixed(1)} KB per article)`);

  const heapBefore = heap();
  let t0 = performance.now();
  const entries = new Map<string, CachedEntry>();
  for (const f of files) entries.set(`file:///ws/${f.path}`, { hash: contentHash(f.text, undefined), entry: analyseArticle(f.text, undefined) });
  const buildMs = performance.now() - t0;
  const heapTaken = heap() - heapBefore;
  const reloaded: CorpusEntry[] = [];
  print(`  build (analyse every article): ${buildMs.toFixed(0)} ms, ${(buildMs / files.length).toFixed(2)} ms per article`);
  print(`  heap held by the entries: ${(heapTaken / 1e6).toFixed(1)} MB, ${(heapTaken / files.length / 1024).toFixed(1)} KB per article (${(heapTaken / textBytes).toFixed(2)}× the text, which the index does not keep)`);

  const engine = engineKey('bench');
  const folder = new DiskFolder(mkdtempSync(join(tmpdir(), 'policy-lens-index-')));
  const store = new IndexStore(folder, engine, quiet);
  try {
    t0 = performance.now();
    await store.write(entries.keys(), entries);
    const firstMs = performance.now() - t0;
    const cacheBytes = folder.bytes;
    print(`  cache on disk: ${(cacheBytes / 1e6).toFixed(1)} MB in ${files.length} records (${(cacheBytes / files.length / 1024).toFixed(1)} KB per article), all written (after the first scan) in ${firstMs.toFixed(0)} ms`);

    // One edited article: before, the one-file cache was serialised and written whole (baseline, same run); now its own record.
    const edited = `file:///ws/${files[0].path}`;
    const editedText = `${files[0].text}\nKenya received $9.9 billion.\n`;
    entries.set(edited, { hash: contentHash(editedText, undefined), entry: analyseArticle(editedText, undefined) });
    t0 = performance.now();
    const whole = JSON.stringify({ format: INDEX_CACHE_FORMAT, engine, entries: Object.fromEntries(entries) });
    writeFileSync(join(folder.location, 'one-file-cache.json.tmp'), whole);
    renameSync(join(folder.location, 'one-file-cache.json.tmp'), join(folder.location, 'one-file-cache.json'));
    const wholeMs = performance.now() - t0;
    rmSync(join(folder.location, 'one-file-cache.json'));
    folder.bytes = 0;
    t0 = performance.now();
    await store.write([edited], entries);
    const oneMs = performance.now() - t0;
    print(`  one edited article: ${(folder.bytes / 1024).toFixed(1)} KB written in ${oneMs.toFixed(1)} ms; the one-file cache rewrote ${(whole.length / 1e6).toFixed(1)} MB in ${wholeMs.toFixed(0)} ms (${(whole.length / folder.bytes).toFixed(0)}× the bytes)`);

    // Baseline in the same run: hashing the texts, which a cached reload must do anyway.
    t0 = performance.now();
    for (const f of files) contentHash(f.text, undefined);
    const hashMs = performance.now() - t0;
    t0 = performance.now();
    const loaded = await store.load();
    let reused = 0;
    for (const f of files) {
      const key = `file:///ws/${f.path}`;
      const c = loaded.get(key);
      if (c?.hash === contentHash(f.text, undefined)) {
        reused++;
        reloaded.push(c.entry);
      } else reloaded.push(entries.get(key)!.entry);
    }
    const reloadMs = performance.now() - t0;
    // Baseline in the same run: reading and parsing the one-file cache this replaced.
    writeFileSync(join(folder.location, 'one-file-cache.json'), whole);
    t0 = performance.now();
    JSON.parse(readFileSync(join(folder.location, 'one-file-cache.json'), 'utf8'));
    const oneFileMs = performance.now() - t0;
    print(`  cached reload (read the ${files.length} records, hash every text, reuse): ${reloadMs.toFixed(0)} ms for ${reused} of ${files.length} entries — ${(buildMs / reloadMs).toFixed(1)}× faster than the build; hashing alone ${hashMs.toFixed(0)} ms; reading and parsing the one-file cache alone ${oneFileMs.toFixed(0)} ms`);
  } finally {
    rmSync(folder.location, { recursive: true, force: true });
  }

  const articles: WorkspaceArticle[] = files.map((f, i) => ({ ...reloaded[i], uri: `file:///ws/${f.path}`, path: f.path }));
  t0 = performance.now();
  const conflicts = crossFileConflicts(articles);
  const conflictMs = performance.now() - t0;
  t0 = performance.now();
  const roots = buildWorkspaceTree(articles, {}, conflicts);
  const treeMs = performance.now() - t0;
  print(`  Workspace view: cross-file conflicts ${conflictMs.toFixed(0)} ms (${conflicts.length} flagged), tree ${treeMs.toFixed(0)} ms (${roots.map((g) => `${g.id} ${g.count}`).join(', ')})`);
  print(`  (indexing in the extension also reads each file and yields between files; a cached reload skips analysis only)`);
}

if (require.main === module) {
  runWorkspaceBench((line) => console.log(line)).catch((e: unknown) => { console.error(e); process.exitCode = 1; });
}
