import assert from 'node:assert/strict';
import { reviewFindings } from '../../../src/core/checks/review';
import { ambiguousDateNote, extract, unresolvedDateReason } from '../../../src/core/extract';
import { buildModel, correctMention } from '../../../src/core/model';
import { inputOf } from './helpers';

describe('checks: ambiguous-date (review)', () => {
  const ambiguous = (text: string, reject: string[] = []) => reviewFindings(inputOf(text, { reject })).filter((f) => f.code === 'ambiguous-date');

  it('reports a numeric date whose day-month order nothing settles, with both readings and what settles it', () => {
    const text = 'The decree of 03/04/2026 took effect.';
    // The engine leaves it unresolved rather than guessing (guideline 23: null where it cannot be resolved).
    const m = extract(text, { referenceDate: '2025-06-10' }).mentions.find((x) => x.text === '03/04/2026');
    assert.equal(m?.kind === 'date' && m.normalized, null);
    const [f, ...rest] = ambiguous(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f.start, f.end), '03/04/2026');
    assert.deepEqual([f.kind, f.level], ['unverified', 'warning']);
    assert.match(f.message, /3 April or 4 March 2026/);
    assert.match(f.message, /dateOrder/);
  });

  it('stays quiet once the order is known (evidence, option, front matter), on a part over 12, equal parts and rejected detections', () => {
    assert.deepEqual(ambiguous('A letter of 17/02/2026 preceded the decree of 03/04/2026.'), []);
    assert.deepEqual(ambiguous('---\ndate: 2026-02-10\ndateOrder: MDY\n---\n\nThe decree of 03/04/2026 took effect.'), []);
    assert.deepEqual(ambiguous('The decree of 13/04/2026 took effect on 05/05/2026.'), []);
    assert.deepEqual(ambiguous('The decree of 03/04/2026 took effect.', ['03/04/2026']), []);
  });

  it('goes away when a reviewer gives the date its meaning', () => {
    const text = 'The decree of 03/04/2026 took effect.';
    const mentions = extract(text, { referenceDate: '2025-06-10' }).mentions;
    const m = mentions.find((x) => x.text === '03/04/2026')!;
    const sidecar = correctMention({ text, sidecar: undefined, articleName: 'article.md', referenceDate: '2025-06-10' }, m, { kind: 'date', type: 'date', normalized: '2026-04-03' }).text;
    const model = buildModel(text, mentions, sidecar);
    assert.deepEqual(reviewFindings({ text, mentions: model.mentions, orphans: [] }).filter((f) => f.code === 'ambiguous-date'), []);
  });

  it('explains an unresolved date from its wording, and nothing else', () => {
    assert.match(ambiguousDateNote('4.5.2025')!, /4 May or 5 April 2025/);
    assert.equal(ambiguousDateNote('4/22/2016'), null);
    assert.equal(ambiguousDateNote('April 3'), null);
    assert.match(unresolvedDateReason('April 31')!, /April has 30 days/);
    assert.match(unresolvedDateReason('03/04/2026')!, /day-month order unknown/);
    assert.equal(unresolvedDateReason('next week'), null);
  });
});
