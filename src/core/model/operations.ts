// One decision at a time on sidecar text: (article text, sidecar text, a decision) → new sidecar
// text. Each is `decide` with a batch of one, for callers that hold text rather than a parsed
// sidecar (the CLI, tests). The text is returned unchanged (same string) when the decision is
// already recorded; a sidecar with errors is never rewritten (SidecarEditError).
import { parseSidecar } from '../sidecar';
import type { Mention } from '../types';
import { decide, type DecisionContext, type DecisionOp, type FigureCheck, type Meaning } from './decide';

export interface EditContext {
  /** Current article text. */
  text: string;
  /** Current sidecar text, or undefined when the article has none yet. */
  sidecar: string | undefined;
  /** File name of the article, written into a new sidecar's `article`. */
  articleName: string;
  /** Reference date for a new sidecar (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Timestamp for created/updated (ISO-8601); omitted → no timestamps written. */
  now?: string;
  author?: string;
}

export interface EditResult {
  /** The new sidecar text (=== the input when nothing changed). */
  text: string;
  changed: boolean;
  /** Id of the annotation or entity created or touched. */
  id?: string;
}

function one(ctx: EditContext, decision: DecisionOp): EditResult {
  const context: DecisionContext = { ...ctx, sidecar: ctx.sidecar === undefined ? undefined : parseSidecar(ctx.sidecar) };
  const out = decide(context, [decision]);
  return { text: out.changed ? out.text : ctx.sidecar ?? '', changed: out.changed, id: out.ids[0] };
}

/** Confirm an extracted mention (records its meaning as a snapshot). */
export const confirmMention = (ctx: EditContext, mention: Mention): EditResult => one(ctx, { op: 'confirm', mention });
/** Reject an extracted mention (the UI hides it; `extract` leaves it out). */
export const rejectMention = (ctx: EditContext, mention: Mention): EditResult => one(ctx, { op: 'reject', mention });
/** Add a manual annotation for text[start, end) with the given meaning. */
export const addAnnotation = (ctx: EditContext, start: number, end: number, meaning: Meaning): EditResult => one(ctx, { op: 'add', start, end, meaning });
/** Correct the meaning of a mention (type, canonical/entity, value/unit, normalized); confirms it. */
export const correctMention = (ctx: EditContext, mention: Mention, meaning: Meaning): EditResult => one(ctx, { op: 'correct', mention, meaning });
/** Set a figure's fact-check status/source/note (confirms it if it had no decision yet). */
export const setFigureCheck = (ctx: EditContext, mention: Mention, check: FigureCheck): EditResult => one(ctx, { op: 'figureCheck', mention, check });
/** Set or clear ('' / undefined) the note of a mention's annotation (confirms it if undecided). */
export const setNote = (ctx: EditContext, mention: Mention, note: string | undefined): EditResult => one(ctx, { op: 'note', mention, note });
/** Forget the human decision on a mention: its annotation block is removed. */
export const removeDecision = (ctx: EditContext, target: Mention | { annotationId: string }): EditResult =>
  one(ctx, 'kind' in target ? { op: 'forget', mention: target } : { op: 'forget', annotationId: target.annotationId });
/** Re-attach an (orphaned) annotation to text[start, end): new quote, context and position. */
export const reattachAnnotation = (ctx: EditContext, annotationId: string, start: number, end: number): EditResult => one(ctx, { op: 'reattach', annotationId, start, end });
/** Rename an entity (its id stays); the old name is kept as an alias unless keepAlias is false. */
export const renameEntity = (ctx: EditContext, entityId: string, canonical: string, keepAlias = true): EditResult => one(ctx, { op: 'renameEntity', entityId, canonical, keepAlias });
/** Merge entity `fromId` into `intoId`: annotations are repointed, names become aliases, `fromId` goes. */
export const mergeEntities = (ctx: EditContext, fromId: string, intoId: string): EditResult => one(ctx, { op: 'mergeEntities', fromId, intoId });
/** Write the current positions and context of annotations that moved (e.g. on save of the article); orphans are left untouched. */
export const refreshAnchors = (ctx: EditContext): EditResult => one(ctx, { op: 'refreshAnchors' });
