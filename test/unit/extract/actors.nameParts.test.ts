import assert from 'node:assert/strict';
import { actor, mentions } from './helpers';

// Parts of a name the scanner used to leave out (issue 13): particles, quoted nicknames, abbreviated given names.
describe('extract: persons with particles, nicknames and abbreviated given names', () => {
  it('keeps surname particles inside the name', () => {
    const a = actor('Chief negotiator Camilo de la Torre said talks would resume.', 'Camilo de la Torre');
    assert.deepEqual([a.type, a.canonical], ['person', 'Camilo de la Torre']);
    assert.equal(actor('A summit with President Ursula von der Leyen ended.', 'Ursula von der Leyen').canonical, 'Ursula von der Leyen');
  });

  it('keeps a quoted nickname inside the span and out of the canonical, and resolves the surname to it', () => {
    const text = 'The sponsor, Representative Roberto "Bobby" Salinas, is from Laredo. Salinas said he would vote.';
    const a = actor(text, 'Roberto "Bobby" Salinas');
    assert.deepEqual([a.canonical, a.role], ['Roberto Salinas', 'Representative']);
    assert.equal(actor(text, 'Salinas').canonical, 'Roberto Salinas');
  });

  it('joins an abbreviated given name to the rest of the name', () => {
    const text = 'Commerce Adviser Md. Shahidul Alam said the mission would come. Alam said so again.';
    assert.equal(actor(text, 'Md. Shahidul Alam').canonical, 'Md. Shahidul Alam');
    assert.ok(!mentions(text).some((m) => m.text === 'Md'));
    assert.equal(actor(text, 'Alam').canonical, 'Md. Shahidul Alam');
  });
});

describe('extract: a later surname written with its particles', () => {
  it('resolves "de la Torre" and "al-Mannai" to the full name introduced earlier, particles in the span', () => {
    const text = 'Chief negotiator Camilo de la Torre said talks would resume. Later, de la Torre told reporters the date.\n\n' +
      'Energy Minister Khalid bin Hamad al-Mannai spoke first. "We keep our promises," al-Mannai told reporters.';
    const torre = actor(text, 'de la Torre');
    assert.deepEqual([torre.type, torre.canonical], ['person', 'Camilo de la Torre']);
    const mannai = actor(text, 'al-Mannai');
    assert.deepEqual([mannai.type, mannai.canonical], ['person', 'Khalid bin Hamad al-Mannai']);
    assert.ok(!mentions(text).some((m) => m.text === 'Torre' || m.text === 'Mannai'));
  });
});
