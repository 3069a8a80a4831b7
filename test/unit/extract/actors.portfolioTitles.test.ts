import assert from 'node:assert/strict';
import { actor, mentions } from './helpers';

const actorTexts = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor').map((m) => m.text);

describe('extract: titles with a rank or a portfolio before them', () => {
  it('reads "Managing Director" and its ranks as a title, not an organisation', () => {
    for (const text of [
      'Managing Director Kristalina Georgieva said so.',
      'Deputy Managing Director Nigel Clarke said in a statement that talks went well.',
      'He met First Deputy Managing Director Gita Gopinath.',
    ]) assert.deepEqual(actorTexts(text).filter((a) => /Managing/.test(a)), [], text);
    assert.equal(actor('Deputy Managing Director Nigel Clarke said so.', 'Nigel Clarke').role, 'Deputy Managing Director');
    // The verb "managing" before a title is no part of it.
    assert.equal(actor("After managing President William Ruto's re-election campaign, he left.", 'William Ruto').role, 'President');
  });

  it('makes no person of the portfolio between a cue and a title with its name', () => {
    for (const [text, person] of [
      ["The commission's Indian co-chair, Jal Shakti Secretary Vivek Mathur, said so.", 'Vivek Mathur'],
      ['The co-chair, Home Affairs Minister Vivek Mathur, said so.', 'Vivek Mathur'],
      ['He told Home Affairs Minister Vivek Mathur so.', 'Vivek Mathur'],
      ["Kenya's Home Affairs Minister Vivek Mathur spoke.", 'Vivek Mathur'],
    ]) {
      const persons = mentions(text).filter((m) => m.kind === 'actor' && m.type === 'person').map((m) => m.text);
      assert.deepEqual(persons, [person], text);
    }
  });

  it('still makes the employer of a run before a research title', () => {
    assert.equal(actor('Halden Research economist Priya Raman said so.', 'Halden Research').type, 'organization');
  });
});
