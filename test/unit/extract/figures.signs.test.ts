import assert from 'node:assert/strict';
import { figure, unmarked } from './helpers';

// Signs, per-units and units real articles use (issue 13).
describe('extract: figures with signs and per-units', () => {
  it('takes "minus" or a minus sign into the span and the value', () => {
    const a = figure('Growth was minus 6.5 percent last year.', 'minus 6.5 percent');
    assert.deepEqual([a.value, a.unit], [-6.5, '%']);
    assert.equal(figure('Exports changed -3.2% on the year.', '-3.2%').value, -3.2);
    assert.equal(figure('Demand may grow minus two percent.', 'minus two percent').value, -2);
  });

  it('keeps direction words outside and the value positive, and ranges and names unsigned', () => {
    assert.equal(figure('It ran a deficit of $3 billion.', '$3 billion').value, 3e9);
    assert.deepEqual(figure('Rates of 2-3% held.', '2-3%').value, [2, 3]);
    unmarked('The COVID-19 response slowed.', '19');
  });

  it('reads per-capita and per-container prices, and per-annum and cubic-feet quantities', () => {
    assert.equal(figure('Income is $2,650 per capita.', '$2,650 per capita').unit, 'USD/capita');
    assert.equal(figure('Freight rose to $2,900 a container.', '$2,900 a container').unit, 'USD/container');
    const t = figure('A plant of 120,000 tonnes per annum opened.', '120,000 tonnes per annum');
    assert.deepEqual([t.value, t.unit], [120000, 'tonnes per annum']);
    const g = figure('The field holds 900 trillion cubic feet of gas.', '900 trillion cubic feet');
    assert.deepEqual([g.value, g.unit], [9e14, 'cubic feet']);
  });
});
