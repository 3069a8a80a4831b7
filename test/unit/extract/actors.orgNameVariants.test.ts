import assert from 'node:assert/strict';
import { actor, mentions } from './helpers';

describe('extract: organisations in either spelling', () => {
  it('reads the "-isation" spelling of a curated "-ization" name as that organisation, whole', () => {
    for (const [text, span, canonical] of [
      ['The Organisation for Security and Co-operation in Europe said so.', 'Organisation for Security and Co-operation in Europe', 'Organization for Security and Co-operation in Europe'],
      ['The International Organisation for Migration said so.', 'International Organisation for Migration', 'International Organization for Migration'],
    ]) assert.equal(actor(text, span).canonical, canonical, text);
  });
});

describe('extract: two organisations joined by "and the" before an acronym', () => {
  it('defines the acronym for the second name and keeps the first out of it', () => {
    const text = 'Petrosen and the Mauritanian Hydrocarbons Company (SMH) hold the remaining 10% and 7%.';
    assert.equal(actor(text, 'Mauritanian Hydrocarbons Company').canonical, 'Mauritanian Hydrocarbons Company');
    assert.equal(actor(text, 'SMH').canonical, 'Mauritanian Hydrocarbons Company');
    assert.ok(!mentions(text).some((m) => m.text.includes('Petrosen and')), 'no name runs over "and the"');
  });

  it('still reads "and" inside a defined name', () => {
    assert.equal(actor('The Department for Environment, Food and Rural Affairs (Defra) said so.', 'Defra').canonical, 'Department for Environment, Food and Rural Affairs');
  });
});

describe('extract: national chapters of an international body', () => {
  it('reads "<Body> International <Country>" as one organisation', () => {
    assert.equal(actor('Transparency International Georgia said 1,800 groups could close.', 'Transparency International Georgia').type, 'organization');
    assert.equal(actor("He met Amnesty International Kenya's director.", 'Amnesty International Kenya').type, 'organization');
  });

  it('keeps the body and a country apart when anything stands between them', () => {
    const got = mentions('Amnesty International said Georgia had erred.').map((m) => m.text);
    assert.deepEqual(got, ['Amnesty International', 'Georgia']);
    // A country that opens the next clause is no chapter.
    assert.deepEqual(mentions('According to Amnesty International Iran carried out 900 executions.').filter((m) => m.kind === 'actor').map((m) => m.text), ['Amnesty International', 'Iran']);
  });
});
