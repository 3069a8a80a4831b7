// Pure editing operations: (article text, sidecar text, a decision) → new sidecar text.
// Each re-anchors the sidecar to find the annotation a mention refers to, builds a SidecarPatch and
// applies it with the comment-preserving writer; the text is returned unchanged (same string) when
// the decision is already recorded. A sidecar with errors is never rewritten (SidecarEditError).
import { anchorAll, createTarget, type AnchorResult } from '../anchor';
import {
  CONTEXT_LENGTH, SIDECAR_VERSION, SidecarEditError, annotationToRaw, applyPatch, entityToRaw, newAnnotationId, newEntityId,
  parseSidecar, writeSidecar, type FigureStatus, type ItemUpdate, type ParsedSidecar, type RawMap, type Sidecar,
  type SidecarAnnotation, type SidecarEntity, type SidecarPatch,
} from '../sidecar';
import type { ActorType, DateType, FigureType, Mention, MentionKind } from '../types';

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

export type Meaning =
  | { kind: 'actor'; type: ActorType; canonical: string; role?: string }
  | { kind: 'figure'; type: FigureType; value: number | [number, number]; unit: string; approx?: boolean }
  | { kind: 'date'; type: DateType; normalized: string | null };

interface State {
  parsed: ParsedSidecar;
  sidecar: Sidecar;
  results: AnchorResult[];
}

function load(ctx: EditContext): State {
  const text = ctx.sidecar ?? writeSidecar({ version: SIDECAR_VERSION, article: ctx.articleName, referenceDate: ctx.referenceDate ?? null, entities: [], annotations: [] });
  const parsed = parseSidecar(text);
  if (!parsed.ok || !parsed.sidecar) {
    throw new SidecarEditError('the sidecar has errors; fix them before Policy Lens writes to it', parsed.diagnostics.filter((d) => d.severity === 'error'));
  }
  return { parsed, sidecar: parsed.sidecar, results: anchorAll(ctx.text, parsed.sidecar.annotations) };
}

function finish(ctx: EditContext, st: State, patch: SidecarPatch, id?: string): EditResult {
  const text = applyPatch(st.parsed, patch);
  if (ctx.sidecar === undefined) return { text, changed: true, id };
  return { text, changed: text !== ctx.sidecar, id };
}

/** Index of the annotation currently anchored exactly on the mention's span (same kind), or -1. */
function findAnnotation(st: State, kind: MentionKind, start: number, end: number): number {
  return st.sidecar.annotations.findIndex((a, i) => a.kind === kind && st.results[i].status !== 'orphaned' && st.results[i].start === start && st.results[i].end === end);
}

function stamp(ctx: EditContext, created: boolean): RawMap {
  const out: RawMap = {};
  if (ctx.author && created) out.author = ctx.author;
  if (ctx.now) { if (created) out.created = ctx.now; out.updated = ctx.now; }
  return out;
}

function anchorFields(ctx: EditContext, start: number, end: number): RawMap {
  const t = createTarget(ctx.text, start, end, CONTEXT_LENGTH);
  return { 'quote.exact': t.quote.exact, 'quote.prefix': t.quote.prefix, 'quote.suffix': t.quote.suffix, start, end };
}

/** Find or create the entity for an actor meaning; returns its id and a possible insert. */
function entityFor(st: State, type: ActorType, canonical: string, patch: SidecarPatch): string {
  const hit = st.sidecar.entities.find((e) => e.type === type && (e.canonical === canonical || e.aliases?.includes(canonical)));
  if (hit) return hit.id;
  const pending = patch.insert?.find((x) => x.section === 'entities' && x.value.canonical === canonical && x.value.type === type);
  if (pending) return pending.value.id as string;
  const taken = new Set(st.sidecar.entities.map((e) => e.id));
  for (const x of patch.insert ?? []) if (x.section === 'entities') taken.add(x.value.id as string);
  const entity: SidecarEntity = { id: newEntityId(canonical, taken), kind: 'actor', type, canonical };
  (patch.insert ??= []).push({ section: 'entities', value: entityToRaw(entity) });
  return entity.id;
}

function meaningOf(m: Mention): Meaning {
  switch (m.kind) {
    case 'actor': return { kind: 'actor', type: m.type, canonical: m.canonical, role: m.role };
    case 'figure': return { kind: 'figure', type: m.type, value: m.value, unit: m.unit, approx: m.approx };
    case 'date': return { kind: 'date', type: m.type, normalized: m.normalized };
  }
}

/** Annotation fields that record a meaning (snapshot, so decisions survive extractor changes). */
function meaningFields(st: State, meaning: Meaning, patch: SidecarPatch): RawMap {
  switch (meaning.kind) {
    case 'actor': return { type: meaning.type, entity: entityFor(st, meaning.type, meaning.canonical, patch), role: meaning.role };
    case 'figure': return { type: meaning.type, value: meaning.value, unit: meaning.unit, approx: meaning.approx };
    case 'date': return { type: meaning.type, normalized: meaning.normalized };
  }
}

function newAnnotation(ctx: EditContext, st: State, kind: MentionKind, start: number, end: number, fields: RawMap, patch: SidecarPatch): { id: string; value: RawMap } {
  const taken = new Set(st.sidecar.annotations.map((a) => a.id));
  const t = createTarget(ctx.text, start, end, CONTEXT_LENGTH);
  const id = newAnnotationId(kind, t.quote.exact, start, taken);
  const a: SidecarAnnotation = { id, kind, type: String(fields.type), quote: t.quote, start, end, decision: 'confirmed' };
  const raw = annotationToRaw(a);
  const value: RawMap = { id, kind, ...fields, quote: raw.quote, start, end, ...stamp(ctx, true) };
  for (const k of Object.keys(value)) if (value[k] === undefined) delete value[k];
  void patch;
  return { id, value };
}

/** Record `decision` (and fields) for the mention at [start, end), creating the annotation if needed. */
function decide(ctx: EditContext, st: State, kind: MentionKind, start: number, end: number, fields: RawMap, patch: SidecarPatch, onlyIfNew: RawMap = {}): EditResult {
  const i = findAnnotation(st, kind, start, end);
  if (i >= 0) {
    const a = st.sidecar.annotations[i];
    const set: RawMap = { ...fields };
    if (st.results[i].status === 'moved' || !st.results[i].exact) Object.assign(set, anchorFields(ctx, start, end));
    const current = annotationToRaw(a) as RawMap;
    const changed = Object.entries(set).some(([k, v]) => !k.includes('.') && JSON.stringify(current[k]) !== JSON.stringify(v))
      || Object.entries(set).some(([k, v]) => k.includes('.') && JSON.stringify((current.quote as RawMap)[k.split('.')[1]]) !== JSON.stringify(v));
    if (changed && ctx.now) set.updated = ctx.now;
    const unset = Object.keys(set).filter((k) => set[k] === undefined);
    for (const k of unset) delete set[k];
    (patch.update ??= []).push({ section: 'annotations', id: a.id, set, unset });
    return finish(ctx, st, patch, a.id);
  }
  const { id, value } = newAnnotation(ctx, st, kind, start, end, { ...onlyIfNew, ...fields }, patch);
  (patch.insert ??= []).push({ section: 'annotations', value: orderForInsert(value) });
  return finish(ctx, st, patch, id);
}

function orderForInsert(v: RawMap): RawMap {
  const out: RawMap = {};
  for (const k of Object.keys(v)) if (v[k] !== undefined) out[k] = v[k];
  return out;
}

/** Confirm an extracted mention (records its meaning as a snapshot). */
export function confirmMention(ctx: EditContext, m: Mention): EditResult {
  const st = load(ctx);
  const patch: SidecarPatch = {};
  return decide(ctx, st, m.kind, m.start, m.end, { ...meaningFields(st, meaningOf(m), patch), decision: 'confirmed' }, patch);
}

/** Reject an extracted mention (the UI hides it; `extract` leaves it out). */
export function rejectMention(ctx: EditContext, m: Mention): EditResult {
  const st = load(ctx);
  const patch: SidecarPatch = {};
  return decide(ctx, st, m.kind, m.start, m.end, { decision: 'rejected' }, patch, { type: m.type });
}

/** Add a manual annotation for text[start, end) with the given meaning. */
export function addAnnotation(ctx: EditContext, start: number, end: number, meaning: Meaning): EditResult {
  if (start < 0 || end > ctx.text.length || end <= start) throw new RangeError(`cannot annotate an empty or out-of-range selection (${start}-${end})`);
  const st = load(ctx);
  const patch: SidecarPatch = {};
  return decide(ctx, st, meaning.kind, start, end, { ...meaningFields(st, meaning, patch), decision: 'added' }, patch);
}

/** Correct the meaning of a mention (type, canonical/entity, value/unit, normalized); confirms it. */
export function correctMention(ctx: EditContext, m: Mention, meaning: Meaning): EditResult {
  const st = load(ctx);
  const patch: SidecarPatch = {};
  const i = findAnnotation(st, m.kind, m.start, m.end);
  const decision = i >= 0 && st.sidecar.annotations[i].decision === 'added' ? 'added' : 'confirmed';
  return decide(ctx, st, meaning.kind, m.start, m.end, { ...meaningFields(st, meaning, patch), decision }, patch);
}

export interface FigureCheck {
  status?: FigureStatus;
  /** URL or citation; '' removes it. */
  source?: string;
  /** '' removes it. */
  note?: string;
}

/** Set a figure's fact-check status/source/note (confirms it if it had no decision yet). */
export function setFigureCheck(ctx: EditContext, m: Mention, check: FigureCheck): EditResult {
  if (m.kind !== 'figure') throw new TypeError('only figures have a fact-check status');
  const st = load(ctx);
  const patch: SidecarPatch = {};
  const fields: RawMap = {};
  if (check.status !== undefined) fields.status = check.status;
  if (check.source !== undefined) fields.source = check.source || undefined;
  if (check.note !== undefined) fields.note = check.note || undefined;
  const i = findAnnotation(st, m.kind, m.start, m.end);
  const onlyIfNew = i >= 0 ? {} : { ...meaningFields(st, meaningOf(m), patch), decision: 'confirmed' };
  return decide(ctx, st, m.kind, m.start, m.end, fields, patch, onlyIfNew);
}

/** Set or clear ('' / undefined) the note of a mention's annotation (confirms it if undecided). */
export function setNote(ctx: EditContext, m: Mention, note: string | undefined): EditResult {
  const st = load(ctx);
  const patch: SidecarPatch = {};
  const i = findAnnotation(st, m.kind, m.start, m.end);
  if (i < 0 && !note) return { text: ctx.sidecar ?? '', changed: false };
  const onlyIfNew = i >= 0 ? {} : { ...meaningFields(st, meaningOf(m), patch), decision: 'confirmed' };
  return decide(ctx, st, m.kind, m.start, m.end, { note: note || undefined }, patch, onlyIfNew);
}

/** Forget the human decision on a mention: its annotation block is removed. */
export function removeDecision(ctx: EditContext, target: Mention | { annotationId: string }): EditResult {
  const st = load(ctx);
  let id: string | undefined;
  if ('kind' in target) {
    const i = findAnnotation(st, target.kind, target.start, target.end);
    if (i >= 0) id = st.sidecar.annotations[i].id;
  }
  if (id === undefined && 'annotationId' in target && typeof target.annotationId === 'string') id = target.annotationId;
  if (id === undefined || !st.sidecar.annotations.some((a) => a.id === id)) return { text: st.parsed.text, changed: false };
  const patch: SidecarPatch = { remove: [{ section: 'annotations', id }] };
  // Entities are kept (they may carry notes and QIDs); pruneEntities removes unused ones on request.
  return finish(ctx, st, patch, id);
}

/** Re-attach an (orphaned) annotation to text[start, end): new quote, context and position. */
export function reattachAnnotation(ctx: EditContext, annotationId: string, start: number, end: number): EditResult {
  if (start < 0 || end > ctx.text.length || end <= start) throw new RangeError(`cannot attach to an empty or out-of-range selection (${start}-${end})`);
  const st = load(ctx);
  if (!st.sidecar.annotations.some((a) => a.id === annotationId)) throw new SidecarEditError(`no annotation with id "${annotationId}"`);
  const set = { ...anchorFields(ctx, start, end), ...(ctx.now ? { updated: ctx.now } : {}) };
  return finish(ctx, st, { update: [{ section: 'annotations', id: annotationId, set }] }, annotationId);
}

/** Rename an entity (its id stays); the old name is kept as an alias unless keepAlias is false. */
export function renameEntity(ctx: EditContext, entityId: string, canonical: string, keepAlias = true): EditResult {
  const st = load(ctx);
  const e = st.sidecar.entities.find((x) => x.id === entityId);
  if (!e) throw new SidecarEditError(`no entity with id "${entityId}"`);
  if (e.canonical === canonical) return { text: st.parsed.text, changed: false, id: entityId };
  const set: RawMap = { canonical };
  if (keepAlias) {
    const aliases = (e.aliases ?? []).filter((a) => a !== canonical);
    if (!aliases.includes(e.canonical)) aliases.push(e.canonical);
    set.aliases = aliases;
  }
  return finish(ctx, st, { update: [{ section: 'entities', id: entityId, set }] }, entityId);
}

/** Merge entity `fromId` into `intoId`: annotations are repointed, names become aliases, `fromId` goes. */
export function mergeEntities(ctx: EditContext, fromId: string, intoId: string): EditResult {
  const st = load(ctx);
  const from = st.sidecar.entities.find((x) => x.id === fromId);
  const into = st.sidecar.entities.find((x) => x.id === intoId);
  if (!from || !into) throw new SidecarEditError(`no entity with id "${!from ? fromId : intoId}"`);
  if (fromId === intoId) return { text: st.parsed.text, changed: false, id: intoId };
  const aliases = [...(into.aliases ?? [])];
  for (const n of [from.canonical, ...(from.aliases ?? [])]) if (n !== into.canonical && !aliases.includes(n)) aliases.push(n);
  const set: RawMap = { aliases };
  if (!into.wikidata && from.wikidata) set.wikidata = from.wikidata;
  const update: ItemUpdate[] = [{ section: 'entities', id: intoId, set }];
  for (const a of st.sidecar.annotations) if (a.entity === fromId) update.push({ section: 'annotations', id: a.id, set: { entity: intoId, ...(ctx.now ? { updated: ctx.now } : {}) } });
  return finish(ctx, st, { update, remove: [{ section: 'entities', id: fromId }] }, intoId);
}

/** Set entity fields (wikidata QID, note, role, type); '' removes a field. */
export function setEntityFields(ctx: EditContext, entityId: string, fields: Partial<Pick<SidecarEntity, 'wikidata' | 'note' | 'role' | 'type'>>): EditResult {
  const st = load(ctx);
  if (!st.sidecar.entities.some((x) => x.id === entityId)) throw new SidecarEditError(`no entity with id "${entityId}"`);
  const set: RawMap = {};
  for (const [k, v] of Object.entries(fields)) set[k] = v === '' ? undefined : v;
  return finish(ctx, st, { update: [{ section: 'entities', id: entityId, set }] }, entityId);
}

/** Remove entities no annotation points at. */
export function pruneEntities(ctx: EditContext): EditResult {
  const st = load(ctx);
  const used = new Set(st.sidecar.annotations.map((a) => a.entity));
  const remove = st.sidecar.entities.filter((e) => !used.has(e.id)).map((e) => ({ section: 'entities' as const, id: e.id }));
  return finish(ctx, st, { remove });
}

/**
 * Write the current positions and context of annotations that moved (e.g. on save of the article).
 * Orphans are left untouched. Only the moved blocks change.
 */
export function refreshAnchors(ctx: EditContext): EditResult {
  const st = load(ctx);
  const update: ItemUpdate[] = [];
  st.sidecar.annotations.forEach((a, i) => {
    const r = st.results[i];
    if (r.status === 'orphaned') return;
    const t = createTarget(ctx.text, r.start, r.end, CONTEXT_LENGTH);
    const set: RawMap = {};
    if (r.start !== a.start) set.start = r.start;
    if (r.end !== a.end) set.end = r.end;
    if (t.quote.exact !== a.quote.exact) set['quote.exact'] = t.quote.exact;
    if (t.quote.prefix !== a.quote.prefix) set['quote.prefix'] = t.quote.prefix;
    if (t.quote.suffix !== a.quote.suffix) set['quote.suffix'] = t.quote.suffix;
    if (Object.keys(set).length) update.push({ section: 'annotations', id: a.id, set });
  });
  return finish(ctx, st, { update });
}

/** Change reference_date. */
export function setReferenceDate(ctx: EditContext, date: string | null): EditResult {
  const st = load(ctx);
  return finish(ctx, st, { top: { reference_date: date } });
}

/** Re-attach helper on plain data: the annotation with a new quote and hint for text[start, end). */
export function reattach(annotation: SidecarAnnotation, text: string, start: number, end: number): SidecarAnnotation {
  const t = createTarget(text, start, end, CONTEXT_LENGTH);
  return { ...annotation, quote: t.quote, start, end };
}
