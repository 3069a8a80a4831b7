import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { articlesInFolder } from '../../../src/cli/articleFolder';
import { extract } from '../../../src/core/extract';
import { BYTES_PER_THREAD, ExtractRunner, LONG_FILE, defaultJobs, extractCommand, parseExtractArgs, type ExtractCommandIO } from '../../../src/cli/extractCommand';
import { locateWorkerScript } from '../../../src/worker/extractPool';
import { recordingIo } from '../../support/cliIo';

const ROOT = join(__dirname, '..', '..', '..');
const DEVSET = join(ROOT, 'test', 'fixtures', 'devset');
const ARTICLES = ['brazil-election.md', 'india-defence-budget.md', 'iran-oil-sanctions.md', 'kenya-japan-trade.md', 'nato-spending.md'].map((f) => join(DEVSET, f));

const io = recordingIo;
const SCRIPT = locateWorkerScript(join(ROOT, 'src', 'cli'));
/** A worker that fails before it is ready, after the first file has been handed to it (a long file waits for it). */
const NO_WORKER = { file: 'setTimeout(() => { throw new Error("no workers here"); }, 500);', eval: true };

/**
 * The real worker's handler in a worker that answers its first job and dies on its second (every
 * worker of the pool: the ones that replace it too).
 */
const DIES_ON_SECOND_JOB = { eval: true, file: `
  const r = require('node:module').createRequire(${JSON.stringify(join(ROOT, 'src', 'core', 'jobs', 'extractJobs.ts'))});
  r('tsx/cjs');
  const { ExtractJobHandler } = r(${JSON.stringify(join(ROOT, 'src', 'core', 'jobs', 'extractJobs.ts'))});
  const { parentPort } = require('node:worker_threads');
  const handler = new ExtractJobHandler();
  let jobs = 0;
  parentPort.on('message', (request) => {
    if (request.type === 'extract' && ++jobs === 2) process.exit(1);
    const response = handler.handle(request);
    if (response) parentPort.postMessage(response);
  });
  parentPort.postMessage({ type: 'ready' });` };

/** A worker that answers every job with an empty result, and no record even when asked for one. */
const NO_RECORD = { eval: true, file: `
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', (r) => {
    if (r.type === 'extract') parentPort.postMessage({ type: 'result', id: r.id, ms: 0, result: { referenceDate: null, mentions: [] } });
  });
  parentPort.postMessage({ type: 'ready' });` };

/** The devset articles run together to at least `chars`, starting at the `first`-th (each text differs). */
function longArticle(first: number, chars: number): string {
  let text = '';
  for (let i = first; text.length < chars; i++) text += `${readFileSync(ARTICLES[i % ARTICLES.length], 'utf8')}\n`;
  return text;
}

/** A folder of `count` articles of about 40 KB each: long enough that one thread cannot take them all while another is busy. */
function folderOfLongArticles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-lanes-'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `article-${String(i).padStart(2, '0')}.md`), longArticle(i, 40 * 1024));
  return dir;
}

/** Runs the command with the runner it is given, and returns what it printed. */
async function extractWith(runner: ExtractRunner, args: string[]): Promise<string> {
  const t = io({ listFolder: articlesInFolder, runner: () => runner });
  assert.equal(await extractCommand(args, t.io), 0, t.err.join(''));
  assert.equal(t.err.join(''), '');
  return t.out.join('');
}

const sortedLines = (out: string): string[] => out.trimEnd().split('\n').sort();

function folderOfArticles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-jobs-'));
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, '.hidden'));
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'a.md'), 'Tokyo protested on Monday.\n');
  writeFileSync(join(dir, 'a.md.annotations.yaml'), 'version: 1\n');
  writeFileSync(join(dir, 'sub', 'b.txt'), 'Chile will pay $2 billion by December 31.\n');
  writeFileSync(join(dir, 'sub', 'notes.json'), '{}');
  writeFileSync(join(dir, '.hidden', 'c.md'), 'Lima.\n');
  writeFileSync(join(dir, 'node_modules', 'd.md'), 'Quito.\n');
  return dir;
}

describe('policy-lens extract on several cores', function () {
  this.timeout(60_000);

  it('parses --jobs and --format jsonl, and refuses a bad job count', () => {
    const parsed = parseExtractArgs(['a.md', '--jobs', '3', '--format=jsonl']);
    assert.ok(typeof parsed !== 'string');
    assert.equal(parsed.jobs, 3);
    assert.equal(parsed.format, 'jsonl');
    for (const bad of ['0', '-1', '1.5', 'many', '']) assert.match(parseExtractArgs(['a.md', `--jobs=${bad}`]) as string, /--jobs must be a whole number/);
  });

  it('prints the same bytes with one job in-process and with several worker threads', async () => {
    const outputs: string[] = [];
    for (const jobs of ['1', '3']) {
      for (const format of ['json', 'yaml', 'table']) {
        const t = io();
        assert.equal(await extractCommand([...ARTICLES, '--jobs', jobs, '--format', format, '--reference-date', '2025-02-10'], t.io), 0, t.err.join(''));
        assert.equal(t.err.join(''), '');
        outputs.push(t.out.join(''));
      }
    }
    assert.deepEqual(outputs.slice(3), outputs.slice(0, 3));
  });

  it('streams the records --format json prints, built on the worker for a file without a sidecar, with one job or several', async () => {
    const whole = io();
    assert.equal(await extractCommand([...ARTICLES, '--format', 'json', '--reference-date', '2025-02-10'], whole.io), 0, whole.err.join(''));
    const expected = JSON.parse(whole.out.join('')) as unknown[];
    for (const jobs of ['1', '2']) {
      const t = io();
      assert.equal(await extractCommand([...ARTICLES, '--format', 'jsonl', '--jobs', jobs, '--reference-date', '2025-02-10'], t.io), 0, t.err.join(''));
      const lines = t.out.join('').trimEnd().split('\n');
      assert.deepEqual(lines.map((l) => JSON.parse(l) as { file: string }).sort((a, b) => a.file.localeCompare(b.file)), expected);
    }
    // The worker's answer is the record itself: nothing extracted or formatted on this thread.
    const pool = new ExtractRunner(2, SCRIPT);
    const single = new ExtractRunner(1);
    try {
      await pool.whenReady();
      const text = readFileSync(ARTICLES[0], 'utf8');
      const [a, b] = await Promise.all([pool.record({ text, referenceDate: null }, 'a.md'), single.record({ text, referenceDate: null }, 'a.md')]);
      assert.equal(a, b, 'the same bytes from a worker and in-process');
      assert.equal(pool.inProcess, 0);
      assert.equal(single.inProcess, 1);
      assert.ok(a.startsWith('{"file":"a.md","referenceDate":') && !a.includes('\n'));
    } finally {
      await pool.close();
    }
  });

  it('runs a file on a worker that is ready and idle (one job runs in-process)', async () => {
    const pool = new ExtractRunner(2, SCRIPT);
    const single = new ExtractRunner(1);
    try {
      await pool.whenReady();
      const text = readFileSync(ARTICLES[0], 'utf8');
      const [a, b] = await Promise.all([pool.run({ text, referenceDate: null }), single.run({ text, referenceDate: null })]);
      assert.deepEqual(a, b);
      assert.equal(pool.workersStarted, 1);
      assert.equal(pool.inProcess, 0);
      assert.equal(single.workersStarted, 0);
      assert.equal(single.inProcess, 1);
    } finally {
      await pool.close();
    }
  });

  it('with --jobs 2 the calling thread and one worker both extract, each file once, and print what --jobs 1 prints', async () => {
    const dir = folderOfLongArticles(8);
    for (const format of ['json', 'jsonl']) {
      const args = [dir, '--format', format, '--reference-date', '2025-02-10'];
      const single = new ExtractRunner(1);
      const one = await extractWith(single, [...args, '--jobs', '1']);
      // Ready before the batch, so the first file surely goes to the worker; the calling thread takes
      // a later one while the worker is busy with its 40 KB and has one more behind it.
      const two = new ExtractRunner(2, SCRIPT);
      await two.whenReady();
      const out = await extractWith(two, [...args, '--jobs', '2']);
      if (format === 'json') assert.equal(out, one);
      else assert.deepEqual(sortedLines(out), sortedLines(one));
      assert.equal(two.workersStarted, 1, 'N − 1 workers');
      assert.ok(two.onWorkers > 0, `the worker extracted ${two.onWorkers} files`);
      assert.ok(two.inProcess > 0, `the calling thread extracted ${two.inProcess} files`);
      assert.equal(two.onWorkers, two.toWorkers, 'the worker answered for every file handed to it');
      assert.equal(two.fellBack, 0);
      assert.equal(two.onWorkers + two.inProcess, 8, 'each file once: none handed to the worker was extracted here too');
    }
  });

  it('by default, a thread per core but none that its share of the input would not pay for', async () => {
    const MB = 1024 * 1024;
    assert.equal(defaultJobs(8, 0), 1);
    assert.equal(defaultJobs(8, 4 * MB), 1, 'a 4 MB batch: one thread');
    assert.equal(defaultJobs(8, 2 * BYTES_PER_THREAD), 2);
    assert.equal(defaultJobs(8, 100 * MB), 8);
    assert.equal(defaultJobs(2, 100 * MB), 2, 'never more than the cores');
    const dir = folderOfLongArticles(3);
    const asked: number[] = [];
    const run = async (sizeOf: ExtractCommandIO['sizeOf'], args: string[] = []): Promise<number> => {
      const t = io({ listFolder: articlesInFolder, sizeOf, runner: (jobs) => { asked.push(jobs); return new ExtractRunner(jobs, SCRIPT); } });
      assert.equal(await extractCommand([dir, '--format', 'jsonl', ...args], t.io), 0, t.err.join(''));
      return asked.at(-1)!;
    };
    const sizes: string[] = [];
    assert.equal(await run(async (f) => { sizes.push(f); return statSync(f).size; }), 1, 'three 40 KB files: one thread');
    assert.equal(sizes.length, 3, 'every file was sized');
    assert.equal(await run(async () => 2 * BYTES_PER_THREAD), Math.min(availableParallelism(), 3), 'three files of 6 MB: a thread per core, at most one per file');
    assert.equal(await run(async () => undefined), 1, 'unknown sizes count as none');
    let sized = 0;
    assert.equal(await run(async () => { sized++; return 0; }, ['--jobs', '2']), 2, 'a job count given is kept');
    assert.equal(sized, 0, 'and the files are not sized for it');
  });

  it('with --jobs 1 no worker starts', async () => {
    const dir = folderOfLongArticles(3);
    let asked = 0;
    let made: ExtractRunner | undefined;
    const t = io({ listFolder: articlesInFolder, runner: (jobs) => { asked = jobs; made = new ExtractRunner(jobs, SCRIPT); return made; } });
    assert.equal(await extractCommand([dir, '--jobs', '1'], t.io), 0, t.err.join(''));
    assert.equal(asked, 1);
    assert.equal(made?.pooled, false, 'the worker script was at hand, and still no pool was made');
    assert.equal(made?.workersStarted, 0);
    assert.equal(made?.inProcess, 3);
    assert.equal(made?.onWorkers, 0);
  });

  it('a long file waits for a worker that is still starting rather than hold the calling thread; a short one runs here', async () => {
    const runner = new ExtractRunner(2, SCRIPT);
    try {
      const long = longArticle(0, LONG_FILE);
      const short = readFileSync(ARTICLES[1], 'utf8');
      const [onWorker, here] = await Promise.all([runner.run({ text: long, referenceDate: null }), runner.run({ text: short, referenceDate: null })]);
      assert.equal(runner.onWorkers, 1, 'the long file went to the worker');
      assert.equal(runner.inProcess, 1, 'the short one ran here meanwhile');
      assert.deepEqual(onWorker, extract(long, { referenceDate: null }));
      assert.deepEqual(here, extract(short, { referenceDate: null }));
    } finally {
      await runner.close();
    }
  });

  it('when no worker can start, every file (a long one too) is extracted in-process, once, with the same output', async () => {
    const dir = folderOfLongArticles(4);
    writeFileSync(join(dir, 'a-long.md'), longArticle(2, LONG_FILE)); // the first file: it waits for the worker, which then fails
    const one = await extractWith(new ExtractRunner(1), [dir, '--jobs', '1']);
    const failing = new ExtractRunner(2, NO_WORKER);
    assert.equal(await extractWith(failing, [dir, '--jobs', '2']), one);
    assert.equal(failing.inProcess, 5);
    assert.equal(failing.onWorkers, 0);
  });

  it('a worker that dies gives back the long file waiting for it and the file behind its job, each extracted here once', async () => {
    const runner = new ExtractRunner(2, DIES_ON_SECOND_JOB);
    try {
      const job = (text: string) => ({ text, referenceDate: null });
      // The worker still starting: the first long file is posted to it, the second waits for it, the short one runs here.
      const [long1, long2, short] = [longArticle(0, LONG_FILE), longArticle(1, LONG_FILE), readFileSync(ARTICLES[2], 'utf8')];
      const first = await Promise.all([runner.run(job(long1)), runner.run(job(long2)), runner.run(job(short))]);
      assert.deepEqual(first, [long1, long2, short].map((t) => extract(t, { referenceDate: null })));
      assert.deepEqual([runner.toWorkers, runner.onWorkers, runner.fellBack, runner.inProcess], [2, 1, 1, 2],
        'the first long file answered; the second, waiting, was its second job: given back and extracted here, with the short one');
      // Its replacement, ready: one file (200 KB: still running at the next turn) and one behind it.
      await runner.whenReady();
      const [medium, behind] = [longArticle(3, 200 * 1024), readFileSync(ARTICLES[4], 'utf8')];
      const second = await Promise.all([runner.run(job(medium)), runner.run(job(behind))]);
      assert.deepEqual(second, [medium, behind].map((t) => extract(t, { referenceDate: null })));
      assert.deepEqual([runner.toWorkers, runner.onWorkers, runner.fellBack, runner.inProcess], [4, 2, 2, 3],
        'the file behind the replacement\'s job was given back when it died on it, and extracted here');
      assert.equal(runner.onWorkers + runner.inProcess, 5, 'each file once');
      assert.equal(runner.workersStarted, 3, 'each worker that died was replaced');
    } finally {
      await runner.close();
    }
  });

  it('with workers that die on their second file, the batch still extracts each file once and prints what --jobs 1 prints', async () => {
    const dir = folderOfLongArticles(8);
    writeFileSync(join(dir, 'z-long.md'), longArticle(4, LONG_FILE));
    for (const format of ['json', 'jsonl']) {
      const args = [dir, '--format', format, '--reference-date', '2025-02-10'];
      const one = await extractWith(new ExtractRunner(1), [...args, '--jobs', '1']);
      const dying = new ExtractRunner(2, DIES_ON_SECOND_JOB);
      await dying.whenReady();
      const out = await extractWith(dying, [...args, '--jobs', '2']);
      if (format === 'json') assert.equal(out, one);
      else assert.deepEqual(sortedLines(out), sortedLines(one));
      assert.ok(dying.fellBack > 0, 'a worker died with a file');
      assert.equal(dying.toWorkers, dying.onWorkers + dying.fellBack, 'every file handed to a worker was answered or given back');
      assert.equal(dying.onWorkers + dying.inProcess, 9, 'each file once');
    }
  });

  it('a worker that answers a record job without its record is a protocol error, not a reason to extract the file again here', async () => {
    const runner = new ExtractRunner(2, NO_RECORD);
    try {
      await runner.whenReady();
      await assert.rejects(runner.record({ text: readFileSync(ARTICLES[0], 'utf8'), referenceDate: null }, 'a.md'), /did not answer with what the job asked for/);
      assert.deepEqual([runner.toWorkers, runner.onWorkers, runner.inProcess], [1, 1, 0]);
    } finally {
      await runner.close();
    }
  });

  it('streams one JSON object per line as each file finishes', async () => {
    // The first file is held back until the second has been written: streaming, not collecting.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const t = io({
      readArticle: async (f) => {
        if (f === 'first.md') {
          await held;
          return 'Tokyo protested on Monday.\n';
        }
        return 'Chile will pay $2 billion.\n';
      },
    });
    const stdout = t.io.stdout;
    t.io.stdout = (text) => {
      stdout(text);
      release();
    };
    assert.equal(await extractCommand(['first.md', 'second.md', '--format', 'jsonl', '--jobs', '2'], t.io), 0, t.err.join(''));
    const lines = t.out.join('').split('\n');
    assert.equal(lines.pop(), '');
    const records = lines.map((l) => JSON.parse(l) as { file: string; mentions: { text: string }[] });
    assert.deepEqual(records.map((r) => r.file), ['second.md', 'first.md']);
    assert.deepEqual(records[1].mentions.map((m) => m.text), ['Tokyo', 'Monday']);
  });

  it('with jsonl, a file that cannot be used is reported and the rest continue; exit 2', async () => {
    const t = io();
    const code = await extractCommand([ARTICLES[0], join(DEVSET, 'no-such-article.md'), ARTICLES[1], '--format', 'jsonl', '--jobs', '2'], t.io);
    assert.equal(code, 2);
    const records = t.out.join('').trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; mentions?: unknown[] });
    assert.equal(records.length, 3);
    assert.deepEqual(records.filter((r) => r.mentions).map((r) => r.file).sort(), [ARTICLES[0], ARTICLES[1]].sort());
    const failed = records.find((r) => r.error);
    assert.match(failed?.error ?? '', /no-such-article\.md/);
    assert.match(t.err.join(''), /^policy-lens extract: .*no-such-article\.md/m);
  });

  it('with the default format, a failure still prints nothing on stdout (as before)', async () => {
    const t = io();
    assert.equal(await extractCommand([ARTICLES[0], join(DEVSET, 'no-such-article.md'), '--jobs', '2'], t.io), 2);
    assert.equal(t.out.join(''), '');
    assert.equal(t.err.length, 1);
  });

  it('extracts the articles under a folder (hidden folders, node_modules and sidecars skipped)', async () => {
    const dir = folderOfArticles();
    assert.deepEqual(await articlesInFolder(dir, '{name}.annotations.yaml'), [join(dir, 'a.md'), join(dir, 'sub', 'b.txt')]);
    assert.equal(await articlesInFolder(join(dir, 'a.md'), '{name}.annotations.yaml'), undefined);
    const t = io({ listFolder: articlesInFolder });
    assert.equal(await extractCommand([dir, '--format', 'jsonl'], t.io), 0, t.err.join(''));
    assert.deepEqual(t.out.join('').trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file).sort(), [join(dir, 'a.md'), join(dir, 'sub', 'b.txt')]);
  });

  it('draws a progress bar on stderr only when asked (stderr is a terminal), and erases it', async () => {
    const quiet = io();
    assert.equal(await extractCommand([...ARTICLES, '--format', 'jsonl', '--jobs', '1'], quiet.io), 0);
    assert.equal(quiet.err.join(''), '');
    const tty = io({ progress: true });
    assert.equal(await extractCommand([...ARTICLES, '--format', 'jsonl', '--jobs', '1'], tty.io), 0);
    const err = tty.err.join('');
    assert.match(err, /\r\[#+\.*\] 1\/5 files/);
    assert.match(err, /\r\[#{30}\] 5\/5 files/);
    assert.ok(err.endsWith('\r\x1b[K'), 'the bar is erased at the end');
    assert.ok(!tty.out.join('').includes('\r'), 'nothing of the bar on stdout');
  });

  describe('through the bundled CLI (dist/cli.js and dist/extractWorker.js)', () => {
    before(function () {
      this.timeout(120_000);
      const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(existsSync(join(ROOT, 'dist', 'extractWorker.js')));
    });

    const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'extract', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

    it('gives the same records with --jobs 1 and --jobs 2 over a folder, one line each', () => {
      const dir = folderOfArticles();
      const one = run([dir, ...ARTICLES, '--format', 'jsonl', '--jobs', '1', '--reference-date', '2025-02-10']);
      const two = run([dir, ...ARTICLES, '--format', 'jsonl', '--jobs', '2', '--reference-date', '2025-02-10']);
      assert.equal(one.status, 0, one.stderr);
      assert.equal(two.status, 0, two.stderr);
      assert.ok(!two.stderr.includes('\r'), 'no progress bar when stderr is not a terminal');
      const records = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as { file: string }).sort((a, b) => a.file.localeCompare(b.file));
      assert.equal(records(two.stdout).length, 7);
      assert.deepEqual(records(two.stdout), records(one.stdout));
    });

    it('keeps the default output byte-identical, and exits 2 on a missing file', () => {
      const one = run([...ARTICLES, '--jobs', '1']);
      const many = run([...ARTICLES]);
      assert.equal(many.status, 0, many.stderr);
      assert.equal(many.stdout, one.stdout);
      const missing = run([ARTICLES[0], 'no-such-article.md', '--format', 'jsonl']);
      assert.equal(missing.status, 2);
      assert.equal(missing.stdout.trim().split('\n').length, 2);
    });
  });
});
