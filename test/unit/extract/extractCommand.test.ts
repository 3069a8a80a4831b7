import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { extractCommand, parseExtractArgs, type ExtractCommandIO } from '../../../src/cli/extractCommand';

const ARTICLE = join(__dirname, '..', '..', 'fixtures', 'devset', 'kenya-japan-trade.md');

function io(overrides: Partial<ExtractCommandIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: ExtractCommandIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readText: (f) => readFile(f, 'utf8'),
    applySidecarDecisions: async (_f, _t, m) => m,
    ...overrides,
  };
  return { io: value, out, err };
}

describe('policy-lens extract (CLI)', () => {
  it('prints one pretty JSON object per file with the front-matter reference date', async () => {
    const t = io();
    assert.equal(await extractCommand([ARTICLE], t.io), 0);
    const data = JSON.parse(t.out.join('')) as { file: string; referenceDate: string; mentions: { text: string }[] };
    assert.equal(data.file, ARTICLE);
    assert.equal(data.referenceDate, '2026-02-10');
    assert.ok(data.mentions.some((m) => m.text === 'Amara Okafor'));
    assert.match(t.out.join(''), /\n {2}"referenceDate"/);
  });

  it('prints an array for several files, and the flag overrides the front matter', async () => {
    const t = io();
    assert.equal(await extractCommand([ARTICLE, '--reference-date', '2026-03-01', ARTICLE], t.io), 0);
    const data = JSON.parse(t.out.join('')) as { referenceDate: string }[];
    assert.equal(data.length, 2);
    assert.equal(data[1].referenceDate, '2026-03-01');
  });

  it('prints YAML and an aligned table', async () => {
    const y = io();
    assert.equal(await extractCommand([ARTICLE, '--format=yaml'], y.io), 0);
    assert.equal((parse(y.out.join('')) as { referenceDate: string }).referenceDate, '2026-02-10');
    const tb = io();
    assert.equal(await extractCommand([ARTICLE, '--format', 'table'], tb.io), 0);
    const lines = tb.out.join('').split('\n');
    assert.match(lines[1], /^start\s+end\s+kind\s+type\s+text\s+normalised$/);
    const okafor = lines.find((l) => l.includes('Amara Okafor [Foreign Minister]'));
    assert.ok(okafor);
    assert.equal(okafor.indexOf('actor'), lines[1].indexOf('kind'));
  });

  it('exits 2 with one line on stderr for bad arguments and unreadable files', async () => {
    for (const args of [[], ['--format', 'xml', ARTICLE], ['--reference-date', '2025-02-30', ARTICLE], ['--bogus', ARTICLE], [ARTICLE, '--format'], ['/no/such/file.md']]) {
      const t = io();
      assert.equal(await extractCommand(args, t.io), 2, args.join(' '));
      assert.equal(t.out.length, 0);
      assert.equal(t.err.join('').trimEnd().split('\n').length, 1, t.err.join(''));
    }
  });

  it('passes mentions through the sidecar-decision hook', async () => {
    const t = io({ applySidecarDecisions: async (_f, _t, m) => m.filter((x) => x.kind !== 'actor') });
    assert.equal(await extractCommand([ARTICLE], t.io), 0);
    const data = JSON.parse(t.out.join('')) as { mentions: { kind: string }[] };
    assert.ok(data.mentions.length > 0 && data.mentions.every((m) => m.kind !== 'actor'));
  });

  it('parses "--" and inline values', () => {
    assert.deepEqual(parseExtractArgs(['--format=table', '--', '-odd.md']), { files: ['-odd.md'], referenceDate: null, format: 'table', sidecarPattern: '{name}.annotations.yaml' });
  });
});
