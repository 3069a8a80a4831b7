// Classes of qualifier errors the blind19 set showed: which state qualifies generic institutions and "X administration".
import assert from 'node:assert/strict';
import { extract, IncrementalExtractor } from '../../../src/core/extract';
import { mentions } from './helpers';

/** Canonical of each actor written `span`, in article order. */
const canonicals = (text: string, span: string): string[] =>
  mentions(text, '2026-08-12').filter((m) => m.kind === 'actor' && m.text === span).map((m) => (m as { canonical: string }).canonical);

/** An article filed from Lima about Peru's own government, naming a foreign buyer (Brazil) far more often than Peru. */
const article = (dateline: string, leader: string): string => [
  '# Copper Deal Draws Brazilian Buyers',
  `${dateline}Peru's Constitutional Court agreed on Monday to hear a challenge to a copper deal with Brazilian buyers.`,
  'Brazilian smelters and Brazilian traders said Brazil would pay more. Exports to Brazil rose, and Brazil remains the largest buyer of Brazilian ore.',
  'Analysts said the review would take weeks.',
  `${leader} ordered a review in March.`,
  'The deal runs for ten years.',
  'The Quispe administration defended the deal, and the Senate will vote on it. The Finance Ministry expects higher royalties.',
].join('\n\n');

describe('blind19 state: the dateline state of a home story qualifies its generic institutions', () => {
  it('a dateline state the lead names, with a head of government named without a country, outweighs a foreign state named more often', () => {
    const text = article('LIMA — ', 'President Marta Quispe');
    assert.deepEqual(canonicals(text, 'Senate'), ['Senate (Peru)']);
    assert.deepEqual(canonicals(text, 'Finance Ministry'), ['Ministry of Finance (Peru)']);
    assert.deepEqual(canonicals(text, 'Quispe administration'), ['Peru']);
  });
  it('without a dateline, the most-mentioned state still qualifies them', () => {
    const text = article('', 'President Marta Quispe');
    assert.deepEqual(canonicals(text, 'Senate'), ['Senate (Brazil)']);
    assert.deepEqual(canonicals(text, 'Finance Ministry'), ['Ministry of Finance (Brazil)']);
  });
  it('without a head of government named bare, or with one the article ties to the foreign state, the most-mentioned state qualifies them', () => {
    assert.deepEqual(canonicals(article('LIMA — ', 'Marta Quispe'), 'Senate'), ['Senate (Brazil)']);
    assert.deepEqual(canonicals(article('LIMA — ', 'Brazilian President Marta Quispe'), 'Senate'), ['Senate (Brazil)']);
  });
  it('a dateline state the lead does not name leaves them to the most-mentioned state', () => {
    const text = article('LIMA — ', 'President Marta Quispe').replace("Peru's Constitutional Court", 'A court');
    assert.deepEqual(canonicals(text, 'Senate'), ['Senate (Brazil)']);
  });
  it('the incremental extractor follows when the bare head of government appears and goes', () => {
    const inc = new IncrementalExtractor();
    const front = '---\ndate: 2026-08-12\n---\n\n';
    for (const leader of ['Marta Quispe', 'President Marta Quispe', 'Marta Quispe', 'Brazilian President Marta Quispe', 'President Marta Quispe']) {
      const text = front + article('LIMA — ', leader);
      assert.deepEqual(inc.update(text), extract(text));
    }
  });
});

describe('blind19 state: a legislature "of Representatives" or "of Deputies" takes its state', () => {
  it('any such chamber, bare or owned, is qualified like the House of Representatives', () => {
    assert.deepEqual(canonicals("Tajikistan's Assembly of Representatives will vote on the deal next month.", 'Assembly of Representatives'), ['Assembly of Representatives (Tajikistan)']);
    const text = 'Tajikistan signed the loan in Dushanbe. Tajikistan expects the Assembly of Representatives to ratify it.';
    assert.deepEqual(canonicals(text, 'Assembly of Representatives'), ['Assembly of Representatives (Tajikistan)']);
    assert.deepEqual(canonicals("Belgium's Chamber of Representatives passed the budget.", 'Chamber of Representatives'), ['Chamber of Representatives (Belgium)']);
  });
  it('a chamber named for its own people keeps its own name', () => {
    assert.deepEqual(canonicals("Ethiopia's House of Peoples' Representatives approved the loan.", "House of Peoples' Representatives"), ["House of Peoples' Representatives"]);
  });
});

describe('blind19 state: court-process nouns in a title-case headline', () => {
  it('a test, ruling, hearing or verdict after an institution is the headline\'s noun, not part of its name', () => {
    const names = (text: string): string[] => mentions(text, '2026-08-12').filter((m) => m.kind === 'actor').map((m) => m.text);
    assert.deepEqual(names('# Lithium Pact Faces Supreme Court Test as Chinese Buyers Circle'), ['Supreme Court', 'Chinese']);
    assert.deepEqual(names('# Senate Hearing Weighs Kenya Tariff'), ['Senate', 'Kenya']);
    assert.deepEqual(names('# Constitutional Court Ruling Upends Vote'), ['Constitutional Court']);
    assert.deepEqual(names('# Verdict Looms for Nigerian Senate'), ['Nigerian Senate']);
  });
  it('the same words in running text stay as written', () => {
    const names = (text: string): string[] => mentions(text, '2026-08-12').filter((m) => m.kind === 'actor').map((m) => m.text);
    assert.deepEqual(names('The Supreme Court will hear the case on Monday.'), ['Supreme Court']);
  });
});
