import assert from 'node:assert/strict';
import { figure, mentions } from './helpers';

const figures = (text: string): string[] => mentions(text).filter((m) => m.kind === 'figure').map((m) => m.text);

describe('extract: dollars written with their country\'s letters', () => {
  it('reads N$, RD$, J$ and their kin as those dollars', () => {
    for (const [text, span, unit] of [
      ['The government had budgeted N$1.2 billion for roads.', 'N$1.2 billion', 'NAD'],
      ['The state will pay about RD$1.1 billion a year.', 'RD$1.1 billion', 'DOP'],
      ['Kingston raised J$4 billion in bonds.', 'J$4 billion', 'JMD'],
      ['Port of Spain set aside TT$900 million.', 'TT$900 million', 'TTD'],
    ]) {
      const f = figure(text, span);
      assert.equal(f.unit, unit, text);
      assert.equal(f.type, 'money', text);
    }
  });
});

describe('extract: rates of flow', () => {
  it('reads cubic feet per second and cusecs as one unit', () => {
    assert.equal(figure('It guarantees at least 35,000 cubic feet per second (cusecs) in alternate blocks.', '35,000 cubic feet per second').unit, 'cubic feet per second');
    assert.equal(figure('The flow fell to 27,633 cusecs in April.', '27,633 cusecs').unit, 'cubic feet per second');
  });
});

describe('extract: "one" as a pronoun or in an idiom, and occurrences counted with "times"', () => {
  it('makes no count of "the old one" or "one … for another"', () => {
    assert.deepEqual(figures('Both wanted a new accord signed well before the old one lapses.'), []);
    assert.deepEqual(figures('"We will not trade one national treasure for another," she said.'), []);
    assert.deepEqual(figures('Only one country voted no.'), ['one']);
    for (const text of ['Later one soldier died of his wounds.', 'They kept the old one-child policy.', 'Each side handed one prisoner to the other side.']) {
      assert.deepEqual(figures(text), ['one'], text);
    }
  });

  it('counts occurrences before "and", "but" or "or"', () => {
    assert.equal(figure('The company had redrawn its turbine layout three times and would restore the ground.', 'three').unit, 'times');
    assert.deepEqual(figures('Output rose three times the rate of 2024.'), []);
    assert.deepEqual(figures('The bond was oversubscribed three times over.'), []);
  });
});
