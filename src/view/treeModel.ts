// The Article view as plain data: four groups built from one article, each node with its parent
// (so the host can implement getParent/reveal) and a typed reference for commands.
import type { SidecarAnnotation } from '../core/sidecar';
import type { MentionKind } from '../core/types';
import { entityKey, isVisible, type ArticleView, type ViewMention } from './articleView';
import type { EntityRef, FigureTypeRef, GroupId, GroupRef, MentionRef, OrphanRef } from './refs';
import { pacer, runSteps, sortSteps, type StepMeter, type Stepped } from '../core/util';

export type ArticleTreeNode = GroupNode | EntityNode | FigureTypeNode | MentionNode | OrphanNode;

export interface GroupNode { readonly type: 'group'; readonly id: GroupId; readonly ref: GroupRef; readonly children: ArticleTreeNode[] }
export interface EntityNode { readonly type: 'entity'; readonly parent: GroupNode; readonly ref: EntityRef; readonly canonical: string; readonly actorType: string; readonly children: MentionNode[] }
export interface FigureTypeNode { readonly type: 'figureType'; readonly parent: GroupNode; readonly ref: FigureTypeRef; readonly figureType: string; readonly children: MentionNode[] }
export interface MentionNode { readonly type: 'mention'; readonly parent: EntityNode | FigureTypeNode | GroupNode; readonly ref: MentionRef; readonly mention: ViewMention }
export interface OrphanNode { readonly type: 'orphan'; readonly parent: GroupNode; readonly ref: OrphanRef; readonly annotation: SidecarAnnotation }

type Compare<T> = (a: T, b: T) => number;

/** How a group arranges its members. */
type Layout =
  | { readonly by: 'entity'; readonly order: Compare<EntityNode> }
  | { readonly by: 'figureType'; readonly order: Compare<FigureTypeNode> }
  /** Mentions one per row, in chronological order (sortByChronoKeySteps): the dates. */
  | { readonly by: 'mention'; readonly order: 'chronological' }
  | { readonly by: 'orphan' };

export interface GroupSpec {
  readonly id: GroupId;
  /** Visible mentions of this kind go in; 'orphans': the annotations that lost their text. */
  readonly members: MentionKind | 'orphans';
  readonly layout: Layout;
  /** Codicon id of the group row. */
  readonly icon: string;
  /** Hidden while it has no children (the others show a 0 count). */
  readonly hideWhenEmpty: boolean;
}

/** Most-mentioned actors first, then by name. */
// One collator, as localeCompare orders (it builds a collator per call: slow for thousands of entities).
const { compare: byLocale } = new Intl.Collator();
const mostMentioned: Compare<EntityNode> = (a, b) => b.children.length - a.children.length || byLocale(a.canonical, b.canonical);
const byFigureType: Compare<FigureTypeNode> = (a, b) => byLocale(a.figureType, b.figureType);

/** The groups of the Article view, in display order. */
export const GROUPS: readonly GroupSpec[] = [
  { id: 'actors', members: 'actor', layout: { by: 'entity', order: mostMentioned }, icon: 'account', hideWhenEmpty: false },
  { id: 'figures', members: 'figure', layout: { by: 'figureType', order: byFigureType }, icon: 'symbol-number', hideWhenEmpty: false },
  { id: 'dates', members: 'date', layout: { by: 'mention', order: 'chronological' }, icon: 'calendar', hideWhenEmpty: false },
  { id: 'orphans', members: 'orphans', layout: { by: 'orphan' }, icon: 'warning', hideWhenEmpty: true },
];

export function groupSpec(id: GroupId): GroupSpec {
  return GROUPS.find((g) => g.id === id)!;
}

/** Sort key that puts dates in chronological order; unresolved ones last, in text order. */
export function chronoKey(m: ViewMention): string {
  const n = m.kind === 'date' ? m.normalized : null;
  if (!n || n.startsWith('P') || n.startsWith('--')) return `~${String(m.start).padStart(12, '0')}`;
  return n.replace(/X/g, '0');
}

/** Builds the groups of one article; `uri` (the article's, as a string) goes into every reference. */
export function buildTree(view: ArticleView, uri: string): GroupNode[] {
  return runSteps(buildTreeSteps(view, uri));
}

/** Mentions placed in the tree between two pauses of buildTreeSteps. */
const NODES_PER_STEP = 4000;

/** buildTree in steps, pausing every few thousand mentions placed and after each group's sort. */
export function* buildTreeSteps(view: ArticleView, uri: string): Stepped<GroupNode[]> {
  const roots: GroupNode[] = [];
  const pace = { placed: 0 };
  for (const spec of GROUPS) {
    const group: GroupNode = { type: 'group', id: spec.id, ref: { kind: 'group', uri, group: spec.id }, children: [] };
    const members = spec.members === 'orphans' ? [] : view.mentions.filter((m) => m.kind === spec.members && isVisible(m));
    const children = yield* arrange(spec.layout, group, members, view.orphans, uri, pace);
    for (const child of children) group.children.push(child);
    yield;
    if (group.children.length > 0 || !spec.hideWhenEmpty) roots.push(group);
  }
  return roots;
}

function* arrange(layout: Layout, group: GroupNode, members: ViewMention[], orphans: readonly SidecarAnnotation[], uri: string, pace: { placed: number }): Stepped<ArticleTreeNode[]> {
  const mentionNode = (parent: MentionNode['parent'], m: ViewMention): MentionNode => ({ type: 'mention', parent, ref: { kind: 'mention', uri, start: m.start, end: m.end }, mention: m });
  switch (layout.by) {
    case 'entity':
      return (yield* subgroups(members.filter((m) => m.kind === 'actor'), entityKey, (m): EntityNode => ({
        type: 'entity', parent: group, ref: { kind: 'entity', uri, actorType: m.type, canonical: m.canonical }, canonical: m.canonical, actorType: m.type, children: [],
      }), mentionNode, pace)).sort(layout.order);
    case 'figureType':
      return (yield* subgroups(members.filter((m) => m.kind === 'figure'), (m) => m.type, (m): FigureTypeNode => ({
        type: 'figureType', parent: group, ref: { kind: 'figureType', uri, figureType: m.type }, figureType: m.type, children: [],
      }), mentionNode, pace)).sort(layout.order);
    case 'mention': {
      const nodes: MentionNode[] = [];
      for (const m of members) {
        if (++pace.placed % NODES_PER_STEP === 0) yield;
        nodes.push(mentionNode(group, m));
      }
      return yield* sortByChronoKeySteps(nodes);
    }
    case 'orphan':
      return orphans.map((annotation): OrphanNode => ({ type: 'orphan', parent: group, ref: { kind: 'orphan', uri, annotationId: annotation.id }, annotation }));
  }
}

/**
 * Rows of dates sorted by their chronoKey, in steps (a workspace timeline has tens of thousands),
 * each key computed once; rows with equal keys keep their order, which callers make the text's
 * (article by article, in path order, for the workspace).
 */
export function* sortByChronoKeySteps<N extends { mention: ViewMention }>(nodes: N[], meter?: StepMeter): Stepped<N[]> {
  const pace = pacer(meter);
  const keyed: { key: string; node: N }[] = [];
  for (const node of nodes) {
    if (pace()) yield;
    keyed.push({ key: chronoKey(node.mention), node });
  }
  yield* sortSteps(keyed, (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0), meter); // code-unit order: '~' (unresolved) after digits
  for (let k = 0; k < keyed.length; k++) nodes[k] = keyed[k].node;
  return nodes;
}

/** One node per key, in order of first mention, each with its mentions in text order. */
function* subgroups<M extends ViewMention, N extends EntityNode | FigureTypeNode>(
  members: M[], key: (m: M) => string, create: (first: M) => N,
  mentionNode: (parent: N, m: M) => MentionNode, pace: { placed: number },
): Stepped<N[]> {
  const nodes = new Map<string, N>();
  for (const m of members) {
    if (++pace.placed % NODES_PER_STEP === 0) yield;
    const k = key(m);
    let node = nodes.get(k);
    if (!node) nodes.set(k, (node = create(m)));
    node.children.push(mentionNode(node, m));
  }
  return [...nodes.values()];
}

/** The mention node at these offsets, for reveal(). */
export function findMentionNode(roots: readonly ArticleTreeNode[], start: number, end: number): MentionNode | undefined {
  const stack: ArticleTreeNode[] = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'mention' && node.mention.start === start && node.mention.end === end) return node;
    if ('children' in node) stack.push(...node.children);
  }
  return undefined;
}
