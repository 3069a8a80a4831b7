// Head-word coreference, landmark names and company cues (guidelines 3, 12, 13); later mentions of a
// person or organisation resolved to the full name (guidelines 6, 13). Sentences written for this file.
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

describe('extract: later mentions resolved to the full name (guidelines 6, 13)', () => {
  it('propagates a cued name to an uncued occurrence elsewhere in the article', () => {
    const text = 'Talks stalled, said Odile Ferrand.\n\nOdile Ferrand will travel on.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Odile Ferrand');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.type), ['person', 'person']);
  });

  it('resolves a surname that opens with a particle to the full name', () => {
    const text = 'Investors cheered, said Khalid Al Mansoori, the fund\'s chairman.\n\nAl Mansoori said more deals would follow.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Al Mansoori');
    assert.equal(found.length, 1);
    assert.equal(found[0].kind === 'actor' && found[0].canonical, 'Khalid Al Mansoori');
  });

  it('keeps hyphenated Korean given names and resolves a later family-name mention', () => {
    const text = 'Unification Minister Park Ji-hoon flew in.\n\nPark said talks went well. Trade Minister Zhou Lan agreed; Zhou left.';
    assert.equal(actor(text, 'Park Ji-hoon').type, 'person');
    assert.equal(actor(text, 'Park').canonical, 'Park Ji-hoon');
    assert.equal(actor(text, 'Zhou').canonical, 'Zhou Lan');
  });

  it('resolves a one-word given name in a person slot to the full name named earlier', () => {
    const text = 'Deputy Premier Somchai Rattanakorn arrived.\n\n"We are ready," Somchai said. Somchai\'s aides agreed.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Somchai');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), ['Somchai Rattanakorn', 'Somchai Rattanakorn']);
  });

  it('does not resolve an uncued given name', () => {
    unmarked('Deputy Premier Somchai Rattanakorn arrived.\n\nSomchai Province flooded.', 'Somchai Province');
  });

  it('keeps a one-word organisation alias inside a titled name and resolves it later as the person', () => {
    const text = 'Senator Paulo Wagner objected.\n\nWagner said the bill was rushed.';
    assert.equal(actor(text, 'Paulo Wagner').role, 'Senator');
    const later = actor(text, 'Wagner');
    assert.equal(later.type, 'person');
    assert.equal(later.canonical, 'Paulo Wagner');
  });

  it('maps a capitalised head word to the organisation already named ("the Fund")', () => {
    const text = 'The International Monetary Fund approved a loan.\n\nThe Fund said reforms were on track.';
    assert.equal(actor(text, 'Fund').canonical, 'International Monetary Fund');
  });

  it('reads a bare curated short form as the article\'s own organisation with that head ("the Commission")', () => {
    const text = 'Ministers of the Economic Community of Central African States (ECCAS) met in Libreville.\n\n' +
      'The ECCAS Commission proposed a transit levy. The Commission will report in June.';
    assert.equal(actor(text, 'ECCAS Commission').canonical, 'Economic Community of Central African States Commission');
    assert.equal(actor(text, 'Commission').canonical, 'Economic Community of Central African States Commission');
    // With no other commission in the article the curated reading stays.
    assert.equal(actor('The Commission fined the carmaker on Monday.', 'Commission').canonical, 'European Commission');
    // In an article about the European Union its Commission keeps the bare form against another commission named later.
    const eu = 'BRUSSELS — The Commission proposed duties on Chinese steel, and EU governments will vote in May.\n\n' +
      'The Federal Trade Commission opened its own inquiry.\n\nThe Commission said it would publish its findings.';
    assert.ok(mentions(eu).filter((m) => m.kind === 'actor' && m.text === 'Commission').every((m) => m.kind === 'actor' && m.canonical === 'European Commission'));
  });

  it('reads a bare head shared by two organisations as the one the lead names', () => {
    const text = 'The Security Council extended the mission on Friday.\n\nDiplomats said the Council was divided.\n\n' +
      'The National Transitional Council rejected the vote.';
    assert.equal(actor(text, 'Council').canonical, 'United Nations Security Council');
    const neither = 'Officials met on Friday.\n\nThe talks ended.\n\nThe Security Council and the National Transitional Council disagreed. The Council said nothing.';
    assert.equal(actor(neither, 'Council').canonical, 'Council');
  });

  it('does not let a common last word of a company name stand for it', () => {
    const text = 'Shares in Kestrel Copper rose after the bid.\n\nCopper prices fell on Friday.';
    unmarked(text, 'Copper prices');
    assert.equal(actor(text, 'Kestrel Copper').type, 'organization');
  });
});
