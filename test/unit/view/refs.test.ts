import assert from 'node:assert/strict';
import { buildTree, mentionIcon, mentionOf, refOf, TYPE_ICON, type EntityNode, type NodeRef } from '../../../src/view';
import { actor, date, figure, orphan, view } from './helpers';

const URI = 'file:///articles/lithium.md';

describe('view/refs refOf', () => {
  const article = view([actor(0, 'Kenya', 'Kenya', 'state'), figure(10, '40 troops')], [orphan('a-1', 'Nairobi')]);
  const roots = buildTree(article, URI);

  it('reads the reference of any tree node', () => {
    const entity = roots[0].children[0] as EntityNode;
    assert.deepEqual(refOf(roots[0]), { kind: 'group', uri: URI, group: 'actors' });
    assert.deepEqual(refOf(entity), { kind: 'entity', uri: URI, actorType: 'state', canonical: 'Kenya' });
    assert.deepEqual(refOf(entity.children[0]), { kind: 'mention', uri: URI, start: 0, end: 5 });
    assert.deepEqual(refOf(roots[1].children[0]), { kind: 'figureType', uri: URI, figureType: 'count' });
    assert.deepEqual(refOf(roots[3].children[0]), { kind: 'orphan', uri: URI, annotationId: 'a-1' });
  });

  it('accepts the plain JSON of hover links as a mention reference', () => {
    assert.deepEqual(refOf({ uri: URI, start: 3, end: 9 }), { kind: 'mention', uri: URI, start: 3, end: 9 });
    assert.deepEqual(refOf(JSON.parse(JSON.stringify([{ uri: URI, start: 3, end: 9 }]))[0]), { kind: 'mention', uri: URI, start: 3, end: 9 });
  });

  it('accepts a typed reference as it is', () => {
    const refs: NodeRef[] = [
      { kind: 'mention', uri: URI, start: 1, end: 2 },
      { kind: 'entity', uri: URI, actorType: 'person', canonical: 'Amara Okafor' },
      { kind: 'orphan', uri: URI, annotationId: 'a-7' },
    ];
    for (const ref of refs) assert.deepEqual(refOf(ref), ref);
  });

  it('refuses anything else', () => {
    for (const arg of [undefined, null, 'file:///a.md', 42, [], {}, { uri: URI }, { uri: URI, start: '3', end: 9 },
      { uri: 7, start: 3, end: 9 }, { kind: 'orphan', uri: URI }, { kind: 'entity', uri: URI, canonical: 'Kenya' },
      { type: 'mention', mention: actor(0, 'Kenya') }, { ref: { kind: 'mention', uri: URI } }]) {
      assert.equal(refOf(arg), undefined, JSON.stringify(arg));
    }
  });
});

describe('view/refs mentionOf', () => {
  const okafor = actor(0, 'Okafor', 'Amara Okafor', 'person', { decision: 'rejected' });
  const full = actor(10, 'Amara Okafor');
  const later = actor(30, 'Okafor', 'Amara Okafor');
  const article = view([okafor, full, later, date(50, 'June', '2025-06')]);

  it('finds a mention by its offsets, even a rejected one (it can be confirmed again)', () => {
    assert.equal(mentionOf({ kind: 'mention', uri: URI, start: 30, end: 36 }, article), later);
    assert.equal(mentionOf({ kind: 'mention', uri: URI, start: 0, end: 6 }, article), okafor);
    assert.equal(mentionOf({ kind: 'mention', uri: URI, start: 30, end: 35 }, article), undefined);
  });

  it('stands an entity for its first visible mention of the same type', () => {
    assert.equal(mentionOf({ kind: 'entity', uri: URI, actorType: 'person', canonical: 'Amara Okafor' }, article), full);
    assert.equal(mentionOf({ kind: 'entity', uri: URI, actorType: 'state', canonical: 'Amara Okafor' }, article), undefined);
  });

  it('gives groups and orphans no mention', () => {
    assert.equal(mentionOf({ kind: 'group', uri: URI, group: 'actors' }, article), undefined);
    assert.equal(mentionOf({ kind: 'orphan', uri: URI, annotationId: 'a-1' }, article), undefined);
  });
});

describe('view/icons', () => {
  it('shows a figure check status, a calendar for dates, nothing for actors', () => {
    assert.equal(mentionIcon(figure(0, '4 tanks')), 'circle-outline');
    assert.equal(mentionIcon(figure(0, '4 tanks', 'count', { status: 'verified' })), 'verified');
    assert.equal(mentionIcon(figure(0, '4 tanks', 'count', { status: 'disputed' })), 'warning');
    assert.equal(mentionIcon(date(0, 'June', '2025-06')), 'calendar');
    assert.equal(mentionIcon(actor(0, 'Chad')), undefined);
    assert.equal(TYPE_ICON.state, 'globe');
  });
});
