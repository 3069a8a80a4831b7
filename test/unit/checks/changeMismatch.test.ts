import assert from 'node:assert/strict';
import { changeMismatches } from '../../../src/core/checks/changeMismatch';
import { figureSpans, only, quiet } from './helpers';

describe('checks: change-mismatch', () => {
  it('flags a relative change that the two values contradict', () => {
    const text = 'Aid rose 25% from $80 million to $120 million.';
    assert.deepEqual(figureSpans(text), ['25%', '$80 million to $120 million']); // the engine reads "from A to B" as one range
    const f = only(changeMismatches, text);
    assert.equal(f.code, 'change-mismatch');
    assert.equal(f.span, '25%');
    assert.match(f.message, /"25%"/);
    assert.match(f.message, /a rise of 50%/);
    assert.deepEqual(f.related?.map((r) => text.slice(r.start, r.end)), ['$80 million to $120 million']);
  });

  it('reads the values as two figures too ("to $12 billion from $8 billion")', () => {
    const text = 'Defence spending rose by 25% to $12 billion from $8 billion.';
    assert.deepEqual(figureSpans(text), ['25%', '$12 billion', '$8 billion']);
    const f = only(changeMismatches, text);
    assert.match(f.message, /from "\$8 billion" to "\$12 billion" is a rise of 50%/);
  });

  it('reads "B, up from A" with the change after it', () => {
    const text = 'The deal would create 20,000 jobs, up from 15,000 promised in 2023, an increase of a half.';
    const f = only(changeMismatches, text);
    assert.equal(f.span, 'a half');
    assert.match(f.message, /from "15,000" to "20,000" is a rise of 33\.33%/);
    quiet(changeMismatches, 'The deal would create 20,000 jobs, up from 15,000 promised in 2023, an increase of a third.');
  });

  it('flags multiplier words: doubled, halved, tripled', () => {
    const doubled = only(changeMismatches, 'Troop numbers doubled from 40 to 100.');
    assert.equal(doubled.span, 'doubled');
    assert.match(doubled.message, /factor of 2\.5/);
    const halved = only(changeMismatches, 'Imports halved from $40 billion to $25 billion.');
    assert.equal(halved.span, 'halved');
    assert.match(halved.message, /1\/1\.6/);
    assert.equal(only(changeMismatches, 'Arrivals tripled from 2,000 to 4,000.').span, 'tripled');
  });

  it('flags "fell by a third" and an absolute change in the values\' unit', () => {
    const third = only(changeMismatches, 'Arrivals fell by a third from 9,000 to 7,500.');
    assert.equal(third.span, 'a third');
    assert.match(third.message, /a fall of 16\.67%/);
    const abs = only(changeMismatches, 'Spending rose $2 billion from $8 billion to $12 billion.');
    assert.equal(abs.span, '$2 billion');
    assert.match(abs.message, /a rise of \$4 billion/);
  });

  it('flags a change whose direction contradicts the values', () => {
    assert.match(only(changeMismatches, 'Exports fell 50% from $8 billion to $12 billion.').message, /a rise of 50%/);
    assert.match(only(changeMismatches, 'Imports rose 50% from $12 billion to $6 billion.').message, /a fall of 50%/);
  });

  it('stays quiet when the stated change is right within rounding and hedges', () => {
    quiet(changeMismatches, 'Trade rose 50% from 80 to 120 billion dollars.');
    quiet(changeMismatches, 'Exports increased 12% to $4.5 billion from $4 billion.'); // "$4 billion" may be 3.5–4.5
    quiet(changeMismatches, 'Troop numbers more than doubled from 40 to 100.');
    quiet(changeMismatches, 'Arrivals fell by a third from 9,000 to 6,000.');
    quiet(changeMismatches, 'The fleet roughly doubled from 40 ships to 85 ships.');
  });

  it('stays quiet on figures that are no stated change', () => {
    quiet(changeMismatches, 'Kenya holds 25% of the bonds, and its reserves range from $80 million to $120 million.');
    quiet(changeMismatches, 'About 25% of exports went from Mombasa to 120 ports.');
    quiet(changeMismatches, 'Aid rose 25% from $80 million to $120 million.', { reject: ['25%'] });
  });
});
