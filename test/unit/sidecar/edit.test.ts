import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyPatchDetailed, deepEqual, parseSidecar, patchRaw, type SidecarPatch } from '../../../src/core/sidecar';
import { fixture, lineDiff } from './helpers';

const SRC = fixture('call.md.annotations.yaml');
const IDS = ['a-0k3x9qz', 'a-1b7m2pd', 'a-2f9d0sa', 'a-3r1c8wm', 'a-4n6t5ye', 'a-5p2v7hj'];
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', '#', '"', "'", '\n', '-', '[', ',', '\\', 'é', '1', '\u2014'), maxLength: 10 });

const op: fc.Arbitrary<SidecarPatch> = fc.oneof(
  fc.record({ id: fc.constantFrom(...IDS), note: fc.option(text, { nil: undefined }) }).map(({ id, note }) => ({ update: [{ section: 'annotations' as const, id, set: { note } }] })),
  fc.record({ id: fc.constantFrom(...IDS), tags: fc.array(text, { maxLength: 3 }) }).map(({ id, tags }) => ({ update: [{ section: 'annotations' as const, id, set: { tags } }] })),
  fc.record({ id: fc.constantFrom(...IDS), prefix: text, start: fc.nat(1000) }).map(({ id, prefix, start }) => ({ update: [{ section: 'annotations' as const, id, set: { 'quote.prefix': prefix, start, end: start + 5 } }] })),
  fc.record({ id: fc.constantFrom(...IDS), k: fc.constantFrom('author', 'updated', 'source', 'review.desk', 'quote.suffix') }).map(({ id, k }) => ({ update: [{ section: 'annotations' as const, id, unset: [k] }] })),
  fc.constantFrom(...IDS).map((id) => ({ remove: [{ section: 'annotations' as const, id }] })),
  fc.record({ n: fc.nat(99999), start: fc.nat(500), exact: text.filter((s) => s.length > 0) }).map(({ n, start, exact }) => ({
    insert: [{ section: 'annotations' as const, value: { id: `a-new${n}`, kind: 'date', type: 'year', normalized: null, quote: { exact, prefix: '', suffix: '' }, start, end: start + exact.length, decision: 'added' } }],
  })),
  fc.record({ d: fc.constantFrom('2026-03-05', null) }).map(({ d }) => ({ top: { reference_date: d } })),
);

describe('sidecar editing', () => {
  it('random patch sequences on a commented canonical file: exact data, line splicing only, comments kept', () => {
    let splices = 0;
    let runs = 0;
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
      runs++;
      let cur = SRC;
      for (const patch of ops) {
        const p = parseSidecar(cur);
        let expected;
        try { expected = patchRaw(p.raw as Record<string, unknown>, patch); } catch { continue; }
        if (patch.insert && (p.raw as { annotations: { id: string }[] }).annotations.some((a) => a.id === patch.insert![0].value.id)) continue;
        const r = applyPatchDetailed(p, patch);
        assert.notEqual(r.via, 'document', `fell back to a whole-document rewrite for ${JSON.stringify(patch)}`);
        if (r.via === 'splice') splices++;
        const re = parseSidecar(r.text);
        assert.ok(re.ok, JSON.stringify(re.diagnostics));
        assert.ok(deepEqual(re.raw, expected));
        cur = r.text;
      }
      for (const c of ['# Policy Lens annotations for call.md', 'desk: africa # unknown top-level key, must survive', '# trailing comment at the end of the file']) assert.ok(cur.includes(c), c);
    }), { numRuns: 500 });
    console.log(`      ${runs} patch sequences, ${splices} spliced edits`);
    assert.ok(splices > 1000);
  });

  it('removing a key inside a nested map re-renders only that block through yaml', () => {
    const p = parseSidecar(SRC);
    const r = applyPatchDetailed(p, { update: [{ section: 'annotations', id: 'a-2f9d0sa', unset: ['review.desk'] }] });
    assert.equal(r.via, 'splice');
    const d = lineDiff(SRC, r.text);
    assert.deepEqual(d.removed, ['      desk: africa']);
    assert.deepEqual(d.added, []);
  });

  it('a section emptied by removals becomes `[]` and can be refilled', () => {
    let cur = SRC;
    for (const id of IDS) cur = applyPatchDetailed(parseSidecar(cur), { remove: [{ section: 'annotations', id }] }).text;
    assert.match(cur, /^annotations: \[\]$/m);
    const r = applyPatchDetailed(parseSidecar(cur), { insert: [{ section: 'annotations', value: { id: 'a-x', kind: 'date', type: 'year', normalized: '2026', quote: { exact: '2026', prefix: '', suffix: '' }, start: 1, end: 5, decision: 'added' } }] });
    assert.equal(r.via, 'splice');
    assert.equal(parseSidecar(r.text).sidecar!.annotations.length, 1);
  });
});
