import assert from 'node:assert/strict';
import { MAX_SIDECAR_BYTES, parseSidecar, formatDiagnostic, validate, type Sidecar } from '../../../src/core/sidecar';
import { fixture } from './helpers';

function errorsOf(text: string): { code: string; line: number; col: number; message: string }[] {
  return parseSidecar(text).diagnostics.filter((d) => d.severity === 'error').map(({ code, line, col, message }) => ({ code, line, col, message }));
}

describe('sidecar validation', () => {
  it('accepts both fixtures without diagnostics', () => {
    for (const f of ['call.md.annotations.yaml', 'hand-edited.md.annotations.yaml']) {
      const p = parseSidecar(fixture(f));
      assert.deepEqual(p.diagnostics, [], f);
      assert.ok(p.sidecar);
    }
  });

  it('points at the offending value with line and column (fast path)', () => {
    const src = fixture('call.md.annotations.yaml').replace('    status: unverified', '    status: maybe');
    const errs = errorsOf(src);
    const line = src.split('\n').findIndex((l) => l === '    status: maybe') + 1;
    assert.deepEqual(errs.map((e) => [e.code, e.line, e.col]), [['bad-value', line, 5]]);
    assert.match(errs[0].message, /unverified, verified, disputed/);
  });

  it('points at the offending value with line and column (yaml path)', () => {
    const src = fixture('hand-edited.md.annotations.yaml').replace('  decision: added     # extractor missed it', '  decision: 7');
    const line = src.split('\n').findIndex((l) => l === '  decision: 7') + 1;
    const errs = errorsOf(src);
    assert.deepEqual(errs.map((e) => [e.code, e.line, e.col]), [['bad-type', line, 13]]);
  });

  it('reports YAML syntax errors with their position and never returns a sidecar', () => {
    const src = 'version: 1\narticle: a.md\nannotations:\n  - id: a-1\n    quote: {exact: "x\n';
    const p = parseSidecar(src);
    assert.equal(p.ok, false);
    assert.equal(p.sidecar, undefined);
    const e = p.diagnostics.find((d) => d.severity === 'error')!;
    assert.ok(e.code.startsWith('yaml-'), e.code);
    assert.ok(e.line >= 5, `line ${e.line}`);
  });

  it('reports structural problems: unknown entity, duplicate id, missing quote, bad version', () => {
    const base = fixture('call.md.annotations.yaml');
    assert.deepEqual(errorsOf(base.replace('entity: e-kenya', 'entity: e-nowhere')).map((e) => e.code), ['unknown-entity']);
    assert.deepEqual(errorsOf(base.replace('id: a-1b7m2pd', 'id: a-0k3x9qz')).map((e) => e.code), ['duplicate-id']);
    assert.deepEqual(errorsOf(base.replace('version: 1', 'version: 2')).map((e) => [e.code, e.line]), [['bad-version', 3]]);
    const noQuote = base.replace(/ {4}quote:\n {6}exact: Kenya\n.*\n.*\n/, '');
    assert.deepEqual(errorsOf(noQuote).map((e) => e.code), ['missing-field']);
    assert.deepEqual(errorsOf('- a\n- b\n').map((e) => e.code), ['not-a-map']);
  });

  it('warns (without failing) on figure-only fields elsewhere and odd timestamps', () => {
    const src = fixture('call.md.annotations.yaml').replace('    entity: e-kenya\n', '    entity: e-kenya\n    status: verified\n').replace('created: 2026-03-04T09:12:00Z', 'created: yesterday');
    const p = parseSidecar(src);
    assert.ok(p.ok);
    assert.deepEqual(p.diagnostics.map((d) => d.code).sort(), ['bad-timestamp', 'field-not-applicable']);
  });

  it('formats diagnostics as file:line:col: level: message', () => {
    const d = parseSidecar('version: 3\narticle: a.md\n').diagnostics[0];
    assert.equal(formatDiagnostic('x.annotations.yaml', d), 'x.annotations.yaml:1:1: error: unsupported sidecar version 3; this Policy Lens reads version 1');
  });
});

describe('hostile sidecars', () => {
  it('refuses a billion-laughs document quickly', () => {
    const lines = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('article: *a9');
    const t0 = performance.now();
    const p = parseSidecar(lines.join('\n') + '\n');
    const ms = performance.now() - t0;
    assert.equal(p.ok, false);
    assert.ok(p.diagnostics.some((d) => d.code === 'alias-limit' || d.code.startsWith('yaml-')), JSON.stringify(p.diagnostics));
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('refuses documents over the size limit before parsing', () => {
    const big = 'version: 1\nnote: "' + 'x'.repeat(MAX_SIDECAR_BYTES) + '"\n';
    const t0 = performance.now();
    const p = parseSidecar(big);
    assert.ok(performance.now() - t0 < 200);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.line, d.col]), [['too-large', 1, 1]]);
  });

  it('handles a long run of garbage lines in linear time', () => {
    const junk = 'version: 1\n' + ': : : - - ? [ { "\n'.repeat(20000);
    const t0 = performance.now();
    const p = parseSidecar(junk);
    assert.ok(performance.now() - t0 < 5000);
    assert.equal(p.ok, false);
  });
});

describe('sidecar validation rules from the field table', () => {
  type Problem = [string, string, string, (string | number)[]];
  const check = (annotations: object[], entities: object[] = [{ id: 'e-a', type: 'state', canonical: 'A' }]): { problems: Problem[]; sidecar?: Sidecar } => {
    const problems: Problem[] = [];
    const sidecar = validate({ version: 1, article: 'a.md', entities, annotations }, (severity, code, message, path) => problems.push([severity, code, message, path]));
    return { problems, sidecar };
  };
  const base = { id: 'a-1', quote: { exact: 'x' }, start: 0, end: 1 };
  const figure = { ...base, kind: 'figure', type: 'money', decision: 'added', value: 5, unit: 'USD' };
  const date = { ...base, kind: 'date', type: 'year', decision: 'added', normalized: '2026' };
  const actor = { ...base, kind: 'actor', type: 'state', decision: 'confirmed', entity: 'e-a' };
  const without = (o: object, ...keys: string[]): object => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

  it('an added figure needs a value, then a unit; confirmed ones need neither', () => {
    assert.deepEqual(check([figure]).problems, []);
    assert.deepEqual(check([without(figure, 'value', 'unit')]).problems, [['error', 'missing-field', 'an added figure needs "value" and "unit"', ['annotations', 0]]]);
    assert.deepEqual(check([without(figure, 'unit')]).problems, [['error', 'missing-field', 'missing "unit"', ['annotations', 0]]]);
    assert.deepEqual(check([{ ...without(figure, 'value', 'unit'), decision: 'confirmed' }]).problems, []);
  });

  it('an added date needs "normalized", which may be null', () => {
    assert.deepEqual(check([without(date, 'normalized')]).problems, [['error', 'missing-field', 'an added date needs "normalized" (ISO-8601 or null)', ['annotations', 0]]]);
    const unresolved = check([{ ...date, normalized: null }]);
    assert.deepEqual(unresolved.problems, []);
    assert.equal(unresolved.sidecar!.annotations[0].normalized, null);
  });

  it('an actor needs an entity unless rejected', () => {
    assert.deepEqual(check([without(actor, 'entity')]).problems, [['error', 'missing-field', 'an actor annotation needs "entity" (the id of an entry under "entities")', ['annotations', 0]]]);
    assert.deepEqual(check([{ ...without(actor, 'entity'), decision: 'rejected' }]).problems, []);
  });

  it('an entity without a kind is an actor; one of another kind is left out', () => {
    assert.equal(check([]).sidecar!.entities[0].kind, 'actor');
    const other = check([], [{ id: 'e-a', kind: 'place', type: 'state', canonical: 'A' }]);
    assert.deepEqual(other.problems, [['error', 'bad-value', '"kind" must be one of actor (got "place")', ['entities', 0, 'kind']]]);
    assert.deepEqual(other.sidecar!.entities, []);
  });

  it('figure fields on other kinds are reported; other kinds\' fields are ignored', () => {
    const r = check([{ ...date, status: 'verified', entity: 'e-a' }]);
    assert.deepEqual(r.problems, [['warning', 'field-not-applicable', '"status" only applies to figures; it is ignored on date annotations', ['annotations', 0, 'status']]]);
    assert.deepEqual(Object.keys(r.sidecar!.annotations[0]).filter((k) => k === 'status' || k === 'entity'), []);
  });

  it('"end" before "start" leaves the annotation out', () => {
    const r = check([{ ...actor, start: 5, end: 2 }]);
    assert.deepEqual(r.problems, [['error', 'bad-range', '"end" must not be before "start"', ['annotations', 0, 'end']]]);
    assert.deepEqual(r.sidecar!.annotations, []);
  });

  it('reports the problems of one block in key order', () => {
    const r = check([{ ...without(actor, 'quote'), decision: 'maybe', role: 5 }]);
    assert.deepEqual(r.problems.map((p) => p[3].at(-1)), ['role', 0, 'decision']);
    assert.deepEqual(r.problems.map((p) => p[1]), ['bad-type', 'missing-field', 'bad-value']);
  });
});
