// States, capitals and places that blind17 showed (guidelines 3, 7, 8): landmark names built on an organisation's
// head, compass regions of a country, capitals listed with a place, capitals a state draws closer to, and states
// joined by a hyphen to a participle of support in title case.
// Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

describe('extract: places and states seen in blind17', () => {
  it('reads an organisation head before a landmark noun as a place, and leaves the body alone', () => {
    unmarked('The minister spoke to journalists on Parliament Hill on Friday.', 'Parliament Hill');
    unmarked('Thousands marched into Parliament Square after the vote.', 'Parliament Square');
    unmarked('Lawmakers on Capitol Hill objected.', 'Capitol Hill');
    assert.equal(actor('Parliament approved the budget late on Friday.', 'Parliament').type, 'organization');
    assert.equal(actor('The Senate Foreign Relations Committee met.', 'Senate Foreign Relations Committee').type, 'organization');
  });

  it('reads a region named by a country as a region, not the state, and leaves a country after a compass word a state', () => {
    unmarked('Two smelters in Western Australia shut last year.', 'Western Australia');
    unmarked('Investment in Northern Ireland has slowed.', 'Northern Ireland');
    // Read-through 24: a country after a compass word is still the state (guideline 7), and a separate region is no
    // state at a sentence's start either.
    assert.equal(actor('Flooding hit farms across Eastern Ukraine.', 'Ukraine').canonical, 'Ukraine');
    unmarked('Western Australia voted for the plan.', 'Australia');
    assert.equal(actor('Aid to Central African Republic rose.', 'Central African Republic').canonical, 'Central African Republic');
    assert.equal(actor('Talks with South Sudan resumed.', 'South Sudan').canonical, 'South Sudan');
    assert.equal(actor('Fighting in northern Syria resumed.', 'Syria').canonical, 'Syria');
  });

  it('reads a capital coordinated with a place after a place preposition as a place', () => {
    unmarked('Most ore goes by rail to Walvis Bay or Luanda, officials said.', 'Luanda');
    unmarked('Cargo moves by road via Mombasa and Nairobi every week.', 'Nairobi');
    assert.equal(actor('Cargo goes to Durban or Maputo, and Luanda objected.', 'Luanda').canonical, 'Angola');
    assert.equal(actor('Exports to Kenya and Beijing rose.', 'Beijing').canonical, 'China');
  });

  it('reads a capital after a verb of political coming together and "closer to" as its state', () => {
    assert.equal(actor('The junta has drawn closer to Moscow since the coup.', 'Moscow').canonical, 'Russia');
    assert.equal(actor('Manila has moved much closer to Washington this year.', 'Washington').canonical, 'United States');
    assert.equal(actor('Ties have grown close to Ankara lately.', 'Ankara').canonical, 'Türkiye');
    unmarked('a fishing town close to Hanoi', 'Hanoi');
    unmarked('Russian troops have moved closer to Kyiv.', 'Kyiv');
    unmarked('The typhoon edged closer to Manila overnight.', 'Manila');
  });

  it('marks a state joined by a hyphen to a participle of support, in prose and in title case', () => {
    assert.equal(actor('# Tehran Protests as Armenia Backs U.S.-Backed Corridor', 'U.S.').canonical, 'United States');
    assert.equal(actor('# Dhaka Weighs Chinese-Funded River Plan as Talks Resume', 'Chinese').canonical, 'China');
    assert.equal(actor('Officials toured the Chinese-Funded Port last week.', 'Chinese').canonical, 'China');
    assert.equal(actor('a Turkish-brokered process', 'Turkish').canonical, 'Türkiye');
    // The participle opens no name of its own.
    assert.deepEqual(mentions('Officials toured the Chinese-Funded Port last week.').filter((m) => m.kind === 'actor').map((m) => m.text), ['Chinese']);
    unmarked('the Serb-majority north', 'Serb');
  });
});
