// Later mentions resolved across the article (guidelines 6, 12): a surname opened by a capitalised particle, both
// surnames of a Spanish name, a one-word name once it has been seen in a person slot, and short forms the article
// defines itself. Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions } from './helpers';

const persons = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor' && m.type === 'person').map((m) => `${m.text}=${m.kind === 'actor' ? m.canonical : ''}`);

describe('extract: later mentions across the article', () => {
  it('resolves a surname whose particle is capitalised at the start of a sentence', () => {
    const text = 'Trade Commissioner Maarten van Dijk met the growers.\n\nVan Dijk said the quota would stay.';
    assert.equal(actor(text, 'Van Dijk').canonical, 'Maarten van Dijk');
    const spanish = 'Finance Minister Rosa de la Vega spoke first.\n\nDe la Vega said reserves were ample.';
    assert.equal(actor(spanish, 'De la Vega').canonical, 'Rosa de la Vega');
  });

  it('leaves a capitalised particle word alone when no full name in the article has it', () => {
    assert.deepEqual(persons('Van Dijk said the quota would stay.').filter((p) => p.startsWith('Van Dijk=Maarten')), []);
  });

  it('resolves both surnames of a full name to the person', () => {
    const text = 'Labour Minister Jorge Paredes Ocampo signed the decree.\n\nParedes Ocampo said it would take effect in June.';
    assert.equal(actor(text, 'Paredes Ocampo').canonical, 'Jorge Paredes Ocampo');
  });

  it('resolves a given name used alone once it has been seen in a person slot', () => {
    const text = 'Energy Minister Sutrisno Hadiwijaya opened the plant. Sutrisno said output would double.\n\nAnalysts expect Sutrisno to ask for more money.';
    const spans = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Sutrisno');
    assert.equal(spans.length, 2);
    for (const m of spans) assert.equal(m.kind === 'actor' && m.canonical, 'Sutrisno Hadiwijaya');
  });

  it('gives a defined acronym its expansion as written when the curated name only adds a qualifier', () => {
    const text = 'Talks with the National Liberation Army (ELN) resumed.\n\nThe ELN said it would free two hostages.';
    const later = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'ELN');
    assert.equal(later.length, 2);
    for (const m of later) assert.equal(m.kind === 'actor' && m.canonical, 'National Liberation Army');
  });
});
