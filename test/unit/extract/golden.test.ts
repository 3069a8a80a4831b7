// Golden output of extract(): every article of the dev set, the held-out set, the samples and the
// test workspace, plus seeded variants of them (other reference dates, case changes, shuffled
// sentences, spliced words). Performance work must leave the output byte-identical.
// Regenerate deliberately with: UPDATE_GOLDEN=1 npx mocha --config test/unit/.mocharc.json
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extract, type ExtractOptions } from '../../../src/core/extract';

const ROOT = join(__dirname, '..', '..', '..');
const GOLDEN = join(__dirname, 'golden', 'extract.golden.json');

function filesIn(dir: string, ends: string[]): string[] {
  return readdirSync(dir).filter((f) => ends.some((e) => f.endsWith(e))).sort().map((f) => join(dir, f));
}

/** The articles, by repository-relative path. */
function articles(): [string, string][] {
  const devset = join(ROOT, 'test', 'fixtures', 'devset');
  const paths = [
    ...filesIn(devset, ['.md']),
    ...filesIn(join(devset, 'holdout'), ['.md']),
    ...filesIn(join(ROOT, 'samples'), ['.md', '.txt']),
    ...filesIn(join(ROOT, 'test', 'fixtures', 'workspace', 'articles'), ['']),
  ];
  return paths.map((p) => [relative(ROOT, p).replace(/\\/g, '/'), readFileSync(p, 'utf8')]);
}

/** Deterministic PRNG (mulberry32) so the variants never change. */
function prng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

/** Seeded variants of the corpus that reach rule paths the articles alone may not. */
function variants(all: [string, string][]): [string, string, ExtractOptions | undefined][] {
  const out: [string, string, ExtractOptions | undefined][] = [];
  const rand = prng(20261201);
  const sentences = all.flatMap(([, t]) => t.split(/(?<=[.!?])\s+/));
  const words = all.flatMap(([, t]) => t.split(/(\s+)/));
  for (const [name, text] of all) {
    out.push([`${name} @2026-02-10`, text, { referenceDate: '2026-02-10' }]);
    out.push([`${name} @none`, text.replace(/^---[\s\S]*?\n---\r?\n/, ''), undefined]);
    out.push([`${name} lower`, text.toLowerCase(), undefined]);
    out.push([`${name} upper`, text.toUpperCase(), undefined]);
    out.push([`${name} crlf`, text.replace(/\r?\n/g, '\r\n'), undefined]);
  }
  for (let v = 0; v < 40; v++) {
    const parts: string[] = [];
    for (let k = 0; k < 60; k++) parts.push(sentences[rand(sentences.length)], rand(5) === 0 ? '\n\n' : ' ');
    out.push([`shuffled sentences ${v}`, parts.join(''), { referenceDate: v % 2 ? '2025-07-31' : null }]);
  }
  for (let v = 0; v < 40; v++) {
    const start = rand(words.length - 400);
    const parts = words.slice(start, start + 400);
    for (let k = 0; k < 40; k++) parts[rand(parts.length)] = words[rand(words.length)];
    out.push([`spliced words ${v}`, parts.join(''), { referenceDate: '2026-02-10' }]);
  }
  // Dense mixes of the words the rules trigger on: numbers, units, months, titles, currencies, cues.
  const soup = ['a', 'an', 'A', 'few', 'a few', 'several', 'two', 'Twenty', 'twenty-one', 'ten', '10', '2.5', '1,000', '60', '2024', '1990s', 'day', 'days',
    'DAYS', 'weeks', 'months', 'year', 'years2', 'decade', 'hours', 'minutes', 'ago', 'earlier', 'later', 'before', 'after', 'on', 'to', 'to14', '-', '–',
    '\n', ',', '.', 'period', 'old', 'Foreign', 'Minister', 'minister', 'deputy', 'Secretary', 'King', 'Mr', 'Dr.', 'President', 'Okafor', 'Amara', 'said',
    'Kenya', 'Tokyo', 'Ministry', 'of', 'Finance', 'half', 'one', 'third', 'two-thirds', 'percent', '$', '€', 'US$', 'Rs', 'KSh', 'billion', 'EUR', 'firm',
    'analysts at', 'Kpler', 'Treaty', 'Act.', 'Bank.', 'between', 'and', 'May', 'March', 'June 3', 'Monday', 'last', 'next', 'this', 'FY2024-25', 'Q3', 'H1',
    'first', 'quarter', 'Article', '5', 'Vision', '2030', 'FATF', '(', ')', 'will', 'expected', 'agreed', 'set', 'ended', 'Dvořák', 'ſenator', '\u212Aing'];
  for (let v = 0; v < 40; v++) {
    const parts: string[] = [];
    for (let k = 0; k < 300; k++) parts.push(soup[rand(soup.length)], rand(3) ? ' ' : '');
    out.push([`word soup ${v}`, parts.join(''), { referenceDate: v % 2 ? '2026-02-10' : null }]);
  }
  return out;
}

interface Golden {
  articles: Record<string, unknown>;
  variants: Record<string, string>;
}

function compute(): Golden {
  const all = articles();
  const golden: Golden = { articles: {}, variants: {} };
  for (const [name, text] of all) golden.articles[name] = extract(text);
  for (const [name, text, options] of variants(all)) {
    golden.variants[name] = createHash('sha256').update(JSON.stringify(extract(text, options))).digest('hex');
  }
  return golden;
}

/** One mention per line, so a failing diff points at the mention. */
function serialize(g: Golden): string {
  const lines: string[] = ['{', '"articles": {'];
  const names = Object.keys(g.articles);
  names.forEach((name, i) => {
    const r = g.articles[name] as { referenceDate: string | null; mentions: unknown[] };
    lines.push(`${JSON.stringify(name)}: {"referenceDate": ${JSON.stringify(r.referenceDate)}, "mentions": [`);
    r.mentions.forEach((m, k) => lines.push(JSON.stringify(m) + (k < r.mentions.length - 1 ? ',' : '')));
    lines.push(`]}${i < names.length - 1 ? ',' : ''}`);
  });
  lines.push('},', `"variants": ${JSON.stringify(g.variants, null, 0).replace(/","/g, '",\n"')}`, '}', '');
  return lines.join('\n');
}

describe('extract: golden output', () => {
  it('is byte-identical to the recorded golden file', () => {
    const actual = serialize(compute());
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, actual);
    const expected = readFileSync(GOLDEN, 'utf8');
    if (actual === expected) return;
    // Report the first differing article or variant rather than a 10,000-line diff.
    const a = JSON.parse(actual) as Golden;
    const e = JSON.parse(expected) as Golden;
    for (const name of new Set([...Object.keys(e.articles), ...Object.keys(a.articles)])) assert.deepEqual(a.articles[name], e.articles[name], name);
    assert.deepEqual(a.variants, e.variants);
    assert.equal(actual, expected);
  });
});
