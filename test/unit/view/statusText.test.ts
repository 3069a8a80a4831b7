import assert from 'node:assert/strict';
import { statusText, unverifiedFigures, visibleCounts, type Localizer } from '../../../src/view';
import { actor, date, figure, view } from './helpers';

/** What vscode.l10n.t does without a translation bundle: fill {0}-style placeholders. */
const english: Localizer = { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };

describe('view/statusText', () => {
  const article = view([
    actor(0, 'Chad', 'Chad', 'state'),
    actor(10, 'Niger', 'Niger', 'state', { decision: 'confirmed' }),
    actor(20, 'May', 'May', 'person', { decision: 'rejected' }),
    figure(30, '400 troops'),
    figure(50, '12%', 'percent', { status: 'verified' }),
    figure(60, '$3bn', 'money', { status: 'disputed' }),
    figure(70, '9 tanks', 'count', { decision: 'rejected' }),
    figure(80, '5 km', 'quantity', { decision: 'confirmed', status: 'unverified' }),
    date(90, 'May 2025', '2025-05'),
  ]);

  it('counts visible mentions per kind and unchecked figures', () => {
    assert.deepEqual(visibleCounts(article), { actors: 2, figures: 4, dates: 1, unverifiedFigures: 2 });
    assert.equal(unverifiedFigures(article), 2);
  });

  it('reads "actors · figures (unverified) · dates"', () => {
    assert.equal(statusText(article, english), 'Policy Lens: 2 actors · 4 figures (2 unverified) · 1 dates');
  });

  it('leaves out the unverified part when every figure is checked', () => {
    const checked = view([figure(0, '12%', 'percent', { status: 'verified' }), actor(10, 'Chad')]);
    assert.equal(statusText(checked, english), 'Policy Lens: 1 actors · 1 figures · 0 dates');
    assert.equal(statusText(view([]), english), 'Policy Lens: 0 actors · 0 figures · 0 dates');
  });

  it('passes every message through the localizer', () => {
    const seen: string[] = [];
    const recording: Localizer = { t: (message, ...args) => (seen.push(message), english.t(message, ...args)) };
    statusText(article, recording);
    assert.deepEqual(seen, ['{0} figures ({1} unverified)', 'Policy Lens: {0} actors · {1} · {2} dates']);
  });
});
