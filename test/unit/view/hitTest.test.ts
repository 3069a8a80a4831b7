import assert from 'node:assert/strict';
import { mentionAt } from '../../../src/view';
import { actor, date, figure, view } from './helpers';

describe('view/hitTest mentionAt', () => {
  // "Kenya pledged 400 troops on 3 June."
  const kenya = actor(0, 'Kenya', 'Kenya', 'state');
  const troops = figure(14, '400 troops');
  const june = date(28, '3 June', '--06-03');
  const article = view([kenya, troops, june]);

  it('finds the mention an offset is inside, from its first character', () => {
    assert.equal(mentionAt(article, 0), kenya);
    assert.equal(mentionAt(article, 4), kenya);
    assert.equal(mentionAt(article, 14), troops);
    assert.equal(mentionAt(article, 30), june);
  });

  it('finds a mention the offset touches at its end (cursor just after the word)', () => {
    assert.equal(mentionAt(article, 5), kenya);
    assert.equal(mentionAt(article, 24), troops);
    assert.equal(mentionAt(article, 34), june);
  });

  it('finds nothing between mentions or past the last one', () => {
    assert.equal(mentionAt(article, 6), undefined);
    assert.equal(mentionAt(article, 26), undefined);
    assert.equal(mentionAt(article, 35), undefined);
    assert.equal(mentionAt(view([]), 0), undefined);
  });

  it('prefers the mention an offset is inside over one that ends there', () => {
    const a = actor(0, 'Addis', 'Addis Ababa', 'state');
    const b = actor(5, 'Ababa', 'Ababa', 'state');
    assert.equal(mentionAt(view([a, b]), 5), b);
  });

  it('never returns a rejected mention, and looks past it', () => {
    const rejected = actor(0, 'May', 'May', 'person', { decision: 'rejected' });
    assert.equal(mentionAt(view([rejected]), 1), undefined);
    assert.equal(mentionAt(view([rejected]), 3), undefined);
    const month = date(0, 'May 2025', '2025-05');
    assert.equal(mentionAt(view([rejected, month]), 1), month);
  });

  it('stays exact on a long article (the search is binary)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => actor(i * 10, 'Chad', 'Chad', 'state'));
    const long = view(many);
    assert.equal(mentionAt(long, 31_002), many[3100]);
    assert.equal(mentionAt(long, 31_004), many[3100]);
    assert.equal(mentionAt(long, 31_005), undefined);
  });
});
