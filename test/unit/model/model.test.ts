import assert from 'node:assert/strict';
import {
  addAnnotation, applyDecisions, buildModel, confirmMention, correctMention, mergeEntities, reattachAnnotation, refreshAnchors,
  rejectMention, removeDecision, renameEntity, setFigureCheck, setNote, decide, type EditContext,
} from '../../../src/core/model';
import { parseSidecar, SidecarEditError } from '../../../src/core/sidecar';
import type { Mention } from '../../../src/core/types';
import { fixture, lineDiff } from '../sidecar/helpers';

const ARTICLE = fixture('call.md');
const SIDECAR = fixture('call.md.annotations.yaml');

function at(text: string, q: string, nth = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(q, i + 1);
  assert.ok(i >= 0, q);
  return { start: i, end: i + q.length, text: q };
}

function autoMentions(text: string): Mention[] {
  return [
    { kind: 'actor', type: 'person', canonical: 'Amara Okafor', role: 'Foreign Minister', ...at(text, 'Amara Okafor') },
    { kind: 'actor', type: 'state', canonical: 'Kenya', ...at(text, 'Kenya') },
    { kind: 'figure', type: 'money', value: 2.5e9, unit: 'USD', ...at(text, '$2.5 billion') },
    { kind: 'date', type: 'period', normalized: 'P5Y', ...at(text, 'five years') },
    { kind: 'figure', type: 'percent', value: 40, unit: '%', approx: true, ...at(text, '40 percent') },
    { kind: 'actor', type: 'person', canonical: 'Amara Okafor', ...at(text, 'Okafor', 2) },
    { kind: 'date', type: 'date', normalized: '2026-03-03', ...at(text, 'March 3, 2026') },
    { kind: 'figure', type: 'quantity', value: 4000, unit: 'tonnes', ...at(text, '4,000') },
  ];
}

const ctx = (sidecar: string | undefined, text = ARTICLE): EditContext => ({ text, sidecar, articleName: 'call.md', referenceDate: '2026-03-04', now: '2026-03-05T10:00:00Z', author: 'tester' });

describe('article model', () => {
  it('merges extracted mentions with decisions', () => {
    const m = buildModel(ARTICLE, autoMentions(ARTICLE), SIDECAR);
    assert.equal(m.sidecarOk, true);
    assert.deepEqual(m.orphans, []);
    const byText = new Map(m.mentions.map((x) => [x.text, x]));
    assert.equal(byText.get('Amara Okafor')!.decision, 'confirmed');
    assert.equal(byText.get('Amara Okafor')!.origin, 'auto');
    assert.equal(byText.get('Amara Okafor')!.annotationId, 'a-0k3x9qz');
    assert.equal(byText.get('five years')!.decision, undefined);
    assert.equal(byText.get('$2.5 billion')!.status, 'verified');
    assert.equal(byText.get('$2.5 billion')!.source, 'https://treasury.go.ke/press/2026-03-03');
    assert.equal(byText.get('40 percent')!.status, 'unverified');
    assert.equal(byText.get('4,000')!.decision, 'rejected');
    assert.deepEqual(m.mentions.map((x) => x.start), [...m.mentions.map((x) => x.start)].sort((a, b) => a - b));
  });

  it('keeps a manual annotation the extractor does not produce and lets it supersede overlapping mentions', () => {
    const added = addAnnotation(ctx(SIDECAR), at(ARTICLE, '4,000 tonnes').start, at(ARTICLE, '4,000 tonnes').end, { kind: 'figure', type: 'quantity', value: 4000, unit: 'tonnes' });
    const m = buildModel(ARTICLE, autoMentions(ARTICLE), added.text);
    const hits = m.mentions.filter((x) => x.start === at(ARTICLE, '4,000').start);
    assert.deepEqual(hits.map((x) => [x.text, x.origin, x.decision]), [['4,000 tonnes', 'manual', 'added']]);
  });

  it('lists annotations that cannot be re-anchored as orphans and never drops them', () => {
    const edited = ARTICLE.replace('March 3, 2026', 'the first Monday of March');
    const m = buildModel(edited, [], SIDECAR);
    assert.deepEqual(m.orphans.map((a) => a.id), ['a-4n6t5ye']);
    assert.equal(m.anchors.length, 6);
  });

  it('re-anchors after the article was edited above the annotations', () => {
    const edited = 'Update: corrected the headline.\n\n' + ARTICLE;
    const m = buildModel(edited, autoMentions(edited), SIDECAR);
    assert.deepEqual(m.orphans, []);
    assert.ok(m.anchors.every((a) => a.result.status === 'moved'));
    assert.equal(m.mentions.find((x) => x.annotationId === 'a-2f9d0sa')!.text, '$2.5 billion');
  });

  it('applyDecisions leaves rejected out, includes added, tags origin and status', () => {
    const added = addAnnotation(ctx(SIDECAR), at(ARTICLE, 'Sweden').start, at(ARTICLE, 'Sweden').end, { kind: 'actor', type: 'state', canonical: 'Sweden' }).text;
    const out = applyDecisions(autoMentions(ARTICLE), added, ARTICLE);
    assert.ok(!out.some((x) => x.text === '4,000'));
    const sweden = out.find((x) => x.text === 'Sweden')!;
    assert.deepEqual([sweden.origin, sweden.decision, sweden.kind === 'actor' && sweden.canonical], ['manual', 'added', 'Sweden']);
    assert.equal(out.find((x) => x.text === '$2.5 billion')!.status, 'verified');
  });
});

describe('model operations', () => {
  const mentions = autoMentions(ARTICLE);
  const five = mentions.find((m) => m.text === 'five years')!;
  const pct = mentions.find((m) => m.text === '40 percent')!;

  it('confirm creates one new block in position order and nothing else changes', () => {
    const r = confirmMention(ctx(SIDECAR), five);
    assert.ok(r.changed);
    const d = lineDiff(SIDECAR, r.text);
    assert.deepEqual(d.removed, []);
    assert.ok(d.added.includes(`  - id: ${r.id}`));
    assert.ok(d.added.includes('    normalized: P5Y'));
    assert.ok(d.added.includes('    created: 2026-03-05T10:00:00Z'));
    const ids = parseSidecar(r.text).sidecar!.annotations.map((a) => a.id);
    assert.deepEqual(ids, ['a-0k3x9qz', 'a-1b7m2pd', 'a-2f9d0sa', r.id, 'a-3r1c8wm', 'a-4n6t5ye', 'a-5p2v7hj']);
    // Idempotent: confirming again writes nothing.
    const again = confirmMention(ctx(r.text), five);
    assert.equal(again.changed, false);
    assert.equal(again.text, r.text);
  });

  it('the same decision gives the same id (stable ids across runs)', () => {
    assert.equal(confirmMention(ctx(SIDECAR), five).id, confirmMention(ctx(SIDECAR), five).id);
  });

  it('reject, then remove decision, round-trips to the original bytes', () => {
    const r = rejectMention(ctx(SIDECAR), five);
    const back = removeDecision(ctx(r.text), five);
    assert.equal(back.text, SIDECAR);
  });

  it('rejecting a confirmed mention touches only its decision line (and updated)', () => {
    const okafor = mentions[0];
    const r = rejectMention(ctx(SIDECAR), okafor);
    const d = lineDiff(SIDECAR, r.text);
    assert.deepEqual(d.removed, ['    decision: confirmed']);
    assert.deepEqual(d.added, ['    decision: rejected', '    updated: 2026-03-05T10:00:00Z']);
  });

  it('sets figure status, source and note', () => {
    const r = setFigureCheck(ctx(SIDECAR), pct, { status: 'disputed', source: 'https://regeringen.se', note: '' });
    const a = parseSidecar(r.text).sidecar!.annotations.find((x) => x.id === 'a-3r1c8wm')!;
    assert.deepEqual([a.status, a.source, a.note], ['disputed', 'https://regeringen.se', undefined]);
    assert.throws(() => setFigureCheck(ctx(SIDECAR), five, { status: 'verified' }), TypeError);
  });

  it('records who set a figure\'s status and when (the audit trail), and shows it in the model', () => {
    const r = setFigureCheck(ctx(SIDECAR), pct, { status: 'verified', source: 'sources/riksdag.md:4' });
    const a = parseSidecar(r.text).sidecar!.annotations.find((x) => x.id === 'a-3r1c8wm')!;
    assert.deepEqual([a.status, a.checkedBy, a.checkedAt], ['verified', 'tester', '2026-03-05T10:00:00Z']);
    assert.match(r.text, /checked_by: tester\n\s+checked_at: 2026-03-05T10:00:00Z/);
    const m = buildModel(ARTICLE, mentions, r.text).mentions.find((x) => x.annotationId === 'a-3r1c8wm')!;
    assert.deepEqual([m.checkedBy, m.checkedAt], ['tester', '2026-03-05T10:00:00Z']);
    // A later check by someone unknown does not keep the earlier name; a note alone is no status change.
    const anonymous = setFigureCheck({ ...ctx(r.text), author: undefined, now: '2026-03-06T09:00:00Z' }, pct, { status: 'disputed' });
    const b = parseSidecar(anonymous.text).sidecar!.annotations.find((x) => x.id === 'a-3r1c8wm')!;
    assert.deepEqual([b.status, b.checkedBy, b.checkedAt], ['disputed', undefined, '2026-03-06T09:00:00Z']);
    const noted = setFigureCheck({ ...ctx(anonymous.text), now: '2026-03-07T09:00:00Z' }, pct, { note: 'asked the ministry' });
    assert.equal(parseSidecar(noted.text).sidecar!.annotations.find((x) => x.id === 'a-3r1c8wm')!.checkedAt, '2026-03-06T09:00:00Z');
  });

  it('adds a note to an undecided mention by confirming it', () => {
    const r = setNote(ctx(SIDECAR), five, 'five-year horizon per the communiqué');
    const a = parseSidecar(r.text).sidecar!.annotations.find((x) => x.id === r.id)!;
    assert.deepEqual([a.decision, a.note], ['confirmed', 'five-year horizon per the communiqué']);
  });

  it('correcting an actor creates the entity once and reuses it', () => {
    const okaforLater = mentions.find((m) => m.text === 'Okafor')!;
    const r1 = correctMention(ctx(SIDECAR), okaforLater, { kind: 'actor', type: 'person', canonical: 'Amara Okafor' });
    const sc = parseSidecar(r1.text).sidecar!;
    assert.equal(sc.entities.length, 2);
    assert.equal(sc.annotations.find((a) => a.id === r1.id)!.entity, 'e-amara-okafor');
    const r2 = correctMention(ctx(SIDECAR), { ...mentions[1] }, { kind: 'actor', type: 'organization', canonical: 'Government of Kenya' });
    assert.equal(parseSidecar(r2.text).sidecar!.entities.length, 3);
  });

  it('renames and merges entities', () => {
    const renamed = renameEntity(ctx(SIDECAR), 'e-kenya', 'Republic of Kenya');
    const e = parseSidecar(renamed.text).sidecar!.entities.find((x) => x.id === 'e-kenya')!;
    assert.deepEqual([e.canonical, e.aliases], ['Republic of Kenya', ['Kenya']]);
    const merged = mergeEntities(ctx(SIDECAR), 'e-kenya', 'e-amara-okafor');
    const sc = parseSidecar(merged.text).sidecar!;
    assert.deepEqual(sc.entities.map((x) => x.id), ['e-amara-okafor']);
    assert.equal(sc.annotations.find((a) => a.id === 'a-1b7m2pd')!.entity, 'e-amara-okafor');
    assert.ok(merged.text.includes('# The minister herself.'));
  });

  it('re-attaches an orphan to a selection', () => {
    const edited = ARTICLE.replace('March 3, 2026', 'the first Tuesday of March');
    assert.deepEqual(buildModel(edited, [], SIDECAR).orphans.map((a) => a.id), ['a-4n6t5ye']);
    const sel = at(edited, 'the first Tuesday of March');
    const r = reattachAnnotation(ctx(SIDECAR, edited), 'a-4n6t5ye', sel.start, sel.end);
    const d = lineDiff(SIDECAR, r.text);
    assert.ok(d.added.includes('      exact: the first Tuesday of March'));
    assert.deepEqual(buildModel(edited, [], r.text).orphans, []);
  });

  it('refreshAnchors rewrites only moved annotations and leaves orphans untouched', () => {
    const edited = ARTICLE.replace('March 3, 2026', 'early March').replace('Okafor met', 'Okafor, who flew in, met');
    const r = refreshAnchors(ctx(SIDECAR, edited));
    const d = lineDiff(SIDECAR, r.text);
    assert.ok(d.removed.every((l) => /^\s+(start|end|prefix|suffix): /.test(l)), d.removed.join('\n'));
    assert.ok(!d.removed.some((l) => l.includes('340')), 'the orphan a-4n6t5ye was rewritten');
    assert.equal(refreshAnchors(ctx(r.text, edited)).changed, false);
  });

  it('creates a sidecar when there is none', () => {
    const r = confirmMention(ctx(undefined), five);
    assert.ok(r.changed);
    const sc = parseSidecar(r.text).sidecar!;
    assert.deepEqual([sc.article, sc.referenceDate, sc.annotations.length], ['call.md', '2026-03-04', 1]);
  });

  it('never writes a sidecar that has errors', () => {
    const broken = SIDECAR.replace('version: 1', 'version: one');
    assert.throws(() => confirmMention(ctx(broken), five), SidecarEditError);
  });
});

describe('article model with a sidecar that has validation errors', () => {
  it('still applies the valid decisions (read-only) and reports the errors', () => {
    const broken = SIDECAR.replace('    status: unverified', '    status: perhaps');
    const m = buildModel(ARTICLE, autoMentions(ARTICLE), broken);
    assert.equal(m.sidecarOk, false);
    assert.deepEqual(m.diagnostics.map((d) => d.code), ['bad-value']);
    assert.equal(m.mentions.find((x) => x.text === '4,000')!.decision, 'rejected');
  });
});

describe('renaming an actor from the editor', () => {
  const mentions = autoMentions(ARTICLE);
  const kenya = mentions.filter((m) => m.kind === 'actor' && m.canonical === 'Kenya');

  it('renames the entity, keeps the old name as an alias and leaves no entity behind, in one patch', () => {
    const out = decide({ text: ARTICLE, sidecar: parseSidecar(SIDECAR), articleName: 'call.md' }, [
      { op: 'renameActor', type: 'state', from: 'Kenya', to: 'Republic of Kenya', mentions: kenya },
    ]);
    const sc = out.parsed.sidecar!;
    const e = sc.entities.filter((x) => x.type === 'state');
    assert.deepEqual(e.map((x) => [x.id, x.canonical, x.aliases]), [['e-kenya', 'Republic of Kenya', ['Kenya']]]);
    const model = buildModel(ARTICLE, mentions, out.text);
    assert.ok(model.mentions.filter((m) => m.kind === 'actor' && m.type === 'state').every((m) => m.kind === 'actor' && m.canonical !== 'Kenya'));
    assert.deepEqual(out.anchors.map((r) => r.status === 'orphaned'), sc.annotations.map(() => false));
  });

  it('renaming to an existing actor merges into it', () => {
    const first = decide({ text: ARTICLE, sidecar: parseSidecar(SIDECAR), articleName: 'call.md' }, [
      { op: 'add', start: ARTICLE.indexOf('Nairobi'), end: ARTICLE.indexOf('Nairobi') + 'Nairobi'.length, meaning: { kind: 'actor', type: 'state', canonical: 'Nairobi' } },
    ]);
    assert.ok(ARTICLE.includes('Nairobi'));
    const out = decide({ text: ARTICLE, sidecar: first.parsed, anchors: first.anchors, articleName: 'call.md' }, [
      { op: 'renameActor', type: 'state', from: 'Nairobi', to: 'Kenya', mentions: [] },
    ]);
    const states = out.parsed.sidecar!.entities.filter((x) => x.type === 'state');
    assert.deepEqual(states.map((x) => [x.canonical, x.aliases]), [['Kenya', ['Nairobi']]]);
  });
});
