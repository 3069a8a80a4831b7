import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { extractCommand, formatTable, parseExtractArgs } from '../../../src/cli/extractCommand';
import type { Mention } from '../../../src/core/types';
import { readArticle } from '../../../src/cli/readInput';
import { recordingIo } from '../../support/cliIo';

const ARTICLE = join(__dirname, '..', '..', 'fixtures', 'devset', 'kenya-japan-trade.md');

const io = recordingIo;

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

  it('applies the decisions of the sidecar next to the article, read once', async () => {
    const read: string[] = [];
    const text = await readFile(ARTICLE, 'utf8');
    const start = text.indexOf('Amara Okafor');
    const sidecar = `version: 1\narticle: kenya-japan-trade.md\nannotations:\n  - id: a-1\n    kind: actor\n    type: person\n    quote:\n      exact: Amara Okafor\n    start: ${start}\n    end: ${start + 12}\n    decision: rejected\n`;
    const t = io({ readSidecar: async (p) => { read.push(p); return sidecar; } });
    assert.equal(await extractCommand([ARTICLE], t.io), 0, t.err.join(''));
    assert.deepEqual(read, [`${ARTICLE}.annotations.yaml`]);
    const data = JSON.parse(t.out.join('')) as { mentions: { text: string; origin: string }[] };
    assert.ok(data.mentions.length > 0 && !data.mentions.some((m) => m.text === 'Amara Okafor'));
  });

  it('treats only a missing sidecar as none: any other read error is an error of that file (exit 2)', async () => {
    const none = io();
    assert.equal(await extractCommand([ARTICLE], none.io), 0);
    assert.ok((JSON.parse(none.out.join('')) as { mentions: { origin: string }[] }).mentions.every((m) => m.origin === 'auto'));
    const denied = io({ readSidecar: async (p) => ({ error: `cannot read ${p} (permission denied)` }) });
    assert.equal(await extractCommand([ARTICLE], denied.io), 2);
    assert.deepEqual(denied.out, []);
    assert.deepEqual(denied.err, [`policy-lens extract: cannot read ${ARTICLE}.annotations.yaml (permission denied)\n`]);
  });

  it('reports every file that cannot be used, one line each, and prints no result', async () => {
    const t = io({ readArticle: async (f) => (f === ARTICLE ? readArticle(f) : f === 'gone.md' ? { missing: true } : { error: `${f} is not UTF-8 text (a NUL byte at byte 3: binary data)` }) });
    assert.equal(await extractCommand(['gone.md', ARTICLE, 'image.md'], t.io), 2);
    assert.deepEqual(t.out, []);
    assert.deepEqual(t.err, ['policy-lens extract: cannot read gone.md (no such file)\n', 'policy-lens extract: image.md is not UTF-8 text (a NUL byte at byte 3: binary data)\n']);
  });

  it('reads "-" as one article from standard input, named "-", with no sidecar', async () => {
    const t = io({
      readArticle: async (f) => (f === '-' ? 'Tokyo protested on Monday.\n' : { missing: true }),
      readSidecar: async () => { throw new Error('no sidecar for standard input'); },
    });
    assert.equal(await extractCommand(['-', '--reference-date', '2025-02-10'], t.io), 0, t.err.join(''));
    const data = JSON.parse(t.out.join('')) as { file: string; mentions: { text: string; origin: string }[] };
    assert.equal(data.file, '-');
    assert.deepEqual(data.mentions.map((m) => [m.text, m.origin]), [['Tokyo', 'auto'], ['Monday', 'auto']]);
    assert.match(parseExtractArgs(['-', 'a.md', '-']) as string, /standard input \(-\) can be read only once/);
  });

  it('parses "--" and inline values', () => {
    assert.deepEqual(parseExtractArgs(['--format=table', '--', '-odd.md']), { files: ['-odd.md'], referenceDate: null, format: 'table', sidecarPattern: '{name}.annotations.yaml' }, 'no --jobs: the default is decided from the input');
  });

  it('drops a leading byte-order mark, so offsets agree with the editor and check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-bom-'));
    const text = 'Tokyo protested on Monday. Chile will pay $2 billion by December 31.\n';
    writeFileSync(join(dir, 'plain.md'), text);
    writeFileSync(join(dir, 'bom.md'), '\uFEFF' + text);
    const t = io();
    assert.equal(await extractCommand([join(dir, 'plain.md'), join(dir, 'bom.md'), '--reference-date', '2026-02-10'], t.io), 0);
    const [plain, bom] = JSON.parse(t.out.join('')) as { mentions: { start: number; end: number; text: string }[] }[];
    assert.ok(plain.mentions.length >= 4);
    assert.deepEqual(bom.mentions, plain.mentions);
  });

  it('warns, naming the file, when the front-matter date is not a calendar day, and uses the next source', async () => {
    const text = '---\ndate: 2026-13-45\n---\nTokyo protested on Monday.\n';
    const t = io({ readArticle: async () => text });
    assert.equal(await extractCommand(['talks.md'], t.io), 0);
    assert.deepEqual(t.err, ['policy-lens extract: warning: talks.md: front matter date "2026-13-45" is not a calendar date; ignored\n']);
    assert.equal((JSON.parse(t.out.join('')) as { referenceDate: string | null }).referenceDate, null);
    const flagged = io({ readArticle: async () => text });
    assert.equal(await extractCommand(['talks.md', '--reference-date', '2025-02-10'], flagged.io), 0);
    assert.deepEqual(flagged.err, [], 'the flag overrides the front matter: nothing to warn about');
  });

  it('formats a table of 200,000 mentions (column widths without spreading the rows into arguments)', () => {
    const mentions: Mention[] = Array.from({ length: 200_000 }, (_, i) => ({ kind: 'figure', start: i * 10, end: i * 10 + 6, text: `$${i}`, type: 'money', value: i, unit: 'USD' }));
    mentions[123_456] = { ...mentions[123_456], text: 'the widest cell of all' };
    const lines = formatTable([{ file: 'big.md', referenceDate: null, mentions }]).split('\n');
    assert.equal(lines.length, 200_000 + 4);
    assert.match(lines[1], /^ {2}start {6}end {2}kind {4}type {3}text {20}normalised$/);
    assert.equal(lines[3 + 123_456].indexOf('123456 USD'), lines[1].indexOf('normalised'));
  });
});
