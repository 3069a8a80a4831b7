import assert from 'node:assert/strict';
import { mentions } from './helpers';

const persons = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor' && m.type === 'person').map((m) => m.text);

// "X, <role> at <Body>, said": the role held at a named body and the reporting verb make X a person.
describe('extract: a person apposed to a role at a body before a reporting verb', () => {
  it('reads the person when the body has its acronym in brackets', () => {
    assert.deepEqual(persons('Nusrat Jahan Chowdhury, research director at the Bangladesh Institute of Development Studies (BIDS), said a deal was likely.'), ['Nusrat Jahan Chowdhury']);
    assert.deepEqual(persons('Ana Ruiz, senior fellow at the Institute of Development Studies (IDS), said so.'), ['Ana Ruiz']);
  });

  it('still reads it without the acronym, and makes no person of a bracket that is no acronym', () => {
    assert.deepEqual(persons('Ana Ruiz, research director at the Institute of Development Studies, said so.'), ['Ana Ruiz']);
    assert.deepEqual(persons('Kalma Wells, home to the Institute of Development Studies (founded in 1961 by the state), said nothing.'), []);
  });
});
