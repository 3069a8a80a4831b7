// Word-list families of issue 13: title abbreviations in headlines, academies, export credit agencies and banks
// quoted by name alone (guidelines 4, 6, 12). Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

describe('extract: organisation and title word-list families', () => {
  it('reads abbreviated titles in a headline as titles, not organisations', () => {
    const text = '# Kenyan FM Wanjiru Meets Gulf Envoys On Port Deal\n\nForeign Minister Wanjiru Kamau said talks went well. Wanjiru said more would follow.';
    unmarked(text, 'FM');
    assert.equal(actor(text, 'Kenyan').canonical, 'Kenya');
    unmarked('# VP Ortega Visits Flood Zone After Storm\n\nThe storm hit on Monday.', 'VP');
  });

  it('reads an academy as an organisation head', () => {
    const a = actor('A lecturer at the National Defence Academy of Sri Lanka disagreed.', 'National Defence Academy of Sri Lanka');
    assert.equal(a.type, 'organization');
  });

  it('knows export credit agencies and banks quoted without a cue', () => {
    assert.equal(actor('The loan is backed by Export Development Canada and two banks.', 'Export Development Canada').type, 'organization');
    assert.equal(actor('A guarantee from UK Export Finance covers half of it.', 'UK Export Finance').canonical, 'UK Export Finance');
    assert.equal(mentions('A guarantee from UK Export Finance covers half of it.').filter((m) => m.kind === 'actor' && m.type === 'state').length, 0);
    assert.equal(actor('Analysts at Rabobank expect prices to ease.', 'Rabobank').type, 'organization');
  });

  it('reads a generic body that modifies a headline noun as a common noun, unless a country owns it', () => {
    unmarked('# Lima And Quito Agree Coast Guard Hotline After Fishing Clash\n\nThe deal was signed on Monday.', 'Coast Guard');
    unmarked('# Navy Drills Resume Near Disputed Atoll\n\nThe drills began on Monday.', 'Navy');
    const owned = '# Peruvian Navy Drills Resume Near Disputed Atoll\n\nThe drills began on Monday.';
    assert.equal(actor(owned, 'Peruvian Navy').type, 'organization');
  });

  it('reads a kind of body no country names itself by as a common noun in a headline, after a country too', () => {
    unmarked("# Chile's Pension Funds Sell Copper Shares Over Royalty Row\n\nThe funds sold on Monday.", 'Pension Funds');
    unmarked('# Norwegian Wealth Fund Exits Mining Giant\n\nThe fund sold on Monday.', 'Wealth Fund');
    const named = '# Government Pension Fund Global Drops Mining Giant\n\nThe fund sold on Monday.';
    assert.equal(actor(named, 'Government Pension Fund Global').type, 'organization');
  });
});
