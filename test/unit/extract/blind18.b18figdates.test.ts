// Figures and dates the blind18 set showed: "N weeks on <object>" as a duration, counted nouns of two or three words,
// an organisation owning the counted things, superlatives before the noun, and numbers inside law names and numbered
// lists of names. Sentences written for this file.
import assert from 'node:assert/strict';
import { date, figure, mentions, unmarked } from './helpers';

describe('extract: blind18 figures and dates', () => {
  it('reads "N units on <object>" as a duration, "on" outside', () => {
    const d = date('The dredger will need about four weeks on station before the port reopens.', 'four weeks', '2026-04-16');
    assert.deepEqual([d.type, d.normalized], ['period', 'P4W']);
    assert.equal(date('Inspectors spent two months on the border.', 'two months', '2026-04-16').normalized, 'P2M');
    assert.equal(date('Crews rotate three weeks on and two weeks off.', 'three weeks', '2026-04-16').normalized, 'P3W');
  });

  it('keeps "N units on" an offset when the clause ends or the event follows, and leaves other "on"s alone', () => {
    assert.equal(date('Six months on, the bridge is still closed.', 'Six months on', '2026-04-16').type, 'relative');
    assert.equal(date('Ten years on from the accord, trade has doubled.', 'Ten years on', '2026-04-16').type, 'relative');
    assert.equal(date('Ten Years On: the accord at a glance', 'Ten Years On', '2026-04-16').type, 'relative');
    assert.equal(date('The ministers meet on Thursday.', 'Thursday', '2026-04-16').normalized, '2026-04-16');
    assert.equal(date('Exports resume from June on.', 'June', '2026-04-16').type, 'month');
    unmarked('The envoy will say more later on.', 'later on', '2026-04-16');
  });

  it('keeps two singular modifiers before a plural head in the counted noun', () => {
    assert.equal(figure('The navy leased three maritime surveillance aircraft.', 'three').unit, 'maritime surveillance aircraft');
    assert.equal(figure('Manila ordered four offshore patrol vessels.', 'four').unit, 'offshore patrol vessels');
    // One modifier, or a function word after it, stays as before.
    assert.equal(figure('The agency hired 17 aid workers.', '17').unit, 'aid workers');
    assert.equal(figure('It sent two patrol aircraft.', 'two').unit, 'patrol aircraft');
  });

  it('keeps a classifying adjective before a plural head, but not a quality, size or order word', () => {
    assert.equal(figure('The cable links three regional electricity markets.', 'three').unit, 'electricity markets');
    assert.equal(figure('The line joins two national grids.', 'two').unit, 'national grids');
    assert.equal(figure('About 80,000 migrant workers went home.', '80,000').unit, 'migrant workers');
    assert.equal(figure('The army tested three ballistic missiles.', 'three').unit, 'ballistic missiles');
    assert.equal(figure('Lima counted 150 social conflicts.', '150').unit, 'social conflicts');
    // Listed quality and size words, participles and hyphenated modifiers are left out.
    assert.equal(figure('The bank opened 12 new branches.', '12').unit, 'branches');
    assert.equal(figure('The mission sent 30 civilian monitors.', '30').unit, 'monitors');
    assert.equal(figure('The port serves two giant neighbours.', 'two').unit, 'neighbours');
    assert.equal(figure('Police found 40 undocumented migrants.', '40').unit, 'migrants');
    assert.equal(figure('They signed two government-to-government contracts.', 'two').unit, 'contracts');
  });

  it('skips an organisation that owns the counted things', () => {
    const f = figure('Oslo will lend two Norwegian Navy frigates to the mission.', 'two');
    assert.deepEqual([f.type, f.value, f.unit], ['count', 2, 'frigates']);
    assert.equal(figure('Manila sent three Coast Guard cutters.', 'three').unit, 'cutters');
    assert.equal(figure('The base holds 40 Army trucks.', '40').unit, 'trucks');
    // A product name is not an organisation and stays in the unit.
    assert.equal(figure('Bangkok bought 12 Gripen jets.', '12').unit, 'Gripen jets');
  });

  it('skips a superlative marker before its adjective', () => {
    assert.equal(figure('They are the two most indebted economies in the region.', 'two').unit, 'economies');
    assert.equal(figure('Aid went to the five least developed states.', 'five').unit, 'states');
  });

  it('marks no date or figure for a year that ends a law\'s short title', () => {
    unmarked('The Mining (Royalties) Amendment Bill 2027 would raise the levy.', '2027', '2026-04-16');
    unmarked('Under the Customs Act 2019 the duty doubled.', '2019', '2026-04-16');
    unmarked('The Data Regulations 2024 took effect.', '2024', '2026-04-16');
    // A year outside the name, after "of", or after a lower-case word, is still a date.
    assert.equal(date('Oslo cited the Spitsbergen Treaty of 1920.', '1920', '2026-04-16').normalized, '1920');
    assert.equal(date('The act of 2019 doubled the duty.', '2019', '2026-04-16').normalized, '2019');
    assert.equal(date('The Act passed in 2019.', '2019', '2026-04-16').normalized, '2019');
    assert.equal(date('The 2019 Customs Act doubled the duty.', '2019', '2026-04-16').normalized, '2019');
  });

  it('marks no figure for numbers listed after a capitalised name word', () => {
    unmarked('Eni operates Blocks 2 and 7 with Total.', '7');
    unmarked('Units 1, 3 or 6 will restart first.', '3');
    unmarked('Units 1, 3 or 6 will restart first.', '6');
    // Counts in a list without such a word stay figures.
    const found = mentions('The court jailed 3 and released 4 others.').filter((m) => m.kind === 'figure').map((m) => m.text);
    assert.deepEqual(found, ['3', '4']);
  });
});
