import assert from 'node:assert/strict';
import { actor, mentions } from './helpers';

const actors = (text: string): [string, string, string][] => mentions(text).filter((m) => m.kind === 'actor').map((m) => [m.text, m.kind === 'actor' ? m.type : '', m.kind === 'actor' ? m.canonical : '']);

describe('extract: acronyms defined after names with a possessive or "to the"', () => {
  it('reads "People\'s" inside the defined name', () => {
    const text = "Sri Lanka's governing National People's Power (NPP) won seven councils. The NPP said so.";
    assert.equal(actor(text, "National People's Power").canonical, "National People's Power");
    assert.ok(mentions(text).filter((m) => m.text === 'NPP').every((m) => m.kind === 'actor' && m.canonical === "National People's Power"));
  });

  it('reads "to the" inside a name whose initials spell the acronym exactly, and not otherwise', () => {
    assert.equal(actor('The Parties to the Nauru Agreement (PNA) control the fishery.', 'PNA').canonical, 'Parties to the Nauru Agreement');
    assert.deepEqual(actors('His Visit to the United Nations (UN) went well.').map((a) => a[0]), ['United Nations', 'UN']);
  });
});

describe('extract: a people\'s or a faith\'s word before a lower-case kind of body', () => {
  it('names no organisation', () => {
    for (const text of ['The Illankai Tamil Arasu Kachchi (ITAK), the main Tamil party, won the north.', 'A deal would give the Muslim party the post.']) {
      assert.ok(!actors(text).some(([span]) => span === 'Tamil' || span === 'Muslim'), text);
    }
    assert.equal(actor('The governing Libre alliance won.', 'Libre').type, 'organization');
  });
});

describe('extract: persons and organisations by their cues', () => {
  it('reads a person apposed to a possessive owner\'s role before a reporting verb', () => {
    assert.equal(actor("Selvaraj Kugan, ITAK's chief ministerial candidate, said his council would act.", 'Selvaraj Kugan').type, 'person');
  });

  it('reads the organisation after "a poll by" or "a survey conducted by"', () => {
    assert.equal(actor('A poll by Epinion last month found that 71% agreed.', 'Epinion').type, 'organization');
    assert.equal(actor('A survey conducted by Afrobarometer found support.', 'Afrobarometer').type, 'organization');
  });

  it('reads a company named with a form word of its trade', () => {
    assert.equal(actor('Radar maker Terma will supply parts, and Weibel Scientific will provide radars.', 'Weibel Scientific').type, 'organization');
    assert.equal(actor('Tokyo Scientific Instruments said so.', 'Tokyo Scientific Instruments').type, 'organization');
  });

  it('keeps a body apposed to an owner\'s non-personal role, and a person in a pollster\'s slot', () => {
    assert.ok(!actors("Kosmos Pacific, Ghana's oil partner, said the well was dry.").some(([, type]) => type === 'person'));
    assert.equal(actor('A survey by John Curtice, the polling expert, found support.', 'John Curtice').type, 'person');
  });

  it('ends a company\'s name before "of the <country>", not a bank\'s', () => {
    assert.deepEqual(actors('AD Ports Group of the United Arab Emirates signed a concession.'), [['AD Ports Group', 'organization', 'AD Ports Group'], ['United Arab Emirates', 'state', 'United Arab Emirates']]);
    assert.equal(actor('The Development Bank of the Philippines lent more.', 'Development Bank of the Philippines').type, 'organization');
    // A state company named by generic words, or before an acronym that may spell the country, keeps it.
    assert.equal(actor('The National Grid Corporation of the Philippines (NGCP) said so.', 'NGCP').canonical, 'National Grid Corporation of the Philippines');
    assert.equal(actor('Power Holding Company of the Gambia said so.', 'Power Holding Company of the Gambia').type, 'organization');
  });
});

describe('extract: title-case headlines and model designations', () => {
  it('reads a demonym or a people\'s word before a company\'s or a party\'s common noun as an adjective in a headline', () => {
    assert.deepEqual(actors('# Emirati Operator Wins Port Concession\n\nThe deal was signed.'), [['Emirati', 'state', 'United Arab Emirates']]);
    assert.deepEqual(actors('# Tamil Party Takes North\n\nThe vote was calm.'), []);
    assert.equal(actor('# Kenyan Parliament Approves Budget\n\nThe vote was calm.', 'Kenyan Parliament').type, 'organization');
  });

  it('makes no organisation of a designation joined to a letter by a slash', () => {
    assert.deepEqual(actors('DALO will buy four batteries of the SAMP/T NG system.').map((a) => a[0]), ['DALO']);
    assert.deepEqual(actors('The UN/AU force left.').map((a) => a[0]), ['UN', 'AU']);
  });
});
