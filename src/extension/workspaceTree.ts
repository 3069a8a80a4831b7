import * as vscode from 'vscode';
import {
  TYPE_ICON, actorDescription, buildWorkspaceTree, figureRowDescription, workspaceTreeSteps, isWorkspaceFiltered, ledgerDescription, ledgerLabel, locatedDescription,
  locatedTooltip, mentionIcon, workspaceFilterDescription, workspaceGroupLabel, type MoreRowsNode, type WorkspaceFilter, type WorkspaceNode, type WsGroupNode,
} from '../view';
import { crossFileConflictSteps, crossFileConflicts, type CrossFileFinding } from '../core/checks';
import { CommandId } from './commandIds';
import { Disposable } from './dispose';
import { SteppedWork } from './steppedWork';
import { TreePages } from './treePages';
import type { WorkspaceIndex } from './workspaceIndex';

/** How long index changes are gathered before the view redraws. */
const REFRESH_DELAY_MS = 150;

const GROUP_ICON = { actors: 'organization', timeline: 'calendar', figures: 'symbol-number' } as const;

/** A row of the Workspace view: a node of its tree, or the "Show more" row of a long list. */
export type WorkspaceRow = WorkspaceNode | MoreRowsNode<WorkspaceNode>;

const VIEW_ID = 'policyLens.workspace';

/** The row's id, which also names its list of children for paging. */
function rowId(node: WorkspaceNode): string {
  switch (node.type) {
    case 'wsGroup': return `ws:${node.id}`;
    case 'wsActor': return `ws:actor:${node.actorType}:${node.canonical}`;
    case 'wsActorArticle': return `ws:actor:${node.parent.actorType}:${node.parent.canonical}:${node.uri}`;
    case 'wsMention':
    case 'wsDate': return `ws:${node.type}:${node.uri}:${node.mention.start}:${node.mention.end}`;
    case 'wsLedger': return `ws:ledger:${node.actor ?? ''}:${node.unit}`;
    case 'wsFigure': return `ws:figure:${node.uri}:${node.mention.start}:${node.mention.end}`;
  }
}

/**
 * The "Workspace" view: actors, a timeline and a ledger of figures across every article of the
 * workspace index. Its data is src/view's buildWorkspaceTree; this class maps it onto a TreeView.
 */
export class WorkspaceTreeProvider extends Disposable implements vscode.TreeDataProvider<WorkspaceRow> {
  readonly #onDidChange = this.register(new vscode.EventEmitter<WorkspaceRow | undefined>());
  readonly onDidChangeTreeData = this.#onDidChange.event;
  readonly view: vscode.TreeView<WorkspaceRow>;
  /** How much of each long list is shown. */
  readonly pages = new TreePages(VIEW_ID, () => this.#onDidChange.fire(undefined));
  #roots: WsGroupNode[] = [];
  /** Bumped by every change of the index or the filter; the roots are current when built at this version. */
  #version = 0;
  #builtAt = -1;
  /** The tree is built in slices when the view asks for it (thousands of mentions per article). */
  readonly #building: SteppedWork<'roots'>;
  #filter: WorkspaceFilter = {};
  /** Cross-article conflicts of the index as it is: a filter does not change what a figure is compared with. */
  #conflicts: readonly CrossFileFinding[] | undefined;
  /** Index changes seen (not filter changes): the cross-article comparison is redone only for these. */
  #indexChanges = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly index: WorkspaceIndex, onError: (err: Error) => void) {
    super();
    this.#building = new SteppedWork(onError);
    this.register(new vscode.Disposable(() => this.#building.dispose()));
    this.view = this.register(vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true }));
    this.register(new vscode.Disposable(() => clearTimeout(this.#timer)));
    this.register(index.onDidChange(() => {
      this.#version++;
      this.#indexChanges++;
      this.#conflicts = undefined;
      // Rebuilding reads every article; a hidden view is redrawn when it is shown again.
      if (!this.view.visible) return;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#onDidChange.fire(undefined), REFRESH_DELAY_MS);
    }));
    this.register(this.view.onDidChangeVisibility((e) => {
      if (e.visible && this.#builtAt !== this.#version) this.#onDidChange.fire(undefined);
    }));
    this.register(index.onDidChangeState((state) => void vscode.commands.executeCommand('setContext', 'policyLens.workspaceIndex', state)));
    void vscode.commands.executeCommand('setContext', 'policyLens.workspaceIndex', index.state);
    this.#filterContext();
  }

  get filter(): WorkspaceFilter {
    return this.#filter;
  }

  setFilter(filter: WorkspaceFilter): void {
    this.#filter = filter;
    this.#version++;
    this.#filterContext();
    this.#onDidChange.fire(undefined);
  }

  /** The groups as shown now (rebuilt from the index at once if it changed since). */
  roots(): readonly WsGroupNode[] {
    if (this.#builtAt !== this.#version) {
      const articles = this.index.articles();
      this.#conflicts ??= crossFileConflicts(articles);
      this.#roots = buildWorkspaceTree(articles, this.#filter, this.#conflicts);
      this.#builtAt = this.#version;
    }
    return this.#roots;
  }

  /** The groups, rebuilt in slices if the index or the filter changed (the view waits, the editor does not). */
  async #fresh(): Promise<readonly WsGroupNode[]> {
    while (this.#builtAt !== this.#version) {
      const version = this.#version;
      const articles = this.index.articles();
      // Figures compared across articles (tens of thousands in a large workspace): in slices too.
      const indexChanges = this.#indexChanges;
      const conflicts = this.#conflicts ?? await this.#building.run('roots', crossFileConflictSteps(articles));
      if (!conflicts) break; // a later request is building it, or it failed (logged)
      if (indexChanges !== this.#indexChanges) continue; // the index changed meanwhile: compare again
      this.#conflicts = conflicts;
      const roots = await this.#building.run('roots', workspaceTreeSteps(articles, this.#filter, conflicts));
      if (!roots) break; // a later request is building it, or it failed (logged)
      if (version === this.#version) { this.#roots = roots; this.#builtAt = version; }
    }
    return this.#roots;
  }

  async getChildren(element?: WorkspaceRow): Promise<WorkspaceRow[]> {
    if (!element) {
      await this.index.whenBuilt(); // the first time the view is shown
      return [...await this.#fresh()];
    }
    return 'children' in element ? this.pages.rows<WorkspaceNode, WorkspaceNode>(rowId(element), element.children, element) : [];
  }

  getParent(element: WorkspaceRow): WorkspaceRow | undefined {
    return element.type === 'wsGroup' ? undefined : element.parent;
  }

  getTreeItem(node: WorkspaceRow): vscode.TreeItem {
    const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'moreRows': return this.pages.item(node);
      case 'wsGroup': {
        const item = new vscode.TreeItem(workspaceGroupLabel(node.id, vscode.l10n), node.count === 0 ? None : node.id === 'actors' ? Expanded : Collapsed);
        item.id = rowId(node);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.id]);
        item.contextValue = `workspaceGroup.${node.id}`;
        return item;
      }
      case 'wsActor': {
        const item = new vscode.TreeItem(node.canonical, Collapsed);
        item.id = rowId(node);
        item.description = actorDescription(node, vscode.l10n);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[node.actorType] ?? 'symbol-class');
        item.contextValue = 'workspaceActor';
        return item;
      }
      case 'wsActorArticle': {
        const item = new vscode.TreeItem(node.path.split('/').pop() ?? node.path, Collapsed);
        item.id = rowId(node);
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.description = String(node.children.length);
        item.tooltip = node.path;
        return item;
      }
      case 'wsMention':
      case 'wsDate': {
        const label = node.type === 'wsDate' ? node.mention.normalized ?? node.mention.text : node.mention.text;
        const item = new vscode.TreeItem(label, None);
        item.id = rowId(node);
        item.description = node.type === 'wsDate' ? `${node.mention.text} · ${locatedDescription(node)}` : locatedDescription(node);
        item.tooltip = locatedTooltip(node);
        item.iconPath = new vscode.ThemeIcon(mentionIcon(node.mention) ?? 'symbol-text');
        item.command = { command: CommandId.Reveal, title: vscode.l10n.t('Reveal'), arguments: [node.ref] };
        return item;
      }
      case 'wsLedger': {
        const item = new vscode.TreeItem(ledgerLabel(node, vscode.l10n), node.conflicts > 0 ? Expanded : Collapsed);
        item.id = rowId(node);
        item.description = ledgerDescription(node, vscode.l10n);
        item.iconPath = new vscode.ThemeIcon(node.conflicts > 0 ? 'error' : 'list-unordered');
        return item;
      }
      case 'wsFigure': {
        const item = new vscode.TreeItem(node.mention.text, None);
        item.id = rowId(node);
        item.description = figureRowDescription(node);
        item.tooltip = locatedTooltip(node);
        item.iconPath = new vscode.ThemeIcon(node.conflict ? 'error' : mentionIcon(node.mention) ?? 'symbol-number');
        item.contextValue = node.conflict ? 'workspaceFigure.conflicting' : 'workspaceFigure';
        item.command = { command: CommandId.Reveal, title: vscode.l10n.t('Reveal'), arguments: [node.ref] };
        return item;
      }
    }
  }

  #filterContext(): void {
    this.view.description = workspaceFilterDescription(this.#filter, vscode.l10n);
    void vscode.commands.executeCommand('setContext', 'policyLens.workspaceFiltered', isWorkspaceFiltered(this.#filter));
  }
}
