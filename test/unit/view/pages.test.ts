import assert from 'node:assert/strict';
import { MAX_PAGED_LISTS, PAGE_ROWS, PageCounts, moreRowsText, pageOf, rowsShowing, type Localizer, type MoreRowsNode } from '../../../src/view';

const english: Localizer = { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };
const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('view/pages', () => {
  it('shows a short list whole, without a "Show more" row', () => {
    assert.deepEqual(pageOf(rows(PAGE_ROWS), PAGE_ROWS, 'p', 'k'), rows(PAGE_ROWS));
    assert.deepEqual(pageOf([], PAGE_ROWS, 'p', 'k'), []);
  });

  it('ends a long list after the shown rows with a row that says how many more there are', () => {
    const page = pageOf(rows(PAGE_ROWS * 2 + 5), PAGE_ROWS, 'parent', 'key');
    assert.equal(page.length, PAGE_ROWS + 1);
    assert.deepEqual(page.slice(0, PAGE_ROWS), rows(PAGE_ROWS));
    const more = page[PAGE_ROWS] as MoreRowsNode<string>;
    assert.deepEqual(more, { type: 'moreRows', parent: 'parent', key: 'key', shown: PAGE_ROWS, total: PAGE_ROWS * 2 + 5 });
    assert.deepEqual(moreRowsText(more, english), { label: `Show ${PAGE_ROWS} more`, description: `${PAGE_ROWS} of ${PAGE_ROWS * 2 + 5}` });
    const last = pageOf(rows(PAGE_ROWS * 2 + 5), PAGE_ROWS * 2, 'parent', 'key').at(-1) as MoreRowsNode<string>;
    assert.equal(moreRowsText(last, english).label, 'Show 5 more', 'the last page says how many are left');
  });

  it('counts the pages to show for a row to be on one', () => {
    assert.equal(rowsShowing(0), PAGE_ROWS);
    assert.equal(rowsShowing(PAGE_ROWS - 1), PAGE_ROWS);
    assert.equal(rowsShowing(PAGE_ROWS), 2 * PAGE_ROWS);
    for (const i of [0, 7, PAGE_ROWS, 3 * PAGE_ROWS + 1]) assert.ok(pageOf(rows(10 * PAGE_ROWS), rowsShowing(i), 'p', 'k').includes(i));
  });

  it('counts each list\'s shown rows: a page more per "Show more", up to a revealed row, a first page for a list never paged', () => {
    const counts = new PageCounts();
    assert.equal(counts.shown('a'), PAGE_ROWS);
    counts.more('a');
    counts.more('a');
    assert.equal(counts.shown('a'), 3 * PAGE_ROWS);
    assert.equal(counts.showRow('a', 2 * PAGE_ROWS), false, 'already on a shown page');
    assert.equal(counts.showRow('b', 5 * PAGE_ROWS + 3), true);
    assert.equal(counts.shown('b'), 6 * PAGE_ROWS);
    assert.equal(counts.size, 2, 'only lists shown past their first page are kept');
    counts.clear();
    assert.equal(counts.shown('a'), PAGE_ROWS);
  });

  it('keeps the counts of at most MAX_PAGED_LISTS lists, dropping the least recently shown or paged: lists that are gone do not pile up', () => {
    const counts = new PageCounts();
    // A session that pages through ten times as many lists as are kept (articles renamed, figures moved).
    for (let i = 0; i < 10 * MAX_PAGED_LISTS; i++) {
      counts.more(`list ${i}`);
      if (i % 7 === 0) counts.shown('kept'); // a list the view keeps showing
      if (i === 0) counts.more('kept');
      assert.ok(counts.size <= MAX_PAGED_LISTS, `${counts.size} lists kept`);
    }
    assert.equal(counts.size, MAX_PAGED_LISTS);
    assert.equal(counts.shown('kept'), 2 * PAGE_ROWS, 'a list shown again and again keeps its count');
    assert.equal(counts.shown(`list ${10 * MAX_PAGED_LISTS - 1}`), 2 * PAGE_ROWS, 'the last paged is kept');
    assert.equal(counts.shown('list 0'), PAGE_ROWS, 'the least recently used went back to its first page');
  });
});
