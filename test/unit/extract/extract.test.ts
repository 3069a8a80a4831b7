import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, frontMatterDate } from '../../../src/core/extract';
import type { Mention } from '../../../src/core/types';

const DEVSET = join(__dirname, '..', '..', 'fixtures', 'devset');

function assertWellFormed(text: string, ms: Mention[]): void {
  for (let i = 0; i < ms.length; i++) {
    assert.equal(text.slice(ms[i].start, ms[i].end), ms[i].text, `offsets of ${JSON.stringify(ms[i].text)}`);
    if (i > 0) assert.ok(ms[i - 1].end <= ms[i].start, `overlap or disorder at ${ms[i].start}`);
  }
}

describe('extract: document API', () => {
  it('returns sorted, non-overlapping mentions whose text is the source slice, on every dev-set article', () => {
    const files = readdirSync(DEVSET).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 8);
    for (const f of files) {
      const text = readFileSync(join(DEVSET, f), 'utf8');
      const { mentions } = extract(text);
      assert.ok(mentions.length > 50, f);
      assertWellFormed(text, mentions);
    }
  });

  it('reads the reference date from YAML front matter (date or datetime) and lets the option override it', () => {
    assert.equal(frontMatterDate('---\ntitle: x\ndate: 2025-06-03\n---\nBody'), '2025-06-03');
    assert.equal(frontMatterDate('---\r\ndate: "2025-06-03T10:00:00Z"\r\n---\r\nBody'), '2025-06-03');
    assert.equal(frontMatterDate('No front matter.\ndate: 2025-06-03'), null);
    const text = '---\ndate: 2025-06-03\n---\n\nPrices fell last month.';
    assert.equal(extract(text).referenceDate, '2025-06-03');
    const first = extract(text).mentions[0];
    assert.equal(first.kind === 'date' && first.normalized, '2025-05');
    const overridden = extract(text, { referenceDate: '2024-01-15' });
    assert.equal(overridden.referenceDate, '2024-01-15');
    assert.equal(overridden.mentions[0].kind === 'date' && overridden.mentions[0].normalized, '2023-12');
    assert.equal(extract('Prices fell last month.').referenceDate, null);
  });

  it('does not extract inside the front matter', () => {
    const text = '---\ndate: 2025-06-03\ntitle: Kenya and Japan\n---\n\nKenya agreed.';
    assert.deepEqual(extract(text).mentions.map((m) => m.text), ['Kenya']);
    assert.ok(extract(text).mentions[0].start > text.indexOf('---\n\n'));
  });

  it('gives the same mentions on CRLF text, with offsets into the CRLF string', () => {
    const lf = '---\ndate: 2026-02-10\n---\n\nForeign Minister Amara Okafor said on Monday.\n\nOkafor pledged $2 billion over five years.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = extract(lf).mentions;
    const b = extract(crlf).mentions;
    assert.deepEqual(b.map((m) => m.text), a.map((m) => m.text));
    assertWellFormed(crlf, b);
    assert.equal(b.find((m) => m.text === 'Okafor')?.kind === 'actor' && (b.find((m) => m.text === 'Okafor') as { canonical: string }).canonical, 'Amara Okafor');
  });

  it('keeps UTF-16 offsets after astral characters such as emoji', () => {
    const text = '🇳🇴😀 Norway pledged 350 million kroner. 🚢 Tokyo protested.';
    const ms = extract(text, { referenceDate: '2026-02-10' }).mentions;
    assertWellFormed(text, ms);
    const norway = ms.find((m) => m.text === 'Norway');
    assert.equal(norway?.start, text.indexOf('Norway'));
    assert.equal(text.indexOf('Norway'), 7);
    assert.deepEqual(ms.map((m) => m.text), ['Norway', '350 million kroner', 'Tokyo']);
  });

  it('handles empty and mention-free text', () => {
    assert.deepEqual(extract('').mentions, []);
    assert.deepEqual(extract('\n\n\r\n').mentions, []);
    assert.deepEqual(extract('nothing to see here.').mentions, []);
  });
});
