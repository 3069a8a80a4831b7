import * as vscode from 'vscode';
import { describeDate, describeFigure } from '../core/describe';
import type { SidecarAnnotation } from '../core/sidecar/format';
import type { ArticleCache } from './articleCache';
import { CommandId, type MentionRef } from './commandIds';
import { Disposable } from './dispose';
import { isVisible, unverifiedFigures, type ViewMention } from '../view';
import type { ArticleSnapshot } from './snapshot';

export type GroupId = 'actors' | 'figures' | 'dates' | 'orphans';

/** Tree elements are model objects; each knows its parent so reveal() works. */
export type ArticleTreeNode = GroupNode | EntityNode | FigureTypeNode | MentionNode | OrphanNode;

export interface GroupNode { readonly type: 'group'; readonly id: GroupId; readonly children: ArticleTreeNode[] }
export interface EntityNode { readonly type: 'entity'; readonly parent: GroupNode; readonly canonical: string; readonly actorType: string; readonly children: MentionNode[] }
export interface FigureTypeNode { readonly type: 'figureType'; readonly parent: GroupNode; readonly figureType: string; readonly children: MentionNode[] }
export interface MentionNode { readonly type: 'mention'; readonly parent: EntityNode | FigureTypeNode | GroupNode; readonly uri: vscode.Uri; readonly mention: ViewMention }
export interface OrphanNode { readonly type: 'orphan'; readonly parent: GroupNode; readonly uri: vscode.Uri; readonly annotation: SidecarAnnotation }

function groupLabel(id: GroupId): string {
  switch (id) {
    case 'actors': return vscode.l10n.t('Actors');
    case 'figures': return vscode.l10n.t('Figures');
    case 'dates': return vscode.l10n.t('Dates');
    case 'orphans': return vscode.l10n.t('Orphaned annotations');
  }
}
const TYPE_ICON: Record<string, string> = {
  person: 'person', state: 'globe', organization: 'organization',
  percent: 'symbol-operator', money: 'credit-card', count: 'symbol-number', quantity: 'dashboard',
};

/** Sort key that puts dates in chronological order; unresolved ones last, in text order. */
function chronoKey(m: ViewMention): string {
  const n = m.kind === 'date' ? m.normalized : null;
  if (!n || n.startsWith('P') || n.startsWith('--')) return `~${String(m.start).padStart(12, '0')}`;
  return n.replace(/X/g, '0');
}

/** Builds the four groups for a snapshot; pure over its input. */
export function buildTree(snapshot: ArticleSnapshot): GroupNode[] {
  const visible = snapshot.mentions.filter(isVisible);
  const groups: Record<GroupId, GroupNode> = {
    actors: { type: 'group', id: 'actors', children: [] },
    figures: { type: 'group', id: 'figures', children: [] },
    dates: { type: 'group', id: 'dates', children: [] },
    orphans: { type: 'group', id: 'orphans', children: [] },
  };
  const entities = new Map<string, EntityNode>();
  const figureTypes = new Map<string, FigureTypeNode>();
  for (const m of visible) {
    if (m.kind === 'actor') {
      const key = `${m.type}\u0000${m.canonical}`;
      let node = entities.get(key);
      if (!node) {
        node = { type: 'entity', parent: groups.actors, canonical: m.canonical, actorType: m.type, children: [] };
        entities.set(key, node);
      }
      node.children.push({ type: 'mention', parent: node, uri: snapshot.uri, mention: m });
    } else if (m.kind === 'figure') {
      let node = figureTypes.get(m.type);
      if (!node) {
        node = { type: 'figureType', parent: groups.figures, figureType: m.type, children: [] };
        figureTypes.set(m.type, node);
      }
      node.children.push({ type: 'mention', parent: node, uri: snapshot.uri, mention: m });
    } else {
      groups.dates.children.push({ type: 'mention', parent: groups.dates, uri: snapshot.uri, mention: m });
    }
  }
  groups.actors.children.push(...[...entities.values()].sort((a, b) => b.children.length - a.children.length || a.canonical.localeCompare(b.canonical)));
  groups.figures.children.push(...[...figureTypes.values()].sort((a, b) => a.figureType.localeCompare(b.figureType)));
  (groups.dates.children as MentionNode[]).sort((a, b) => {
    const ka = chronoKey(a.mention);
    const kb = chronoKey(b.mention);
    return ka < kb ? -1 : ka > kb ? 1 : a.mention.start - b.mention.start; // code-unit order: '~' after digits
  });
  groups.orphans.children.push(...snapshot.orphans.map((annotation): OrphanNode => ({ type: 'orphan', parent: groups.orphans, uri: snapshot.uri, annotation })));
  const order: GroupId[] = ['actors', 'figures', 'dates', 'orphans'];
  return order.map((id) => groups[id]).filter((g) => g.id !== 'orphans' || g.children.length > 0);
}

function countMentions(node: ArticleTreeNode): number {
  if (node.type === 'mention' || node.type === 'orphan') return 1;
  return node.children.reduce((n, c) => n + countMentions(c), 0);
}

function mentionDescription(m: ViewMention): string {
  const state = m.decision === 'confirmed' || m.decision === 'added' ? '✓ ' : '';
  if (m.kind === 'figure') return `${state}${describeFigure(m.value, m.unit)} · ${m.status ?? 'unverified'}`;
  if (m.kind === 'date') return `${state}${m.normalized ?? 'unresolved'}`;
  return `${state}${m.role ?? ''}`.trim();
}

/** The "Article" view: actors by entity, figures by type, dates as a timeline, and orphans. */
export class ArticleTreeProvider extends Disposable implements vscode.TreeDataProvider<ArticleTreeNode> {
  readonly #onDidChange = this.register(new vscode.EventEmitter<ArticleTreeNode | undefined>());
  readonly onDidChangeTreeData = this.#onDidChange.event;
  #snapshot: ArticleSnapshot | undefined;
  #roots: GroupNode[] = [];
  readonly view: vscode.TreeView<ArticleTreeNode>;

  constructor(private readonly cache: ArticleCache) {
    super();
    this.view = this.register(vscode.window.createTreeView('policyLens.article', { treeDataProvider: this, showCollapseAll: true }));
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
    return this.#roots;
  }

  #show(snapshot: ArticleSnapshot | undefined): void {
    this.#snapshot = snapshot;
    this.#roots = snapshot ? buildTree(snapshot) : [];
    const unverified = snapshot ? unverifiedFigures(snapshot) : 0;
    this.view.badge = unverified > 0 ? { value: unverified, tooltip: vscode.l10n.t('{0} unverified figures', unverified) } : undefined;
    this.view.description = snapshot ? snapshot.uri.path.split('/').pop() : undefined;
    this.#onDidChange.fire(undefined);
  }

  /** The mention node at an offset of the shown article, for reveal(). */
  findMention(uri: vscode.Uri, start: number, end: number): MentionNode | undefined {
    if (this.#snapshot?.uri.toString() !== uri.toString()) return undefined;
    const stack: ArticleTreeNode[] = [...this.#roots];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === 'mention' && node.mention.start === start && node.mention.end === end) return node;
      if ('children' in node) stack.push(...node.children);
    }
    return undefined;
  }

  getChildren(element?: ArticleTreeNode): ArticleTreeNode[] {
    if (!element) return this.#roots;
    return 'children' in element ? element.children : [];
  }

  getParent(element: ArticleTreeNode): ArticleTreeNode | undefined {
    return element.type === 'group' ? undefined : element.parent;
  }

  getTreeItem(node: ArticleTreeNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(groupLabel(node.id), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.id}`;
        item.description = String(countMentions(node));
        item.contextValue = `group.${node.id}`;
        item.iconPath = new vscode.ThemeIcon(node.id === 'orphans' ? 'warning' : node.id === 'dates' ? 'calendar' : node.id === 'figures' ? 'symbol-number' : 'account');
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${node.actorType}:${node.canonical}`;
        item.description = `${node.actorType} · ${node.children.length}`;
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[node.actorType] ?? 'account');
        item.contextValue = 'entity';
        return item;
      }
      case 'figureType': {
        const item = new vscode.TreeItem(node.figureType, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `figureType:${node.figureType}`;
        item.description = String(node.children.length);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[node.figureType] ?? 'symbol-number');
        item.contextValue = 'figureType';
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem(m.kind === 'date' ? `${m.text}` : m.text, vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${m.start}:${m.end}`;
        item.description = mentionDescription(m);
        item.tooltip = m.kind === 'date' ? describeDate(m.normalized) : m.note ?? undefined;
        item.contextValue = `mention.${m.kind}`;
        if (m.kind === 'figure') {
          item.iconPath = new vscode.ThemeIcon(m.status === 'verified' ? 'verified' : m.status === 'disputed' ? 'warning' : 'circle-outline');
        } else if (m.kind === 'date') {
          item.iconPath = new vscode.ThemeIcon('calendar');
        }
        const ref: MentionRef = { uri: node.uri.toString(), start: m.start, end: m.end };
        item.command = { command: CommandId.Reveal, title: vscode.l10n.t('Reveal'), arguments: [ref] };
        return item;
      }
      case 'orphan': {
        const a = node.annotation;
        const item = new vscode.TreeItem(a.quote.exact, vscode.TreeItemCollapsibleState.None);
        item.id = `orphan:${a.id}`;
        item.description = `${a.kind} · ${a.decision}`;
        item.tooltip = vscode.l10n.t('This annotation no longer matches the article text. Select the right text and choose "Re-attach Orphan to Selection".');
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        item.contextValue = 'orphan';
        return item;
      }
    }
  }
}
