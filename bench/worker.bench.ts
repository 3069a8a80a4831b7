// Worker benchmark: batch extraction with 1, 2 and N jobs on a generated corpus (the CLI's
// --jobs: the calling thread and N − 1 workers), and what the editor's main thread sees when extraction runs in the worker: the
// longest block while a hostile 1 MB article is analysed, the first result for a 100 KB article
// and a one-character edit in a 1 MB article (worker round trip). It prints; it never asserts.
// Run: npx tsx bench/worker.bench.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractRunner, lanes } from '../src/cli/extractCommand';
import { textEdit } from '../src/core/jobs';
import { patchSpans } from '../src/core/util';
import type { Mention } from '../src/core/types';
import { ExtractPool, SupersededError, locateWorkerScript } from '../src/worker/extractPool';
import { buildCorpus } from './extract.bench';
import { median } from './timing';
import { watchLongestGap } from '../test/support/longestGap';

const SCRIPT = locateWorkerScript(join(__dirname, '..', 'src', 'cli'));

interface BatchTime {
  ms: number;
  /** CPU time of every thread of this process (the workers are threads of it). */
  cpuMs: number;
  /** Files extracted on this thread and on the workers. */
  here: number;
  onWorkers: number;
}

/** Extracts every text as `policy-lens extract --jobs N` does: this thread and jobs − 1 workers, lanes reading ahead. */
async function batch(texts: string[], jobs: number): Promise<BatchTime> {
  const runner = new ExtractRunner(jobs, jobs > 1 ? SCRIPT : undefined);
  // The workers started and warm before the clock, as a long batch amortises both (the in-process
  // engine is warm from the benches before it); the command line's times below include them.
  await runner.whenReady();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < texts.length) await runner.run({ text: texts[next++], referenceDate: '2025-06-03' });
  };
  await Promise.all(Array.from({ length: lanes(jobs, texts.length) }, lane));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await runner.close();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, here: runner.inProcess, onWorkers: runner.onWorkers };
}

/**
 * Wall time of the shipped command line over a folder of the texts with each job count, best of
 * `rounds` taken in turn (1, 2, N, 1, 2, N, …: a load that comes and goes falls on all of them);
 * process start and the workers' start-up and warm-up included, as a user pays them. Undefined
 * without dist/cli.js.
 */
function cliBatches(dir: string, jobCounts: number[], rounds = 3): Map<number, number> | undefined {
  const cli = join(__dirname, '..', 'dist', 'cli.js');
  if (!existsSync(cli)) return undefined;
  const best = new Map<number, number>();
  for (let r = 0; r < rounds; r++) {
    for (const jobs of jobCounts) {
      const t0 = performance.now();
      const out = spawnSync(process.execPath, [cli, 'extract', dir, '--jobs', String(jobs), '--format', 'jsonl'], { stdio: ['ignore', 'ignore', 'pipe'] });
      if (out.status !== 0) throw new Error(`policy-lens extract failed: ${out.stderr.toString()}`);
      best.set(jobs, Math.min(best.get(jobs) ?? Infinity, performance.now() - t0));
    }
  }
  return best;
}

/** Hostile shape: one paragraph of capitalised three-letter words. */
function hostile(bytes: number): string {
  const words: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++, n += 4) words.push(`${String.fromCharCode(66 + (i % 24))}a${String.fromCharCode(98 + (Math.floor(i / 24) % 24))}`);
  return words.join(' ');
}

/** The longest gap between 1 ms timer ticks on this thread while `work` runs. */
async function longestBlock(work: Promise<unknown>): Promise<number> {
  const stop = watchLongestGap(1);
  await work;
  return stop();
}

export async function runWorkerBench(print: (line: string) => void): Promise<void> {
  if (!SCRIPT) {
    print('worker bench skipped: no worker entry found');
    return;
  }
  const cores = availableParallelism();
  // 96 articles of about 40 KB: a batch the size of a folder of news articles.
  const article = buildCorpus(40 * 1024);
  const texts = Array.from({ length: 96 }, (_, i) => article.replace('2025-06-03', `2025-06-${String((i % 28) + 1).padStart(2, '0')}`));
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1024 / 1024;
  const one = await batch(texts, 1);
  print(`batch extract, ${texts.length} articles (${mb.toFixed(1)} MB), --jobs 1 (in-process): ${one.ms.toFixed(0)} ms, CPU ${one.cpuMs.toFixed(0)} ms (${(mb / (one.ms / 1000)).toFixed(1)} MB/s)`);
  for (const jobs of [...new Set([2, cores])]) {
    const t = await batch(texts, jobs);
    print(`batch extract, --jobs ${jobs} (this thread and ${jobs - 1} worker${jobs > 2 ? 's' : ''}, warm): ${t.ms.toFixed(0)} ms, CPU ${t.cpuMs.toFixed(0)} ms, speed-up ×${(one.ms / t.ms).toFixed(2)} over --jobs 1 (${cores} cores); files here ${t.here}, on workers ${t.onWorkers}`);
  }
  // The same folder through the shipped command line (dist/, built by npm install), as a user runs it.
  const dir = mkdtempSync(join(tmpdir(), 'pl-batch-'));
  try {
    texts.forEach((t, i) => writeFileSync(join(dir, `article-${i}.md`), t));
    const times = cliBatches(dir, [...new Set([1, 2, cores])]);
    const cliOne = times?.get(1);
    if (times === undefined || cliOne === undefined) print('policy-lens extract: skipped (no dist/cli.js; run npm run build)');
    else {
      print(`policy-lens extract (dist/cli.js) over the ${texts.length} files, --jobs 1: ${cliOne.toFixed(0)} ms (${(mb / (cliOne / 1000)).toFixed(1)} MB/s, the process's start included; best of 3, the job counts in turn)`);
      for (const [jobs, ms] of times) {
        if (jobs > 1) print(`policy-lens extract (dist/cli.js), --jobs ${jobs}: ${ms.toFixed(0)} ms, speed-up ×${(cliOne / ms).toFixed(2)} over --jobs 1 (${cores} cores)`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const pool = new ExtractPool({ size: 1, script: SCRIPT });
  try {
    await pool.run({ text: 'Warm up.', referenceDate: null });
    // Hostile 1 MB: how long the main thread is blocked while the worker chews on it (2 s sample, then superseded).
    const job = pool.run({ doc: 'hostile', text: hostile(1024 * 1024), referenceDate: null }, 'hostile').catch((err: unknown) => {
      if (!(err instanceof SupersededError)) throw err;
    });
    const sample = new Promise((resolve) => setTimeout(resolve, 2000)).then(() => pool.run({ doc: 'hostile', text: 'Done.', referenceDate: null }, 'hostile'));
    const blocked = await longestBlock(Promise.all([job, sample]));
    print(`longest main-thread block while a hostile 1 MB article is analysed in the worker: ${blocked.toFixed(1)} ms (target ≤ 50 ms)`);

    const t100 = buildCorpus(100 * 1024);
    const t0 = performance.now();
    await pool.run({ doc: '100k', text: t100, referenceDate: null }, '100k');
    const full100 = performance.now() - t0;
    const window = t100.slice(0, 16 * 1024);
    const t1 = performance.now();
    await pool.run({ doc: '100k-preview', text: window, referenceDate: null }, '100k-preview');
    print(`100 KB article in the worker: visible part (16 KB) ${(performance.now() - t1).toFixed(1)} ms, whole ${full100.toFixed(1)} ms (target ≤ 60 ms to first marks)`);

    const big = buildCorpus(1024 * 1024);
    await pool.run({ doc: 'big', text: big, referenceDate: null }, 'big');
    const edits: number[] = [];
    let text = big;
    for (let i = 0; i < 21; i++) {
      const at = Math.floor(text.length * ((i + 1) / 23));
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      const t = performance.now();
      await pool.run({ doc: 'big', text, referenceDate: null }, 'big');
      edits.push(performance.now() - t);
    }
    print(`one-character edit in a 1 MB article, worker round trip: median ${median(edits).toFixed(2)} ms (target ≤ 2 ms)`);

    // The same edits as the extension sends them: the edit in, a mention diff out, patched on this thread.
    let seq = 1;
    let sent = big;
    let known: Mention[] = (await pool.run({ doc: 'synced', text: big, referenceDate: null, sync: { seq } }, 'synced')).result.mentions;
    const synced: number[] = [];
    const inWorker: number[] = [];
    for (let i = 0; i < 21; i++) {
      const at = Math.floor(sent.length * ((i + 1) / 23));
      const next = `${sent.slice(0, at)}x${sent.slice(at)}`;
      const t = performance.now();
      const r = await pool.run({ doc: 'synced', text: '', referenceDate: null, sync: { seq: seq + 1, base: seq, known: seq, edit: textEdit(sent, next) } }, 'synced');
      known = r.diff ? patchSpans(known, r.diff) : r.result.mentions;
      synced.push(performance.now() - t);
      inWorker.push(r.ms);
      seq++;
      sent = next;
    }
    print(`the same edits sent as edits and answered with mention diffs: median ${median(synced).toFixed(2)} ms (${median(inWorker).toFixed(2)} ms in the worker), ×${(median(edits) / median(synced)).toFixed(1)} faster than sending the whole text`);
  } finally {
    await pool.close();
  }
}

if (require.main === module) void runWorkerBench((line) => console.log(line));
