// Cross-article conflicting values in `policy-lens check`: the same quantity given two values by
// two checked articles is a finding on both, in text, JSON and SARIF (relatedLocations pointing at
// the other article), counted by --fail-on inconsistent. Run in-process and as the bundled CLI.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand } from '../../../src/cli/checkCommand';
import { crossArticleItems, type MeasuredFile } from '../../../src/cli/crossArticle';
import { checkArticleText, type ArticleMeasures, type CheckedFile } from '../../../src/cli/checkArticleText';
import { MAX_GROUP } from '../../../src/core/checks';
import { bundleCli, runBundle } from './bundle';
import { ROOT, capture } from './helpers';

const CORPUS = join(ROOT, 'test', 'fixtures', 'workspace', 'corpus');
const KENYA = readFileSync(join(CORPUS, 'kenya-imf.md'), 'utf8');
const WIRE = readFileSync(join(CORPUS, 'wire', 'kenya-imf-wire.md'), 'utf8');
/** What `check` keeps of an article for the cross-article rule. */
const analyseArticleMeasures = (text: string): ArticleMeasures => checkArticleText({ article: 'x.md', articleText: text }).measured!;
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('policy-lens check: conflicting values across articles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-cross-'));
    mkdirSync(join(dir, 'wire'));
    writeFileSync(join(dir, 'kenya-imf.md'), KENYA);
    writeFileSync(join(dir, 'wire', 'kenya-imf-wire.md'), WIRE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the figure in both articles, each naming the other, and --fail-on inconsistent fails on it', async () => {
    const io = capture(dir);
    assert.equal(await checkCommand(['--fail-on', 'inconsistent', dir], io), 1, io.out);
    const lines = io.out.split('\n').filter((l) => l.endsWith('[conflicting-values]'));
    const kenya = join(dir, 'kenya-imf.md');
    const wire = join(dir, 'wire', 'kenya-imf-wire.md');
    assert.deepEqual(lines, [
      `${kenya}:${lineOf(KENYA, '$2.5 billion')}:${KENYA.split('\n')[lineOf(KENYA, '$2.5 billion') - 1].indexOf('$2.5 billion') + 1}: warning: "$2.5 billion" conflicts with "$2.1 billion" in ${wire} for the same "Kenya received" [conflicting-values]`,
      `${wire}:${lineOf(WIRE, '$2.1 billion')}:${WIRE.split('\n')[lineOf(WIRE, '$2.1 billion') - 1].indexOf('$2.1 billion') + 1}: warning: "$2.1 billion" conflicts with "$2.5 billion" in ${kenya} for the same "Kenya received" [conflicting-values]`,
    ]);
    assert.equal(await checkCommand(['--fail-on', 'disputed', dir], capture(dir)), 0, 'not listed: reported, not failed');
  });

  it('checks one article alone without it, and agreeing articles without it', async () => {
    const one = capture(dir);
    await checkCommand([join(dir, 'kenya-imf.md')], one);
    assert.ok(!one.out.includes('[conflicting-values]'), one.out);
    writeFileSync(join(dir, 'wire', 'kenya-imf-wire.md'), WIRE.replace('$2.1 billion', '$2.5 billion'));
    const agree = capture(dir);
    await checkCommand([dir], agree);
    assert.ok(!agree.out.includes('[conflicting-values]'), agree.out);
  });

  it('counts them in JSON (findings with the other article as related, files[].inconsistent)', async () => {
    const io = capture(dir);
    await checkCommand(['--json', dir], io);
    const json = JSON.parse(io.out) as { files: CheckedFile[]; findings: { file: string; code: string; kind: string; related?: { file: string; line: number; message: string }[] }[] };
    const cross = json.findings.filter((f) => f.code === 'conflicting-values');
    assert.deepEqual(cross.map((f) => [f.file, f.kind, f.related?.map((r) => [r.file, r.line])]), [
      [join(dir, 'kenya-imf.md'), 'inconsistent', [[join(dir, 'wire', 'kenya-imf-wire.md'), lineOf(WIRE, '$2.1 billion')]]],
      [join(dir, 'wire', 'kenya-imf-wire.md'), 'inconsistent', [[join(dir, 'kenya-imf.md'), lineOf(KENYA, '$2.5 billion')]]],
    ]);
    assert.deepEqual(json.files.map((f) => f.inconsistent), [1, 1]);
  });

  it('bounds the comparisons: a group of comparable figures is capped, however many articles', () => {
    const meter = { comparisons: 0 };
    const many = (n: number): MeasuredFile[] => Array.from({ length: n }, (_, i) => ({ article: `a${String(i).padStart(5, '0')}.md`, ...analyseArticleMeasures(i % 2 ? KENYA : WIRE) }));
    const files = (m: MeasuredFile[]): CheckedFile[] => m.map((x) => ({ article: x.article, inconsistent: 0 } as CheckedFile));
    const small = many(MAX_GROUP);
    crossArticleItems(small, files(small), meter);
    const atCap = meter.comparisons;
    meter.comparisons = 0;
    const large = many(MAX_GROUP * 5);
    const items = crossArticleItems(large, files(large), meter);
    assert.equal(meter.comparisons, atCap, 'five times the articles, no more comparisons past the cap');
    assert.ok(atCap <= MAX_GROUP * MAX_GROUP, `${atCap}`);
    assert.ok(items.length > 0);
  });
});

describe('policy-lens check (bundled CLI): conflicting values across articles in SARIF', () => {
  const bundle = bundleCli();
  it('gives each result a relatedLocation in the other article, relative to the working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-cross-sarif-'));
    try {
      mkdirSync(join(dir, 'wire'));
      writeFileSync(join(dir, 'kenya-imf.md'), KENYA);
      writeFileSync(join(dir, 'wire', 'kenya-imf-wire.md'), WIRE);
      const r = runBundle(bundle, ['check', '--format', 'sarif', '--fail-on', 'inconsistent', '.'], { cwd: dir });
      assert.equal(r.status, 1, r.stderr);
      const run = JSON.parse(r.stdout).runs[0] as { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }[] }[] };
      const cross = run.results.filter((x) => x.ruleId === 'conflicting-values');
      assert.deepEqual(cross.map((x) => [x.locations[0].physicalLocation.artifactLocation.uri, x.relatedLocations?.map((l) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine, l.message.text])]), [
        ['kenya-imf.md', [['wire/kenya-imf-wire.md', lineOf(WIRE, '$2.1 billion'), 'stated in wire/kenya-imf-wire.md: "$2.1 billion"']]],
        ['wire/kenya-imf-wire.md', [['kenya-imf.md', lineOf(KENYA, '$2.5 billion'), 'stated in kenya-imf.md: "$2.5 billion"']]],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
