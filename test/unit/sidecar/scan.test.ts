import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse as yamlParse, parseDocument } from 'yaml';
import { parseSidecar, writeSidecar, type Sidecar, type SidecarAnnotation } from '../../../src/core/sidecar';
import { YAML_STRINGIFY_OPTIONS } from '../../../src/core/sidecar/scalars';
import { scanSidecar } from '../../../src/core/sidecar/scan';
import { fixture } from './helpers';

const nasty = fc.string({
  unit: fc.constantFrom('a', 'b', 'Z', '1', '0', '.', 'e', ' ', ' ', ':', '#', '"', "'", '\n', '\t', '-', '[', ']', ',', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '?', '\\', 'é', '\u{1F1F0}', '\r', '\u2028', '~', '\u0000', '\u00a0', 'null', 'true', '0x1F', '.inf', '---', '-5', '1e3'),
  maxLength: 12,
});

const annotation = fc.record({
  id: fc.stringMatching(/^a-[0-9a-z]{1,7}$/),
  note: fc.option(nasty, { nil: undefined }),
  exact: nasty.filter((s) => s.length > 0),
  prefix: nasty,
  suffix: nasty,
  start: fc.nat(100000),
  len: fc.nat(50),
  tags: fc.option(fc.array(nasty, { maxLength: 3 }), { nil: undefined }),
  value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.tuple(fc.integer(), fc.integer())),
});

type Gen = typeof annotation extends fc.Arbitrary<infer T> ? T : never;

function build(list: Gen[], article: string): Sidecar {
  const seen = new Set<string>();
  const annotations: SidecarAnnotation[] = [];
  for (const a of list) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    annotations.push({
      id: a.id, kind: 'figure', type: 'money', value: a.value, unit: 'USD', quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix },
      start: a.start, end: a.start + a.len, decision: 'confirmed', note: a.note, tags: a.tags,
    });
  }
  return { version: 1, article, referenceDate: '2026-03-04', entities: [], annotations };
}

describe('sidecar fast scanner', () => {
  it('reads the writer output exactly as yaml does, and the output is a yaml toString fixpoint', () => {
    let runs = 0;
    fc.assert(fc.property(fc.array(annotation, { maxLength: 6 }), nasty, (list, article) => {
      runs++;
      const text = writeSidecar(build(list, article || 'x.md'));
      const scan = scanSidecar(text);
      assert.ok(scan, 'the canonical writer must stay inside the fast subset:\n' + text);
      assert.deepEqual(scan.root, yamlParse(text));
      assert.equal(parseDocument(text).toString(YAML_STRINGIFY_OPTIONS), text);
    }), { numRuns: 400 });
    assert.equal(runs, 400);
  });

  it('hand-written scalar styles and trailing comments: scanner agrees with yaml or defers to it', () => {
    let fast = 0;
    fc.assert(fc.property(nasty, fc.constantFrom('plain', 'single', 'double', 'flow'), fc.boolean(), (s, style, comment) => {
      const v = style === 'plain' ? s : style === 'single' ? `'${s.replace(/'/g, "''")}'` : style === 'double' ? JSON.stringify(s) : `[${s}]`;
      const text = `version: 1\narticle: a.md\nannotations:\n  - id: a-1\n    note: ${v}${comment ? ' # c' : ''}\n    quote:\n      exact: ${v}\n`;
      const scan = scanSidecar(text);
      let expected: unknown;
      try {
        const doc = parseDocument(text, { uniqueKeys: true });
        if (doc.errors.length) { assert.equal(scan, undefined, `scanner accepted invalid YAML: ${JSON.stringify(text)}`); return; }
        expected = doc.toJS();
      } catch {
        assert.equal(scan, undefined);
        return;
      }
      if (scan) { fast++; assert.deepEqual(scan.root, expected, JSON.stringify(text)); }
    }), { numRuns: 3000 });
    assert.ok(fast > 500, `fast path used only ${fast} times`);
  });

  it('the fixtures: scanner result equals yaml for the canonical one, defers for the loose one', () => {
    const canonical = fixture('call.md.annotations.yaml');
    assert.deepEqual(scanSidecar(canonical)!.root, yamlParse(canonical));
    assert.equal(scanSidecar(fixture('hand-edited.md.annotations.yaml')), undefined);
    assert.ok(parseSidecar(fixture('hand-edited.md.annotations.yaml')).ok);
  });

  it('defers a text that ends in a lone CR to yaml, which keeps the CR in the last value (fuzz counterexamples)', () => {
    assert.equal(scanSidecar('\r'), undefined);
    assert.equal(scanSidecar('version: 1\narticle: a.md\r'), undefined);
    assert.equal(parseSidecar('version: 1\narticle: a.md\r').sidecar?.article ?? (parseSidecar('version: 1\narticle: a.md\r').raw as { article: string }).article, 'a.md\r');
    assert.ok(scanSidecar('version: 1\r\narticle: a.md\r\n'));
  });

  it('defers keys that yaml reads as null or a boolean (fuzz counterexample "null: ")', () => {
    for (const text of ['null: ', 'version: 1\nNULL: x\n', 'annotations:\n  - id: a\n    true: 1\n', 'annotations:\n  - id: a\n    quote:\n      False: x\n']) {
      assert.equal(scanSidecar(text), undefined, text);
    }
    assert.deepEqual(parseSidecar('null: ').raw, { '': null });
    assert.ok(scanSidecar('nullable: 1\ntrue_north: 2\n'));
  });

  it('defers anchors, tags, block scalars and deeper nesting to yaml', () => {
    for (const text of [
      'version: 1\nx: &a 1\ny: *a\n', 'version: !!str 1\n', 'note: |\n  a\n', 'a:\n  b:\n    c: 1\n',
      'annotations:\n  - id: a\n    q:\n      r:\n        s: 1\n', 'a: "multi\n  line"\n', '\ta: 1\n', 'annotations:\n  - id: a\n    tags:\n      - x\n',
    ]) assert.equal(scanSidecar(text), undefined, text);
  });
});
