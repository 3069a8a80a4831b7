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
const SIDECAR = writeSidecar({
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
    assert.equal(lines.length, 7);
    assert.equal(lines[2], 'corpus/africa/deal.md,10,15,1,11,actor,state,Japan,Japan,rejected,,,,');
  });

  it('writes JSON Lines, W3C and CoNLL to --out', () => {
    for (const format of ['jsonl', 'w3c', 'conll']) {
      const out = join(dir, 'out', `all.${format}`);
      const r = run('corpus', '--format', format, '--out', out);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      const written = readFileSync(out, 'utf8');
      if (format === 'jsonl') assert.equal(written.trimEnd().split('\n').length, 5);
      if (format === 'w3c') assert.equal((JSON.parse(written) as { total: number }).total, 4);
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
});
