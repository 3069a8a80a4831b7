import assert from 'node:assert/strict';
import { Parser, type CST } from 'yaml';
import { MAX_NESTING_DEPTH, applyPatch, parseSidecar } from '../../../src/core/sidecar';
import { deepestCollection } from '../../../src/core/sidecar/parse';
import { fixture } from './helpers';

describe('parseSidecar nesting limit', () => {
  const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n';
  const shapes: [string, string][] = [
    ['100,000 unclosed flow sequences', '['.repeat(100_000)],
    ['closed flow sequences', 'version: 1\nx: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n'],
    ['flow maps', 'version: 1\nx: ' + '{a: '.repeat(5000) + '1' + '}'.repeat(5000) + '\n'],
    ['flow maps in flow sequences', 'version: 1\nx: ' + '[{a: '.repeat(3000) + '1' + '}]'.repeat(3000) + '\n'],
    ['compact block sequences', 'version: 1\nx:\n' + '- '.repeat(5000) + 'a\n'],
    ['indented block maps', 'version: 1\n' + lines(1000, (i) => ' '.repeat(i) + 'k:')],
    ['explicit keys', 'version: 1\n' + '? '.repeat(5000) + 'a\n'],
  ];
  for (const [name, text] of shapes) {
    it(`refuses ${name} with one located too-deep error`, () => {
      const p = parseSidecar(text);
      assert.equal(p.ok, false);
      assert.deepEqual(p.diagnostics.map((d) => d.code), ['too-deep'], JSON.stringify(p.diagnostics.slice(0, 3)));
      const d = p.diagnostics[0];
      assert.match(d.message, new RegExp(`more than ${MAX_NESTING_DEPTH} levels`));
      const line = text.split('\n')[d.line - 1];
      assert.ok(line !== undefined && d.col >= 1 && d.col <= line.length + 1, `${d.line}:${d.col}`);
    });
  }

  it('reads collections nested up to the limit', () => {
    const n = MAX_NESTING_DEPTH - 1; // under the top-level map
    const p = parseSidecar(fixture('hand-edited.md.annotations.yaml').replace(/\.\.\.\n$/, '') + 'deep: ' + '['.repeat(n) + ']'.repeat(n) + '\n');
    assert.deepEqual(p.diagnostics, []);
    assert.equal(parseSidecar('x: ' + '['.repeat(n + 1) + ']'.repeat(n + 1) + '\n').diagnostics[0].code, 'too-deep');
  });

  it('finds the depth in steps linear in the tree, stopping at the first offender', () => {
    const tokens = (text: string): CST.Token[] => Array.from(new Parser().parse(text));
    const deep = deepestCollection(tokens("[".repeat(5000)), MAX_NESTING_DEPTH);
    assert.ok(deep.offset !== undefined && deep.steps < 20 * MAX_NESTING_DEPTH, `${deep.steps} steps`);
    const items = (n: number): string => 'annotations:\n' + lines(n, (i) => `  - {id: a-${i}, quote: {exact: "x", prefix: "", suffix: ""}, tags: [a, [b]]}`);
    const small = deepestCollection(tokens(items(100)), MAX_NESTING_DEPTH);
    const large = deepestCollection(tokens(items(1000)), MAX_NESTING_DEPTH);
    assert.equal(large.offset, undefined);
    assert.ok(large.steps <= 10 * small.steps, `${small.steps} → ${large.steps}`);
  });
});

describe('parseSidecar error cap', () => {
  it('stops after 50 YAML errors without reporting its own abort as a YAML error', () => {
    const p = parseSidecar('version: 1\n' + ': : : - - ? [ { "\n'.repeat(200));
    const codes = p.diagnostics.map((d) => d.code);
    assert.equal(codes.at(-1), 'yaml-failure');
    assert.equal(codes.length, 51, codes.join(' '));
    assert.ok(!codes.includes('yaml-resource-exhaustion'), codes.join(' '));
    for (const d of p.diagnostics) assert.ok(d.message.trim() !== '', `empty message (${d.code} at ${d.line}:${d.col})`);
  });
});

describe('parseSidecar YAML version', () => {
  // The hand-edited fixture under a %YAML 1.1 directive, with values YAML 1.1 would retype.
  const v11 = fixture('hand-edited.md.annotations.yaml')
    .replace('%YAML 1.2', '%YAML 1.1')
    .replace("reference_date: '2026-03-04'", 'reference_date: 2026-03-04')
    .replace('  decision: confirmed\n', '  decision: confirmed\n  created: 2026-03-04T09:12:00Z\n  x-checked: yes\n  x-final: no\n  x-mode: on\n');

  it('reads a %YAML 1.1 file with the YAML 1.2 core schema: timestamps stay strings, yes/no/on stay words', () => {
    const p = parseSidecar(v11);
    assert.equal(p.ok, true, JSON.stringify(p.diagnostics));
    assert.equal(p.sidecar!.referenceDate, '2026-03-04');
    const a = p.sidecar!.annotations[0];
    assert.equal(a.created, '2026-03-04T09:12:00Z');
    const raw = (p.raw as { annotations: Record<string, unknown>[] }).annotations[0];
    assert.deepEqual([raw['x-checked'], raw['x-final'], raw['x-mode']], ['yes', 'no', 'on']);
    assert.deepEqual(parseSidecar(v11.replace('%YAML 1.1', '%YAML 1.2')).raw, p.raw);
  });

  it('says that it ignores the %YAML 1.1 directive, at its line', () => {
    const p = parseSidecar(v11);
    assert.deepEqual(p.diagnostics.map((d) => [d.severity, d.code, d.line, d.col]), [['warning', 'yaml-version', 1, 1]]);
    assert.match(p.diagnostics[0].message, /YAML 1\.2/);
    assert.deepEqual(parseSidecar(fixture('hand-edited.md.annotations.yaml')).diagnostics, []);
  });

  it('edits a %YAML 1.1 file without changing the type of anything', () => {
    const p = parseSidecar(v11);
    const text = applyPatch(p, { update: [{ section: 'annotations', id: 'a-1b7m2pd', set: { note: 'checked' } }] });
    const q = parseSidecar(text);
    assert.equal(q.ok, true, JSON.stringify(q.diagnostics));
    const raw = (q.raw as { annotations: Record<string, unknown>[] }).annotations[0];
    assert.deepEqual([raw['x-checked'], raw['x-final'], raw['created'], raw['note']], ['yes', 'no', '2026-03-04T09:12:00Z', 'checked']);
    assert.equal(q.sidecar!.referenceDate, '2026-03-04');
  });
});

describe('parseSidecar side effects', () => {
  it('writes no process warning for a collection used as a key (fuzz counterexample)', () => {
    const warnings: string[] = [];
    const emit = process.emitWarning;
    process.emitWarning = ((w: unknown) => { warnings.push(String(w)); }) as typeof process.emitWarning;
    try {
      parseSidecar('version: 1\nx: {[v]}\n');
      parseSidecar('version: 1\n? [a, b]\n: c\n');
    } finally {
      process.emitWarning = emit;
    }
    assert.deepEqual(warnings, []);
  });
});
