// Fuzzing the sidecar reader: random text, mutations of the fixture sidecars and generated deep or
// long inputs. parseSidecar must never throw, must place every diagnostic inside the text, must be
// deterministic, and where the fast scanner reads a file it must read it as yaml does.
// FUZZ_RUNS scales the runs (default 150: about 600 random texts, 300 mutated fixtures and 30
// deep or long inputs, a few seconds in all); for a long run:
//   FUZZ_RUNS=20000 npx mocha --config test/unit/.mocharc.json --grep "reader fuzz"
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { parseSidecar } from '../../../src/core/sidecar';
import { YAML_READ_OPTIONS } from '../../../src/core/sidecar/scalars';
import { fixture } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const FIXTURES = ['call.md.annotations.yaml', 'hand-edited.md.annotations.yaml'].map(fixture);

/** The properties every input must have; returns the parse for further checks. */
function checkReader(text: string): ReturnType<typeof parseSidecar> {
  // yaml reports some oddities (collection keys) through process.emitWarning: core must stay silent.
  const warnings: unknown[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((w: unknown) => { warnings.push(w); }) as typeof process.emitWarning;
  let p: ReturnType<typeof parseSidecar>;
  try {
    p = parseSidecar(text);
  } finally {
    process.emitWarning = emit;
  }
  assert.deepEqual(warnings.map(String), [], 'the reader wrote a process warning');
  const lines = text.split('\n');
  assert.equal(p.ok, !p.diagnostics.some((d) => d.severity === 'error'));
  assert.equal(p.ok, p.sidecar !== undefined);
  for (const d of p.diagnostics) {
    const where = `${d.code} at ${d.line}:${d.col} (offset ${d.offset})`;
    assert.ok(d.message.trim() !== '', `empty message: ${where}`);
    assert.ok(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length, `line outside the text: ${where}`);
    assert.ok(Number.isInteger(d.col) && d.col >= 1 && d.col <= lines[d.line - 1].length + 1, `column outside its line: ${where}`);
    assert.ok(d.offset >= 0 && d.offset <= text.length, `offset outside the text: ${where}`);
  }
  if (p.raw && Array.isArray((p.raw as { annotations?: unknown }).annotations)) {
    for (const a of (p.raw as { annotations: unknown[] }).annotations) {
      const id = (a as { id?: unknown })?.id;
      if (typeof id !== 'string') continue;
      const at = p.annotationPosition(id);
      assert.ok(at && at.offset >= 0 && at.offset <= text.length && at.line <= lines.length, `annotation ${id} placed outside the text`);
    }
  }
  const again = parseSidecar(text);
  assert.deepEqual([again.ok, again.diagnostics, again.raw], [p.ok, p.diagnostics, p.raw], 'not deterministic');
  return p;
}

/** Where the fast scanner read the text, yaml (read as parseSidecar reads it) must agree. */
function checkScanAgreesWithYaml(text: string, p: ReturnType<typeof parseSidecar>): void {
  if (!p.scan) return;
  const doc = parseDocument(text, YAML_READ_OPTIONS);
  assert.deepEqual(doc.errors.map((e) => e.message), [], 'the fast scanner accepted text yaml rejects');
  // An empty document is null to yaml; the scanner reads it as an empty mapping on purpose, so that
  // the diagnostics name the missing keys.
  const expected: unknown = doc.toJS() ?? {};
  assert.deepEqual(p.raw, expected, 'the fast scanner read the text differently from yaml');
}

const yamlish = fc.constantFrom(
  'a', 'Z', '1', '0', '.', ' ', '  ', ':', ': ', '- ', '#', '"', "'", '\n', '\r\n', '\r', '\t', '[', ']', '{', '}', ',', '&a', '*a',
  '!!str', '|', '>', '%YAML 1.1\n', '---\n', '...\n', '?', '@', '`', '\\', 'é', '\u{1F1F0}', '\u2028', '\u0000', '\ufeff', '~',
  'null', 'true', 'yes', '2026-03-04', '0x1F', '.inf', '-5', '1e3', 'version: 1\n', 'annotations:\n', '  - id: a-1\n', '    quote:\n', '      exact: x\n',
);

type Mutation =
  | { op: 'insert'; at: number; s: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'replace'; at: number; s: string }
  | { op: 'deleteLine'; line: number }
  | { op: 'duplicateLines'; line: number; count: number; to: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'swapLines'; a: number; b: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.string({ unit: yamlish, minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), s: yamlish }),
  fc.record({ op: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicateLines' as const), line: fc.nat(), count: fc.integer({ min: 1, max: 12 }), to: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 6 }) }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = (i: number): number => i % lines.length;
  switch (m.op) {
    case 'insert': { const at = m.at % (text.length + 1); return text.slice(0, at) + m.s + text.slice(at); }
    case 'delete': { const at = m.at % (text.length + 1); return text.slice(0, at) + text.slice(at + m.len); }
    case 'replace': { const at = m.at % Math.max(1, text.length); return text.slice(0, at) + m.s + text.slice(at + 1); }
    case 'deleteLine': lines.splice(line(m.line), 1); return lines.join('\n');
    case 'duplicateLines': {
      const block = lines.slice(line(m.line), line(m.line) + m.count);
      lines.splice(line(m.to), 0, ...block);
      return lines.join('\n');
    }
    case 'indent': {
      const i = line(m.line);
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'swapLines': {
      const a = line(m.a);
      const b = line(m.b);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
  }
}

/** Deep or long shapes: nesting of every kind, long lines, long lists, long keys and scalars. */
const shaped: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.array(fc.constantFrom('[', '{a: ', '- ', '? ', '{', '[{b: '), { minLength: 1, maxLength: 400 }), fc.boolean()).map(([opens, close]) => {
    const closers = opens.map((o) => (o.startsWith('[{') ? '}]' : o.startsWith('[') ? ']' : o.startsWith('{') ? '}' : '')).reverse().join('');
    return 'version: 1\nx: ' + opens.join('') + 'v' + (close ? closers : '') + '\n';
  }),
  fc.integer({ min: 1, max: 200 }).map((n) => 'version: 1\n' + Array.from({ length: n }, (_, i) => ' '.repeat(i) + (i % 2 ? '- ' : 'k:')).join('\n') + '\n'),
  fc.tuple(fc.constantFrom('a', '"', "'", '[', '&a ', '*a ', '\\', ' '), fc.integer({ min: 1, max: 20_000 })).map(([c, n]) => `version: 1\nnote: ${c.repeat(n)}\n`),
  fc.integer({ min: 1, max: 1000 }).map((n) => 'version: 1\narticle: a.md\nannotations:\n' + '  - id: a-1\n    quote: {exact: x}\n'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => 'version: 1\n' + `${'k'.repeat(n)}: ${'v'.repeat(n)}\n`),
);

describe('sidecar reader fuzz', function () {
  this.timeout(process.env.FUZZ_RUNS ? 0 : 120_000); // a long run takes as long as it takes

  it('random text: never throws, diagnostics inside the text, deterministic', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: yamlish, maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
      checkScanAgreesWithYaml(text, checkReader(text));
    }), { numRuns: RUNS * 4 });
  });

  it('mutated fixtures: never throws, diagnostics inside the text, fast scanner agrees with yaml', () => {
    fc.assert(fc.property(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 6 }), (base, ms) => {
      const text = ms.reduce(mutate, base);
      checkScanAgreesWithYaml(text, checkReader(text));
    }), { numRuns: RUNS * 2 });
  });

  it('deep and long inputs: never throws, diagnostics inside the text', () => {
    fc.assert(fc.property(shaped, (text) => { checkReader(text); }), { numRuns: Math.ceil(RUNS / 5) });
  });
});
