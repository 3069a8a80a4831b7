// Head-word coreference, landmark names and company cues (guidelines 3, 12, 13). Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

describe('extract: organisation heads, landmarks and company cues', () => {
  it('resolves a bare head word to the organisation named with it before "of"', () => {
    const text = 'The Council of the European Union met in Luxembourg.\n\nThe Council then adjourned.';
    assert.equal(actor(text, 'Council').canonical, 'Council of the European Union');
    const bank = 'The Bank of Ghana held rates.\n\nThe Bank expects inflation to ease.';
    assert.equal(actor(bank, 'Bank').canonical, 'Bank of Ghana');
  });

  it('reads a bare "Council" in an article about the European Union as its Council', () => {
    assert.equal(actor('Ministers said the EU could act, but the Council must agree.', 'Council').canonical, 'Council of the European Union');
  });

  it('keeps landmark names with "of" opaque (guideline 3)', () => {
    unmarked('Tourists returned to the Great Wall of China this spring.', 'Great Wall of China');
    unmarked('Cyclones hit the Bay of Bengal.', 'Bay of Bengal');
    assert.equal(actor('The People\'s Bank of China cut rates.', 'People\'s Bank of China').type, 'organization');
  });

  it('marks a company after "shares in" and an acronym company after "<Place>-based"', () => {
    const text = 'Shares in Orsted of Denmark fell, while Oslo-based NK Havkraft rose.';
    assert.equal(actor(text, 'Orsted').type, 'organization');
    assert.equal(actor(text, 'Denmark').type, 'state');
    assert.equal(actor(text, 'NK Havkraft').type, 'organization');
    assert.equal(actor('A Lisbon-based Rita Sousa said so.', 'Rita Sousa').type, 'person');
  });

  it('reads Romance-language institution heads and Nordic parliaments, and no credit rating as an actor', () => {
    const text = 'Banco Santander and Banco do Brasil fell after the Instituto Nacional de Estadística reported.';
    assert.equal(actor(text, 'Banco Santander').type, 'organization');
    assert.equal(actor(text, 'Banco do Brasil').type, 'organization');
    assert.equal(actor(text, 'Instituto Nacional de Estadística').type, 'organization');
    assert.equal(actor('The Folketing and the Eduskunta will vote.', 'Eduskunta').type, 'organization');
    unmarked('Fitch cut the bonds to BB on Monday.', 'BB');
  });

  it('does not read a place before ", as" as a person apposition', () => {
    unmarked('Funds go to radar sites in the Far North, as traffic grows.', 'Far North');
  });

  it('expands national broadcasters and news agencies named by acronym alone', () => {
    assert.equal(actor('The minister told RTS on Monday.', 'RTS').canonical, 'Radio Television of Serbia');
    assert.equal(mentions('Yonhap reported the launch.').filter((m) => m.kind === 'actor').length, 1);
  });
});
