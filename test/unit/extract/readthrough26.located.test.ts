// A sentence opened by "In <capital>," is told from that state's seat of government: its generic institutions are that
// state's, whatever state the article is mostly about. Sentences written for this file (read-through 26).
import assert from 'node:assert/strict';
import { mentions } from './helpers';

/** An article about Brazil (headline, dateline and lead), then `body` as its last paragraph. */
function brazilArticle(body: string): string {
  return `# Brazil Sells More Soy to China\n\nBRASÍLIA — Brazil will ship more soy, Brazil said, as Brazil's harvest grows.\n\nBrazil expects more.\n\n${body}\n`;
}

function canonicalOf(text: string, span: string): string | undefined {
  return (mentions(text).find((m) => m.kind === 'actor' && m.text === span) as { canonical?: string } | undefined)?.canonical;
}

describe('extract: institutions of a sentence located in a capital (read-through 26)', () => {
  it('gives them the state of the capital the sentence opens with', () => {
    assert.equal(canonicalOf(brazilArticle('In Beijing, Commerce Ministry spokesman He Yongqian said on Thursday that imports would rise.'), 'Commerce Ministry'), 'Ministry of Commerce (China)');
    assert.equal(canonicalOf(brazilArticle('Prices rose. In Buenos Aires, the Senate approved the deal on Friday.'), 'Senate'), 'Senate (Argentina)');
  });

  it('leaves them to the article where the sentence opens otherwise', () => {
    assert.equal(canonicalOf(brazilArticle('In March, the Commerce Ministry said imports would rise.'), 'Commerce Ministry'), 'Ministry of Commerce (Brazil)');
    assert.equal(canonicalOf(brazilArticle('Officials in Beijing said the Commerce Ministry would buy more.'), 'Commerce Ministry'), 'Ministry of Commerce (Brazil)');
    assert.equal(canonicalOf(brazilArticle('In Beijing, talks went on. The Commerce Ministry said imports would rise.'), 'Commerce Ministry'), 'Ministry of Commerce (Brazil)');
  });
});

describe('extract: institutions of a sentence located in a capital, visitors (read-through 26)', () => {
  it("leaves the article's own officials abroad to the article", () => {
    const kenya = (body: string) => `# Kenya Seeks IMF Deal\n\nNAIROBI — Kenya wants a deal, Kenya said.\n\nKenya waits.\n\n${body}\n`;
    const found = (text: string, span: string) => mentions(text).filter((m) => m.kind === 'actor' && m.text === span).map((m) => (m as { canonical: string }).canonical);
    assert.deepEqual(found(kenya('In Washington, Finance Ministry officials met IMF staff on Monday, and the Finance Ministry said talks would continue.'), 'Finance Ministry'),
      ['Ministry of Finance (Kenya)', 'Ministry of Finance (Kenya)']);
    assert.deepEqual(found(kenya('In Beijing, Trade Ministry negotiators from Kenya signed the deal.'), 'Trade Ministry'), ['Ministry of Trade (Kenya)']);
    assert.deepEqual(found(kenya('In Paris, the Foreign Ministry condemned the attack.'), 'Foreign Ministry'), ['Ministry of Foreign Affairs (France)']);
  });
});
