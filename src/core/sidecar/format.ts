// The sidecar format model: plain TypeScript shapes of `<article>.annotations.yaml`. Each key is also
// a row of the field table (fields.ts), which `tsc` checks against these interfaces. Documented in
// docs/sidecar-format.md and schemas/sidecar.schema.json. Field names in YAML are snake_case only
// where a word boundary needs it (`reference_date`); everything else is one word.
import type { QuoteSelector } from '../anchor/anchor';
import type { ActorType, DateType, FigureType, MentionKind } from '../types';

export type { QuoteSelector };

export const SIDECAR_VERSION = 1;
/** Sidecars larger than this are refused before any YAML parsing. */
export const MAX_SIDECAR_BYTES = 20 * 1024 * 1024;
/** Alias expansion cap handed to yaml (`maxAliasCount`). */
export const MAX_ALIAS_COUNT = 100;
/**
 * Collections nested deeper than this are refused before yaml composes them (a sidecar needs four
 * levels: the top map, a list, an item, its quote). yaml's composer and toJS recurse once per level.
 */
export const MAX_NESTING_DEPTH = 64;
/** Characters of context stored on each side of a quote (anchoring owns the number). */
export { CONTEXT_LENGTH } from '../anchor/anchor';

export type Decision = 'confirmed' | 'rejected' | 'added';
export type FigureStatus = 'unverified' | 'verified' | 'disputed';
export const DECISIONS: readonly Decision[] = ['confirmed', 'rejected', 'added'];
export const FIGURE_STATUSES: readonly FigureStatus[] = ['unverified', 'verified', 'disputed'];
/** A figure nobody has checked yet. */
export const DEFAULT_FIGURE_STATUS: FigureStatus = 'unverified';

/** The check status of a figure, annotated or not: what has no status is unverified. */
export function figureStatus(figure: { status?: FigureStatus }): FigureStatus {
  return figure.status ?? DEFAULT_FIGURE_STATUS;
}
export const ACTOR_TYPES: readonly ActorType[] = ['person', 'state', 'organization'];
export const FIGURE_TYPES: readonly FigureType[] = ['percent', 'money', 'count', 'quantity'];
export const DATE_TYPES: readonly DateType[] = ['date', 'month', 'year', 'period', 'relative'];
export const TYPES_BY_KIND: Readonly<Record<MentionKind, readonly string[]>> = {
  actor: ACTOR_TYPES, figure: FIGURE_TYPES, date: DATE_TYPES,
};

/** An actor the article talks about; annotations point at it by id. */
export interface SidecarEntity {
  id: string;
  kind: 'actor';
  type: ActorType;
  canonical: string;
  aliases?: string[];
  role?: string;
  /** Wikidata QID, e.g. "Q17". */
  wikidata?: string;
  note?: string;
}

/**
 * Two branches changed the same annotation differently (recorded by `policy-lens merge-driver`):
 * the fields in question and each side's values, as JSON text. The annotation holds ours until a
 * decision on it clears the record.
 */
export interface AnnotationConflict {
  /** The fields both sides changed, or ['removed'] when one side removed the annotation and the other changed it. */
  fields: string[];
  /** Our values of those fields (a JSON object), or "removed". */
  ours: string;
  theirs: string;
}

export interface SidecarAnnotation {
  id: string;
  kind: MentionKind;
  type: string;
  /** Actors: id of an entry in `entities`. */
  entity?: string;
  /** Actors: title attached to this mention. */
  role?: string;
  /** Figures. */
  value?: number | [number, number];
  unit?: string;
  approx?: boolean;
  /** Dates (null = cannot be resolved). `undefined` when the key is absent. */
  normalized?: string | null;
  quote: QuoteSelector;
  /** Position hint: UTF-16 offsets in the article when last saved. */
  start: number;
  end: number;
  decision: Decision;
  /** Figures only. */
  status?: FigureStatus;
  source?: string;
  /** Figures: who set the status last, and when (the audit trail; earlier ones are in the file's history). */
  checkedBy?: string;
  checkedAt?: string;
  note?: string;
  tags?: string[];
  author?: string;
  created?: string;
  updated?: string;
  /** An unresolved merge conflict (see AnnotationConflict). */
  conflict?: AnnotationConflict;
}

export interface Sidecar {
  version: number;
  article: string;
  referenceDate: string | null;
  entities: SidecarEntity[];
  annotations: SidecarAnnotation[];
}

export interface SourcePosition {
  /** UTF-16 offset in the sidecar text. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  col: number;
}

export interface SidecarDiagnostic extends SourcePosition {
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. `yaml-syntax`, `missing-field`, `too-large`. */
  code: string;
  message: string;
  /** Path of the offending node, e.g. ['annotations', 3, 'decision']. */
  path?: (string | number)[];
}
