// "X, its … counterpart": an apposition tying a name to another body by "its" makes it an organisation only with a
// demonym or a word of size or ownership before the noun; a job title ("its managing partner") is a person's.
// Sentences written for this file (read-through 26).
import assert from 'node:assert/strict';
import { mentions } from './helpers';

function isOrganisation(text: string, span: string): boolean {
  return mentions(text).some((m) => m.kind === 'actor' && m.text === span && m.type === 'organization');
}

describe('extract: "its … counterpart" appositions (read-through 26)', () => {
  it('makes no organisation of a person apposed with a job title', () => {
    assert.ok(!isOrganisation('Jane Mwangi, its managing partner, said the fund would grow.', 'Jane Mwangi'));
    assert.ok(!isOrganisation('Okafor, its senior partner, said so.', 'Okafor'));
    assert.ok(!isOrganisation('Kariuki, its former operator, said so.', 'Kariuki'));
  });

  it('still reads a body apposed as its counterpart, parent or rival as an organisation', () => {
    assert.ok(isOrganisation('Fingrid, its Finnish counterpart, has asked for sensors.', 'Fingrid'));
    assert.ok(isOrganisation('Vodacom, its parent, said so.', 'Vodacom'));
    assert.ok(isOrganisation('Tanesco, its state-owned rival, agreed.', 'Tanesco'));
  });
});
