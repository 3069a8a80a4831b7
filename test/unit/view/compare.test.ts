import assert from 'node:assert/strict';
import type { Mention } from '../../../src/core/types';
import { compareItems, compareMarks, type ViewMention } from '../../../src/view';

const text = 'Chile paid $2 billion on March 3.\nPeru agreed with Tokyo.\n';
function at(q: string): { start: number; end: number; text: string } {
  const i = text.indexOf(q);
  return { start: i, end: i + q.length, text: q };
}

describe('view/compare compareItems', () => {
  const ours: ViewMention[] = [
    { kind: 'actor', type: 'state', canonical: 'Chile', origin: 'auto', ...at('Chile') },
    { kind: 'figure', type: 'money', value: 2e9, unit: 'USD', origin: 'auto', ...at('$2 billion') },
    { kind: 'actor', type: 'state', canonical: 'Peru', origin: 'auto', ...at('Peru') },
    { kind: 'actor', type: 'state', canonical: 'Tokyo', origin: 'auto', decision: 'rejected', ...at('Tokyo') },
  ];
  const theirs: Mention[] = [
    { kind: 'actor', type: 'state', canonical: 'Republic of Chile', ...at('Chile') },
    { kind: 'figure', type: 'money', value: 2e9, unit: 'USD', ...at('$2 billion') },
    { kind: 'date', type: 'date', normalized: '2026-03-03', ...at('March 3') },
    { kind: 'actor', type: 'state', canonical: 'Tokyo', ...at('Tokyo') },
  ];
  const items = compareItems(text, ours, theirs);

  it('lists one item per disagreement, in article order, with line numbers', () => {
    assert.deepEqual(items.map((i) => i.label), [
      'line 1 · meaning differs',
      'line 1 · only in the other sidecar',
      'line 2 · only in this sidecar',
      'line 2 · only in the other sidecar',
    ]);
    assert.match(items[0].detail, /this: actor\/state “Chile” \(Chile\) · other: actor\/state “Chile” \(Republic of Chile\)/);
  });

  it('taking the other side: correct a meaning, add what we lack, reject what they lack, confirm what we rejected', () => {
    assert.deepEqual(items.map((i) => i.takeOther.map((o) => o.op)), [['correct'], ['add'], ['reject'], ['confirm']]);
    const correct = items[0].takeOther[0];
    assert.ok(correct.op === 'correct' && correct.meaning.kind === 'actor' && correct.meaning.canonical === 'Republic of Chile');
    const add = items[1].takeOther[0];
    assert.ok(add.op === 'add' && add.meaning.kind === 'date' && add.meaning.normalized === '2026-03-03');
    assert.deepEqual([add.start, add.end], [at('March 3').start, at('March 3').end]);
  });

  it('marks the other side\'s span, or ours where the other side has nothing', () => {
    assert.deepEqual(compareMarks(items), ['Chile', 'March 3', 'Peru', 'Tokyo'].map((q) => [at(q).start, at(q).end]));
  });
});
