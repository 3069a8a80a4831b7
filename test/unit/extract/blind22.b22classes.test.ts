import assert from 'node:assert/strict';
import { actor, date, figure, mentions } from './helpers';

const actors = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor').map((m) => m.text);

describe('extract: organisations named after a country with "and" in its name, and other names blind22 showed', () => {
  it('keeps "Trinidad and Tobago" inside an organisation\'s name', () => {
    assert.equal(actor('The Central Bank of Trinidad and Tobago said so.', 'Central Bank of Trinidad and Tobago').type, 'organization');
    assert.equal(actor('The National Gas Company of Trinidad and Tobago (NGC) said so.', 'NGC').canonical, 'National Gas Company of Trinidad and Tobago');
  });

  it('reads a company word inside a name before a tail a surname may have', () => {
    assert.equal(actor('Chubu Electric Power said so.', 'Chubu Electric Power').type, 'organization');
    assert.equal(actor('John Power said so.', 'John Power').type, 'person');
  });

  it('reads "Administration" after a portfolio\'s word as a body', () => {
    assert.equal(actor('It was reported by the Customs Administration of the Republic of North Macedonia.', 'Customs Administration of the Republic of North Macedonia').type, 'organization');
    assert.equal(actor('The Tax Administration said so.', 'Tax Administration').type, 'organization');
  });

  it('keeps a leader\'s possessive out of the party\'s name and its acronym', () => {
    assert.equal(actor("Muizzu's People's National Congress (PNC) won.", 'PNC').canonical, "People's National Congress");
    assert.equal(actor("The Mongolian People's Party won.", "Mongolian People's Party").type, 'organization');
  });

  it('reads an all-caps dateline city with "OF" or "DE" as no organisation', () => {
    assert.deepEqual(actors('PORT OF SPAIN — Trinidad and Tobago has received a licence.'), ['Trinidad and Tobago']);
    assert.deepEqual(actors('RIO DE JANEIRO, Brazil — The IMF said so.'), ['Brazil', 'IMF']);
  });
});

describe('extract: figures and dates blind22 showed', () => {
  it('reads gas flows per day and the East African shillings', () => {
    assert.equal(figure('Its output is 185 million cubic feet per day.', '185 million cubic feet per day').unit, 'cubic feet per day');
    assert.equal(figure('Uganda will pay TSh 1.2 trillion.', 'TSh 1.2 trillion').unit, 'TZS');
    assert.equal(figure('Kampala will pay USh 40 billion.', 'USh 40 billion').unit, 'UGX');
    // "a day" stays outside a quantity's span, as the sets mark it.
    assert.equal(figure('Flows reached 12 million cubic metres a day.', '12 million cubic metres').unit, 'cubic metres');
  });

  it('reads a bond that matures on a day as ahead', () => {
    assert.equal(date('The sukuk matures on April 23.', 'April 23', '2026-04-16').normalized, '2026-04-23');
  });
});

describe('extract: states in a title-case headline before a headline noun or a feature, and verbs after a modal', () => {
  it('reads "U.S. Licence", "Venezuelan Gas Field" and "Will Pay Caracas" as states and common words', () => {
    const text = '# Trinidad and Tobago Wins U.S. Licence for Venezuelan Gas Field, Will Pay Caracas in Food and Medicine\n\nThe deal was signed.';
    assert.deepEqual(actors(text), ['Trinidad and Tobago', 'U.S.', 'Venezuelan', 'Caracas']);
  });

  it('keeps a feature\'s name that no state opens', () => {
    assert.deepEqual(actors('# Grand Ethiopian Renaissance Dam Talks Stall\n\nThe talks stalled.'), []);
  });
});
