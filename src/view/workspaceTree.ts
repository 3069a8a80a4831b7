// The Workspace view as plain data: three groups over every article of the workspace index —
// Actors (each entity with its articles and mentions), Timeline (every resolved date in order,
// with its article and sentence) and Figures (a ledger by actor and unit, with the figures that
// conflict with another article's flagged). Each node has its parent (getParent/reveal) and, where
// it points into an article, a MentionRef the Reveal command opens.
import { crossFileConflicts, type CrossFileFinding, type FigureMeasure } from '../core/checks';
import { runSteps, type Stepped } from '../core/util';
import { lineOf, sentenceAt, type SentenceText } from '../core/corpus';
import { describeFigure } from '../core/describe';
import { TYPES_BY_KIND } from '../core/sidecar';
import type { ActorMention, DateMention, FigureMention, MentionKind } from '../core/types';
import type { ViewMention } from './articleView';
import type { MentionRef } from './refs';
import { inFolder, type ReviewArticle } from './reviewTree';
import type { Localizer } from './statusText';
import { chronoKey, sortByChronoKeySteps } from './treeModel';

/** One article as the Workspace view reads it (the workspace index's entry). */
export interface WorkspaceArticle extends ReviewArticle {
  readonly referenceDate: string | null;
  readonly sentences: readonly SentenceText[];
  readonly measures: readonly FigureMeasure[];
}

export type WorkspaceGroupId = 'actors' | 'timeline' | 'figures';
export const WORKSPACE_GROUP_IDS: readonly WorkspaceGroupId[] = ['actors', 'timeline', 'figures'];
/** The mention kind each group lists. */
const GROUP_KIND: Readonly<Record<WorkspaceGroupId, MentionKind>> = { actors: 'actor', timeline: 'date', figures: 'figure' };

/** A mention's decision as the filter names it: 'none' is detected and not decided yet. */
export type DecisionState = 'none' | 'confirmed' | 'added' | 'rejected';
export const DECISION_STATES: readonly DecisionState[] = ['none', 'confirmed', 'added', 'rejected'];
export const MENTION_KINDS: readonly MentionKind[] = ['actor', 'figure', 'date'];
/** The types the filter offers per kind: the sidecar format's. */
export const MENTION_TYPES = TYPES_BY_KIND;

/** What the view shows; an absent or empty list means all of it (rejected mentions only when asked for). */
export interface WorkspaceFilter {
  readonly kinds?: readonly MentionKind[];
  readonly types?: readonly string[];
  /** Workspace-relative folders ('' = the top level); subfolders count too. */
  readonly folders?: readonly string[];
  readonly decisions?: readonly DecisionState[];
}

export type WorkspaceNode = WsGroupNode | WsActorNode | WsActorArticleNode | WsMentionNode | WsDateNode | WsLedgerNode | WsFigureNode;

/** Where a row points: an article, a line, the sentence around it (when the index keeps it). */
interface Located {
  readonly uri: string;
  readonly path: string;
  /** 1-based. */
  readonly line: number;
  readonly sentence?: string;
  readonly ref: MentionRef;
}

export interface WsGroupNode { readonly type: 'wsGroup'; readonly id: WorkspaceGroupId; readonly children: (WsActorNode | WsDateNode | WsLedgerNode)[]; count: number }
export interface WsActorNode {
  readonly type: 'wsActor'; readonly parent: WsGroupNode; readonly canonical: string; readonly actorType: ActorMention['type'];
  readonly children: WsActorArticleNode[]; mentions: number;
}
export interface WsActorArticleNode { readonly type: 'wsActorArticle'; readonly parent: WsActorNode; readonly uri: string; readonly path: string; readonly children: WsMentionNode[] }
export interface WsMentionNode extends Located { readonly type: 'wsMention'; readonly parent: WsActorArticleNode; readonly mention: ViewMention & ActorMention }
export interface WsDateNode extends Located { readonly type: 'wsDate'; readonly parent: WsGroupNode; readonly mention: ViewMention & DateMention }
export interface WsLedgerNode {
  readonly type: 'wsLedger'; readonly parent: WsGroupNode; readonly actor: string | undefined; readonly unit: string;
  readonly children: WsFigureNode[]; conflicts: number;
}
export interface WsFigureNode extends Located {
  readonly type: 'wsFigure'; readonly parent: WsLedgerNode; readonly mention: ViewMention & FigureMention;
  /** Set when the figure disagrees with another article's figure of the same thing. */
  readonly conflict?: CrossFileFinding;
}

export function decisionState(m: ViewMention): DecisionState {
  return m.decision ?? 'none';
}

/** Whether a mention passes the filter's types and decisions (kinds and folders are checked per group and article). */
function passes(m: ViewMention, filter: WorkspaceFilter): boolean {
  const state = decisionState(m);
  if (filter.decisions?.length ? !filter.decisions.includes(state) : state === 'rejected') return false;
  return !filter.types?.length || filter.types.includes(m.type);
}

export function isWorkspaceFiltered(filter: WorkspaceFilter): boolean {
  return !!(filter.kinds?.length || filter.types?.length || filter.folders?.length || filter.decisions?.length);
}

/** A filter from a command argument (keybindings, tests); undefined when it is not one. */
export function parseWorkspaceFilter(arg: unknown): WorkspaceFilter | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { kinds, types, folders, decisions } = arg as Record<string, unknown>;
  const strings = (v: unknown, allowed?: readonly string[]): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && (!allowed || allowed.includes(s)));
  const allTypes = Object.values(MENTION_TYPES).flat();
  if (kinds !== undefined && !strings(kinds, MENTION_KINDS)) return undefined;
  if (types !== undefined && !strings(types, allTypes)) return undefined;
  if (folders !== undefined && !strings(folders)) return undefined;
  if (decisions !== undefined && !strings(decisions, DECISION_STATES)) return undefined;
  if ([kinds, types, folders, decisions].every((v) => v === undefined)) return undefined;
  return {
    ...(kinds?.length ? { kinds: kinds as MentionKind[] } : {}),
    ...(types?.length ? { types } : {}),
    ...(folders?.length ? { folders } : {}),
    ...(decisions?.length ? { decisions: decisions as DecisionState[] } : {}),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Where a mention is, set on its node (fields assigned, not spread: tens of thousands of nodes for a long article). */
function locate<N extends object>(node: N, article: WorkspaceArticle, m: ViewMention): N & Located {
  const out = node as N & { -readonly [K in keyof Located]: Located[K] };
  out.uri = article.uri;
  out.path = article.path;
  out.line = lineOf(article.lineStarts, m.start);
  const s = sentenceAt(article.sentences, m.start);
  if (s) out.sentence = s.text;
  out.ref = { kind: 'mention', uri: article.uri, start: m.start, end: m.end };
  return out;
}

/**
 * The groups under a filter. `conflicts` are the cross-file findings over all the workspace's
 * articles (a filter narrows what is shown, not what a figure is compared with). Empty when
 * nothing passes the filter, so the view shows its welcome text.
 */
export function buildWorkspaceTree(
  articles: readonly WorkspaceArticle[], filter: WorkspaceFilter = {}, conflicts: readonly CrossFileFinding[] = crossFileConflicts(articles),
): WsGroupNode[] {
  return runSteps(workspaceTreeSteps(articles, filter, conflicts));
}

/** Mentions placed between two pauses of workspaceTreeSteps. */
const MENTIONS_PER_STEP = 2000;

/** buildWorkspaceTree, pausing every few thousand mentions and after each sort (the editor builds it between other work). */
export function* workspaceTreeSteps(
  articles: readonly WorkspaceArticle[], filter: WorkspaceFilter, conflicts: readonly CrossFileFinding[],
): Stepped<WsGroupNode[]> {
  const groups = WORKSPACE_GROUP_IDS.filter((id) => !filter.kinds?.length || filter.kinds.includes(GROUP_KIND[id]))
    .map((id): WsGroupNode => ({ type: 'wsGroup', id, children: [], count: 0 }));
  const group = (id: WorkspaceGroupId) => groups.find((g) => g.id === id);
  const actors = group('actors');
  const timeline = group('timeline');
  const figures = group('figures');
  const actorNodes = new Map<string, WsActorNode>();
  const ledgers = new Map<string, WsLedgerNode>();
  const conflictAt = new Map(conflicts.map((c) => [`${c.uri}#${c.start}`, c]));
  const shown = [...articles].filter((a) => !filter.folders?.length || filter.folders.some((f) => inFolder(a.path, f))).sort((a, b) => compare(a.path, b.path));
  let placed = 0;
  for (const article of shown) {
    const measureAt = new Map(article.measures.map((m) => [m.start, m]));
    for (const m of article.mentions) {
      if (++placed % MENTIONS_PER_STEP === 0) yield;
      if (!passes(m, filter)) continue;
      if (m.kind === 'actor' && actors) {
        const key = `${m.type}:${m.canonical}`;
        let node = actorNodes.get(key);
        if (!node) actorNodes.set(key, (node = { type: 'wsActor', parent: actors, canonical: m.canonical, actorType: m.type, children: [], mentions: 0 }));
        let inArticle = node.children[node.children.length - 1];
        if (inArticle?.uri !== article.uri) node.children.push((inArticle = { type: 'wsActorArticle', parent: node, uri: article.uri, path: article.path, children: [] }));
        inArticle.children.push(locate({ type: 'wsMention' as const, parent: inArticle, mention: m }, article, m));
        node.mentions++;
      } else if (m.kind === 'date' && timeline && !chronoKey(m).startsWith('~')) {
        timeline.children.push(locate({ type: 'wsDate' as const, parent: timeline, mention: m }, article, m));
      } else if (m.kind === 'figure' && figures) {
        const actor = measureAt.get(m.start)?.actor;
        const key = `${actor ?? ''}\u0000${m.unit}`;
        let ledger = ledgers.get(key);
        if (!ledger) ledgers.set(key, (ledger = { type: 'wsLedger', parent: figures, actor, unit: m.unit, children: [], conflicts: 0 }));
        const conflict = conflictAt.get(`${article.uri}#${m.start}`);
        const node = locate({ type: 'wsFigure' as const, parent: ledger, mention: m }, article, m) as { -readonly [K in keyof WsFigureNode]: WsFigureNode[K] };
        if (conflict) node.conflict = conflict;
        ledger.children.push(node);
        if (conflict) ledger.conflicts++;
      }
    }
  }
  if (actors) {
    actors.children.push(...[...actorNodes.values()].sort((a, b) => b.children.length - a.children.length || b.mentions - a.mentions || compare(a.canonical, b.canonical)));
    actors.count = actors.children.length;    yield;
  }
  if (timeline) {
    const dates = timeline.children as WsDateNode[];
    // Equal dates stay in path order, then text order: the order they were added in.
    yield* sortByChronoKeySteps(dates);
    timeline.count = dates.length;
    yield;
  }
  if (figures) {
    // Ledgers with a conflict first, then by actor (none last) and unit.
    const sorted = [...ledgers.values()].sort((a, b) => Number(b.conflicts > 0) - Number(a.conflicts > 0)
      || Number(a.actor === undefined) - Number(b.actor === undefined) || compare(a.actor ?? '', b.actor ?? '') || compare(a.unit, b.unit));
    figures.children.push(...sorted);
    figures.count = sorted.reduce((n, l) => n + l.children.length, 0);
  }
  return groups.some((g) => g.count > 0) ? groups : [];
}

export function workspaceGroupLabel(id: WorkspaceGroupId, l10n: Localizer): string {
  switch (id) {
    case 'actors': return l10n.t('Actors');
    case 'timeline': return l10n.t('Timeline');
    case 'figures': return l10n.t('Figures');
  }
}

/** "3 articles · 12 mentions". */
export function actorDescription(node: WsActorNode, l10n: Localizer): string {
  return l10n.t('{0} articles · {1} mentions', node.children.length, node.mentions);
}

/** "Kenya · USD", "(no actor) · %". */
export function ledgerLabel(node: WsLedgerNode, l10n: Localizer): string {
  return `${node.actor ?? l10n.t('(no actor)')} · ${node.unit}`;
}

/** "4 figures · 2 conflicting". */
export function ledgerDescription(node: WsLedgerNode, l10n: Localizer): string {
  return node.conflicts > 0 ? l10n.t('{0} figures · {1} conflicting', node.children.length, node.conflicts) : l10n.t('{0} figures', node.children.length);
}

/** "US$2,500,000,000 · kenya.md:12". */
export function figureRowDescription(node: WsFigureNode): string {
  return `${describeFigure(node.mention.value, node.mention.unit)} · ${node.path.split('/').pop()}:${node.line}`;
}

/** "kenya.md:12 · Kenya signed on 3 March 2026." */
export function locatedDescription(node: Located): string {
  const where = `${node.path.split('/').pop()}:${node.line}`;
  return node.sentence ? `${where} · ${node.sentence}` : where;
}

/** The article path and line, the sentence and (for a figure) the conflict; plain text (it comes from files). */
export function locatedTooltip(node: Located & { conflict?: CrossFileFinding }): string {
  return [`${node.path}:${node.line}`, ...(node.sentence ? [node.sentence] : []), ...(node.conflict ? [node.conflict.message] : [])].join('\n');
}

/** What the view's description says about the active filter; undefined without one. */
export function workspaceFilterDescription(filter: WorkspaceFilter, l10n: Localizer): string | undefined {
  const parts: string[] = [];
  if (filter.kinds?.length) parts.push(filter.kinds.join(', '));
  if (filter.types?.length) parts.push(filter.types.join(', '));
  if (filter.decisions?.length) parts.push(filter.decisions.map((d) => (d === 'none' ? l10n.t('undecided') : d)).join(', '));
  if (filter.folders?.length) parts.push(l10n.t('in {0}', filter.folders.map((f) => (f === '' ? l10n.t('(top level)') : f)).join(', ')));
  return parts.length ? parts.join(' · ') : undefined;
}
