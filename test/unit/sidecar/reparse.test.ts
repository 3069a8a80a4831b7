// The incremental re-parse after a splice must give exactly what a full parse of the new text gives.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyPatchDetailed, parseSidecar, type ParsedSidecar, type SidecarPatch } from '../../../src/core/sidecar';
import { fixture } from './helpers';

const SRC = fixture('call.md.annotations.yaml');
const IDS = ['a-0k3x9qz', 'a-1b7m2pd', 'a-2f9d0sa', 'a-3r1c8wm', 'a-4n6t5ye', 'a-5p2v7hj'];
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', '#', '"', "'", '\n', '-', 'é', '1'), maxLength: 8 });

const op: fc.Arbitrary<SidecarPatch> = fc.oneof(
  fc.record({ id: fc.constantFrom(...IDS), note: fc.option(text, { nil: undefined }) }).map(({ id, note }) => ({ update: [{ section: 'annotations' as const, id, set: { note } }] })),
  fc.record({ id: fc.constantFrom(...IDS), start: fc.nat(1000) }).map(({ id, start }) => ({ update: [{ section: 'annotations' as const, id, set: { 'quote.prefix': 'x', start, end: start + 5 } }] })),
  fc.constantFrom(...IDS).map((id) => ({ remove: [{ section: 'annotations' as const, id }] })),
  fc.record({ n: fc.nat(99999), start: fc.nat(500), exact: text.filter((s) => s.trim().length > 0) }).map(({ n, start, exact }) => ({
    insert: [{ section: 'annotations' as const, value: { id: `a-new${n}`, kind: 'date', type: 'year', normalized: null, quote: { exact, prefix: '', suffix: '' }, start, end: start + exact.length, decision: 'added' } }],
  })),
  fc.record({ n: fc.nat(999), name: text.filter((s) => s.trim().length > 0) }).map(({ n, name }) => ({
    insert: [{ section: 'entities' as const, value: { id: `e-new${n}`, kind: 'actor', type: 'person', canonical: name } }],
  })),
  fc.record({ d: fc.constantFrom('2026-03-05', null) }).map(({ d }) => ({ top: { reference_date: d } })),
);

/** Everything a caller can read from a parsed sidecar, offsets included. */
function observable(p: ParsedSidecar): unknown {
  const scan = p.scan && {
    eol: p.scan.eol,
    topKeys: [...p.scan.topKeys],
    sections: [...p.scan.sections].map(([k, s]) => [k, s.keyOffset, s.indent, s.items.map((i) => [i.start, i.commentStart, i.end, i.indent])]),
  };
  const ids = (p.sidecar?.annotations ?? []).map((a) => a.id);
  return {
    ok: p.ok, raw: p.raw, sidecar: p.sidecar, diagnostics: p.diagnostics, scan,
    positions: ids.map((id) => p.annotationPosition(id)),
    located: ids.map((_, i) => p.locate(['annotations', i, 'quote', 'exact'])),
  };
}

describe('incremental re-parse after a splice', () => {
  it('gives what a full parse gives, over random patch sequences (each step builds on the last incremental result)', () => {
    let incremental = 0;
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
      let cur = parseSidecar(SRC);
      for (const patch of ops) {
        let r;
        try { r = applyPatchDetailed(cur, patch); } catch { continue; } // e.g. a duplicate id: refused, nothing written
        if (r.verified === 'items') incremental++;
        assert.deepEqual(observable(r.parsed), observable(parseSidecar(r.text)), JSON.stringify(patch));
        cur = r.parsed;
      }
    }), { numRuns: 300 });
    assert.ok(incremental > 500, `only ${incremental} edits took the incremental path`);
  });

  it('never accepts an edit that gives two annotations one id, or points at an entity that is gone', () => {
    const p = parseSidecar(SRC);
    const existing = p.sidecar!.annotations[2];
    const value = { id: existing.id, kind: 'date', type: 'year', normalized: null, quote: { exact: 'x', prefix: '', suffix: '' }, start: 1, end: 2, decision: 'added' };
    assert.throws(() => applyPatchDetailed(p, { insert: [{ section: 'annotations', value }] }), /duplicate|not be valid/);
    const actor = p.sidecar!.annotations.find((a) => a.entity !== undefined)!;
    assert.throws(() => applyPatchDetailed(p, { remove: [{ section: 'entities', id: actor.entity! }] }), /not be valid|unknown/);
  });

  it('falls back to a full parse for top-level keys', () => {
    const r = applyPatchDetailed(parseSidecar(SRC), { top: { reference_date: '2026-03-05' } });
    assert.equal(r.verified, 'document');
  });
});
