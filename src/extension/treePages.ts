import * as vscode from 'vscode';
import { PageCounts, moreRowsText, pageOf, type MoreRowsNode } from '../view';
import { CommandId } from './commandIds';

/**
 * How many rows of each long list one tree view shows, by the list's key (its parent row's id, so
 * it survives the rebuilt trees of later analyses), for a bounded number of lists (PageCounts).
 * See src/view/pages.ts for why.
 */
export class TreePages {
  readonly #shown = new PageCounts();

  /** `refresh` redraws the view once a list shows more. */
  constructor(readonly viewId: string, private readonly refresh: () => void) {}

  /** The shown page of `rows`, ending with a "Show more" row when there are more. */
  rows<T, P>(key: string, rows: readonly T[], parent: P): (T | MoreRowsNode<P>)[] {
    return pageOf(rows, this.#shown.shown(key), parent, key);
  }

  /** Every list back to its first page (another article shown). */
  reset(): void {
    this.#shown.clear();
  }

  /** The next page of the list named `key`. */
  more(key: string): void {
    this.#shown.more(key);
    this.refresh();
  }

  /** Shows the row at `index` of the list `key`; true when it was on a page not shown yet. */
  showRow(key: string, index: number): boolean {
    return this.#shown.showRow(key, index);
  }

  item(node: MoreRowsNode<unknown>): vscode.TreeItem {
    const { label, description } = moreRowsText(node, vscode.l10n);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.key}:more`;
    item.description = description;
    item.iconPath = new vscode.ThemeIcon('ellipsis');
    item.contextValue = 'moreRows';
    item.command = { command: CommandId.ShowMoreRows, title: label, arguments: [this.viewId, node.key] };
    return item;
  }
}

/** The "Show more" rows' command: the next page of a list in one of the views. */
export function registerShowMoreRows(views: readonly TreePages[]): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.ShowMoreRows, (viewId: unknown, key: unknown) => {
    if (typeof key === 'string') views.find((v) => v.viewId === viewId)?.more(key);
  });
}
