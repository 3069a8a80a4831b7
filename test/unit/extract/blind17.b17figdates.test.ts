// Figures and dates the blind17 set showed: currency plurals, possessive counted nouns, deictic units before "after",
// present-tense travel verbs before a weekday, and a forward infinitive after a short phrase. Sentences written for this file.
import assert from 'node:assert/strict';
import { date, figure, mentions } from './helpers';

describe('extract: blind17 figures and dates', () => {
  it('reads the regular plural of every currency word as money', () => {
    const rate = figure('The kwanza weakened to 950 kwanzas to the dollar in March.', '950 kwanzas');
    assert.deepEqual([rate.type, rate.value, rate.unit], ['money', 950, 'AOA']);
    const budget = figure('Luanda approved a budget of 2.1 trillion kwanzas.', '2.1 trillion kwanzas');
    assert.deepEqual([budget.type, budget.value, budget.unit], ['money', 2.1e12, 'AOA']);
    assert.equal(figure('Each household gets 400 rands a month.', '400 rands').unit, 'ZAR');
    assert.equal(figure('Bread now costs 1,500 nairas in Lagos.', '1,500 nairas').unit, 'NGN');
    assert.equal(figure('Miners earn 3,000 leones a day.', '3,000 leones').unit, 'SLE');
    assert.equal(figure('Farmers were paid 900 kwachas per bag.', '900 kwachas per bag').unit, 'ZMW/bag');
    // A demonym still picks its own country's currency; listed irregular plurals keep theirs.
    assert.equal(figure('The levy raised 80 Nigerian nairas in March.', '80 Nigerian nairas').unit, 'NGN');
    assert.equal(figure('The fine was 500 reais.', '500 reais').unit, 'BRL');
  });

  it('keeps plain plural nouns as counts', () => {
    const f = figure('The consortium ordered 12 turbines for the dam.', '12');
    assert.deepEqual([f.type, f.unit], ['count', 'turbines']);
  });

  it('counts the noun of a possessive without its apostrophe', () => {
    const two = figure('Rail carried a small share of the two countries\' exports.', 'two');
    assert.deepEqual([two.type, two.value, two.unit], ['count', 2, 'countries']);
    assert.equal(figure('The three nations’ leaders met in Accra.', 'three').unit, 'nations');
    assert.equal(figure('The 27 member states\' envoys met in Brussels.', '27').unit, 'member states');
    assert.equal(figure('Only one country\'s delegation walked out.', 'one').unit, 'country');
    // Without a possessive the counted noun is unchanged.
    assert.equal(figure('The two countries signed a pact.', 'two').unit, 'countries');
    assert.equal(figure('The 27 member states met in Brussels.', '27').unit, 'member states');
  });

  it('lets a deictic word bind its unit before "after" or "before"', () => {
    const next = date('The two sides will restart talks next month after a pause of three years.', 'next month', '2026-04-22');
    assert.deepEqual([next.type, next.normalized], ['relative', '2026-05']);
    const found = mentions('The two sides will restart talks next month after a pause of three years.', '2026-04-22');
    assert.ok(!found.some((m) => m.kind === 'date' && m.text.endsWith('after')));
    assert.equal(date('Exports fell last year before the ban.', 'last year', '2026-04-22').normalized, '2025');
    // Without a deictic word the unit and "after" stay an offset.
    assert.equal(date('The deal came a month after the vote.', 'a month after', '2026-04-22').normalized, null);
    assert.equal(date('Prices rose, months after the vote.', 'months after', '2026-04-22').type, 'relative');
  });

  it('points a weekday ahead after a present-tense verb of travel', () => {
    // 2026-02-11 is a Wednesday.
    assert.equal(date('Park flies to Manila on Friday.', 'Friday', '2026-02-11').normalized, '2026-02-13');
    assert.equal(date('Park departs for Hanoi on Friday.', 'Friday', '2026-02-11').normalized, '2026-02-13');
    assert.equal(date('The minister sails for Busan on Friday.', 'Friday', '2026-02-11').normalized, '2026-02-13');
    assert.equal(date('The minister tours the port on Friday.', 'Friday', '2026-02-11').normalized, '2026-02-13');
    // The past tense, and the noun, still point back.
    assert.equal(date('Park flew to Manila on Friday.', 'Friday', '2026-02-11').normalized, '2026-02-06');
    assert.equal(date('The minister\'s tours on Friday were short.', 'Friday', '2026-02-11').normalized, '2026-02-06');
  });

  it('keeps a forward infinitive when a short phrase stands between the verb and its time', () => {
    const text = 'The ministers agreed on a phone call on Monday to send trade officials to Ottawa on May 20.';
    assert.equal(date(text, 'May 20', '2026-04-22').normalized, '2026-05-20');
    assert.equal(date('They agreed on Monday in Rome to cap fuel prices from May 1.', 'May 1', '2026-04-22').normalized, '2026-05-01');
    // The time adverbial itself keeps the verb's tense; without a recent time the infinitive decides nothing new.
    assert.equal(date(text, 'Monday', '2026-04-22').normalized, '2026-04-20');
    assert.equal(date('The ministers agreed on a phone call to send officials to Ottawa on May 20.', 'May 20', '2026-04-22').normalized, '2025-05-20');
    assert.ok(mentions(text, '2026-04-22').some((m) => m.kind === 'date'));
  });
});
