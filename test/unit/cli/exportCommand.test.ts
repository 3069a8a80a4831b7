import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTarget } from '../../../src/core/anchor';
import { writeSidecar } from '../../../src/core/sidecar';
import { bundleCli, runBundle } from './bundle';

const TEXT = 'Kenya and Japan signed a deal on March 3, 2026.\nKenya will pay $5 million.\n';
const start = TEXT.indexOf('Japan');
const japan = createTarget(TEXT, start, start + 5);
// Hand-added: "a deal" as an organisation (nonsense, but nothing the engine finds by itself).
const deal = createTarget(TEXT, TEXT.indexOf('a deal'), TEXT.indexOf('a deal') + 6);
const SIDECAR = writeSidecar({
  version: 1, article: 'deal.md', referenceDate: null, entities: [],
  annotations: [{ id: 'a-japan', kind: 'actor', type: 'state', decision: 'rejected', quote: japan.quote, start: japan.start, end: japan.end },
    { id: 'a-deal', kind: 'actor', type: 'organization', decision: 'added', quote: deal.quote, start: deal.start, end: deal.end }],
});

const TEAM_SIDECAR = writeSidecar({
  version: 1, article: 'deal.md', referenceDate: null, entities: [],
  annotations: [{ id: 'a-japan', kind: 'actor', type: 'state', decision: 'rejected', quote: japan.quote, start: japan.start, end: japan.end }],
});

describe('policy-lens export (bundled command line)', () => {
  let bundle: string;
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-export-'));
  before(() => {
    bundle = bundleCli();
    mkdirSync(join(dir, 'corpus', 'africa'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'africa', 'deal.md'), TEXT);
    writeFileSync(join(dir, 'corpus', 'africa', 'deal.md.annotations.yaml'), SIDECAR);
    writeFileSync(join(dir, 'corpus', 'empty.txt'), '');
  });
  const run = (...args: string[]) => runBundle(bundle, ['export', ...args], { cwd: dir });

  it('writes CSV of a folder to standard output, with the sidecar decisions', () => {
    const r = run('corpus', '--format', 'csv');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\r\n');
    assert.equal(lines.length, 8);
    assert.equal(lines[2], 'corpus/africa/deal.md,10,15,1,11,actor,state,Japan,Japan,rejected,,,,');
  });

  it('writes JSON Lines, W3C and CoNLL to --out', () => {
    for (const format of ['jsonl', 'w3c', 'conll']) {
      const out = join(dir, 'out', `all.${format}`);
      const r = run('corpus', '--format', format, '--out', out);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      const written = readFileSync(out, 'utf8');
      if (format === 'jsonl') assert.equal(written.trimEnd().split('\n').length, 6);
      if (format === 'w3c') assert.equal((JSON.parse(written) as { total: number }).total, 5);
      if (format === 'conll') assert.equal(written.split('-DOCSTART-').length - 1, 2);
    }
  });

  it('writes brat .txt and .ann files under --out, keeping the folders', () => {
    const r = run('corpus', '--format', 'brat', '--out', 'brat');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'brat', 'corpus', 'africa', 'deal.txt'), 'utf8'), TEXT);
    const ann = readFileSync(join(dir, 'brat', 'corpus', 'africa', 'deal.ann'), 'utf8');
    assert.equal(ann.split('\n')[0], 'T1\tACTOR-STATE 0 5\tKenya');
    assert.ok(!ann.includes('Japan'));
    assert.equal(readFileSync(join(dir, 'brat', 'corpus', 'empty.ann'), 'utf8'), '');
  });

  it('refuses a missing format, an unknown one, brat without --out and a missing path (exit 2)', () => {
    for (const args of [['corpus'], ['corpus', '--format', 'xml'], ['corpus', '--format', 'brat'], ['nowhere', '--format', 'csv']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^policy-lens export: /);
    }
  });

  // brat and W3C carry what is marked, not what was rejected: the team's copy already rejects Japan
  // (with a comment of theirs, kept), and the import adds the rest without duplicates.
  it('imports brat and W3C exports into another copy of the article: export again is identical', () => {
    for (const [format, source] of [['brat', 'brat/corpus/africa/deal.ann'], ['w3c', 'all.w3c']] as const) {
      const team = `team-${format}`;
      mkdirSync(join(dir, team, 'africa'), { recursive: true });
      writeFileSync(join(dir, team, 'africa', 'deal.md'), TEXT);
      writeFileSync(join(dir, team, 'africa', 'deal.md.annotations.yaml'), `# reviewed by the team\n${TEAM_SIDECAR}`);
      if (format === 'brat') assert.equal(run('corpus/africa/deal.md', '--format', 'brat', '--out', 'brat').status, 0);
      else assert.equal(run('corpus/africa/deal.md', '--format', 'w3c', '--out', source).status, 0);
      const r = runBundle(bundle, ['import', source, '--format', format, '--into', team], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /1 added, 4 already there, 0 found by quote, 0 not placed/);
      const written = readFileSync(join(dir, team, 'africa', 'deal.md.annotations.yaml'), 'utf8');
      assert.match(written, /exact: a deal/);
      assert.ok(written.startsWith('# reviewed by the team\n'));
      if (format === 'brat') {
        assert.equal(run(`${team}/africa/deal.md`, '--format', 'brat', '--out', 'brat2').status, 0);
        assert.equal(readFileSync(join(dir, 'brat2', team, 'africa', 'deal.ann'), 'utf8'), readFileSync(join(dir, source), 'utf8'));
      } else {
        const again = run(`${team}/africa/deal.md`, '--format', 'w3c');
        assert.equal(again.stdout.replaceAll(`${team}/`, 'corpus/'), readFileSync(join(dir, source), 'utf8'));
      }
    }
  });

  it('import reports what it cannot place in a changed article and exits 1', () => {
    mkdirSync(join(dir, 'changed', 'africa'), { recursive: true });
    writeFileSync(join(dir, 'changed', 'africa', 'deal.md'), TEXT.replace('a deal', 'an accord'));
    const r = runBundle(bundle, ['import', 'brat/corpus/africa/deal.ann', '--format', 'brat', '--into', 'changed'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /could not place "a deal" \(actor\/organization/);
  });
});
