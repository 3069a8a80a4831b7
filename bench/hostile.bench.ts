// Hostile one-paragraph shapes (test/support/hostile.ts): time at 256 KB and 1 MB, the growth per
// doubling, and the slowdown against dev-set prose of the same size measured in the same run.
// Prints; never asserts. Larger sizes and a subset: HOSTILE_MAX_MB=8 HOSTILE_ONLY=allCaps,months npx tsx bench/hostile.bench.ts
import { extract } from '../src/core/extract';
import { HOSTILE_SHAPES } from '../test/support/hostile';
import { buildCorpus } from './extract.bench';

function once(text: string): number {
  const t0 = process.hrtime.bigint();
  extract(text);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Best of `runs` (the machine is shared; the minimum is the least disturbed run). */
function best(text: string, runs: number): number {
  let min = Infinity;
  for (let k = 0; k < runs; k++) min = Math.min(min, once(text));
  return min;
}

export function runHostileBench(print: (line: string) => void, maxMb = Number(process.env.HOSTILE_MAX_MB ?? 1)): void {
  const sizes = [256_000, 1_000_000];
  for (let s = 2_000_000; s <= maxMb * 1_000_000; s *= 2) sizes.push(s);
  const prose = sizes.map((n) => best(buildCorpus(n), 2));
  print(`prose (dev set): ${sizes.map((n, k) => `${(n / 1e6).toFixed(2)} MB ${prose[k].toFixed(0)} ms`).join(', ')}`);
  print(`| shape | ${sizes.map((n) => `${n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`}`).join(' | ')} | growth per doubling | × prose at ${(sizes[sizes.length - 1] / 1e6).toFixed(0)} MB |`);
  print(`|---|${sizes.map(() => '---:|').join('')}---:|---:|`);
  const only = process.env.HOSTILE_ONLY?.split(',');
  for (const [name, generate] of Object.entries(HOSTILE_SHAPES)) {
    if (only && !only.includes(name)) continue;
    once(generate(64_000)); // warm up
    const ms = sizes.map((n) => best(generate(n), 2));
    const doublings = Math.log2(sizes[sizes.length - 1] / sizes[0]);
    const growth = (ms[ms.length - 1] / ms[0]) ** (1 / doublings);
    print(`| ${name} | ${ms.map((t) => `${t.toFixed(0)} ms`).join(' | ')} | ${growth.toFixed(2)}× | ${(ms[ms.length - 1] / prose[prose.length - 1]).toFixed(1)}× |`);
  }
}

if (require.main === module) runHostileBench((line) => process.stdout.write(`${line}\n`));
