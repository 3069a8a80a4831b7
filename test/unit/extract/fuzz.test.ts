// Fuzzing the extractor: arbitrary Unicode text (astral characters, combining marks, RTL, ZWJ
// sequences, NUL, lone surrogates, every line ending, very long lines and words, digit runs,
// currency signs, quotes and brackets) and mutations of the dev-set articles. The properties are
// the contract of extract(): no exception; offsets in bounds, start < end, on code-point boundaries;
// text === source.slice(start, end); mentions sorted and non-overlapping; finite figure values and
// no NaN or Infinity in a normalized date; the same output for the same input; IncrementalExtractor.update() equal to extract().
//
// Bounded for `npm test` (a few seconds, 40 to 200 runs a property). For a long run set FUZZ_RUNS,
// the run count of every property (and no timeout), e.g.
//   FUZZ_RUNS=20000 npx mocha --config test/unit/.mocharc.json --grep "extract: fuzz"
// A failure prints fast-check's seed and shrunk counterexample; keep the counterexample as a plain
// test at the end of this file, and fix the cause in src/core/extract.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract, IncrementalExtractor, type ExtractOptions } from '../../../src/core/extract';
import type { Mention } from '../../../src/core/types';

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;
/** The run count of a property: its default in `npm test`, or FUZZ_RUNS when that is larger. */
const runs = (base: number): number => Math.max(base, FUZZ_RUNS);
/** Long runs take as long as they need; the default runs stay within mocha's timeout. */
const longRun = function (this: Mocha.Context): void {
  if (FUZZ_RUNS > 0) this.timeout(0);
};

const DEVSET = join(__dirname, '..', '..', 'fixtures', 'devset');
const ARTICLES: readonly string[] = readdirSync(DEVSET).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(DEVSET, f), 'utf8'));

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when offset i falls between the two halves of a surrogate pair. */
const splitsPair = (s: string, i: number): boolean => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
const finite = (v: number | [number, number]): boolean => (Array.isArray(v) ? v.length === 2 && v.every(Number.isFinite) : Number.isFinite(v));

/** Asserts the contract of one extraction result for `source`. */
function checkMentions(source: string, mentions: readonly Mention[]): void {
  let prevEnd = 0;
  for (const m of mentions) {
    const where = `${m.kind} ${JSON.stringify(m.text)} at [${m.start}, ${m.end})`;
    assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end), `${where}: integer offsets`);
    assert.ok(m.start >= 0 && m.end <= source.length, `${where}: in bounds of ${source.length}`);
    assert.ok(m.start < m.end, `${where}: start < end`);
    assert.ok(!splitsPair(source, m.start) && !splitsPair(source, m.end), `${where}: on code-point boundaries`);
    assert.equal(m.text, source.slice(m.start, m.end), `${where}: text is the source slice`);
    assert.ok(m.start >= prevEnd, `${where}: sorted and not overlapping the previous mention (end ${prevEnd})`);
    prevEnd = m.end;
    if (m.kind === 'figure') assert.ok(finite(m.value), `${where}: finite value ${String(m.value)}`);
    if (m.kind === 'date' && m.normalized !== null) assert.ok(!/NaN|Infinity|undefined/.test(m.normalized), `${where}: normalized ${m.normalized}`);
  }
}

/** extract() twice on the same input: both results keep the contract and are deep-equal. */
function checkExtract(source: string, options?: ExtractOptions): void {
  const first = extract(source, options);
  checkMentions(source, first.mentions);
  assert.deepEqual(extract(source, options), first, 'same input, same output');
}

// ---- Arbitraries -------------------------------------------------------------------------------

/** Fragments the rules react to, and the hostile shapes of real-world text. */
const FRAGMENTS = [
  // Words and phrases the rule families trigger on.
  'Kenya', 'Japan', 'Foreign Minister', 'Amara Okafor', 'said', 'on Monday', 'the', 'of', '$2.5 billion', '12 percent', '3.4%', 'NATO',
  'Financial Action Task Force (FATF)', 'March 2025', 'last year', 'in 2024', 'Q3', 'FY2024-25', 'between 10 and 20', 'half', 'two-thirds',
  'U.S.', 'Ministry of Finance', 'about', 'more than', 'million', 'troops', 'barrels', 'km', '–', '—', '-', '/', '.', ',', ';', ':', '!', '?',
  // Astral characters, combining marks, RTL, bidi controls, ZWJ sequences.
  '😀', '𝐀𝐁', '𠜎𠜱', '👩‍👩‍👧', '🏳️‍🌈', '\u200d', 'e\u0301', '\u0301', 'Dvořák', 'A\u030a\u0323', 'مرحبا', 'الإمارات', 'שלום', '١٢٣', '۴۵',
  '\u200f', '\u200e', '\u202e', '\u2066', 'ſenator', '\u212Aing', 'İstanbul', 'ß', 'ﬁnance',
  // Control characters, lone surrogates, every line ending.
  '\0', '\u0007', '\ud800', '\udfff', '\udc00\ud800', '\n', '\r', '\r\n', '\n\n', '\r\r', '\r\n\r\n', '\u2028', '\u2029', '\u0085', '\t', '\v', '\f', '\u00a0',
  // Digits in every shape, currency signs, quotes and brackets.
  '0', '9', '1,000', '1.000,5', '1e309', '0x1F', '٣', '²', '½', '$', '€', '£', '¥', '₹', '₽', '₩', '₺', '₦', 'US$', 'Rs', 'KSh', 'EUR',
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '(', ')', '[', ']', '{', '}', '<', '>', '「', '」',
  // Markdown and front matter.
  '---', '---\ndate: 2025-06-03\n---\n', '# ', '**', '> ', '* ', '`',
];

/** A fragment, or a long run: a long word, a long digit run, a long line. */
const fragmentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('a', 'Z', '9', '0', '1,', 'é', '😀', '\u0301', 'ب', ' ', '$', '(', '.'), fc.integer({ min: 50, max: 5000 })).map(([unit, n]) => unit.repeat(n)),
  },
);

const textArb: fc.Arbitrary<string> = fc.array(fc.tuple(fragmentArb, fc.constantFrom('', ' ', ' ', '\n')), { maxLength: 40 }).map((parts) => parts.map(([f, sep]) => f + sep).join(''));
const optionsArb: fc.Arbitrary<ExtractOptions | undefined> = fc.constantFrom(undefined, { referenceDate: '2026-02-10' }, { referenceDate: null }, { referenceDate: '2024-02-29T12:00:00Z' },
  { referenceDate: '0000-01-01' }, { referenceDate: '9999-12-31' }, { referenceDate: '2025-13-45' }, { referenceDate: 'not a date' });

/** An article from the dev set with random insertions, deletions and duplications of characters and lines. */
type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'deleteLine'; line: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'swapLines'; line: number; other: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fragmentArb }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ op: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), line: fc.nat(), other: fc.nat() }),
);

/** Applies a mutation; character offsets may land inside a surrogate pair or a CRLF, as an editor's could not but a file's can. */
function mutate(text: string, m: Mutation): string {
  if (m.op === 'insert' || m.op === 'delete' || m.op === 'duplicate') {
    const at = m.at % (text.length + 1);
    if (m.op === 'insert') return text.slice(0, at) + m.text + text.slice(at);
    if (m.op === 'delete') return text.slice(0, at) + text.slice(at + m.length);
    return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
  }
  const lines = text.split('\n');
  const k = m.line % lines.length;
  if (m.op === 'deleteLine') lines.splice(k, 1);
  else if (m.op === 'duplicateLine') lines.splice(k, 0, lines[k]);
  else {
    const j = m.other % lines.length;
    [lines[k], lines[j]] = [lines[j], lines[k]];
  }
  return lines.join('\n');
}

const mutatedArticleArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ARTICLES), fc.array(mutationArb, { minLength: 1, maxLength: 12 }))
  .map(([article, ms]) => ms.reduce(mutate, article));

/** An edit of the current text: a replacement at a random place, or a mutation of characters or lines. */
const editArb: fc.Arbitrary<Mutation | { op: 'replace'; at: number; length: number; text: string }> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), length: fc.nat({ max: 30 }), text: fragmentArb }) },
  { weight: 3, arbitrary: mutationArb },
);

function applyEdit(text: string, e: Mutation | { op: 'replace'; at: number; length: number; text: string }): string {
  if (e.op !== 'replace') return mutate(text, e);
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.text + text.slice(at + e.length);
}

// ---- Properties --------------------------------------------------------------------------------

describe('extract: fuzz', () => {
  it('keeps its contract on arbitrary Unicode text (property)', function () {
    longRun.call(this);
    fc.assert(fc.property(textArb, optionsArb, (text, options) => checkExtract(text, options)), { numRuns: runs(200) });
  });

  it('keeps its contract on arbitrary text after a front matter date (property)', function () {
    longRun.call(this);
    fc.assert(fc.property(textArb, (text) => checkExtract(`---\ndate: 2025-06-03\n---\n\n${text}`)), { numRuns: runs(100) });
  });

  it('keeps its contract on mutated dev-set articles (property)', function () {
    longRun.call(this);
    fc.assert(fc.property(mutatedArticleArb, optionsArb, (text, options) => checkExtract(text, options)), { numRuns: runs(100) });
  });

  it('IncrementalExtractor.update equals extract after a random edit sequence (property)', function () {
    longRun.call(this);
    const startArb = fc.oneof(fc.constantFrom(...ARTICLES), textArb);
    fc.assert(fc.property(startArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), optionsArb, (start, edits, options) => {
      const inc = new IncrementalExtractor();
      let text = start;
      assert.deepEqual(inc.update(text, options), extract(text, options));
      for (const e of edits) {
        text = applyEdit(text, e);
        const got = inc.update(text, options);
        checkMentions(text, got.mentions);
        assert.deepEqual(got, extract(text, options));
      }
    }), { numRuns: runs(40) });
  });
});

// ---- Counterexamples ---------------------------------------------------------------------------

describe('extract: numbers past the largest double (fuzz counterexamples)', () => {
  const ref = { referenceDate: '2026-02-10' };
  const huge = '9'.repeat(309); // Number(huge) is Infinity

  it('marks no figure for a digit run past the largest double (the shrunk counterexample)', () => {
    assert.deepEqual(extract(huge).mentions, []);
    assert.deepEqual(extract(`---\ndate: 2025-06-03\n---\n\n${huge}`).mentions, []);
  });

  it('marks no figure whose scale or unit takes it past the largest double', () => {
    const big = '9'.repeat(300);
    assert.deepEqual(extract(`$${big} billion`, ref).mentions, []);
    assert.deepEqual(extract(`${big} bcm`, ref).mentions, []);
    assert.deepEqual(extract(`${big} to ${huge} percent`, ref).mentions, []);
    assert.deepEqual(extract(`1 to ${huge}`, ref).mentions, []);
  });

  it('leaves a date offset unresolved when its number or result is out of range', () => {
    const only = (text: string) => extract(text, ref).mentions.map((m) => (m.kind === 'date' ? [m.text, m.normalized] : [m.kind, m.text]));
    assert.deepEqual(only(`${huge} years ago`), [['years ago', null]]);
    assert.deepEqual(only(`${huge} years`), []);
    assert.deepEqual(only('100000000000000000000 days ago'), [['100000000000000000000 days ago', null]]);
    assert.deepEqual(only('10000000000000000 weeks ago'), [['10000000000000000 weeks ago', null]]);
    assert.deepEqual(only('1000001 months ago'), [['1000001 months ago', null]]);
    // A million units is still resolved (to a day in the eighth century BC).
    const [[, day]] = only('1000000 days ago');
    assert.match(String(day), /^-\d+-\d\d-\d\d$/);
  });
});
