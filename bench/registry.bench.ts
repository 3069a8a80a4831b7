// Entity registry benchmark: extraction with a registry of 5,000 entities against extraction
// without one (the baseline, same run, same text), one-shot and incremental (a one-character edit),
// the worker's edit path, and the cost of compiling the registry. It prints; it never asserts.
// Run: npx tsx --expose-gc bench/registry.bench.ts
import { extract, IncrementalExtractor } from '../src/core/extract';
import { compileRegistry, type EntityRegistry } from '../src/core/registry';
import { buildCorpus } from './extract.bench';
import { median, time } from './timing';

/** 5,000 made-up entities (two- and three-word names, an alias each) plus names that occur in the dev set. */
function bigRegistry(): EntityRegistry {
  const entities: EntityRegistry['entities'] = [];
  for (let i = 0; i < 5000; i++) {
    const name = `Name${i} Group${i % 97}${i % 3 ? ` Holdings${i % 7}` : ''}`;
    entities.push({ name, type: i % 2 ? 'organization' : 'person', aliases: [`NG${i}`], metonyms: [] });
  }
  entities.push({ name: 'North Atlantic Treaty Organization', type: 'organization', aliases: ['NATO', 'the Alliance'], metonyms: [] });
  entities.push({ name: 'International Monetary Fund', type: 'organization', aliases: ['IMF', 'the Fund'], metonyms: [] });
  entities.push({ name: 'Kenya', type: 'state', aliases: [], metonyms: ['Nairobi'] });
  return { entities, never: ['Brussels'] };
}

export async function runRegistryBench(print: (line: string) => void): Promise<void> {
  const corpus = buildCorpus(1e6);
  const raw = bigRegistry();
  const compileMs = time(() => compileRegistry(raw), 500);
  const registry = compileRegistry(raw);
  print(`registry: ${raw.entities.length} entities, compiled in ${compileMs.toFixed(1)} ms (once per change of the file)`);
  // Warm both paths up, then interleave the runs so load on the machine hits both alike.
  extract(corpus);
  extract(corpus, { registry });
  const plain: number[] = [];
  const withReg: number[] = [];
  for (let r = 0; r < 5; r++) {
    plain.push(time(() => extract(corpus), 200));
    withReg.push(time(() => extract(corpus, { registry }), 200));
  }
  const plainMs = median(plain);
  const withMs = median(withReg);
  print(`one-shot, ${(corpus.length / 1e6).toFixed(2)} MB: ${plainMs.toFixed(0)} ms without a registry (baseline), ${withMs.toFixed(0)} ms with it → ${(withMs / plainMs).toFixed(2)}× the baseline`);
  const article = buildCorpus(100_000);
  for (const [label, options] of [['without a registry', {}], ['with the registry', { registry }]] as const) {
    const inc = new IncrementalExtractor();
    let text = article;
    inc.update(text, options);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(text.length / 2) + (i % 50);
      text = text.slice(0, at) + (i % 2 ? 'a' : 'e') + text.slice(at + 1);
      const t0 = process.hrtime.bigint();
      inc.update(text, options);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    print(`incremental, one-character edit in a ${(article.length / 1e3).toFixed(0)} KB article, ${label}: median ${median(times).toFixed(2)} ms`);
  }
  // The worker's path: the edit itself in, the change to the previous list out (the registry pass per paragraph).
  for (const [label, options] of [['without a registry', {}], ['with the registry', { registry }]] as const) {
    const inc = new IncrementalExtractor();
    inc.updateChange(corpus, options);
    const times: number[] = [];
    let sent = 0;
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(corpus.length / 2) + (i % 30) * 997;
      const edit = i % 2 ? { start: at, deleteCount: 0, insert: 'a' } : { start: at, deleteCount: 1, insert: '' };
      const t0 = process.hrtime.bigint();
      const { change } = inc.updateChange(edit, options);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      sent += change?.insert.length ?? 0;
    }
    print(`edit path (updateChange), one-character edit in the ${(corpus.length / 1e6).toFixed(2)} MB text, ${label}: median ${median(times).toFixed(2)} ms, ${(sent / times.length).toFixed(0)} mentions sent per edit on average`);
  }
}

if (require.main === module) void runRegistryBench((line) => console.log(line));
