// Figure values: shares, percentage points, ranges and scaled values (guidelines 16, 17, 21).
// Sentences written for this file.
import assert from 'node:assert/strict';
import { date, figure, mentions } from './helpers';

describe('extract: shares and percentage points (guidelines 17, 21)', () => {
  it('reads a hyphenated "one-fifth" as a share', () => {
    const f = figure('The budget shrank by one-fifth, officials said.', 'one-fifth');
    assert.deepEqual([f.type, f.value, f.unit], ['percent', 20, '%']);
  });

  it('reads hyphenated percentage-point and basis-point modifiers', () => {
    const f = figure('Lawmakers backed a 1.5 percentage-point cut in the duty.', '1.5 percentage-point');
    assert.deepEqual([f.type, f.value, f.unit], ['percent', 1.5, 'pp']);
    assert.equal(figure('The bank made a 75 basis-point move.', '75 basis-point').unit, 'basis points');
  });

  it('reads a fraction of a point as percentage points', () => {
    const q = figure('The central bank raised its rate by a quarter point on Friday.', 'a quarter point');
    assert.deepEqual([q.type, q.value, q.unit], ['percent', 0.25, 'pp']);
    assert.equal(figure('Growth slowed by half a percentage point.', 'half a percentage point').value, 0.5);
    assert.equal(figure('Yields rose three-quarters of a point in a week.', 'three-quarters of a point').value, 0.75);
  });

  it('takes a hedged fraction as a share even before a verb, not before a time unit', () => {
    const f = figure('Of the aid, almost a third goes to schools.', 'a third');
    assert.equal(f.value, 33.33);
    assert.equal(f.approx, true);
    // Not a share: the whole phrase is a duration (guideline 23).
    assert.equal(date('It lasted nearly a quarter of a century.', 'a quarter of a century').normalized, 'P25Y');
  });
});

describe('extract: ranges and scaled values (guidelines 16, 21)', () => {
  it('splits a falling "from X to Y" pair into two counts', () => {
    const text = 'The council cut the ceiling from 9,000 to 7,500, citing costs.';
    assert.equal(figure(text, '9,000').value, 9000);
    assert.equal(figure(text, '7,500').value, 7500);
  });

  it('does not start a range at a year written before a grouped number', () => {
    const text = 'Copper sales fell in the second half of 2025 to 3,200 tonnes.';
    assert.equal(figure(text, '3,200 tonnes').value, 3200);
    assert.equal(date(text, 'second half of 2025').normalized, '2025-H2');
  });

  it('has no binary noise in scaled values', () => {
    assert.equal(figure('Imports cost $8.3 billion.', '$8.3 billion').value, 8300000000);
    assert.equal(figure('It holds 4.1 million barrels.', '4.1 million barrels').value, 4100000);
  });

  it('reads "an eighth" and "a sixth" as shares, not "an eighth grader"', () => {
    const f = figure('The fund holds about an eighth of the bonds.', 'an eighth');
    assert.deepEqual([f.type, f.value, f.unit, f.approx], ['percent', 12.5, '%', true]);
    assert.equal(figure('A sixth of the budget went on interest.', 'A sixth').value, 16.67);
    assert.ok(!mentions('An eighth grader spoke at the rally.').some((m) => m.kind === 'figure'));
  });
});


describe('extract: a fraction before a comparative of amount (guideline 17)', () => {
  it('reads the fraction as a share', () => {
    const f = figure('The delta got a third less silt than expected.', 'a third');
    assert.deepEqual([f.type, f.value, f.unit], ['percent', 33.33, '%']);
    assert.equal(figure('Fares were a quarter higher than in spring.', 'a quarter').value, 25);
    assert.equal(figure('Yields came in a fifth below the target.', 'a fifth').value, 20);
    assert.equal(figure('The new ships carry half more fuel.', 'half').value, 50);
  });

  it('leaves a quarter of time before a comparative of time alone', () => {
    assert.equal(mentions('Results came a quarter later than planned.').filter((m) => m.kind === 'figure').length, 0);
  });
});
