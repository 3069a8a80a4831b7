import assert from 'node:assert/strict';
import { MAX_GROUP, crossFileConflictSteps, crossFileConflicts, type MeasuredArticle } from '../../../src/core/checks';
import { analyseArticle } from '../../../src/core/corpus';

/** An article as the index keeps it: analysed by the real engine, with its reference date. */
function article(path: string, body: string, date: string | null = '2025-06-10'): MeasuredArticle & { text: string } {
  const text = `${date ? `---\ndate: ${date}\n---\n\n` : ''}${body}\n`;
  const e = analyseArticle(text, undefined);
  return { uri: `file:///ws/${path}`, path, referenceDate: e.referenceDate, measures: e.measures, text };
}

const spans = (articles: (MeasuredArticle & { text: string })[]) => crossFileConflicts(articles)
  .map((f) => `${f.uri.slice('file:///ws/'.length)}:${articles.find((a) => a.uri === f.uri)!.text.slice(f.start, f.end)}`);

describe('checks: conflicting-values across files', () => {
  it('flags the same actor and verb with two values in two articles, on both sides', () => {
    const a = article('a.md', 'Kenya received $2.5 billion from the IMF.');
    const b = article('news/b.md', 'Kenya received $2.1 billion from the IMF, officials said.');
    const found = crossFileConflicts([b, a]);
    assert.deepEqual(spans([a, b]), ['a.md:$2.5 billion', 'news/b.md:$2.1 billion']);
    assert.match(found[0].message, /^"\$2\.5 billion" conflicts with "\$2\.1 billion" in news\/b\.md for the same "Kenya received"$/);
    assert.deepEqual(found[0].related.map((r) => [r.uri, b.text.slice(r.start, r.end)]), [[b.uri, '$2.1 billion']]);
    assert.equal(found[0].code, 'conflicting-values');
  });

  it('flags a noun phrase with the same actor and the same date next to it', () => {
    const a = article('a.md', 'Kenya signed a $300 million loan with China on 3 March 2025.');
    const b = article('b.md', 'Kenya signed a $350 million loan with China on 3 March 2025.');
    assert.deepEqual(spans([a, b]), ['a.md:$300 million', 'b.md:$350 million']);
  });

  it('allows for rounding and hedges as in one article (near misses stay quiet)', () => {
    const base = article('a.md', 'Kenya received $2.5 billion from the IMF.');
    assert.deepEqual(spans([base, article('b.md', 'Kenya received about $2.4 billion from the IMF.')]), [], 'a hedge overlaps');
    assert.deepEqual(spans([base, article('b.md', 'Kenya received $2.48 billion from the IMF.')]), [], 'finer rounding of the same value');
    assert.deepEqual(spans([base, article('b.md', 'Kenya received $2.5bn from the IMF.')]), [], 'another spelling');
    assert.deepEqual(spans([base, article('b.md', 'Kenya received more than $2 billion from the IMF.')]), [], 'an open bound');
    // Intervals that only touch disagree (2.45–2.55 against 2.35–2.45), as tolerance.ts rules.
    assert.deepEqual(spans([base, article('b.md', 'Kenya received $2.4 billion from the IMF.')]), ['a.md:$2.5 billion', 'b.md:$2.4 billion']);
  });

  it('does not compare different actors, qualifiers, units or dates', () => {
    const a = article('a.md', 'Kenya received $2.5 billion in grants.');
    assert.deepEqual(spans([a, article('b.md', 'Uganda received $1.1 billion in grants.')]), [], 'another actor');
    assert.deepEqual(spans([a, article('b.md', 'Kenya received $1.1 billion in loans.')]), [], 'another qualifier');
    assert.deepEqual(spans([a, article('b.md', 'Kenya received €1.1 billion in grants.')]), [], 'another unit');
    const dated = article('c.md', 'Kenya signed a $300 million loan with China on 3 March 2025.');
    assert.deepEqual(spans([dated, article('d.md', 'Kenya signed a $350 million loan with China on 9 May 2025.')]), [], 'another date');
  });

  it('compares undated figures only between articles of the same year, never of unknown years', () => {
    const a = article('a.md', 'Kenya received $2.5 billion from the IMF.', '2025-06-10');
    assert.deepEqual(spans([a, article('b.md', 'Kenya received $2.1 billion from the IMF.', '2024-02-01')]), []);
    assert.deepEqual(spans([article('c.md', 'Kenya received $2.5 billion from the IMF.', null), article('d.md', 'Kenya received $2.1 billion from the IMF.', null)]), []);
  });

  it('does not compare a noun phrase without an actor across articles, nor figures of one article', () => {
    assert.deepEqual(spans([article('a.md', 'The IMF approved a $2.5 billion loan.'), article('b.md', 'The bank approved a $4 billion loan.')]), []);
    const one = article('a.md', 'Kenya received $2.5 billion from the IMF. Kenya received $2.1 billion from the IMF.');
    assert.deepEqual(crossFileConflicts([one]), [], 'one article is the in-file rule’s business');
  });

  it('bounds its comparisons: a key is compared among at most MAX_GROUP figures', () => {
    const many = Array.from({ length: MAX_GROUP * 3 }, (_, i) => article(`a${String(i).padStart(4, '0')}.md`, `Kenya received $${i + 1} million from the IMF.`));
    const meter = { comparisons: 0 };
    const found = crossFileConflicts(many, meter);
    assert.ok(meter.comparisons <= MAX_GROUP * MAX_GROUP, `${meter.comparisons} comparisons`);
    assert.equal(found.length, MAX_GROUP, 'each compared figure conflicts with the others');
  });

  it('in steps, pauses every two thousand figures grouped or compared, and finds what crossFileConflicts finds', () => {
    const one = article('a.md', 'Kenya received $2.5 billion from the IMF. Uganda received $1.1 billion from the IMF.');
    const other = article('b.md', 'Kenya received $2.1 billion from the IMF. Uganda received $1.1 billion from the IMF.');
    // Many articles sharing the measures (no full text analysed again): 3,000 articles, 6,000 figures.
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...(i % 2 ? one : other), uri: `file:///ws/m${i}.md`, path: `m${String(i).padStart(4, '0')}.md` }));
    const steps = crossFileConflictSteps(many);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.deepEqual(r.value, crossFileConflicts(many));
    assert.ok(r.value.length > 0);
    assert.ok(pauses >= 3, `${pauses} pauses for 6,000 figures`);
  });
});
