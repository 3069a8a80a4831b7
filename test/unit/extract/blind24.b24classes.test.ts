import assert from 'node:assert/strict';
import { mentions } from './helpers';

const actors = (text: string): [string, string, string][] =>
  mentions(text).flatMap((m) => m.kind === 'actor' ? [[m.text, m.type, m.canonical] as [string, string, string]] : []);
const figures = (text: string): [string, string][] => mentions(text).flatMap((m) => m.kind === 'figure' ? [[m.text, m.unit] as [string, string]] : []);
const dates = (text: string, date = '2026-07-09'): [string, string | null][] =>
  mentions(text, date).flatMap((m) => m.kind === 'date' ? [[m.text, m.normalized] as [string, string | null]] : []);

describe('extract: classes blind24 showed', () => {
  it('counts the word hyphened to a count as the whole noun', () => {
    assert.deepEqual(figures('Because the 27-member commission works by consensus, the 27-nation bloc waited.'), [['27', 'member'], ['27', 'nation']]);
    assert.deepEqual(figures('The line runs four-car trains.'), [['four', 'car']]);
  });

  it('keeps "Sheikh" inside a name between a given name and another name word', () => {
    assert.deepEqual(actors('Somali President Hassan Sheikh Mohamud called it a gift.'), [['Somali', 'state', 'Somalia'], ['Hassan Sheikh Mohamud', 'person', 'Hassan Sheikh Mohamud']]);
    assert.deepEqual(actors('UAE President Sheikh Mohamed bin Zayed spoke.'), [['UAE', 'state', 'United Arab Emirates'], ['Mohamed bin Zayed', 'person', 'Mohamed bin Zayed']]);
  });

  it('reads "Division" as an organisation head and a name ending in a settlement\'s head as no person', () => {
    assert.deepEqual(actors('The Australian Antarctic Division said so.'), [['Australian Antarctic Division', 'organization', 'Australian Antarctic Division']]);
    assert.deepEqual(actors('Bhutan is building Gelephu Mindfulness City, a special zone.'), [['Bhutan', 'state', 'Bhutan']]);
  });

  it('reads bare "Congo" as the Democratic Republic of the Congo, the Republic by its longer names', () => {
    assert.deepEqual(actors('Congo and the Republic of Congo signed.').map(([, , c]) => c), ['Democratic Republic of the Congo', 'Republic of the Congo']);
  });

  it('reads a capital after "from" and a state\'s envoys as the state', () => {
    assert.deepEqual(actors('Delegations from Kinshasa and Kigali met.').map(([, , c]) => c), ['Democratic Republic of the Congo', 'Rwanda']);
    assert.deepEqual(actors('Tourists from Paris arrived.'), []);
  });

  it('reads a past form spelt as the base form after a modal as the base form', () => {
    assert.deepEqual(dates('The bloc will cut troops by the end of December.'), [['December', '2026-12']]);
    assert.deepEqual(dates('The bank cut rates in December.'), [['December', '2025-12']]);
    assert.deepEqual(dates('Mauritius tries to cut debt, which stood at 88% at the end of June.'), [['June', '2026-06']]);
  });

  it('qualifies a national security council by its state', () => {
    assert.deepEqual(actors('TUNIS — Tunisia said so. The National Security Council met.').at(-1), ['National Security Council', 'organization', 'National Security Council (Tunisia)']);
  });

  it('reads a fraction before "as", and a capitalised one in a title-case headline', () => {
    const shares = (text: string): [string, number | [number, number]][] => mentions(text).flatMap((m) => m.kind === 'figure' ? [[m.text, m.value] as [string, number | [number, number]]] : []);
    assert.deepEqual(shares('# Crossings Fall by a Third as EU Pays\n\nCrossings fell by a quarter as prices rose.'), [['a Third', 33.33], ['a quarter', 25]]);
    assert.deepEqual(shares('The Third Way party and a Third Force met.'), []);
  });

  it('splits a portfolio with "the" from the name after it', () => {
    assert.deepEqual(actors('"We cannot," said Minister for the Overseas Territories Sarah Whitlock.'), [['Sarah Whitlock', 'person', 'Sarah Whitlock']]);
  });

  it('reads a title-case headline\'s common noun after a country before its verb, and a verb after a headline noun', () => {
    const heads = (headline: string): string[] => actors(`${headline}\n\nThe talks stalled.`).map(([t]) => t);
    assert.deepEqual(heads('## Rwanda Framework Stalls'), ['Rwanda']);
    assert.deepEqual(heads('# African Union Trims Somalia Force by 2,000 Troops'), ['African Union', 'Somalia']);
    assert.deepEqual(heads('# Budget Leans on Central Bank'), ['Central Bank']);
    assert.deepEqual(heads('# Kenya Airways Adds Flights to Lagos'), ['Kenya Airways']);
  });

  it('reads a country\'s name in its own language next to another name word as part of that name, not the state', () => {
    assert.deepEqual(actors('Nippon Steel agreed, and the operator LNG Hrvatska said the terminal was full.').filter(([, type]) => type === 'state'), []);
    assert.deepEqual(actors('State oil company Timor GAP will build it across the Timor Trench.').filter(([, type]) => type === 'state'), []);
    assert.deepEqual(actors('In Suomi, voters agreed. Saudi Crown Prince Mohammed spoke.').filter(([, type]) => type === 'state').map(([t]) => t), ['Suomi', 'Saudi']);
  });

  it('reads a day set for a planned event as ahead across a short phrase of where or of whom', () => {
    assert.deepEqual(dates('The union has called a general strike in the public sector for Thursday over wages.', '2026-05-19'), [['Thursday', '2026-05-21']]);
  });
});

describe('extract: the blind24 round\'s rules, narrowed after a read-through', () => {
  const roles = (text: string): [string, string | undefined][] => mentions(text).flatMap((m) => m.kind === 'actor' && m.type === 'person' ? [[m.text, m.role] as [string, string | undefined]] : []);

  it('gives a field\'s title its whole role, only after "Chief"', () => {
    assert.deepEqual(roles('Chief Medical Officer Chris Whitty said so.'), [['Chris Whitty', 'Chief Medical Officer']]);
    assert.deepEqual(roles('Minister Goyal Secretary Sunil Barthwal said so.'), [['Goyal', 'Minister'], ['Sunil Barthwal', 'Secretary']]);
  });

  it('keeps a name with "Sheikh" inside a person without another cue', () => {
    assert.deepEqual(roles('Khalid Sheikh Mohammed\'s trial resumed at Guantanamo.'), [['Khalid Sheikh Mohammed', undefined]]);
  });

  it('reads no state from a capital after envoys when it owns something, names a district or starts a journey', () => {
    assert.deepEqual(actors('Envoys from Nairobi\'s business community met. Diplomats from Moscow to Manila agreed.'), []);
    assert.deepEqual(actors('Representatives from Kampala, mostly traders, came.'), []);
  });

  it('keeps a "to"-infinitive\'s past form past, and a past verb after a planned event\'s phrase', () => {
    assert.deepEqual(dates('The central bank was forced to cut rates on Monday.', '2026-06-04'), [['Monday', '2026-06-01']]);
    assert.deepEqual(dates('The rally in the capital for Sunday drew thousands.', '2026-06-04'), [['Sunday', '2026-05-31']]);
  });

  it('reads "Timor Leste" unhyphenated, an acronym opening a sentence before an own-language name, a compass word in a portfolio', () => {
    assert.deepEqual(actors('Timor Leste joined ASEAN.')[0], ['Timor Leste', 'state', 'Timor-Leste']);
    assert.deepEqual(actors('LNG Hrvatska operates the Krk terminal.').filter(([, type]) => type === 'state'), []);
    assert.deepEqual(roles('Minister for the Middle East Hamish Falconer said so.'), [['Hamish Falconer', 'Minister for the Middle East']]);
  });
});
