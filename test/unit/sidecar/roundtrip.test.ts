import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { applyPatchDetailed, parseSidecar, SidecarEditError, writeSidecar } from '../../../src/core/sidecar';
import { YAML_STRINGIFY_OPTIONS } from '../../../src/core/sidecar/scalars';
import { fixture, lineDiff } from './helpers';

const CANONICAL = 'call.md.annotations.yaml';
const LOOSE = 'hand-edited.md.annotations.yaml';

describe('sidecar round-trip', () => {
  for (const name of [CANONICAL, LOOSE]) {
    it(`${name}: an empty patch returns the byte-identical text`, () => {
      const src = fixture(name);
      const p = parseSidecar(src);
      assert.ok(p.ok, JSON.stringify(p.diagnostics));
      const r = applyPatchDetailed(p, {});
      assert.equal(r.via, 'unchanged');
      assert.equal(r.text, src);
    });

    it(`${name}: setting a value to what it already is changes nothing`, () => {
      const src = fixture(name);
      const p = parseSidecar(src);
      const r = applyPatchDetailed(p, { update: [{ section: 'annotations', id: 'a-1b7m2pd', set: { decision: 'confirmed', start: 109 } }] });
      assert.equal(r.text, src);
    });
  }

  it('canonical file: a change touches only the affected lines and keeps every comment and unknown key', () => {
    const src = fixture(CANONICAL);
    const p = parseSidecar(src);
    const r = applyPatchDetailed(p, { update: [{ section: 'annotations', id: 'a-3r1c8wm', set: { status: 'verified', source: 'https://regeringen.se/x' } }] });
    assert.equal(r.via, 'splice');
    const d = lineDiff(src, r.text);
    assert.deepEqual(d.removed, ['    status: unverified']);
    assert.deepEqual(d.added, ['    status: verified', '    source: https://regeringen.se/x']);
    // The new key lands where the canonical order puts it: right after status.
    assert.match(r.text, /status: verified\n {4}source: https:\/\/regeringen\.se\/x\n {4}note: 'Swedish/);
  });

  it('canonical file: block re-render of one annotation keeps its inner comments and nested unknown map', () => {
    const src = fixture(CANONICAL);
    const p = parseSidecar(src);
    const r = applyPatchDetailed(p, { update: [{ section: 'annotations', id: 'a-2f9d0sa', set: { note: 'cross-checked' }, unset: ['tags'] }] });
    assert.equal(r.via, 'splice');
    const d = lineDiff(src, r.text);
    assert.deepEqual(d.removed, ['    tags: [pledge, headline]']);
    assert.deepEqual(d.added, ['    note: cross-checked']);
    for (const keep of ['# The pledge: confirm against the treasury statement.', 'status: verified # treasury press release', '    review:', '      round: 2', 'desk: africa # unknown top-level key, must survive', '# trailing comment at the end of the file']) {
      assert.ok(r.text.includes(keep), `lost: ${keep}`);
    }
  });

  it('canonical file: insert and remove touch only their own blocks', () => {
    const src = fixture(CANONICAL);
    const p = parseSidecar(src);
    const r = applyPatchDetailed(p, {
      remove: [{ section: 'annotations', id: 'a-5p2v7hj' }],
      insert: [{ section: 'annotations', value: { id: 'a-9sweden', kind: 'actor', type: 'state', entity: 'e-kenya', quote: { exact: 'Sweden', prefix: '', suffix: '' }, start: 213, end: 219, decision: 'added' } }],
    });
    assert.equal(r.via, 'splice');
    const d = lineDiff(src, r.text);
    assert.ok(d.removed.includes('    decision: rejected # the extractor split "4,000 tonnes"; see a manual one later'));
    assert.ok(d.removed.every((l) => !l.startsWith('#')), 'a top-level comment was removed');
    assert.ok(d.added.includes('  - id: a-9sweden'));
    const re = parseSidecar(r.text);
    assert.ok(re.ok);
    assert.deepEqual(re.sidecar!.annotations.map((a) => a.id), ['a-0k3x9qz', 'a-1b7m2pd', 'a-2f9d0sa', 'a-9sweden', 'a-3r1c8wm', 'a-4n6t5ye']);
    assert.ok(r.text.endsWith('    decision: confirmed\n\n# trailing comment at the end of the file\n'));
  });

  it('loose file: edits go through the yaml Document API and keep comments, unknown keys and styles', () => {
    const src = fixture(LOOSE);
    const p = parseSidecar(src);
    assert.equal(p.scan, undefined);
    const r = applyPatchDetailed(p, { update: [{ section: 'annotations', id: 'a-6s0w3kd', set: { decision: 'confirmed' } }] });
    assert.equal(r.via, 'document');
    for (const keep of ['# Hand-edited sidecar in a looser style', '# flow map entity', 'x-reviewer: lars', '# unknown key', 'Kenya acts here through its foreign minister.', '      - structure', "reference_date: '2026-03-04'", '# extractor missed it']) {
      assert.ok(r.text.includes(keep), `lost: ${keep}`);
    }
    assert.match(r.text, /decision: confirmed {5}# extractor missed it|decision: confirmed # extractor missed it/);
    const again = parseSidecar(r.text);
    assert.ok(again.ok);
    assert.equal(again.sidecar!.annotations[1].decision, 'confirmed');
  });

  it('CRLF sidecars stay CRLF after an edit', () => {
    const src = fixture(CANONICAL).replace(/\n/g, '\r\n');
    const p = parseSidecar(src);
    assert.ok(p.scan);
    const r = applyPatchDetailed(p, { update: [{ section: 'annotations', id: 'a-2f9d0sa', set: { note: 'x' } }] });
    assert.ok(!/[^\r]\n/.test(r.text), 'a bare LF was written');
    assert.equal(parseSidecar(r.text).sidecar!.annotations[2].note, 'x');
  });

  it('refuses to edit a sidecar with errors', () => {
    const broken = fixture(CANONICAL).replace('decision: confirmed\n    author', 'decision: maybe\n    author');
    const p = parseSidecar(broken);
    assert.equal(p.ok, false);
    assert.throws(() => applyPatchDetailed(p, { update: [{ section: 'annotations', id: 'a-1b7m2pd', set: { note: 'x' } }] }), SidecarEditError);
  });

  it('the canonical writer is a fixpoint of yaml toString, so no rewrite ever churns', () => {
    const p = parseSidecar(fixture(CANONICAL));
    const text = writeSidecar(p.sidecar!);
    assert.equal(parseDocument(text).toString(YAML_STRINGIFY_OPTIONS), text);
    assert.equal(writeSidecar(parseSidecar(text).sidecar!), text);
  });
});
