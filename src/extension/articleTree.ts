import * as vscode from 'vscode';
import { describeDate } from '../core/describe';
import {
  TYPE_ICON, buildTree, buildTreeSteps, countMentions, findMentionNode, groupSpec, mentionDescription, mentionIcon, unverifiedFigures,
  type ArticleTreeNode, type GroupId, type GroupNode, type MentionNode, type MoreRowsNode,
} from '../view';
import type { ArticleCache } from './articleCache';
import { CommandId } from './commandIds';
import { Disposable } from './dispose';
import type { ILogger } from '../core/types';
import type { ArticleSnapshot } from './snapshot';
import { SteppedWork } from './steppedWork';
import { TreePages } from './treePages';

/** Articles with more mentions than this get their tree built in slices between other work. */
const SLICED_FROM = 4000;

function groupLabel(id: GroupId): string {
  switch (id) {
    case 'actors': return vscode.l10n.t('Actors');
    case 'figures': return vscode.l10n.t('Figures');
    case 'dates': return vscode.l10n.t('Dates');
    case 'orphans': return vscode.l10n.t('Orphaned annotations');
  }
}

/** A row of the Article view: a node of its tree, or the "Show more" row of a long list. */
export type ArticleRow = ArticleTreeNode | MoreRowsNode<ArticleTreeNode>;

const VIEW_ID = 'policyLens.article';

/** The row's id, which also names its list of children for paging. */
function rowId(node: ArticleTreeNode): string {
  switch (node.type) {
    case 'group': return `group:${node.id}`;
    case 'entity': return `entity:${node.actorType}:${node.canonical}`;
    case 'figureType': return `figureType:${node.figureType}`;
    case 'mention': return `mention:${node.mention.start}:${node.mention.end}`;
    case 'orphan': return `orphan:${node.annotation.id}`;
  }
}

/** The "Article" view: actors by entity, figures by type, dates as a timeline, and orphans. */
export class ArticleTreeProvider extends Disposable implements vscode.TreeDataProvider<ArticleRow> {
  readonly #onDidChange = this.register(new vscode.EventEmitter<ArticleRow | undefined>());
  readonly onDidChangeTreeData = this.#onDidChange.event;
  #snapshot: ArticleSnapshot | undefined;
  /** Built when first asked for (the view asks only while it is visible), not on every analysis. */
  #roots: GroupNode[] | undefined;
  /** The sliced build of a long article's tree for the shown snapshot, while it runs. */
  #building: Promise<GroupNode[]> | undefined;
  readonly #slices: SteppedWork<'roots'>;
  readonly view: vscode.TreeView<ArticleRow>;
  /** How much of each long list is shown. */
  readonly pages = new TreePages(VIEW_ID, () => this.#onDidChange.fire(undefined));

  constructor(private readonly cache: ArticleCache, log: ILogger) {
    super();
    this.#slices = new SteppedWork<'roots'>((err) => log.error(err));
    this.register(new vscode.Disposable(() => this.#slices.dispose()));
    this.view = this.register(vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true }));
    this.register(cache.onDidChange((s) => {
      if (s.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.#show(s);
    }));
    this.register(vscode.window.onDidChangeActiveTextEditor((e) => {
      // Follow the active editor; keep the last article while focus is elsewhere (e.g. this view).
      if (e && cache.isArticle(e.document)) this.#show(cache.get(e.document.uri));
    }));
    const active = vscode.window.activeTextEditor;
    if (active) this.#show(cache.get(active.document.uri));
  }

  get snapshot(): ArticleSnapshot | undefined {
    return this.#snapshot;
  }

  roots(): readonly GroupNode[] {
    if (!this.#roots) {
      this.#roots = this.#snapshot ? buildTree(this.#snapshot, this.#snapshot.uri.toString()) : [];
      this.#slices.cancel('roots'); // built whole: a sliced build of the same snapshot is not needed
    }
    return this.#roots;
  }

  /** The roots, a long article's built in slices (the view waits for them; typing does not). */
  #rootsSoon(): GroupNode[] | Promise<GroupNode[]> {
    const snapshot = this.#snapshot;
    if (this.#roots || !snapshot || snapshot.mentions.length <= SLICED_FROM) return [...this.roots()];
    this.#building ??= this.#slices.run('roots', buildTreeSteps(snapshot, snapshot.uri.toString())).then((roots) => {
      if (this.#snapshot !== snapshot) return this.#rootsSoon(); // a newer snapshot came: its tree
      this.#building = undefined;
      return [...(this.#roots ??= roots ?? [])];
    });
    return this.#building;
  }

  #show(snapshot: ArticleSnapshot | undefined): void {
    if (snapshot?.uri.toString() !== this.#snapshot?.uri.toString()) this.pages.reset(); // another article: first pages
    this.#snapshot = snapshot;
    this.#roots = undefined;
    this.#building = undefined;
    this.#slices.cancel('roots');
    const unverified = snapshot ? unverifiedFigures(snapshot) : 0;
    this.view.badge = unverified > 0 ? { value: unverified, tooltip: vscode.l10n.t('{0} unverified figures', unverified) } : undefined;
    this.view.description = snapshot ? snapshot.uri.path.split('/').pop() : undefined;
    this.#onDidChange.fire(undefined);
  }

  /** The mention node at an offset of the shown article, for reveal(). */
  findMention(uri: vscode.Uri, start: number, end: number): MentionNode | undefined {
    if (this.#snapshot?.uri.toString() !== uri.toString()) return undefined;
    return findMentionNode(this.roots(), start, end);
  }

  /** Makes a node's row shown (its lists' pages extended) before it is revealed. */
  showRowOf(node: ArticleTreeNode): void {
    let grew = false;
    for (let child: ArticleTreeNode = node; child.type !== 'group'; child = child.parent) {
      const parent: ArticleTreeNode = child.parent;
      if ('children' in parent && this.pages.showRow(rowId(parent), (parent.children as readonly ArticleTreeNode[]).indexOf(child))) grew = true;
    }
    if (grew) this.#onDidChange.fire(undefined);
  }

  getChildren(element?: ArticleRow): ArticleRow[] | Promise<ArticleRow[]> {
    if (!element) return this.#rootsSoon();
    return 'children' in element ? this.pages.rows<ArticleTreeNode, ArticleTreeNode>(rowId(element), element.children, element) : [];
  }

  getParent(element: ArticleRow): ArticleRow | undefined {
    return element.type === 'group' ? undefined : element.parent;
  }

  getTreeItem(node: ArticleRow): vscode.TreeItem {
    switch (node.type) {
      case 'moreRows': return this.pages.item(node);
      case 'group': {
        const item = new vscode.TreeItem(groupLabel(node.id), vscode.TreeItemCollapsibleState.Expanded);
        item.id = rowId(node);
        item.description = String(countMentions(node));
        item.contextValue = `group.${node.id}`;
        item.iconPath = new vscode.ThemeIcon(groupSpec(node.id).icon);
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = rowId(node);
        item.description = `${node.actorType} · ${node.children.length}`;
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[node.actorType] ?? 'account');
        item.contextValue = 'entity';
        return item;
      }
      case 'figureType': {
        const item = new vscode.TreeItem(node.figureType, vscode.TreeItemCollapsibleState.Expanded);
        item.id = rowId(node);
        item.description = String(node.children.length);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[node.figureType] ?? 'symbol-number');
        item.contextValue = 'figureType';
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
        item.id = rowId(node);
        item.description = mentionDescription(m);
        item.tooltip = m.kind === 'date' ? describeDate(m.normalized) : m.note ?? undefined;
        item.contextValue = `mention.${m.kind}`;
        const icon = mentionIcon(m);
        if (icon) item.iconPath = new vscode.ThemeIcon(icon);
        item.command = { command: CommandId.Reveal, title: vscode.l10n.t('Reveal'), arguments: [node.ref] };
        return item;
      }
      case 'orphan': {
        const a = node.annotation;
        const item = new vscode.TreeItem(a.quote.exact, vscode.TreeItemCollapsibleState.None);
        item.id = rowId(node);
        item.description = `${a.kind} · ${a.decision}`;
        item.tooltip = vscode.l10n.t('This annotation no longer matches the article text. Select the right text and choose "Re-attach Orphan to Selection".');
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        item.contextValue = 'orphan';
        return item;
      }
    }
  }
}
