import assert from 'node:assert/strict';
import { planMarks, styleOf, type MarkOptions } from '../../../src/view';
import { actor, date, figure, view } from './helpers';

const ALL: MarkOptions = { enabled: true, kinds: { actor: true, figure: true, date: true }, maxMarks: 5000 };

describe('view/marks styleOf', () => {
  it('draws detected mentions dotted and decided ones solid, per kind', () => {
    assert.equal(styleOf(actor(0, 'Chad')), 'actor.detected');
    assert.equal(styleOf(actor(0, 'Chad', 'Chad', 'state', { decision: 'confirmed' })), 'actor.confirmed');
    assert.equal(styleOf(date(0, 'May 2025', '2025-05', { decision: 'added' })), 'date.confirmed');
    assert.equal(styleOf(date(0, 'May 2025', '2025-05')), 'date.detected');
    assert.equal(styleOf(figure(0, '40')), 'figure.detected');
    assert.equal(styleOf(figure(0, '40', 'count', { decision: 'confirmed', status: 'unverified' })), 'figure.confirmed');
  });

  it('lets a figure check status win over the decision', () => {
    assert.equal(styleOf(figure(0, '40', 'count', { status: 'verified' })), 'figure.verified');
    assert.equal(styleOf(figure(0, '40', 'count', { decision: 'confirmed', status: 'disputed' })), 'figure.disputed');
  });
});

describe('view/marks planMarks', () => {
  // "Chad sent 400 troops in May 2025."
  const chad = actor(0, 'Chad', 'Chad', 'state', { decision: 'confirmed', note: 'check the source' });
  const troops = figure(10, '400 troops', 'count', { status: 'verified' });
  const may = date(24, 'May 2025', '2025-05');
  const sent = actor(5, 'sent', 'Sent', 'person', { decision: 'rejected' });
  const article = view([chad, sent, troops, may]);

  it('plans offsets per style, a note marker at the end of a noted mention, and skips rejected ones', () => {
    assert.deepEqual(planMarks(article, ALL), {
      marks: { 'actor.confirmed': [[0, 4]], note: [[4, 4]], 'figure.verified': [[10, 20]], 'date.detected': [[24, 32]] },
      capped: false,
    });
  });

  it('draws nothing when marks are off', () => {
    assert.deepEqual(planMarks(article, { ...ALL, enabled: false }), { marks: {}, capped: false });
  });

  it('leaves out a kind that is toggled off, and its notes', () => {
    const { marks } = planMarks(article, { ...ALL, kinds: { actor: false, figure: true, date: true } });
    assert.deepEqual(marks, { 'figure.verified': [[10, 20]], 'date.detected': [[24, 32]] });
    const noFigures = planMarks(article, { ...ALL, kinds: { actor: true, figure: false, date: true } }).marks;
    assert.deepEqual(Object.keys(noFigures).sort(), ['actor.confirmed', 'date.detected', 'note']);
  });

  it('stops at the cap, in text order, and says so; rejected and hidden mentions do not count', () => {
    assert.deepEqual(planMarks(article, { ...ALL, maxMarks: 2 }), {
      marks: { 'actor.confirmed': [[0, 4]], note: [[4, 4]], 'figure.verified': [[10, 20]] },
      capped: true,
    });
    assert.equal(planMarks(article, { ...ALL, maxMarks: 3 }).capped, false, 'exactly at the cap is not capped');
    const datesOnly = planMarks(article, { ...ALL, maxMarks: 1, kinds: { actor: false, figure: false, date: true } });
    assert.deepEqual(datesOnly, { marks: { 'date.detected': [[24, 32]] }, capped: false });
  });
});
