// Letters after a person's name ("QC", "MP", "OBE") are no organisation unless the article defines them as one.
// Sentences written for this file (read-through 26).
import assert from 'node:assert/strict';
import { mentions } from './helpers';

function organisations(text: string): string[] {
  return mentions(text).filter((m) => m.kind === 'actor' && m.type === 'organization').map((m) => m.text);
}

describe('extract: post-nominal letters (read-through 26)', () => {
  it('marks no organisation for letters one space after a name word', () => {
    assert.deepEqual(organisations('The lawyer for the group, Cherie QC, said so.'), []);
    assert.deepEqual(organisations('Jane Doe MP said the bill would pass.'), []);
  });

  it('keeps them where the article defines them', () => {
    assert.deepEqual(organisations('The Supreme Court (SC) ruled on Monday. Ali Khan SC said so.'), ['Supreme Court', 'SC', 'SC']);
  });
});
