// Human decisions as data, applied as one patch. A batch of decisions (one confirm, every identical
// mention, a rename) is planned against the parsed sidecar and its anchoring — given by the caller
// when it has them, so nothing is parsed or re-anchored twice — into one SidecarPatch, applied
// with one verified splice. The result carries the new parsed sidecar and the anchoring of its
// annotations, ready for the next decision.
import { createTarget, type AnchorResult } from '../anchor';
import {
  CONTEXT_LENGTH, SIDECAR_VERSION, SidecarEditError, annotationToRaw, applyPatchDetailed, newAnnotationId,
  parseSidecar, writeSidecar, type FigureStatus, type ParsedSidecar, type RawMap, type Sidecar, type SidecarEntity, type SidecarPatch,
} from '../sidecar';
import type { ActorType, DateType, FigureType, Mention, MentionKind } from '../types';
import { Plan } from './plan';

export type Meaning =
  | { kind: 'actor'; type: ActorType; canonical: string; role?: string }
  | { kind: 'figure'; type: FigureType; value: number | [number, number]; unit: string; approx?: boolean }
  | { kind: 'date'; type: DateType; normalized: string | null };

export interface FigureCheck {
  status?: FigureStatus;
  /** URL or citation; '' removes it. */
  source?: string;
  /** '' removes it. */
  note?: string;
}

/** A mention's span in the article the decision was made on. */
type Span = Pick<Mention, 'kind' | 'start' | 'end'>;

/** One human decision. Mentions carry offsets into the context's article text. */
export type DecisionOp =
  | { op: 'confirm'; mention: Mention }
  | { op: 'reject'; mention: Mention }
  | { op: 'add'; start: number; end: number; meaning: Meaning }
  | { op: 'correct'; mention: Mention; meaning: Meaning }
  | { op: 'figureCheck'; mention: Mention; check: FigureCheck }
  | { op: 'note'; mention: Mention; note: string | undefined }
  | { op: 'forget'; mention?: Span; annotationId?: string }
  | { op: 'reattach'; annotationId: string; start: number; end: number }
  /** Every mention of actor `from` becomes `to`; an existing `to` absorbs it; `from` stays an alias. */
  | { op: 'renameActor'; type: ActorType; from: string; to: string; mentions: readonly Mention[] }
  | { op: 'renameEntity'; entityId: string; canonical: string; keepAlias?: boolean }
  | { op: 'mergeEntities'; fromId: string; intoId: string }
  /** Write the current positions and context of annotations that moved (on save). */
  | { op: 'refreshAnchors' };

export interface DecisionContext {
  /** The article text the decisions refer to. */
  text: string;
  /** The sidecar now (must be valid); undefined when the article has none yet. */
  sidecar: ParsedSidecar | undefined;
  /** Anchoring of the sidecar's annotations in `text` (same order), when the caller has it. */
  anchors?: readonly AnchorResult[];
  /** File name of the article, written into a new sidecar's `article`. */
  articleName: string;
  /** Reference date for a new sidecar (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Timestamp for created/updated (ISO-8601); omitted → no timestamps written. */
  now?: string;
  author?: string;
}

export interface DecisionOutcome {
  /** The new sidecar text (=== the old one when nothing changed). */
  text: string;
  parsed: ParsedSidecar;
  changed: boolean;
  /** Ids of the annotations or entities each decision created or touched (in order). */
  ids: (string | undefined)[];
  /** Anchoring of the new sidecar's annotations in `text`, same order. */
  anchors: AnchorResult[];
}

/** The meaning a mention carries, in the form decisions take. */
export function meaningOf(m: Mention): Meaning {
  switch (m.kind) {
    case 'actor': return { kind: 'actor', type: m.type, canonical: m.canonical, ...(m.role !== undefined ? { role: m.role } : {}) };
    case 'figure': return { kind: 'figure', type: m.type, value: m.value, unit: m.unit, ...(m.approx !== undefined ? { approx: m.approx } : {}) };
    case 'date': return { kind: 'date', type: m.type, normalized: m.normalized };
  }
}

/** The sidecar a first decision starts from. */
export function emptySidecar(articleName: string, referenceDate: string | null = null): Sidecar {
  return { version: SIDECAR_VERSION, article: articleName, referenceDate, entities: [], annotations: [] };
}

function stamp(ctx: DecisionContext, created: boolean): RawMap {
  const out: RawMap = {};
  if (ctx.author && created) out.author = ctx.author;
  if (ctx.now) { if (created) out.created = ctx.now; out.updated = ctx.now; }
  return out;
}

function anchorFields(text: string, start: number, end: number): RawMap {
  const t = createTarget(text, start, end, CONTEXT_LENGTH);
  return { 'quote.exact': t.quote.exact, 'quote.prefix': t.quote.prefix, 'quote.suffix': t.quote.suffix, start, end };
}

/** Annotation fields that record a meaning (a snapshot, so decisions survive extractor changes). */
function meaningFields(plan: Plan, meaning: Meaning): RawMap {
  switch (meaning.kind) {
    case 'actor': return { type: meaning.type, entity: plan.entityFor(meaning.type, meaning.canonical), role: meaning.role };
    case 'figure': return { type: meaning.type, value: meaning.value, unit: meaning.unit, approx: meaning.approx };
    case 'date': return { type: meaning.type, normalized: meaning.normalized };
  }
}

function withoutUndefined(v: RawMap): RawMap {
  const out: RawMap = {};
  for (const k of Object.keys(v)) if (v[k] !== undefined) out[k] = v[k];
  return out;
}

/**
 * Record `fields` for the span, creating the annotation (with `onlyIfNew` as well) when there is
 * none. Returns the annotation's id.
 */
function record(plan: Plan, kind: MentionKind, start: number, end: number, fields: RawMap, onlyIfNew: () => RawMap = () => ({})): string {
  const { ctx } = plan;
  const i = plan.annotationAt(kind, start, end);
  if (i >= 0) {
    const a = plan.sidecar.annotations[i];
    const r = plan.results[i];
    const set: RawMap = { ...fields };
    // A decision on an annotation resolves a merge conflict recorded on it.
    if (a.conflict) set.conflict = undefined;
    if (r.status === 'moved' || !r.exact) {
      Object.assign(set, anchorFields(ctx.text, start, end));
      plan.placed.set(a.id, { status: 'anchored', start, end, exact: true, score: 1 });
    }
    const current = annotationToRaw(a);
    const differs = (k: string, v: unknown): boolean => {
      const [x, y] = k.split('.');
      const now = y === undefined ? current[x] : (current[x] as RawMap | undefined)?.[y];
      return JSON.stringify(now) !== JSON.stringify(v);
    };
    if (ctx.now && Object.entries(set).some(([k, v]) => differs(k, v))) set.updated = ctx.now;
    const unset = Object.keys(set).filter((k) => set[k] === undefined);
    plan.update('annotations', a.id, withoutUndefined(set), unset);
    return a.id;
  }
  const pending = plan.createdAt(kind, start, end);
  if (pending) {
    plan.update('annotations', pending, withoutUndefined(fields), Object.keys(fields).filter((k) => fields[k] === undefined));
    return pending;
  }
  const t = createTarget(ctx.text, start, end, CONTEXT_LENGTH);
  const all = { ...onlyIfNew(), ...fields };
  const id = newAnnotationId(kind, t.quote.exact, start, plan.annotationIds());
  const quote = { exact: t.quote.exact, prefix: t.quote.prefix, suffix: t.quote.suffix };
  plan.insert('annotations', withoutUndefined({ id, kind, ...all, quote, start, end, ...stamp(ctx, true) }));
  plan.created(kind, start, end, id);
  return id;
}

function isAnnotated(plan: Plan, kind: MentionKind, start: number, end: number): boolean {
  return plan.annotationAt(kind, start, end) >= 0 || plan.createdAt(kind, start, end) !== undefined;
}

function requireRange(text: string, start: number, end: number, what: string): void {
  if (start < 0 || end > text.length || end <= start) throw new RangeError(`cannot ${what} an empty or out-of-range selection (${start}-${end})`);
}

function decisionOf(plan: Plan, kind: MentionKind, start: number, end: number): string | undefined {
  const i = plan.annotationAt(kind, start, end);
  return i >= 0 ? plan.sidecar.annotations[i].decision : undefined;
}

function renameEntity(plan: Plan, entityId: string, canonical: string, keepAlias: boolean): void {
  const e = plan.entities.find((x) => x.id === entityId);
  if (!e) throw new SidecarEditError(`no entity with id "${entityId}"`);
  if (e.canonical === canonical) return;
  const fields: Partial<SidecarEntity> = { canonical };
  if (keepAlias) {
    const aliases = (e.aliases ?? []).filter((a) => a !== canonical);
    if (!aliases.includes(e.canonical)) aliases.push(e.canonical);
    fields.aliases = aliases;
  }
  plan.setEntity(entityId, fields);
}

function mergeEntities(plan: Plan, fromId: string, intoId: string): void {
  const from = plan.entities.find((x) => x.id === fromId);
  const into = plan.entities.find((x) => x.id === intoId);
  if (!from || !into) throw new SidecarEditError(`no entity with id "${!from ? fromId : intoId}"`);
  if (fromId === intoId) return;
  const aliases = [...(into.aliases ?? [])];
  for (const n of [from.canonical, ...(from.aliases ?? [])]) if (n !== into.canonical && !aliases.includes(n)) aliases.push(n);
  const fields: Partial<SidecarEntity> = { aliases };
  if (!into.wikidata && from.wikidata) fields.wikidata = from.wikidata;
  plan.setEntity(intoId, fields);
  const when = plan.ctx.now ? { updated: plan.ctx.now } : {};
  for (const a of plan.sidecar.annotations) if (a.entity === fromId) plan.update('annotations', a.id, { entity: intoId, ...when });
  for (const x of plan.patch.insert ?? []) if (x.section === 'annotations' && x.value.entity === fromId) x.value.entity = intoId;
  plan.removeEntity(fromId);
}

/** The UI's rename: through the entity (old name kept as an alias), then every mention recorded on it. */
function renameActor(plan: Plan, type: ActorType, from: string, to: string, mentions: readonly Mention[]): string {
  const old = plan.entityByName(type, from);
  const existing = plan.entityByName(type, to);
  let target: string;
  if (old && existing && existing.id !== old.id) {
    mergeEntities(plan, old.id, existing.id);
    target = existing.id;
  } else if (old) {
    renameEntity(plan, old.id, to, true);
    target = old.id;
  } else if (existing) {
    if (existing.canonical !== from && !existing.aliases?.includes(from)) plan.setEntity(existing.id, { aliases: [...(existing.aliases ?? []), from] });
    target = existing.id;
  } else {
    target = plan.entityFor(type, to, [from]);
  }
  for (const m of mentions) {
    if (m.kind !== 'actor') continue;
    const i = plan.annotationAt('actor', m.start, m.end);
    if (i >= 0 && plan.sidecar.annotations[i].decision === 'rejected') continue;
    const decision = decisionOf(plan, 'actor', m.start, m.end) === 'added' ? 'added' : 'confirmed';
    record(plan, 'actor', m.start, m.end, { type: m.type, entity: target, ...(m.role !== undefined ? { role: m.role } : {}), decision });
  }
  return target;
}

function refreshAnchors(plan: Plan): void {
  const { text } = plan.ctx;
  plan.sidecar.annotations.forEach((a, i) => {
    const r = plan.results[i];
    if (r.status === 'orphaned') return;
    const t = createTarget(text, r.start, r.end, CONTEXT_LENGTH);
    const set: RawMap = {};
    if (r.start !== a.start) set.start = r.start;
    if (r.end !== a.end) set.end = r.end;
    if (t.quote.exact !== a.quote.exact) set['quote.exact'] = t.quote.exact;
    if (t.quote.prefix !== a.quote.prefix) set['quote.prefix'] = t.quote.prefix;
    if (t.quote.suffix !== a.quote.suffix) set['quote.suffix'] = t.quote.suffix;
    if (Object.keys(set).length) {
      plan.update('annotations', a.id, set);
      plan.placed.set(a.id, { ...r, status: 'anchored', exact: true });
    }
  });
}

function planOne(plan: Plan, d: DecisionOp): string | undefined {
  const { text } = plan.ctx;
  switch (d.op) {
    case 'confirm': {
      const m = d.mention;
      return record(plan, m.kind, m.start, m.end, { ...meaningFields(plan, meaningOf(m)), decision: 'confirmed' });
    }
    case 'reject':
      return record(plan, d.mention.kind, d.mention.start, d.mention.end, { decision: 'rejected' }, () => ({ type: d.mention.type }));
    case 'add':
      requireRange(text, d.start, d.end, 'annotate');
      return record(plan, d.meaning.kind, d.start, d.end, { ...meaningFields(plan, d.meaning), decision: 'added' });
    case 'correct': {
      const m = d.mention;
      const decision = decisionOf(plan, m.kind, m.start, m.end) === 'added' ? 'added' : 'confirmed';
      return record(plan, d.meaning.kind, m.start, m.end, { ...meaningFields(plan, d.meaning), decision });
    }
    case 'figureCheck': {
      const m = d.mention;
      if (m.kind !== 'figure') throw new TypeError('only figures have a fact-check status');
      const fields: RawMap = {};
      if (d.check.status !== undefined) {
        // The audit trail: who set the status and when (an unknown checker clears an earlier name).
        fields.status = d.check.status;
        fields.checked_by = plan.ctx.author || undefined;
        if (plan.ctx.now) fields.checked_at = plan.ctx.now;
      }
      if (d.check.source !== undefined) fields.source = d.check.source || undefined;
      if (d.check.note !== undefined) fields.note = d.check.note || undefined;
      return record(plan, m.kind, m.start, m.end, fields, () => ({ ...meaningFields(plan, meaningOf(m)), decision: 'confirmed' }));
    }
    case 'note': {
      const m = d.mention;
      if (!isAnnotated(plan, m.kind, m.start, m.end) && !d.note) return undefined;
      return record(plan, m.kind, m.start, m.end, { note: d.note || undefined }, () => ({ ...meaningFields(plan, meaningOf(m)), decision: 'confirmed' }));
    }
    case 'forget': {
      const i = d.mention ? plan.annotationAt(d.mention.kind, d.mention.start, d.mention.end) : -1;
      const id = i >= 0 ? plan.sidecar.annotations[i].id : d.annotationId;
      if (id === undefined || !plan.sidecar.annotations.some((a) => a.id === id)) return undefined;
      // Entities are kept: they may carry notes and QIDs.
      (plan.patch.remove ??= []).push({ section: 'annotations', id });
      return id;
    }
    case 'reattach': {
      requireRange(text, d.start, d.end, 'attach to');
      if (!plan.sidecar.annotations.some((a) => a.id === d.annotationId)) throw new SidecarEditError(`no annotation with id "${d.annotationId}"`);
      plan.update('annotations', d.annotationId, { ...anchorFields(text, d.start, d.end), ...(plan.ctx.now ? { updated: plan.ctx.now } : {}) });
      plan.placed.set(d.annotationId, { status: 'anchored', start: d.start, end: d.end, exact: true, score: 1 });
      return d.annotationId;
    }
    case 'renameActor': return renameActor(plan, d.type, d.from, d.to, d.mentions);
    case 'renameEntity': renameEntity(plan, d.entityId, d.canonical, d.keepAlias ?? true); return d.entityId;
    case 'mergeEntities': mergeEntities(plan, d.fromId, d.intoId); return d.intoId;
    case 'refreshAnchors': refreshAnchors(plan); return undefined;
  }
}

/** Plans a batch of decisions into one patch and applies it with one verified splice. */
export function decide(ctx: DecisionContext, decisions: readonly DecisionOp[]): DecisionOutcome {
  const parsed = ctx.sidecar ?? parseSidecar(writeSidecar(emptySidecar(ctx.articleName, ctx.referenceDate ?? null)));
  const plan = new Plan(ctx, parsed);
  const ids = decisions.map((d) => planOne(plan, d));
  const applied = applyPatchDetailed(parsed, plan.patch);
  const changed = applied.text !== parsed.text && (ctx.sidecar !== undefined || !isEmpty(plan.patch));
  // Old annotations keep their order in the new list (inserts and removals aside): walk both.
  const before = plan.sidecar.annotations;
  let j = 0;
  const anchors = (applied.parsed.sidecar?.annotations ?? []).map((a): AnchorResult => {
    const placed = plan.placed.get(a.id);
    while (j < before.length && before[j].id !== a.id && !placed) j++;
    if (placed) return placed;
    if (j < before.length) return plan.results[j++];
    return { status: 'orphaned', start: a.start, end: a.end, exact: false, score: 0 };
  });
  return { text: changed || ctx.sidecar ? applied.text : '', parsed: applied.parsed, changed, ids, anchors };
}

function isEmpty(p: SidecarPatch): boolean {
  return !p.insert?.length && !p.remove?.length && !p.update?.length && !(p.top && Object.keys(p.top).length);
}
