// The per-article model: extracted mentions merged with the human decisions of the sidecar.
import { firstIndex, pacer, patchSpanSteps, runSteps, type StepMeter, type Stepped } from '../util';
import { anchorAll, type AnchorOptions, type AnchorResult, type AnchorStatus } from '../anchor';
import {
  figureStatus, parseSidecar, type AnnotationConflict, type Decision, type FigureStatus, type ParsedSidecar, type Sidecar, type SidecarAnnotation,
  type SidecarDiagnostic, type SidecarEntity,
} from '../sidecar';
import type { ActorMention, DateMention, FigureMention, Mention, MentionKind } from '../types';

export interface MentionState {
  /** 'auto' = the extractor found this span; 'manual' = only a human annotation has it. */
  origin: 'auto' | 'manual';
  /** undefined = detected only, no human decision yet. */
  decision?: Decision;
  status?: FigureStatus;
  source?: string;
  /** Figures: who set the status last, and when. */
  checkedBy?: string;
  checkedAt?: string;
  note?: string;
  tags?: string[];
  annotationId?: string;
  entityId?: string;
  /** For annotated mentions: whether the annotation was found at its saved position. */
  anchor?: Exclude<AnchorStatus, 'orphaned'>;
  /** A fuzzy re-anchor: the quoted text changed since the decision was made. */
  quoteChanged?: boolean;
  /** A merge conflict recorded on the annotation (cleared by the next decision on it). */
  conflict?: AnnotationConflict;
}

export type ModelMention = Mention & MentionState;

export interface AnchoredAnnotation {
  annotation: SidecarAnnotation;
  result: AnchorResult;
}

export interface ArticleModel {
  referenceDate: string | null;
  /** Sorted by start; includes rejected mentions (decision 'rejected'), which the UI hides. */
  mentions: ModelMention[];
  /** Annotations that could not be re-anchored: kept in the sidecar untouched, listed here. */
  orphans: SidecarAnnotation[];
  /** Every annotation with its anchoring result (same order as the sidecar). */
  anchors: AnchoredAnnotation[];
  entities: SidecarEntity[];
  /** Sidecar problems; when any is an error the sidecar is read-only. */
  diagnostics: SidecarDiagnostic[];
  sidecarOk: boolean;
}

export function isRejected(m: ModelMention): boolean {
  return m.decision === 'rejected';
}

type SidecarInput = ParsedSidecar | Sidecar | string | undefined;

export function toParsed(input: SidecarInput): { sidecar?: Sidecar; diagnostics: SidecarDiagnostic[]; ok: boolean } {
  if (input === undefined) return { diagnostics: [], ok: true };
  if (typeof input === 'string') input = parseSidecar(input);
  if ('diagnostics' in input) return { sidecar: input.sidecar ?? input.bestEffort, diagnostics: input.diagnostics, ok: input.ok };
  return { sidecar: input, diagnostics: [], ok: true };
}

/** Meaning of an annotation as a Mention (falling back to the extracted mention it decides on). */
export function annotationMention(a: SidecarAnnotation, text: string, start: number, end: number, entities: Map<string, SidecarEntity>, auto?: Mention): Mention {
  const base = { start, end, text: text.slice(start, end) };
  const same = auto && auto.kind === a.kind ? auto : undefined;
  switch (a.kind) {
    case 'actor': {
      const e = a.entity ? entities.get(a.entity) : undefined;
      const m: ActorMention = {
        ...base, kind: 'actor', type: a.type as ActorMention['type'],
        canonical: e?.canonical ?? (same as ActorMention | undefined)?.canonical ?? a.quote.exact,
      };
      const role = a.role ?? (same as ActorMention | undefined)?.role;
      if (role !== undefined) m.role = role;
      return m;
    }
    case 'figure': {
      const f = same as FigureMention | undefined;
      const m: FigureMention = { ...base, kind: 'figure', type: a.type as FigureMention['type'], value: a.value ?? f?.value ?? NaN, unit: a.unit ?? f?.unit ?? '' };
      const approx = a.approx ?? f?.approx;
      if (approx !== undefined) m.approx = approx;
      return m;
    }
    case 'date': {
      const d = same as DateMention | undefined;
      return { ...base, kind: 'date', type: a.type as DateMention['type'], normalized: a.normalized !== undefined ? a.normalized : d?.normalized ?? null };
    }
  }
}

/**
 * Build the article model. `mentions` are what the extractor found in `text`; `sidecar` is the
 * parsed sidecar (or its text, or undefined when there is none).
 */
export interface BuildOptions extends AnchorOptions {
  /**
   * Anchoring results for the sidecar's annotations (same order), e.g. kept up to date with
   * shiftAnchors() while the article is edited; computed with anchorAll() when absent.
   */
  results?: readonly AnchorResult[];
}

export function buildModel(text: string, mentions: readonly Mention[], sidecar: SidecarInput, options?: BuildOptions): ArticleModel {
  const { sidecar: sc, diagnostics, ok } = toParsed(sidecar);
  const annotations = sc?.annotations ?? [];
  const entities = new Map((sc?.entities ?? []).map((e) => [e.id, e]));
  const results = options?.results && options.results.length === annotations.length ? options.results : anchorAll(text, annotations, options);
  const anchors = annotations.map((annotation, i) => ({ annotation, result: results[i] }));
  const auto = isSorted(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const replaced = new Set<Mention>();
  const out: ModelMention[] = [];
  const orphans: SidecarAnnotation[] = [];
  const rejections: AnchoredAnnotation[] = [];
  const taken: { start: number; end: number }[] = [];

  for (const x of anchors) {
    const { annotation: a, result: r } = x;
    if (r.status === 'orphaned') { orphans.push(a); continue; }
    if (a.decision === 'rejected') { rejections.push(x); continue; }
    const same = sameSpan(auto, a.kind, r.start, r.end);
    // A human span supersedes every extracted mention it overlaps.
    for (const m of overlapping(auto, r.start, r.end)) replaced.add(m);
    taken.push({ start: r.start, end: r.end });
    out.push(decorate(annotationMention(a, text, r.start, r.end, entities, same), a, r, same ? 'auto' : 'manual'));
  }
  for (const { annotation: a, result: r } of rejections) {
    const same = sameSpan(auto, a.kind, r.start, r.end);
    if (!same || replaced.has(same)) continue;
    replaced.add(same);
    out.push(decorate({ ...same }, a, r, 'auto'));
  }
  const named = entityNames(sc?.entities ?? []);
  const humanSpans = merged(taken);
  let h = 0;
  for (const m of auto) {
    if (replaced.has(m)) continue;
    // Mentions come by start: skip the human spans that end before this one starts.
    while (h < humanSpans.length && humanSpans[h].end <= m.start) h++;
    if (h < humanSpans.length && humanSpans[h].start < m.end) continue;
    // An actor the sidecar renamed (its old name kept as an alias) is shown under its new name.
    out.push(autoMention(m, named));
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { referenceDate: sc?.referenceDate ?? null, mentions: out, orphans, anchors, entities: sc?.entities ?? [], diagnostics, sidecarOk: ok };
}

function isSorted(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/** Spans sorted by start with overlapping ones joined: their ends then grow with their starts. */
function merged(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** An extracted mention no annotation covers, as the model shows it. */
function autoMention(m: Mention, named: Map<string, SidecarEntity>): ModelMention {
  // An actor the sidecar renamed (its old name kept as an alias) is shown under its new name.
  const entity = m.kind === 'actor' ? named.get(`${m.type}\u0000${m.canonical}`) : undefined;
  if (entity && m.kind === 'actor') return { ...m, canonical: entity.canonical, origin: 'auto', entityId: entity.id };
  // Copied, then the field added: a spread with an added field is 10× slower for mentions of many
  // shapes (those a worker's messages bring), and every extracted mention passes here.
  const out = Object.assign({}, m) as ModelMention;
  out.origin = 'auto';
  return out;
}

/** A change to a sorted mention list: [start, start + deleteCount) replaced by insert, later mentions moved by shift. */
export interface MentionPatch {
  start: number;
  deleteCount: number;
  insert: readonly Mention[];
  shift: number;
}

/**
 * The model buildModel would give after the extracted (sorted) mentions it was built from changed
 * by `patch`, with the same sidecar: only the changed mentions are revisited. Undefined when the
 * sidecar has annotations (a human span can cover any mention, so the whole merge is redone).
 */
export function patchModel(prev: ArticleModel, patch: MentionPatch, sidecar: SidecarInput): ArticleModel | undefined {
  return canPatchModel(prev, patch, sidecar) ? runSteps(patchModelSteps(prev, patch, sidecar)) : undefined;
}

/** Whether patchModel can patch: the sidecar has no annotations and the patch fits the model. */
export function canPatchModel(prev: ArticleModel, patch: MentionPatch, sidecar: SidecarInput): boolean {
  const { sidecar: sc } = toParsed(sidecar);
  return prev.anchors.length === 0 && (sc?.annotations.length ?? 0) === 0 && patch.start + patch.deleteCount <= prev.mentions.length;
}

/**
 * patchModel (where canPatchModel) in steps: copying the inserted mentions and moving the later ones
 * pause every few hundred. `meter`, when given, counts the mentions each step handles.
 */
export function* patchModelSteps(prev: ArticleModel, patch: MentionPatch, sidecar: SidecarInput, meter?: StepMeter): Stepped<ArticleModel> {
  const { sidecar: sc } = toParsed(sidecar);
  const named = entityNames(sc?.entities ?? []);
  // An edit that changes what a name resolves to can change every mention: pause while copying those too.
  const insert: ModelMention[] = [];
  const pace = pacer(meter);
  for (const m of patch.insert) {
    if (pace()) yield;
    insert.push(autoMention(m, named));
  }
  const mentions = yield* patchSpanSteps(prev.mentions, { ...patch, insert }, meter);
  return { ...prev, mentions };
}

/** Entities by type and each of their aliases. */
function entityNames(entities: readonly SidecarEntity[]): Map<string, SidecarEntity> {
  const out = new Map<string, SidecarEntity>();
  for (const e of entities) for (const alias of e.aliases ?? []) out.set(`${e.type}\u0000${alias}`, e);
  return out;
}

/**
 * The extracted mention of this kind with exactly this span, by binary search: a lookup table of
 * every mention's span cost 38,000 keys on each rebuild of a 1 MB article with one annotation.
 */
function sameSpan(sorted: readonly Mention[], kind: MentionKind, start: number, end: number): Mention | undefined {
  for (let i = firstIndex(sorted.length, (k) => sorted[k].start >= start); i < sorted.length && sorted[i].start === start; i++) {
    const m = sorted[i];
    if (m.end === end && m.kind === kind) return m;
  }
  return undefined;
}

/** Mentions overlapping [start, end). `sorted` is sorted by start; mentions are flat (no nesting). */
function overlapping(sorted: readonly Mention[], start: number, end: number): Mention[] {
  const lo = firstIndex(sorted.length, (i) => sorted[i].end > start);
  const out: Mention[] = [];
  // Flat spans: ends grow with starts, so the first overlap candidate is at lo (or just before).
  for (let i = Math.max(0, lo - 1); i < sorted.length && sorted[i].start < end; i++) {
    if (start < sorted[i].end) out.push(sorted[i]);
  }
  return out;
}

function decorate(m: Mention, a: SidecarAnnotation, r: AnchorResult, origin: 'auto' | 'manual'): ModelMention {
  const out: ModelMention = { ...m, origin, decision: a.decision, annotationId: a.id, anchor: r.status as 'anchored' | 'moved' };
  if (a.kind === 'figure') {
    out.status = figureStatus(a);
    if (a.source !== undefined) out.source = a.source;
    if (a.checkedBy !== undefined) out.checkedBy = a.checkedBy;
    if (a.checkedAt !== undefined) out.checkedAt = a.checkedAt;
  }
  if (a.note !== undefined) out.note = a.note;
  if (a.tags !== undefined) out.tags = a.tags;
  if (a.entity !== undefined) out.entityId = a.entity;
  if (!r.exact) out.quoteChanged = true;
  if (a.conflict !== undefined) out.conflict = a.conflict;
  return out;
}

/** A mention as `policy-lens extract` outputs it once the sidecar is applied. */
export type AppliedMention = Mention & Pick<MentionState, 'origin' | 'decision' | 'status' | 'source' | 'checkedBy' | 'checkedAt' | 'note' | 'annotationId'>;

/**
 * For the CLI `extract`: the extracted mentions with the sidecar's decisions applied — rejected ones
 * left out, added ones included, each with origin and decision/status.
 */
export function applyDecisions(mentions: readonly Mention[], sidecar: SidecarInput, text: string, options?: BuildOptions): AppliedMention[] {
  return buildModel(text, mentions, sidecar, options).mentions.filter((m) => !isRejected(m)).map((m) => {
    const { anchor: _a, quoteChanged: _q, tags: _t, entityId: _e, conflict: _c, ...rest } = m;
    return rest as AppliedMention;
  });
}
