// Generic institutions owned by the country named just before them (guideline 13). Sentences written for this file.
import assert from 'node:assert/strict';
import { actor } from './helpers';

describe('extract: institutions qualified by their owner', () => {
  it('takes the country of a possessive before a legislature, not the article\'s dominant state', () => {
    const text = "PRETORIA — South Africa hosted the talks. South Africa's envoy met the Ghanaian team.\n\nThe deal still needs Ghana's parliament, the National Assembly, to agree.";
    assert.equal(actor(text, 'National Assembly').canonical, 'National Assembly (Ghana)');
  });

  it('names a country\'s Congress and Senate by their owner', () => {
    const text = "The Brazilian minister flew to Lima. Brazil said Peru's Congress would vote first, then the Philippines' Senate.";
    assert.equal(actor(text, 'Congress').canonical, 'Congress of the Republic of Peru');
    assert.equal(actor(text, 'Senate').canonical, 'Senate (Philippines)');
  });

  it('leaves a United States chamber its own name', () => {
    assert.equal(actor("Mexico watched as the United States' Senate voted.", 'Senate').canonical, 'United States Senate');
  });
});
