// What a tree node or a hover link points at, as plain JSON: commands receive these as arguments
// and resolve them with refOf.
import type { ActorType, FigureType } from '../core/types';
import { isVisible, type ArticleView, type ViewMention } from './articleView';

export type GroupId = 'actors' | 'figures' | 'dates' | 'orphans';

/** What hover links pass to mention commands (JSON in a command URI). */
export interface MentionLink {
  uri: string;
  start: number;
  end: number;
}

export interface MentionRef extends MentionLink {
  readonly kind: 'mention';
}
export interface EntityRef {
  readonly kind: 'entity';
  readonly uri: string;
  readonly actorType: ActorType;
  readonly canonical: string;
}
export interface OrphanRef {
  readonly kind: 'orphan';
  readonly uri: string;
  readonly annotationId: string;
}
export interface GroupRef {
  readonly kind: 'group';
  readonly uri: string;
  readonly group: GroupId;
}
export interface FigureTypeRef {
  readonly kind: 'figureType';
  readonly uri: string;
  readonly figureType: FigureType;
}

/** Every tree node carries one; `uri` is the article's Uri as a string. */
export type NodeRef = MentionRef | EntityRef | OrphanRef | GroupRef | FigureTypeRef;

/**
 * The reference a command argument carries: a tree node's `ref`, a reference itself, or a hover
 * link's plain MentionLink. Anything else (no argument, a malformed one) is undefined.
 */
export function refOf(arg: unknown): NodeRef | undefined {
  if (!isRecord(arg)) return undefined;
  if (isRecord(arg.ref)) return refOf(arg.ref); // a tree node
  const { uri } = arg;
  if (typeof uri !== 'string') return undefined;
  const str = (v: unknown): v is string => typeof v === 'string';
  switch (arg.kind) {
    case 'entity': return str(arg.actorType) && str(arg.canonical) ? { kind: 'entity', uri, actorType: arg.actorType as ActorType, canonical: arg.canonical } : undefined;
    case 'orphan': return str(arg.annotationId) ? { kind: 'orphan', uri, annotationId: arg.annotationId } : undefined;
    case 'group': return str(arg.group) ? { kind: 'group', uri, group: arg.group as GroupId } : undefined;
    case 'figureType': return str(arg.figureType) ? { kind: 'figureType', uri, figureType: arg.figureType as FigureType } : undefined;
  }
  const { start, end } = arg;
  return typeof start === 'number' && typeof end === 'number' ? { kind: 'mention', uri, start, end } : undefined;
}

/**
 * The mention a reference stands for in an article: the one at its offsets (even if rejected, so it
 * can be confirmed again), or an entity's first visible mention. Groups and orphans have none.
 */
export function mentionOf(ref: NodeRef, view: ArticleView): ViewMention | undefined {
  switch (ref.kind) {
    case 'mention': return view.mentions.find((m) => m.start === ref.start && m.end === ref.end);
    case 'entity': return view.mentions.find((m) => m.kind === 'actor' && m.type === ref.actorType && m.canonical === ref.canonical && isVisible(m));
    default: return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}
