// Figures read from their context: percentage points where the sentence talks of a share or rate, "one" as a
// pronoun, and counted nouns whose plural is the singular form (guidelines 15, 19, 21). Sentences written for this file.
import assert from 'node:assert/strict';
import { wordAfter } from '../../../src/core/extract/figures/context';
import { figure, mentions, unmarked } from './helpers';

describe('extract: figures read from their context', () => {
  it('reads bare points as percentage points when the sentence names a share or rate', () => {
    const share = figure("The carmaker's share of the European market slipped 2.3 points last year.", '2.3 points');
    assert.deepEqual([share.type, share.value, share.unit], ['percent', 2.3, 'pp']);
    const rate = figure('The jobless rate rose 0.4 points in the autumn.', '0.4 points');
    assert.deepEqual([rate.type, rate.unit], ['percent', 'pp']);
    assert.equal(figure("Turnout was up 6 points on the last vote.", '6 points').unit, 'pp');
  });

  it('keeps points of an index or a score as points', () => {
    const index = figure('The main stock index fell 40 points on Monday.', '40 points');
    assert.deepEqual([index.type, index.unit], ['count', 'points']);
    assert.equal(figure('The visitors won by 12 points.', '12 points').unit, 'points');
  });

  it('does not count "one" after a determiner or an ordinal', () => {
    unmarked('The second plant opens in May if the first one holds up.', 'one');
    unmarked('Officials said this one would be cheaper.', 'one');
    const f = figure('Inspectors visited only one site in March.', 'one');
    assert.deepEqual([f.value, f.unit], [1, 'site']);
  });

  it('keeps a compound whose head has no plural ending', () => {
    assert.equal(figure('The navy bought four patrol aircraft from Brazil.', 'four').unit, 'patrol aircraft');
    assert.equal(figure('The mission sent 30 border police to the crossing.', '30').unit, 'border police');
    assert.equal(mentions('The airline retired two aircraft.').filter((m) => m.kind === 'figure').length, 1);
  });
});

describe('figures: the word after a number, read in place', () => {
  it('matches what the pattern finds on the 40-character window, also when the word runs past it', () => {
    const text = `12 - ${'x'.repeat(50)} and 7 ${' '.repeat(45)}troops, then 9 aid workers`;
    for (const pos of [2, text.indexOf('7') + 1, text.lastIndexOf('9') + 1]) {
      const inPlace = wordAfter(text, pos, 40);
      const sliced = /^[\s-]*([\p{L}][\p{L}'’-]*)/u.exec(text.slice(pos, pos + 40));
      assert.deepEqual(inPlace && [inPlace[0], inPlace[1]], sliced && [sliced[0], sliced[1]], `at ${pos}`);
    }
    assert.equal(wordAfter(text, 2, 40)?.[1].length, 37, 'a long word is cut at the window as before');
    assert.equal(wordAfter(text, text.indexOf('7') + 1, 40), null, 'a word past the window is not read');
  });
});
