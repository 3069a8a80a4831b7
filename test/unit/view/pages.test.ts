import assert from 'node:assert/strict';
import { PAGE_ROWS, moreRowsText, pageOf, rowsShowing, type Localizer, type MoreRowsNode } from '../../../src/view';

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
});
