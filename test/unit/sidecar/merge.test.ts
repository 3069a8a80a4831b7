import assert from 'node:assert/strict';
import { confirmMention, rejectMention, setFigureCheck, type EditContext } from '../../../src/core/model';
import { mergeSidecars, parseSidecar, SidecarEditError } from '../../../src/core/sidecar';
import type { Mention } from '../../../src/core/types';
import { fixture } from './helpers';

const ARTICLE = fixture('call.md');
const BASE = fixture('call.md.annotations.yaml');
const ctx = (sidecar: string): EditContext => ({ text: ARTICLE, sidecar, articleName: 'call.md' });
const mention = (q: string, m: Partial<Mention>): Mention => ({ start: ARTICLE.indexOf(q), end: ARTICLE.indexOf(q) + q.length, text: q, ...m } as Mention);
const five = mention('five years', { kind: 'date', type: 'period', normalized: 'P5Y' });
const pct = mention('40 percent', { kind: 'figure', type: 'percent', value: 40, unit: '%' });
const sweden = mention('Sweden', { kind: 'actor', type: 'state', canonical: 'Sweden' });

describe('mergeSidecars', () => {
  it('keeps decisions from both sides when they touch different annotations', () => {
    const ours = confirmMention(ctx(BASE), five).text;
    const theirs = confirmMention(ctx(BASE), sweden).text;
    const m = mergeSidecars(BASE, ours, theirs);
    assert.deepEqual(m.conflicts, []);
    const ids = parseSidecar(m.text).sidecar!.annotations.map((a) => a.id);
    assert.equal(ids.length, 8);
    assert.ok(m.text.includes('canonical: Sweden') && m.text.includes('normalized: P5Y'));
    assert.ok(m.text.includes('# Reviewed by the Nairobi desk'));
  });

  it('merges different fields of the same annotation', () => {
    const ours = setFigureCheck(ctx(BASE), pct, { status: 'verified' }).text;
    const theirs = setFigureCheck(ctx(BASE), pct, { source: 'https://regeringen.se' }).text;
    const m = mergeSidecars(BASE, ours, theirs);
    const a = parseSidecar(m.text).sidecar!.annotations.find((x) => x.id === 'a-3r1c8wm')!;
    assert.deepEqual([a.status, a.source], ['verified', 'https://regeringen.se']);
    assert.deepEqual(m.conflicts, []);
  });

  it('on a real conflict ours wins and the conflict is reported', () => {
    const ours = setFigureCheck(ctx(BASE), pct, { status: 'verified' }).text;
    const theirs = setFigureCheck(ctx(BASE), pct, { status: 'disputed' }).text;
    const m = mergeSidecars(BASE, ours, theirs);
    assert.equal(parseSidecar(m.text).sidecar!.annotations.find((x) => x.id === 'a-3r1c8wm')!.status, 'verified');
    assert.deepEqual(m.conflicts.map((c) => [c.id, c.field]), [['a-3r1c8wm', 'status']]);
  });

  it('a deletion on one side never loses a change made on the other', () => {
    const ours = rejectMention(ctx(BASE), pct).text; // we changed a-3r1c8wm
    const theirs = BASE.replace(/\n {2}- id: a-3r1c8wm[\s\S]*?(?=\n\n {2}- id:)/, ''); // they deleted it
    assert.ok(!theirs.includes('a-3r1c8wm'));
    const m = mergeSidecars(BASE, ours, theirs);
    const a = parseSidecar(m.text).sidecar!.annotations.find((x) => x.id === 'a-3r1c8wm');
    assert.equal(a?.decision, 'rejected');
    assert.equal(m.conflicts.length, 1);
  });

  it('applies our deletion when theirs did not touch the annotation', () => {
    const ours = BASE.replace(/\n {2}- id: a-5p2v7hj[\s\S]*?later\n/, '\n');
    const theirs = confirmMention(ctx(BASE), five).text;
    const m = mergeSidecars(BASE, ours, theirs);
    const ids = parseSidecar(m.text).sidecar!.annotations.map((a) => a.id);
    assert.ok(!ids.includes('a-5p2v7hj'));
    assert.ok(m.text.includes('normalized: P5Y'));
  });

  it('never overwrites a disk file that does not parse', () => {
    const ours = confirmMention(ctx(BASE), five).text;
    assert.throws(() => mergeSidecars(BASE, ours, BASE.replace('version: 1', 'version: [')), SidecarEditError);
  });

  it('unchanged on both sides gives theirs byte for byte', () => {
    const m = mergeSidecars(BASE, BASE, BASE);
    assert.equal(m.text, BASE);
    assert.equal(m.changed, false);
  });
});
