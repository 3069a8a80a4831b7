import assert from 'node:assert/strict';
import { entityKey, isUnverifiedFigure, isVisible } from '../../../src/view';
import { actor, date, figure } from './helpers';

describe('view/articleView', () => {
  it('hides rejected mentions only', () => {
    assert.equal(isVisible(actor(0, 'Kenya', 'Kenya', 'state')), true);
    assert.equal(isVisible(actor(0, 'Kenya', 'Kenya', 'state', { decision: 'confirmed' })), true);
    assert.equal(isVisible(actor(0, 'Kenya', 'Kenya', 'state', { decision: 'rejected' })), false);
  });

  it('keys actors by type and canonical name, other kinds by kind and type', () => {
    assert.equal(entityKey(actor(0, 'Okafor', 'Amara Okafor')), 'person:Amara Okafor');
    assert.equal(entityKey(actor(0, 'Georgia', 'Georgia', 'state')), 'state:Georgia');
    assert.notEqual(entityKey(actor(0, 'Georgia', 'Georgia', 'state')), entityKey(actor(0, 'Georgia', 'Georgia', 'person')));
    assert.equal(entityKey(figure(0, '12%', 'percent')), 'figure:percent');
    assert.equal(entityKey(date(0, 'June', '2025-06')), 'date:date');
  });

  it('counts a figure without a status as unverified, and nothing else', () => {
    assert.equal(isUnverifiedFigure(figure(0, '40')), true);
    assert.equal(isUnverifiedFigure(figure(0, '40', 'count', { status: 'unverified' })), true);
    assert.equal(isUnverifiedFigure(figure(0, '40', 'count', { status: 'verified' })), false);
    assert.equal(isUnverifiedFigure(figure(0, '40', 'count', { status: 'disputed' })), false);
    assert.equal(isUnverifiedFigure(actor(0, 'Kenya')), false);
  });
});
