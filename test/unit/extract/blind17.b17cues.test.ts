// Classes of actor errors the blind17 set showed: organisations found by cues and heads, a person by an apposed role.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

const actorTexts = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor').map((m) => m.text);

describe('blind17 cues: legislature heads', () => {
  it('a native word for a legislature heads its name', () => {
    assert.equal(actor('The president said the Milli Majlis would vote on it.', 'Milli Majlis').type, 'organization');
    assert.equal(actor('Deputies of the State Great Khural met on Friday.', 'State Great Khural').type, 'organization');
    assert.equal(actor('The Jatiya Sangsad passed the budget.', 'Jatiya Sangsad').type, 'organization');
  });
  it('a lower-case majlis names no body', () => {
    assert.deepEqual(actorTexts('Elders held a majlis in the village.'), []);
  });
});

describe('blind17 cues: metal words end a company name', () => {
  it('a metal after unknown name words is a company, and the name without its home province is its short form', () => {
    const text = 'Ningbo Taliang Cobalt plans a new plant. Taliang said in a filing that it would go ahead.';
    assert.equal(actor(text, 'Ningbo Taliang Cobalt').type, 'organization');
    assert.equal(actor(text, 'Taliang').canonical, 'Ningbo Taliang Cobalt');
    assert.equal(actor('Output at Kestrel Manganese rose.', 'Kestrel Manganese').type, 'organization');
  });
  it('a surname spelled like a metal stays a person', () => {
    assert.equal(actor('Nate Silver said the polls were close.', 'Nate Silver').type, 'person');
  });
});

describe('blind17 cues: company role nouns before and apposed', () => {
  it('a bidder or marketer before an unknown name makes it a company, even with a sea in its name', () => {
    assert.equal(actor('Rival bidder Daewang Ocean withdrew last week.', 'Daewang Ocean').type, 'organization');
    assert.equal(actor('The grain marketer Prairex raised prices.', 'Prairex').type, 'organization');
  });
  it('an apposed marketer "for" something makes the name a company', () => {
    assert.equal(actor('Exports rose, and Potanex, the export marketer for the province\'s mines, shipped more.', 'Potanex').type, 'organization');
  });
  it('a person apposed a role "for" is still a person', () => {
    assert.equal(actor('Ana Ruiz, a lawyer for the family, said no.', 'Ana Ruiz').type, 'person');
  });
});

describe('blind17 cues: routes are opaque unless marked as a body', () => {
  it('a route named with its remit is opaque, and so is its acronym', () => {
    unmarked('The route, branded the Trump Route for International Peace and Prosperity (TRIPP) last year, will open.', 'Trump Route for International Peace and Prosperity (TRIPP)');
    unmarked('Trucks used the Karakoram Highway all winter.', 'Karakoram Highway');
  });
  it('a company apposition, a consortium noun or a reporting verb makes a railway a body', () => {
    assert.equal(actor('Kura Valley Railway, a subsidiary of Russian Railways, runs the network.', 'Kura Valley Railway').type, 'organization');
    assert.equal(actor('Copper moved through the port, Benguela Atlantic Railway said.', 'Benguela Atlantic Railway').type, 'organization');
    const consortium = 'It is run by the Benguela Atlantic Railway consortium of Trafigura, Kestrel-Ribas and Nortavia.';
    assert.deepEqual(actorTexts(consortium), ['Benguela Atlantic Railway', 'Trafigura', 'Kestrel-Ribas', 'Nortavia']);
  });
  it('a known company opening a cued list carries the cue to the names after it', () => {
    assert.deepEqual(actorTexts('It was built by companies including Trafigura, Kestrel-Ribas and Nortavia.'), ['Trafigura', 'Kestrel-Ribas', 'Nortavia']);
  });
});

describe('blind17 cues: an employer named with a country', () => {
  it('after an employer cue a capitalised word and a country are one organisation', () => {
    const text = '"We sell abroad," said Dana Lawson, chief executive of Pulse Canada.';
    assert.equal(actor(text, 'Pulse Canada').type, 'organization');
    assert.deepEqual(actorTexts(text).filter((a) => a === 'Canada'), []);
    assert.equal(actor('Ana Ruiz, an analyst at Kestrel Norway, said so.', 'Kestrel Norway').type, 'organization');
  });
  it('a country after "of" without a word before it stays a state', () => {
    assert.equal(actor('The president of Ukraine met the head of Canada\'s mission.', 'Canada').type, 'state');
  });
});

describe('blind17 cues: a person apposed a role for a body', () => {
  it('a two-word name, a role "for" a named body and a reporting verb make a person', () => {
    assert.equal(actor('Not everyone agrees. Michael Chong, foreign affairs critic for the opposition Conservative Party, said the deal was weak.', 'Michael Chong').type, 'person');
    assert.equal(actor('Ana Ruiz, trade critic for the Liberal Party, argued otherwise.', 'Ana Ruiz').type, 'person');
  });
  it('without a reporting verb after the role no person is made', () => {
    assert.deepEqual(actorTexts('Goods moved in Kalma Wells, home for the Kivu Sul people, said officials.'), []);
  });
});
