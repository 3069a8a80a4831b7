import * as vscode from 'vscode';
import {
  buildReviewTree, filterDescription, folderOf, isFiltered, mentionIcon, reviewFigureContext, reviewFigureDescription, reviewFigureTooltip, reviewGroupLabel, reviewGroupSpec,
  reviewFigures, PAGE_ROWS, type MoreRowsNode, type ReviewArticle, type ReviewFigure, type ReviewFilter, type ReviewGroupNode, type ReviewNode,
} from '../view';
import { CommandId } from './commandIds';
import { Disposable } from './dispose';
import { TreePages } from './treePages';
import type { IndexState, WorkspaceIndex } from './workspaceIndex';

/** How long index changes are gathered before the view redraws (typing changes the open article often). */
const REFRESH_DELAY_MS = 150;

/** A row of the Review view: a node of its tree, or the "Show more" row of a long list. */
export type ReviewRow = ReviewNode | MoreRowsNode<ReviewNode>;

const VIEW_ID = 'policyLens.review';

/** The row's id, which also names its list of children for paging. */
function rowId(node: ReviewNode): string {
  switch (node.type) {
    case 'reviewGroup': return `review:${node.id}`;
    case 'reviewArticle': return `review:${node.parent.id}:${node.uri}`;
    case 'reviewFigure': return `review:${node.parent.parent.id}:${node.parent.uri}:${node.mention.start}:${node.mention.end}`;
  }
}

/**
 * The "Review" view: every figure of the workspace by review state, then by article. Its data is
 * src/view's buildReviewTree over the workspace index, which is built when the view is first shown.
 */
export class ReviewTreeProvider extends Disposable implements vscode.TreeDataProvider<ReviewRow> {
  readonly #onDidChange = this.register(new vscode.EventEmitter<ReviewRow | undefined>());
  readonly onDidChangeTreeData = this.#onDidChange.event;
  readonly view: vscode.TreeView<ReviewRow>;
  /** How much of each long list is shown. */
  readonly pages = new TreePages(VIEW_ID, () => this.#onDidChange.fire(undefined));
  #roots: ReviewGroupNode[] = [];
  #stale = true;
  #filter: ReviewFilter = {};
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Per index entry (a new object whenever its article changes): its figures, so a redraw redoes only changed articles. */
  readonly #figures = new WeakMap<ReviewArticle, readonly ReviewFigure[]>();

  constructor(private readonly index: WorkspaceIndex) {
    super();
    this.view = this.register(vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true }));
    this.register(new vscode.Disposable(() => clearTimeout(this.#timer)));
    this.register(index.onDidChange(() => {
      this.#stale = true;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#onDidChange.fire(undefined), REFRESH_DELAY_MS);
    }));
    this.register(index.onDidChangeState((state) => this.#stateContext(state)));
    this.#stateContext(index.state);
    this.#filterContext();
  }

  get filter(): ReviewFilter {
    return this.#filter;
  }

  setFilter(filter: ReviewFilter): void {
    this.#filter = filter;
    this.#stale = true;
    this.#filterContext();
    this.#onDidChange.fire(undefined);
  }

  /** The groups as shown now (rebuilt from the index if it changed since). */
  roots(): readonly ReviewGroupNode[] {
    if (this.#stale) {
      this.#roots = buildReviewTree(this.index.articles(), this.#filter, (a) => {
        let figures = this.#figures.get(a);
        if (!figures) this.#figures.set(a, (figures = reviewFigures(a)));
        return figures;
      });
      this.#stale = false;
    }
    return this.#roots;
  }

  async getChildren(element?: ReviewRow): Promise<ReviewRow[]> {
    if (element) return 'children' in element ? this.pages.rows<ReviewNode, ReviewNode>(rowId(element), element.children, element) : [];
    await this.index.whenBuilt(); // the first time the view is shown
    return [...this.roots()];
  }

  getParent(element: ReviewRow): ReviewRow | undefined {
    return element.type === 'reviewGroup' ? undefined : element.parent;
  }

  getTreeItem(node: ReviewRow): vscode.TreeItem {
    switch (node.type) {
      case 'moreRows': return this.pages.item(node);
      case 'reviewGroup': {
        const spec = reviewGroupSpec(node.id);
        const state = node.count === 0 ? vscode.TreeItemCollapsibleState.None
          : spec.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(reviewGroupLabel(node.id, vscode.l10n), state);
        item.id = rowId(node);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(spec.icon);
        item.contextValue = `reviewGroup.${node.id}`;
        return item;
      }
      case 'reviewArticle': {
        // Expanded while the whole group is short: each expanded row's figures are sent on every redraw.
        const state = node.parent.count <= PAGE_ROWS ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(node.path.split('/').pop() ?? node.path, state);
        item.id = rowId(node);
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.iconPath = vscode.ThemeIcon.File; // the theme's icon for the file (rows with children would get a folder's)
        const folder = folderOf(node.path);
        item.description = folder ? `${node.count} · ${folder}` : String(node.count);
        item.tooltip = node.path;
        item.contextValue = 'reviewArticle';
        return item;
      }
      case 'reviewFigure': {
        const m = node.mention;
        const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
        item.id = rowId(node);
        item.description = reviewFigureDescription(node, vscode.l10n);
        item.tooltip = reviewFigureTooltip(node, vscode.l10n);
        item.iconPath = new vscode.ThemeIcon(mentionIcon(m) ?? 'symbol-number');
        item.contextValue = reviewFigureContext(node);
        item.command = { command: CommandId.Reveal, title: vscode.l10n.t('Reveal'), arguments: [node.ref] };
        return item;
      }
    }
  }

  #filterContext(): void {
    this.view.description = filterDescription(this.#filter, vscode.l10n);
    void vscode.commands.executeCommand('setContext', 'policyLens.reviewFiltered', isFiltered(this.#filter));
  }

  #stateContext(state: IndexState): void {
    void vscode.commands.executeCommand('setContext', 'policyLens.reviewIndex', state);
  }
}
