import assert from 'node:assert/strict';
import { parseFigureAnswer } from '../../../src/view';

describe('view/figureAnswer parseFigureAnswer', () => {
  it('reads a value and its unit', () => {
    assert.deepEqual(parseFigureAnswer('2500000000 USD', 'money'), { kind: 'figure', type: 'money', value: 2_500_000_000, unit: 'USD' });
    assert.deepEqual(parseFigureAnswer('  12%  ', 'percent'), { kind: 'figure', type: 'percent', value: 12, unit: '%' });
    assert.deepEqual(parseFigureAnswer('-2.5 pp', 'percent'), { kind: 'figure', type: 'percent', value: -2.5, unit: 'pp' });
  });

  it('drops thousands separators', () => {
    assert.deepEqual(parseFigureAnswer('4,000 troops', 'count'), { kind: 'figure', type: 'count', value: 4000, unit: 'troops' });
    assert.deepEqual(parseFigureAnswer('1,250,000.5 tonnes', 'quantity'), { kind: 'figure', type: 'quantity', value: 1_250_000.5, unit: 'tonnes' });
  });

  it('reads ranges with a hyphen, an en dash or "to"', () => {
    for (const answer of ['3-5 %', '3 - 5 %', '3–5 %', '3 to 5 %']) {
      assert.deepEqual(parseFigureAnswer(answer, 'percent'), { kind: 'figure', type: 'percent', value: [3, 5], unit: '%' }, answer);
    }
    assert.deepEqual(parseFigureAnswer('1,000-2,000 refugees', 'count'), { kind: 'figure', type: 'count', value: [1000, 2000], unit: 'refugees' });
  });

  it('accepts a bare number (empty unit)', () => {
    assert.deepEqual(parseFigureAnswer('40', 'count'), { kind: 'figure', type: 'count', value: 40, unit: '' });
  });

  it('refuses answers that do not start with a number, or whose numbers are malformed', () => {
    for (const answer of ['', '   ', 'USD 5', 'about 40 troops', '1.2.3 km', '3-4.5.6 %', '. %']) {
      assert.equal(parseFigureAnswer(answer, 'count'), undefined, JSON.stringify(answer));
    }
  });
});
