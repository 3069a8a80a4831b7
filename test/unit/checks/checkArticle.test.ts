import assert from 'node:assert/strict';
import { checkArticle, consistencyFindings, type CheckMeter, type FindingCode } from '../../../src/core/checks';
import { inputOf } from './helpers';

const ARTICLE = [
  'Japan announced a $10 billion package: $4 billion for roads and $5 billion for ports.',
  'The talks opened on Monday, April 8, 2025 in Geneva.',
  'Inflation rose from 3% to 5%, a rise of 2 percent.',
  'Troop numbers doubled from 40 to 100.',
  'China holds 40%, Japan 35% and Korea 30%.',
  'The IMF approved a $2.5 billion loan in May. Later the $2.4 billion loan was disbursed.',
].join('\n\n');

describe('checks: checkArticle', () => {
  it('runs every consistency rule and returns the findings in text order', () => {
    const found = checkArticle(inputOf(ARTICLE)).filter((f) => f.kind === 'inconsistent');
    assert.deepEqual(found.map((f) => [f.code, ARTICLE.slice(f.start, f.end)]), [
      ['parts-total-mismatch', '$10 billion'],
      ['weekday-mismatch', 'Monday'],
      ['percent-vs-points', '2 percent'],
      ['change-mismatch', 'doubled'],
      ['shares-over-100', '40%, Japan 35% and Korea 30%'],
      ['conflicting-values', '$2.4 billion'],
    ] satisfies [FindingCode, string][]);
    assert.ok(found.every((f) => f.level === 'warning'));
  });

  it('keeps the review findings alongside', () => {
    const codes = new Set(checkArticle(inputOf(ARTICLE)).map((f) => f.code));
    assert.ok(codes.has('unverified-figure'));
  });

  it('skips rejected mentions in every rule', () => {
    const input = inputOf(ARTICLE, { reject: ['$4 billion', 'Monday, April 8, 2025', '2 percent', '40 to 100', '30%', '$2.4 billion'] });
    assert.deepEqual(consistencyFindings(input).map((f) => f.code), []);
  });

  describe('bounded work', () => {
    /** An article of n paragraphs mixing every shape the rules read, plus one long list and one repeated loan. */
    function article(n: number): string {
      const paras: string[] = [];
      for (let i = 0; i < n; i++) {
        const a = 10 + (i % 50);
        paras.push([
          `Japan announced a $${a} billion package: $${a - 3} billion for roads, $2 billion for ports and $${i % 5} billion for rail.`,
          `Inflation rose from ${i % 9}.5% to ${a}%, a rise of ${a - 3} percent, while exports doubled from ${a} to ${3 * a}.`,
          `China holds ${i % 40}%, Japan ${a}% and Korea ${i % 30}%, and the IMF approved the $${(a / 10).toFixed(1)} billion loan on Monday, April ${1 + (i % 28)}, 2025.`,
        ].join(' '));
      }
      // One sentence without a full stop: a long gapped list of shares and of parts.
      paras.push(`Owners: China holds 1%${Array.from({ length: n }, (_, i) => `, Firm${i} ${1 + (i % 3)}%`).join('')} and others 2%`);
      paras.push(`A $90 billion fund: ${Array.from({ length: n }, (_, i) => `$${1 + (i % 4)} billion for item ${i}`).join(', ')}`);
      return paras.join('\n\n');
    }

    function comparisons(n: number): { figures: number; comparisons: number; codes: Set<FindingCode> } {
      const input = inputOf(article(n));
      const meter: CheckMeter = { comparisons: 0 };
      const codes = new Set(consistencyFindings({ ...input, meter }).map((f) => f.code));
      return { figures: input.mentions.filter((m) => m.kind === 'figure').length, comparisons: meter.comparisons, codes };
    }

    it('makes a bounded number of comparisons per figure on thousands of figures', () => {
      const small = comparisons(120);
      const large = comparisons(240);
      assert.ok(large.figures > 3000, `only ${large.figures} figures`);
      assert.equal(large.codes.size, 6, `every rule found something: ${[...large.codes].join(', ')}`);
      // Every rule looks at a fixed window of neighbours: comparisons grow with the figures, not their square.
      assert.ok(large.comparisons <= 40 * large.figures, `${large.comparisons} comparisons for ${large.figures} figures`);
      const growth = (large.comparisons / small.comparisons) / (large.figures / small.figures);
      assert.ok(growth < 1.2, `comparisons grew ${growth.toFixed(2)}× faster than the figures`);
    });
  });
});
