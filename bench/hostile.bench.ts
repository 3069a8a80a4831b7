// Hostile one-paragraph shapes (test/support/hostile.ts): time at 256 KB and 1 MB (up to HOSTILE_MAX_MB),
// the growth per doubling, and the slowdown against dev-set prose of the same size measured in the same run.
// Prints; never asserts. Larger sizes and a subset: HOSTILE_MAX_MB=8 HOSTILE_ONLY=allCaps,months npx tsx bench/hostile.bench.ts
//
// On a shared machine wall time also counts the time spent waiting for a core, and a long run waits
// more often than a short one: so growth is given from the process's CPU time too (the engine's
// thread and the collector's helper threads) and as the engine's own step count per token
// (deterministic: the same at every size when the rules' work is linear).
import { extract } from '../src/core/extract';
import { tokenize } from '../src/core/extract/tokenize';
import { HOSTILE_SHAPES } from '../test/support/hostile';
import { buildCorpus } from './extract.bench';

interface Timing {
  wall: number;
  cpu: number;
  /** Engine steps of one run (test/unit/extract/linear.test.ts bounds the same count per token). */
  steps: number;
}

function once(text: string): Timing {
  const steps = { n: 0, chars: 0 };
  // Each run starts from a collected heap (under npm run bench, which exposes gc): without it a run also
  // pays for the garbage of the benches before it, more at one size than another.
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  extract(text, { steps });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e3, steps: steps.n };
}

/** Best of `runs`, wall and CPU time each (the machine is shared; the minimum is the least disturbed run). */
function best(text: string, runs: number): Timing {
  const min = { wall: Infinity, cpu: Infinity, steps: 0 };
  for (let k = 0; k < runs; k++) {
    const t = once(text);
    min.steps = t.steps;
    min.wall = Math.min(min.wall, t.wall);
    min.cpu = Math.min(min.cpu, t.cpu);
  }
  return min;
}

/** Mean growth per doubling from the first to the last size, and the largest growth over one size step (per doubling). */
function growth(sizes: readonly number[], ms: readonly number[]): { mean: number; worst: number } {
  const mean = (ms[ms.length - 1] / ms[0]) ** (1 / Math.log2(sizes[sizes.length - 1] / sizes[0]));
  let worst = 0;
  for (let k = 1; k < sizes.length; k++) worst = Math.max(worst, (ms[k] / ms[k - 1]) ** (1 / Math.log2(sizes[k] / sizes[k - 1])));
  return { mean, worst };
}

export function runHostileBench(print: (line: string) => void, maxMb = Number(process.env.HOSTILE_MAX_MB ?? 1)): void {
  const sizes = [256_000, 1_000_000];
  for (let s = 2_000_000; s <= maxMb * 1_000_000; s *= 2) sizes.push(s);
  const label = (n: number) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);
  const prose = sizes.map((n) => best(buildCorpus(n), 2));
  const proseGrowth = growth(sizes, prose.map((t) => t.wall));
  print(`prose (dev set): ${sizes.map((n, k) => `${label(n)} ${prose[k].wall.toFixed(0)} ms`).join(', ')} (wall growth per doubling ${proseGrowth.mean.toFixed(2)}×, worst step ${proseGrowth.worst.toFixed(2)}×)`);
  const last = label(sizes[sizes.length - 1]);
  print(`| shape | ${sizes.map(label).join(' | ')} | growth per doubling (wall) | worst step (wall) | growth per doubling (CPU) | worst step (CPU) | steps per token ${label(sizes[0])} → ${last} | × prose at ${last} |`);
  print(`|---|${sizes.map(() => '---:|').join('')}---:|---:|---:|---:|---:|---:|`);
  const only = process.env.HOSTILE_ONLY?.split(',');
  for (const [name, generate] of Object.entries(HOSTILE_SHAPES)) {
    if (only && !only.includes(name)) continue;
    once(generate(64_000)); // warm up
    const perToken: string[] = [];
    const times = sizes.map((n, k) => {
      const text = generate(n);
      const t = best(text, 2);
      if (k === 0 || k === sizes.length - 1) perToken.push((t.steps / tokenize(text).words.length).toFixed(1));
      return t;
    });
    const wall = growth(sizes, times.map((t) => t.wall));
    const cpu = growth(sizes, times.map((t) => t.cpu));
    print(`| ${name} | ${times.map((t) => `${t.wall.toFixed(0)} ms`).join(' | ')} | ${wall.mean.toFixed(2)}× | ${wall.worst.toFixed(2)}× | ${cpu.mean.toFixed(2)}× | ${cpu.worst.toFixed(2)}× | ${perToken.join(' → ')} | ${(times[times.length - 1].wall / prose[prose.length - 1].wall).toFixed(1)}× |`);
  }
}

if (require.main === module) runHostileBench((line) => process.stdout.write(`${line}\n`));
