// Names with no title or cue word that their form or neighbours identify, and organisation names built on a
// fixed pattern (guidelines 6, 12). Sentences written for this file.
import assert from 'node:assert/strict';
import { openingQuotes } from '../../../src/core/extract/actors/plainNames';
import { newSteps } from '../../../src/core/extract/steps';
import { actor, mentions } from './helpers';

const kinds = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor').map((m) => `${m.text}=${m.kind === 'actor' ? `${m.type}:${m.canonical}` : ''}`);

describe('extract: names identified by their form or neighbours', () => {
  it('reads a quoted nickname between two name words as a person, and the surname later', () => {
    const text = 'The column was led by Arnulfo "El Gato" Restrepo, a veteran of the 1990s.\n\nRestrepo said nothing.';
    const p = actor(text, 'Arnulfo "El Gato" Restrepo');
    assert.deepEqual([p.type, p.canonical], ['person', 'Arnulfo Restrepo']);
    assert.equal(actor(text, 'Restrepo').canonical, 'Arnulfo Restrepo');
  });

  it('finds every quoted nickname of a paragraph, after other quotes and across a line break', () => {
    const text = 'He called it "a disgrace" before Arnulfo "El Gato" Restrepo and Dolores\n“La Jefa” Ibarguen Salcedo arrived; "fine", said Rosa "Ro" Quintero.';
    assert.deepEqual(actor(text, 'Arnulfo "El Gato" Restrepo').canonical, 'Arnulfo Restrepo');
    assert.deepEqual(actor(text, 'Dolores\n“La Jefa” Ibarguen Salcedo').canonical, 'Dolores Ibarguen Salcedo');
    assert.deepEqual(actor(text, 'Rosa "Ro" Quintero').canonical, 'Rosa Quintero');
  });

  it('finds a paragraph’s opening quotes with one pass per quote kind, however rare the other kind', () => {
    // Straight quotes only, with a non-Latin-1 dash: each search for '“' used to run to the end again.
    const perChar = (units: number) => {
      const text = '("Bab" — Cab) '.repeat(units);
      const steps = newSteps();
      const next = openingQuotes(text, steps);
      let found = 0;
      for (let q = next(0); q >= 0; q = next(q + 1)) found++;
      assert.equal(found, 2 * units);
      return steps.chars / text.length;
    };
    assert.ok(perChar(500) <= 2 && perChar(4000) <= 2, `${perChar(500)} and ${perChar(4000)} code units scanned per character`);
  });

  it('reads a name followed by its affiliation as a person', () => {
    const text = 'Marta Lindqvist, of the Arctic Policy Foundation, said the route was closing.';
    assert.equal(actor(text, 'Marta Lindqvist').type, 'person');
    assert.equal(actor('Jens van Houten of Rabobank said prices would ease.', 'Jens van Houten').type, 'person');
  });

  it('does not read a place before "of" as a person', () => {
    assert.ok(!kinds('Port Moresby of the past was quieter, the Asian Development Bank said.').some((k) => k.includes('person')));
  });

  it('reads the last member of a list of people written with particles', () => {
    const text = 'Lucía Herrera, Tomás Benítez and Rodrigo de la Fuente signed the letter.';
    assert.equal(actor(text, 'Rodrigo de la Fuente').canonical, 'Rodrigo de la Fuente');
  });

  it('reads a name before a lower-case organisation noun as an organisation', () => {
    assert.equal(actor('The Allied Dockworkers union called a strike.', 'Allied Dockworkers').type, 'organization');
  });

  it('reads offices named after an official and national Red Cross societies as one organisation', () => {
    assert.equal(actor('The Office of the Special Envoy for Yemen said talks would resume.', 'Office of the Special Envoy for Yemen').type, 'organization');
    const text = 'Volunteers from the Peruvian Red Cross and the Nepal Red Cross Society joined.';
    assert.equal(actor(text, 'Peruvian Red Cross').canonical, 'Peruvian Red Cross');
    assert.equal(actor(text, 'Nepal Red Cross Society').type, 'organization');
  });
});
