// Long lists in the tree views are shown a page at a time. Every redraw of a tree view makes the
// extension host convert and send each row of every expanded node: the figures of a 1 MB article
// or a workspace of them are tens of thousands of rows, which held the host's thread for up to a
// second per redraw. A page ends with a "Show more" row that shows the next page.
import type { Localizer } from './statusText';

/** Rows shown at first, and added by each "Show more". */
export const PAGE_ROWS = 100;

/** The row after a page of a long list. `key` names the list (its parent row's id). */
export interface MoreRowsNode<P> {
  readonly type: 'moreRows';
  readonly parent: P;
  readonly key: string;
  readonly shown: number;
  readonly total: number;
}

/** The first `shown` rows, and a "Show more" row when the list is longer. */
export function pageOf<T, P>(rows: readonly T[], shown: number, parent: P, key: string): (T | MoreRowsNode<P>)[] {
  if (rows.length <= shown) return rows.slice();
  const page: (T | MoreRowsNode<P>)[] = rows.slice(0, shown);
  page.push({ type: 'moreRows', parent, key, shown, total: rows.length });
  return page;
}

/** How many rows to show so that the row at `index` is on a shown page. */
export function rowsShowing(index: number): number {
  return (Math.floor(index / PAGE_ROWS) + 1) * PAGE_ROWS;
}

/** "Show 100 more" and "100 of 4,321". */
export function moreRowsText(node: MoreRowsNode<unknown>, l10n: Localizer): { label: string; description: string } {
  const next = Math.min(PAGE_ROWS, node.total - node.shown);
  return {
    label: l10n.t('Show {0} more', next.toLocaleString('en-US')),
    description: l10n.t('{0} of {1}', node.shown.toLocaleString('en-US'), node.total.toLocaleString('en-US')),
  };
}
