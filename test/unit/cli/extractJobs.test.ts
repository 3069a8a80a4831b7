import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articlesInFolder } from '../../../src/cli/articleFolder';
import { ExtractRunner, extractCommand, parseExtractArgs } from '../../../src/cli/extractCommand';
import { locateWorkerScript } from '../../../src/worker/extractPool';
import { recordingIo } from '../../support/cliIo';

const ROOT = join(__dirname, '..', '..', '..');
const DEVSET = join(ROOT, 'test', 'fixtures', 'devset');
const ARTICLES = ['brazil-election.md', 'india-defence-budget.md', 'iran-oil-sanctions.md', 'kenya-japan-trade.md', 'nato-spending.md'].map((f) => join(DEVSET, f));

const io = recordingIo;

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
    const pool = new ExtractRunner(2, locateWorkerScript(join(ROOT, 'src', 'cli')));
    const single = new ExtractRunner(1);
    try {
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

  it('runs the files on worker threads (one job runs in-process)', async () => {
    const pool = new ExtractRunner(2, locateWorkerScript(join(ROOT, 'src', 'cli')));
    const single = new ExtractRunner(1);
    try {
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
