import assert from 'node:assert/strict';
import { mentions } from './helpers';

const figures = (text: string): [string, number | [number, number], string][] =>
  mentions(text).flatMap((m) => m.kind === 'figure' ? [[m.text, m.value, m.unit] as [string, number | [number, number], string]] : []);
const persons = (text: string): string[] => mentions(text).flatMap((m) => m.kind === 'actor' && m.type === 'person' ? [m.text] : []);
const organisations = (text: string): [string, string][] => mentions(text).flatMap((m) => m.kind === 'actor' && m.type === 'organization' ? [[m.text, m.canonical] as [string, string]] : []);
const states = (text: string): [string, string][] => mentions(text).flatMap((m) => m.kind === 'actor' && m.type === 'state' ? [[m.text, m.canonical] as [string, string]] : []);
const dates = (text: string, ref?: string): [string, string | null][] => mentions(text, ref).flatMap((m) => m.kind === 'date' ? [[m.text, m.normalized] as [string, string | null]] : []);

describe('extract: classes of the read-through before blind24', () => {
  it('reads "hundred" after a number word as its scale', () => {
    assert.deepEqual(figures('The army sent one hundred drones and two hundred soldiers to the border.'), [['one hundred', 100, 'drones'], ['two hundred', 200, 'soldiers']]);
    assert.deepEqual(figures('Some three hundred thousand people fled, and a hundred troops arrived.'), [['three hundred thousand', 300_000, 'people'], ['a hundred', 100, 'troops']]);
    assert.deepEqual(figures('The state paid five hundred million dollars.'), [['five hundred million dollars', 500_000_000, 'USD']]);
  });

  it('keeps vague hundreds and a capitalised "Hundred" in a name unread', () => {
    assert.deepEqual(figures('Several hundred tractors and hundreds of workers came.'), []);
    assert.deepEqual(figures('The Two Hundred Club met.'), []);
  });

  it('reads "one hundred days" as one period', () => {
    assert.deepEqual(dates('It will take one hundred days.'), [['one hundred days', 'P100D']]);
    assert.deepEqual(dates('It will take two hundred days.'), [['two hundred days', 'P200D']]);
    assert.deepEqual(dates('The war ended four hundred years ago.', '2026-06-04'), [['four hundred years ago', '1626']]);
  });

  it('reads an adjective between two titles as the first title\'s field, not a person', () => {
    assert.deepEqual(persons('Chief Scientific Adviser Angela McLean said the risk was low.'), ['Angela McLean']);
    assert.deepEqual(persons('Deputy Chief Medical Officer Jenny Harries said so.'), ['Jenny Harries']);
    assert.deepEqual(persons('President Vucic Adviser Ana Brnabic said so.'), ['Vucic', 'Ana Brnabic']);
  });

  it('reads "to" before a capitalised verb inside a name its acronym spells', () => {
    assert.deepEqual(organisations('The Committee to Protect Journalists (CPJ) said the CPJ had counted 12 cases.'),
      [['Committee to Protect Journalists', 'Committee to Protect Journalists'], ['CPJ', 'Committee to Protect Journalists'], ['CPJ', 'Committee to Protect Journalists']]);
  });

  it('reads no person in a broadcaster\'s or news service\'s name, and no organisation from a generic one', () => {
    assert.deepEqual(persons('Radio Okapi reported the attack, and Tasnim News said Iran denied it.'), []);
    assert.deepEqual(persons('Press TV said so. Fox News said so, and Radio Free Europe agreed.'), []);
    assert.deepEqual(mentions('# Good News for Kenya as IMF Approves Loan\n\nIranian State TV said so.').map((m) => m.text), ['Kenya', 'IMF', 'Iranian']);
  });

  it('reads the pataca and the Cayman dollar by their signs', () => {
    assert.deepEqual(figures('Macau set aside MOP$1.2 billion; the Cayman Islands CI$40 million.'), [['MOP$1.2 billion', 1_200_000_000, 'MOP'], ['CI$40 million', 40_000_000, 'KYD']]);
  });

  it('reads short demonyms the country data writes with a qualifier or another spelling', () => {
    assert.deepEqual(states('Timorese officials and Bissau-Guinean soldiers met.'), [['Timorese', 'Timor-Leste'], ['Bissau-Guinean', 'Guinea-Bissau']]);
    assert.deepEqual(states('The Cabo Verdean government and Kittitian voters agreed.'), [['Cabo Verdean', 'Cabo Verde'], ['Kittitian', 'Saint Kitts and Nevis']]);
  });

  it('reads a capitalised "Administration" after a leader the article names as the state, after a domain word as an agency', () => {
    assert.deepEqual(states('The Biden Administration said it would act.'), [['Biden Administration', 'United States']]);
    assert.deepEqual(states('Argentine President Javier Milei spoke.\n\nThe Milei Administration said so.'), [['Argentine', 'Argentina'], ['Milei Administration', 'Argentina']]);
    assert.deepEqual(organisations('The Maritime Administration said so.'), [['Maritime Administration', 'Maritime Administration']]);
    assert.deepEqual(persons('Officials in the Milei Administration agreed.'), []);
    // A leader the article ties to no state and no US president's: the article's state.
    assert.deepEqual(states('Kenya raised the tax.\n\nPresident William Ruto defended it. The Ruto Administration has borrowed heavily.'), [['Kenya', 'Kenya'], ['Ruto Administration', 'Kenya']]);
  });

  it('reads the K of the kina, the kwacha and the kyat before an amount only money takes, by the sentence\'s state', () => {
    assert.deepEqual(figures('Papua New Guinea will spend K1.1 billion on roads.'), [['K1.1 billion', 1_100_000_000, 'PGK']]);
    assert.deepEqual(figures('Malawi budgeted K2,500,000 for schools.'), [['K2,500,000', 2_500_000, 'MWK']]);
    assert.deepEqual(figures('Zambia raised K500 million in bonds.'), [['K500 million', 500_000_000, 'ZMW']]);
    assert.deepEqual(figures('The K2 tank and the K9 howitzer were sold.'), []);
  });
});
