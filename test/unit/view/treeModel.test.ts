import assert from 'node:assert/strict';
import {
  GROUPS, buildTree, buildTreeSteps, chronoKey, countMentions, findMentionNode, groupSpec, mentionDescription,
  type ArticleTreeNode, type EntityNode, type FigureTypeNode, type GroupNode, type MentionNode, type OrphanNode,
} from '../../../src/view';
import { actor, date, figure, orphan, view } from './helpers';

const URI = 'file:///articles/lithium.md';

function group(roots: GroupNode[], id: string): GroupNode {
  const g = roots.find((r) => r.id === id);
  assert.ok(g, `group ${id}`);
  return g;
}

const texts = (nodes: readonly ArticleTreeNode[]) => nodes.map((n) => (n as MentionNode).mention.text);

describe('view/treeModel buildTree', () => {
  const article = view([
    actor(0, 'Amara Okafor', 'Amara Okafor', 'person', { decision: 'confirmed' }),
    actor(20, 'Kenya', 'Kenya', 'state'),
    actor(30, 'Okafor', 'Amara Okafor', 'person'),
    actor(40, 'Georgia', 'Georgia', 'state'),
    actor(50, 'Georgia', 'Georgia', 'person'),
    actor(60, 'Kenya', 'Kenya', 'state'),
    actor(70, 'Okafor', 'Amara Okafor', 'person', { decision: 'rejected' }),
    actor(80, 'Bolivia', 'Bolivia', 'state'),
    figure(100, '12 percent', 'percent'),
    figure(120, '$2.5 billion', 'money', { status: 'verified' }),
    figure(140, '400 troops', 'count'),
    figure(160, '$9 million', 'money', { decision: 'rejected' }),
    figure(180, '3%', 'percent'),
    date(200, 'next month', null),
    date(220, 'June 2, 2025', '2025-06-02'),
    date(240, '60 days', 'P60D'),
    date(260, '2024', '2024'),
    date(280, 'the 1980s', '198X'),
    date(300, '7 April', '--04-07'),
    date(320, 'May 2025', '2025-05', { decision: 'rejected' }),
    date(340, 'June 2025', '2025-06'),
  ]);
  const roots = buildTree(article, URI);

  it('shows actors, figures and dates, and no orphans group when nothing is orphaned', () => {
    assert.deepEqual(roots.map((g) => g.id), ['actors', 'figures', 'dates']);
    assert.deepEqual(buildTree(view([]), URI).map((g) => g.id), ['actors', 'figures', 'dates'], 'empty groups stay');
    assert.deepEqual(buildTree(view([]), URI).map((g) => g.children.length), [0, 0, 0]);
  });

  it('groups actors by type and canonical name, most mentioned first, then by name', () => {
    const entities = group(roots, 'actors').children as EntityNode[];
    assert.deepEqual(entities.map((e) => `${e.actorType}:${e.canonical}:${e.children.length}`), [
      'person:Amara Okafor:2', 'state:Kenya:2', 'state:Bolivia:1', 'state:Georgia:1', 'person:Georgia:1',
    ]);
    assert.deepEqual(texts(entities[0].children), ['Amara Okafor', 'Okafor'], 'mentions in text order, rejected left out');
  });

  it('keeps actors of equal count and name apart, in order of first mention', () => {
    const entities = group(roots, 'actors').children as EntityNode[];
    assert.deepEqual(entities.filter((e) => e.canonical === 'Georgia').map((e) => e.actorType), ['state', 'person']);
  });

  it('groups figures by type, types in alphabetical order, without rejected ones', () => {
    const types = group(roots, 'figures').children as FigureTypeNode[];
    assert.deepEqual(types.map((t) => t.figureType), ['count', 'money', 'percent']);
    assert.deepEqual(types.map((t) => texts(t.children)), [['400 troops'], ['$2.5 billion'], ['12 percent', '3%']]);
  });

  it('lists dates chronologically, unresolved, periods and yearless dates last in text order', () => {
    const dates = group(roots, 'dates').children;
    assert.deepEqual(texts(dates), ['the 1980s', '2024', 'June 2025', 'June 2, 2025', 'next month', '60 days', '7 April']);
  });

  it('counts mentions under each node', () => {
    assert.deepEqual(roots.map(countMentions), [7, 4, 7]);
    assert.equal(countMentions(group(roots, 'actors').children[0]), 2);
  });

  it('lists orphaned annotations last, in sidecar order', () => {
    const withOrphans = buildTree(view([actor(0, 'Chad')], [orphan('a-2', 'Nairobi'), orphan('a-1', 'Mombasa')]), URI);
    assert.deepEqual(withOrphans.map((g) => g.id), ['actors', 'figures', 'dates', 'orphans']);
    const orphans = group(withOrphans, 'orphans').children as OrphanNode[];
    assert.deepEqual(orphans.map((o) => o.annotation.id), ['a-2', 'a-1']);
    assert.equal(countMentions(group(withOrphans, 'orphans')), 2);
  });

  it('links every node to its parent', () => {
    const check = (node: ArticleTreeNode) => {
      if (!('children' in node)) return;
      for (const child of node.children) {
        assert.equal(child.type === 'group' ? undefined : child.parent, node);
        check(child);
      }
    };
    roots.forEach(check);
  });

  it('gives every node a typed reference to its article', () => {
    const entity = group(roots, 'actors').children[0] as EntityNode;
    assert.deepEqual(group(roots, 'actors').ref, { kind: 'group', uri: URI, group: 'actors' });
    assert.deepEqual(entity.ref, { kind: 'entity', uri: URI, actorType: 'person', canonical: 'Amara Okafor' });
    assert.deepEqual(entity.children[1].ref, { kind: 'mention', uri: URI, start: 30, end: 36 });
    assert.deepEqual(group(roots, 'figures').children[0].ref, { kind: 'figureType', uri: URI, figureType: 'count' });
    const withOrphan = buildTree(view([], [orphan('a-9', 'Nairobi')]), URI);
    assert.deepEqual(group(withOrphan, 'orphans').children[0].ref, { kind: 'orphan', uri: URI, annotationId: 'a-9' });
  });

  it('finds the mention node at given offsets', () => {
    assert.equal(findMentionNode(roots, 30, 36)?.mention.text, 'Okafor');
    assert.equal(findMentionNode(roots, 340, 349)?.mention.text, 'June 2025');
    assert.equal(findMentionNode(roots, 70, 76), undefined, 'rejected mentions have no node');
    assert.equal(findMentionNode(roots, 30, 35), undefined);
  });
});

describe('view/treeModel groups table and sort keys', () => {
  it('describes each group once, with its icon', () => {
    assert.deepEqual(GROUPS.map((g) => [g.id, g.members, g.icon, g.hideWhenEmpty]), [
      ['actors', 'actor', 'account', false],
      ['figures', 'figure', 'symbol-number', false],
      ['dates', 'date', 'calendar', false],
      ['orphans', 'orphans', 'warning', true],
    ]);
    assert.equal(groupSpec('dates').icon, 'calendar');
  });

  it('keys dates by their normalised form, decades as their first year, the rest after all digits', () => {
    assert.equal(chronoKey(date(5, 'June 2, 2025', '2025-06-02')), '2025-06-02');
    assert.equal(chronoKey(date(5, 'the 1980s', '198X')), '1980');
    assert.equal(chronoKey(date(5, 'next month', null)), '~000000000005');
    assert.equal(chronoKey(date(5, '60 days', 'P60D')), '~000000000005');
    assert.ok(chronoKey(date(5, '2099', '2099')) < chronoKey(date(0, 'soon', null)));
  });
});

describe('view/treeText mentionDescription', () => {
  it('ticks decided mentions and describes each kind', () => {
    assert.equal(mentionDescription(figure(0, '400 troops')), '400 troops · unverified');
    assert.equal(mentionDescription(figure(0, '400 troops', 'count', { decision: 'confirmed', status: 'disputed' })), '✓ 400 troops · disputed');
    assert.equal(mentionDescription(figure(0, '400 troops', 'count', { decision: 'confirmed', status: 'verified', checkedBy: 'Jane Doe', checkedAt: '2026-12-06T11:00:00Z' })), '✓ 400 troops · verified by Jane Doe on 6 December 2026');
    assert.equal(mentionDescription(date(0, 'June', '2025-06', { decision: 'added' })), '✓ 2025-06');
    assert.equal(mentionDescription(date(0, 'next month', null)), 'unresolved');
    assert.equal(mentionDescription({ ...actor(0, 'Okafor'), role: 'Foreign Minister' }), 'Foreign Minister');
    assert.equal(mentionDescription(actor(0, 'Okafor', 'Amara Okafor', 'person', { decision: 'confirmed' })), '✓');
    assert.equal(mentionDescription(actor(0, 'Okafor')), '');
  });

  it('in steps, pauses every 4,000 mentions placed, and dates come out in chronological order with unresolved ones last', () => {
    const mentions = Array.from({ length: 12_000 }, (_, i) => (i % 3 === 0
      ? actor(i * 10, 'Kenya', 'Kenya', 'state')
      : i % 3 === 1 ? figure(i * 10, '40') : date(i * 10, 'May', i % 7 === 0 ? null : `20${String(i % 90).padStart(2, '0')}-05`)));
    const steps = buildTreeSteps(view(mentions), URI);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.ok(pauses >= 3, `${pauses} pauses`);
    const dates = group(r.value, 'dates').children as MentionNode[];
    const keys = dates.map((n) => chronoKey(n.mention));
    assert.deepEqual(keys, [...keys].sort(), 'chronological, unresolved last in text order');
    assert.equal(dates.length, 4000);
  });
});
