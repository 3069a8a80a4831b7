// Workspace index benchmark: a generated workspace of 2,000 articles indexed as the extension does
// (analyseArticle per article: extraction, sidecar merge, checks, quotes and measures), then
// reloaded from its serialised cache (hash each text, parse the cache, take the entries whose hash
// matches), the heap the entries take, and the Workspace view built over them. It prints; it never
// asserts. Run: npx tsx --expose-gc bench/workspace.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossFileConflicts } from '../src/core/checks';
import { analyseArticle, contentHash, engineKey, parseIndexCache, serializeIndexCache, type CachedEntry, type CorpusEntry } from '../src/core/corpus';
import { buildWorkspaceTree, type WorkspaceArticle } from '../src/view';

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
  print(`  build (analyse every article): ${buildMs.toFixed(0)} ms, ${(buildMs / files.length).toFixed(2)} ms per article`);
  print(`  heap held by the entries: ${(heapTaken / 1e6).toFixed(1)} MB, ${(heapTaken / files.length / 1024).toFixed(1)} KB per article (${(heapTaken / textBytes).toFixed(2)}× the text, which the index does not keep)`);

  t0 = performance.now();
  const engine = engineKey('bench');
  const cacheText = serializeIndexCache(engine, entries);
  const saveMs = performance.now() - t0;
  print(`  cache file: ${(cacheText.length / 1e6).toFixed(1)} MB (${(cacheText.length / files.length / 1024).toFixed(1)} KB per article), serialised in ${saveMs.toFixed(0)} ms`);

  // Baseline in the same run: hashing the texts, which a cached reload must do anyway.
  t0 = performance.now();
  for (const f of files) contentHash(f.text, undefined);
  const hashMs = performance.now() - t0;
  t0 = performance.now();
  const parsed = parseIndexCache(cacheText, engine);
  if (!parsed.ok) throw new Error(parsed.reason);
  let reused = 0;
  const reloaded: CorpusEntry[] = [];
  for (const f of files) {
    const c = parsed.entries.get(`file:///ws/${f.path}`);
    if (c?.hash === contentHash(f.text, undefined)) {
      reused++;
      reloaded.push(c.entry);
    }
  }
  const reloadMs = performance.now() - t0;
  print(`  cached reload (parse the cache, hash every text, reuse): ${reloadMs.toFixed(0)} ms for ${reused} of ${files.length} entries — ${(buildMs / reloadMs).toFixed(1)}× faster than the build; hashing alone ${hashMs.toFixed(0)} ms`);

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
