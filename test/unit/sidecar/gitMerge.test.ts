import assert from 'node:assert/strict';
import { checkArticleText } from '../../../src/cli/checkArticleText';
import { createTarget } from '../../../src/core/anchor';
import { confirmMention, rejectMention, buildModel } from '../../../src/core/model';
import { conflictProblems, mergeForGit, parseSidecar, writeSidecar, type SidecarAnnotation } from '../../../src/core/sidecar';
import { mentionDescription } from '../../../src/view';

const TEXT = 'Kenya and Japan signed a deal on March 3, 2026.\nKenya will pay $5 million.\n';

function annotation(id: string, exact: string, fields: Partial<SidecarAnnotation> & Pick<SidecarAnnotation, 'kind' | 'type' | 'decision'>): SidecarAnnotation {
  const start = TEXT.indexOf(exact);
  const t = createTarget(TEXT, start, start + exact.length);
  return { id, quote: t.quote, start: t.start, end: t.end, ...fields };
}

const money = (extra: Partial<SidecarAnnotation> = {}): SidecarAnnotation => annotation('a-money', '$5 million', { kind: 'figure', type: 'money', value: 5000000, unit: 'USD', decision: 'confirmed', ...extra });
const japan = (extra: Partial<SidecarAnnotation> = {}): SidecarAnnotation => annotation('a-japan', 'Japan', { kind: 'actor', type: 'state', decision: 'rejected', ...extra });
const file = (...annotations: SidecarAnnotation[]): string => writeSidecar({ version: 1, article: 'deal.md', referenceDate: null, entities: [], annotations });

describe('sidecar/gitMerge mergeForGit', () => {
  const base = file(japan(), money());

  it('keeps both sides\' decisions and our comments when they touch different annotations or fields', () => {
    const ours = `# our desk\n${file(japan(), money({ status: 'verified' }))}`;
    const theirs = file(japan({ note: 'not a party' }), money({ note: 'treasury' }));
    const r = mergeForGit(base, ours, theirs);
    assert.ok(r.ok);
    assert.deepEqual(r.conflicts, []);
    assert.ok(r.text.startsWith('# our desk\n'));
    const [j, m] = parseSidecar(r.text).sidecar!.annotations;
    assert.deepEqual([j.note, m.status, m.note], ['not a party', 'verified', 'treasury']);
  });

  it('records a clash on the annotation with both values and keeps ours', () => {
    const r = mergeForGit(base, file(japan(), money({ status: 'verified', updated: '2026-03-05T10:00:00Z' })), file(japan(), money({ status: 'disputed', updated: '2026-03-06T10:00:00Z' })));
    assert.ok(r.ok);
    assert.deepEqual(r.conflicts.map((c) => [c.id, c.fields]), [['a-money', ['status']]]);
    const m = parseSidecar(r.text).sidecar!.annotations[1];
    assert.equal(m.status, 'verified');
    assert.equal(m.updated, '2026-03-05T10:00:00Z', 'bookkeeping fields keep ours too');
    assert.deepEqual(m.conflict, { fields: ['status'], ours: '{"status":"verified"}', theirs: '{"status":"disputed"}' });
  });

  it('does not call two different timestamps or positions on the same decision a conflict', () => {
    const r = mergeForGit(base, file(japan({ updated: '2026-03-05T10:00:00Z' }), money()), file(japan({ updated: '2026-03-06T10:00:00Z' }), money()));
    assert.ok(r.ok);
    assert.deepEqual(r.conflicts, []);
    assert.equal(parseSidecar(r.text).sidecar!.annotations[0].updated, '2026-03-05T10:00:00Z');
  });

  it('keeps an annotation one side removed and the other changed, with the conflict recorded', () => {
    const r = mergeForGit(base, file(money()), file(japan({ note: 'keep me' }), money()));
    assert.ok(r.ok);
    const j = parseSidecar(r.text).sidecar!.annotations.find((a) => a.id === 'a-japan')!;
    assert.equal(j.note, 'keep me');
    assert.deepEqual(j.conflict?.fields, ['removed']);
    assert.equal(j.conflict?.ours, 'removed');
  });

  it('refuses malformed input and names the side', () => {
    const r = mergeForGit(base, base, 'version: 1\nannotations: [\n');
    assert.ok(!r.ok);
    assert.match(r.error, /^theirs \(%B\) is not a valid sidecar \(line \d+, column \d+: /);
  });

  it('a recorded conflict is a warning at its block, a tree mark, and any decision on the annotation clears it', () => {
    const r = mergeForGit(base, file(japan(), money({ status: 'verified' })), file(japan(), money({ status: 'disputed' })));
    assert.ok(r.ok);
    const parsed = parseSidecar(r.text);
    const problems = conflictProblems(parsed.sidecar);
    assert.deepEqual(problems.map((p) => [p.annotationId, p.code]), [['a-money', 'merge-conflict']]);
    assert.match(problems[0].message, /status changed on both branches \(ours \{"status":"verified"\}, theirs \{"status":"disputed"\}\)/);
    const checked = checkArticleText({ article: 'deal.md', articleText: TEXT, sidecar: { path: 'deal.md.annotations.yaml', text: r.text } });
    const item = checked.items.find((i) => i.code === 'merge-conflict');
    assert.equal(item?.line, parsed.annotationPosition('a-money')!.line);
    assert.equal(item?.level, 'warning');

    const m = buildModel(TEXT, [], parsed).mentions.find((x) => x.annotationId === 'a-money')!;
    assert.match(mentionDescription(m), /^⚠ merge conflict · ✓ /);
    const ctx = { text: TEXT, sidecar: r.text, articleName: 'deal.md' };
    for (const decided of [confirmMention(ctx, m), rejectMention(ctx, m)]) {
      const after = parseSidecar(decided.text).sidecar!.annotations.find((a) => a.id === 'a-money')!;
      assert.equal(after.conflict, undefined);
      assert.deepEqual(conflictProblems(parseSidecar(decided.text).sidecar), []);
    }
  });
});
