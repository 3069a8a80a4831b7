// Figures read from their context: percentage points where the sentence talks of a share or rate, "one" as a
// pronoun, and counted nouns whose plural is the singular form (guidelines 15, 19, 21). Sentences written for this file.
import assert from 'node:assert/strict';
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
