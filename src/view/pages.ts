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

/** Lists one view remembers as shown past their first page; beyond that the least recently used goes back to it. */
export const MAX_PAGED_LISTS = 100;

/**
 * How many rows of each long list a view shows, by the list's key (its parent row's id, so it
 * survives the trees rebuilt after every change). Only lists shown past their first page are kept,
 * at most MAX_PAGED_LISTS, the least recently shown or paged dropped first: the keys name lists of
 * trees that change all session (articles renamed or deleted, figures moved), and a count per list
 * ever paged would otherwise stay until the window closes. The count does not know which lists are
 * on screen: a view with more than MAX_PAGED_LISTS lists paged at once shows the least recently
 * used of them from its first page again at the next redraw.
 */
export class PageCounts {
  readonly #shown = new Map<string, number>();

  /** How many rows of the list `key` are shown (a use: it keeps the list's count). */
  shown(key: string): number {
    const n = this.#shown.get(key);
    if (n === undefined) return PAGE_ROWS;
    this.#set(key, n);
    return n;
  }

  /** The next page of the list `key`. */
  more(key: string): void {
    this.#set(key, (this.#shown.get(key) ?? PAGE_ROWS) + PAGE_ROWS);
  }

  /** Shows the row at `index` of the list `key`; true when it was on a page not shown yet. */
  showRow(key: string, index: number): boolean {
    const needed = rowsShowing(index);
    const n = this.#shown.get(key);
    if (needed <= (n ?? PAGE_ROWS)) {
      if (n !== undefined) this.#set(key, n); // a use, as in shown()
      return false;
    }
    this.#set(key, needed);
    return true;
  }

  /** Every list back to its first page. */
  clear(): void {
    this.#shown.clear();
  }

  /** Lists shown past their first page. */
  get size(): number {
    return this.#shown.size;
  }

  /** Sets a count as the most recently used (a Map keeps insertion order), dropping the oldest past MAX_PAGED_LISTS. */
  #set(key: string, n: number): void {
    this.#shown.delete(key);
    this.#shown.set(key, n);
    for (const oldest of this.#shown.keys()) {
      if (this.#shown.size <= MAX_PAGED_LISTS) break;
      this.#shown.delete(oldest);
    }
  }
}

/** "Show 100 more" and "100 of 4,321". */
export function moreRowsText(node: MoreRowsNode<unknown>, l10n: Localizer): { label: string; description: string } {
  const next = Math.min(PAGE_ROWS, node.total - node.shown);
  return {
    label: l10n.t('Show {0} more', next.toLocaleString('en-US')),
    description: l10n.t('{0} of {1}', node.shown.toLocaleString('en-US'), node.total.toLocaleString('en-US')),
  };
}
