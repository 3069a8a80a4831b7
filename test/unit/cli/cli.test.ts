import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/cli.ts'), ...args], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('policy-lens (command line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
  const article = join(dir, 'talks.md');
  const text = 'Tokyo protested on Monday. Chile will pay $2 billion by December 31.\n';
  writeFileSync(article, text);
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
  const [ts, te] = at('Tokyo');
  const [cs, ce] = at('Chile will pay');
  writeFileSync(`${article}.annotations.yaml`, `version: 1
article: talks.md
reference_date: 2025-02-10
entities:
  - id: e-chile
    kind: actor
    type: state
    canonical: Chile
annotations:
  - id: a-tokyo
    kind: actor
    type: state
    quote:
      exact: Tokyo
      prefix: ""
      suffix: " protested on Monday. Chile will"
    start: ${ts}
    end: ${te}
    decision: rejected
  - id: a-chile
    kind: actor
    type: state
    entity: e-chile
    quote:
      exact: Chile will pay
      prefix: "protested on Monday. "
      suffix: " $2 billion by December 31."
    start: ${cs}
    end: ${ce}
    decision: added
`);

  it('extract applies the sidecar: rejected left out, added included, each with its origin', () => {
    const r = cli('extract', article);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { referenceDate: string; mentions: { text: string; origin: string; decision?: string; normalized?: string }[] };
    assert.ok(!out.mentions.some((m) => m.text === 'Tokyo'), 'rejected mention left out');
    const added = out.mentions.find((m) => m.text === 'Chile will pay');
    assert.equal(added?.origin, 'manual');
    assert.equal(added?.decision, 'added');
    assert.ok(out.mentions.filter((m) => m.text !== 'Chile will pay').every((m) => m.origin === 'auto'));
  });

  it('extract takes the reference date from the sidecar when the article has none', () => {
    const out = JSON.parse(cli('extract', article).stdout) as { referenceDate: string; mentions: { text: string; normalized?: string }[] };
    assert.equal(out.referenceDate, '2025-02-10');
    // Past tense "protested on Monday" against Monday 10 February 2025 is that day itself.
    assert.equal(out.mentions.find((m) => m.text === 'Monday')?.normalized, '2025-02-10');
    const flag = JSON.parse(cli('extract', article, '--reference-date', '2024-06-01').stdout) as { referenceDate: string };
    assert.equal(flag.referenceDate, '2024-06-01', 'the flag wins');
  });

  it('check reports clean sidecars with exit 0 and unknown commands with exit 2', () => {
    const check = cli('check', dir);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.equal(cli('frobnicate').status, 2);
    assert.equal(cli('extract', join(dir, 'missing.md')).status, 2);
  });

  it('extract and check find sidecars named by a custom pattern, as the editor does (policyLens.sidecar.pattern)', () => {
    const custom = join(dir, 'custom');
    mkdirSync(custom);
    const moved = join(custom, 'talks.md');
    copyFileSync(article, moved);
    const sidecar = readFileSync(`${article}.annotations.yaml`, 'utf8');
    writeFileSync(join(custom, 'talks.review.yaml'), sidecar);
    const pattern = ['--sidecar-pattern', '{stem}.review.yaml'];
    const out = JSON.parse(cli('extract', moved, ...pattern).stdout) as { referenceDate: string; mentions: { text: string; origin: string }[] };
    assert.equal(out.referenceDate, '2025-02-10', 'reference date read from the custom-named sidecar');
    assert.equal(out.mentions.find((m) => m.text === 'Chile will pay')?.origin, 'manual');
    const byDefault = JSON.parse(cli('extract', moved).stdout) as { mentions: { text: string }[] };
    assert.ok(!byDefault.mentions.some((m) => m.text === 'Chile will pay'), 'the default pattern does not see talks.review.yaml');
    writeFileSync(join(custom, 'talks.md'), 'Nothing here any more.\n');
    const check = cli('check', custom, ...pattern);
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stdout, /talks\.review\.yaml:\d+:\d+: error: annotation a-chile "Chile will pay" no longer matches the article \(orphaned; kept in the sidecar\) \[orphaned-annotation\]/);
    assert.equal(cli('check', custom, '--sidecar-pattern', 'no-slot.yaml').status, 2);
  });

  /** A generated article of about 1 MB whose JSON result is over 4 MB. */
  function bigArticle(): string {
    const big = join(dir, 'big.md');
    const paragraph = 'Kenya and Japan agreed on Monday to lift tariffs on $2.5 billion of goods, Foreign Minister Amara Okafor said.\n\n';
    writeFileSync(big, paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)));
    return big;
  }

  it('extract writes all of a large result to a pipe before exiting', () => {
    const big = bigArticle();
    const r = cli('extract', big, '--reference-date', '2026-02-10');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.length > 4_000_000, `only ${r.stdout.length} characters arrived`);
    const out = JSON.parse(r.stdout) as { mentions: unknown[] };
    assert.ok(out.mentions.length > 40_000);
  });

  it('extract stops quietly when the reader of its output goes away', () => {
    const big = bigArticle();
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/cli.ts extract "${big}" | head -c 100 >/dev/null`], { encoding: 'utf8', cwd: root });
    assert.equal(r.stderr, '');
  });

  it('extract refuses, with exit 2 and one line each, a sidecar it cannot read and files that are not UTF-8 text', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'dir.md'), text);
    mkdirSync(join(bad, 'dir.md.annotations.yaml'));
    writeFileSync(join(bad, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(bad, 'wide.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = cli('extract', join(bad, 'dir.md'), join(bad, 'image.md'), join(bad, 'wide.md'));
    assert.equal(r.status, 2, r.stdout);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 3, r.stderr);
    assert.match(lines[0], /dir\.md\.annotations\.yaml is not a regular file \(a directory\)/);
    assert.match(lines[1], /image\.md is not UTF-8 text \(a NUL byte/);
    assert.match(lines[2], /wide\.md is not UTF-8 text \(a UTF-16 LE byte-order mark\)/);
  });

  it('extract - reads one article from standard input, without a sidecar', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/cli.ts'), 'extract', '-', '--reference-date', '2025-02-10'], { input: text, encoding: 'utf8', cwd: root });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; mentions: { text: string; origin: string }[] };
    assert.equal(out.file, '-');
    assert.ok(out.mentions.some((m) => m.text === 'Tokyo' && m.origin === 'auto'));
  });
});
