// The sidecar's field table: every key of the top level, of an entity, of an annotation and of its
// quote, in the order they are written, with its value type, when it is required and a one-line
// description. Validation (validate.ts), key order and serialisation (writer.ts) and the JSON Schema
// (jsonSchema.ts → schemas/sidecar.schema.json, `npm run build:schema`) follow it, and `tsc` checks it
// against the interfaces in format.ts.
import type { MentionKind } from '../types';
import {
  ACTOR_TYPES, CONTEXT_LENGTH, DECISIONS, FIGURE_STATUSES, SIDECAR_VERSION, TYPES_BY_KIND,
  type AnnotationConflict, type Decision, type QuoteSelector, type Sidecar, type SidecarAnnotation, type SidecarEntity,
} from './format';

/** String formats checked by pattern; the patterns are also the JSON Schema's. */
export const FORMATS = {
  id: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$' },
  qid: { pattern: '^Q[1-9][0-9]*$' },
  date: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  timestamp: {
    pattern: '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$',
    description: 'ISO-8601 timestamp, e.g. 2026-03-04T10:15:00Z.',
  },
} as const satisfies Record<string, { pattern: string; description?: string }>;
export type Format = keyof typeof FORMATS;

export type ValueSpec =
  /** The format version: exactly this number. */
  | { readonly type: 'version'; readonly value: number }
  /** Any string; `expected` words the type error ("a non-empty string"). */
  | { readonly type: 'string'; readonly expected?: string }
  /** A string in one of FORMATS. */
  | { readonly type: 'format'; readonly format: Format }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  /** The annotation type: its allowed values depend on the annotation's kind. */
  | { readonly type: 'typeOfKind'; readonly byKind: Readonly<Record<MentionKind, readonly string[]>> }
  /** The id of an item of another top-level list, one that comes earlier in key order. */
  | { readonly type: 'ref'; readonly to: string }
  | { readonly type: 'strings' }
  | { readonly type: 'boolean' }
  /** A position hint: non-negative integer, UTF-16 code units; never before the `notBefore` key. */
  | { readonly type: 'offset'; readonly notBefore?: string }
  /** A number, or a [min, max] pair for a range. */
  | { readonly type: 'numberOrRange' }
  /** An ISO-8601 string, not checked further (the guidelines extend ISO-8601). */
  | { readonly type: 'iso' }
  | { readonly type: 'map'; readonly fields: readonly FieldSpec[] }
  | { readonly type: 'list'; readonly item: ItemSpec };

/**
 * When a key must be present. 'always': in every file (a block without it is left out of best-effort
 * results). Otherwise only when the block's decision is (or is not) the given one, and only when
 * `withKey` is present (so a missing pair is reported once); `message` replaces `missing "<key>"`.
 */
export type Requirement =
  | 'always'
  | { readonly decision: Decision | { readonly not: Decision }; readonly withKey?: string; readonly message?: string };

export interface FieldSpec {
  /** YAML key. */
  readonly key: string;
  /** Property in the TypeScript model when it differs from the key. */
  readonly prop?: string;
  readonly value: ValueSpec;
  /** Annotation kinds the key applies to (absent: all); on other kinds it is ignored. */
  readonly kinds?: readonly MentionKind[];
  /** On other kinds the key is reported (a warning) rather than silently ignored. */
  readonly warnOnOtherKinds?: boolean;
  readonly required?: Requirement;
  /** Model value when the key is absent or null; the value is then required to be valid. */
  readonly default?: string;
  /** null is a meaning of its own (unknown, none) rather than a mistake. */
  readonly nullable?: boolean;
  /** One line, for the JSON Schema; shown after the kinds it applies to ("Figures: …"). */
  readonly description: string;
}

export interface ItemSpec {
  /** What one item is called in messages ("duplicate entity id"). */
  readonly noun: string;
  readonly fields: readonly FieldSpec[];
}

export const QUOTE_FIELDS = [
  { key: 'exact', value: { type: 'string', expected: 'a non-empty string' }, required: 'always', description: 'The quoted text.' },
  { key: 'prefix', value: { type: 'string' }, description: `Up to ${CONTEXT_LENGTH} characters of text before the quote.` },
  { key: 'suffix', value: { type: 'string' }, description: `Up to ${CONTEXT_LENGTH} characters of text after the quote.` },
] as const satisfies readonly FieldSpec[];

export const CONFLICT_FIELDS = [
  { key: 'fields', value: { type: 'strings' }, required: 'always', description: 'The fields both sides changed differently, or [removed] when one side removed the annotation and the other changed it.' },
  { key: 'ours', value: { type: 'string' }, required: 'always', description: 'Our values of those fields as a JSON object (kept in the annotation), or "removed".' },
  { key: 'theirs', value: { type: 'string' }, required: 'always', description: 'Their values of those fields as a JSON object, or "removed".' },
] as const satisfies readonly FieldSpec[];

export const ENTITY_FIELDS = [
  { key: 'id', value: { type: 'format', format: 'id' }, required: 'always', description: 'Stable id, e.g. e-amara-okafor.' },
  { key: 'kind', value: { type: 'enum', values: ['actor'] }, default: 'actor', description: 'Kind of entity; actor is the only one for now.' },
  { key: 'type', value: { type: 'enum', values: ACTOR_TYPES }, required: 'always', description: 'Kind of actor.' },
  { key: 'canonical', value: { type: 'string' }, required: 'always', description: 'Canonical name (annotation guidelines §13).' },
  { key: 'aliases', value: { type: 'strings' }, description: 'Other names of the actor.' },
  { key: 'role', value: { type: 'string' }, description: 'Standing title of the actor.' },
  { key: 'wikidata', value: { type: 'format', format: 'qid' }, description: 'Wikidata QID, e.g. Q17.' },
  { key: 'note', value: { type: 'string' }, description: 'Free text.' },
] as const satisfies readonly FieldSpec[];

export const ANNOTATION_FIELDS = [
  { key: 'id', value: { type: 'format', format: 'id' }, required: 'always', description: 'Stable id, e.g. a-0k3x9qz.' },
  { key: 'kind', value: { type: 'enum', values: Object.keys(TYPES_BY_KIND) }, required: 'always', description: 'Kind of mention.' },
  { key: 'type', value: { type: 'typeOfKind', byKind: TYPES_BY_KIND }, required: 'always', description: 'Type of the mention; the allowed values depend on kind.' },
  {
    key: 'entity', value: { type: 'ref', to: 'entities' }, kinds: ['actor'],
    required: { decision: { not: 'rejected' }, message: 'an actor annotation needs "entity" (the id of an entry under "entities")' },
    description: 'id of an entry under entities.',
  },
  { key: 'role', value: { type: 'string' }, kinds: ['actor'], description: 'title attached to this mention.' },
  {
    key: 'value', value: { type: 'numberOrRange' }, kinds: ['figure'], warnOnOtherKinds: true,
    required: { decision: 'added', message: 'an added figure needs "value" and "unit"' },
    description: 'the number with scale applied, or [min, max] for a range.',
  },
  {
    key: 'unit', value: { type: 'string' }, kinds: ['figure'], warnOnOtherKinds: true, required: { decision: 'added', withKey: 'value' },
    description: '%, pp, an ISO 4217 code, the counted noun or a unit phrase.',
  },
  { key: 'approx', value: { type: 'boolean' }, kinds: ['figure'], warnOnOtherKinds: true, description: 'true when the article hedges the number ("about", "more than").' },
  {
    key: 'normalized', value: { type: 'iso' }, kinds: ['date'], nullable: true,
    required: { decision: 'added', message: 'an added date needs "normalized" (ISO-8601 or null)' },
    description: "ISO-8601 with the guidelines' extensions, or null.",
  },
  { key: 'quote', value: { type: 'map', fields: QUOTE_FIELDS }, required: 'always', description: `W3C TextQuoteSelector: the exact text with about ${CONTEXT_LENGTH} characters of context on each side.` },
  { key: 'start', value: { type: 'offset' }, required: 'always', description: 'Position hint: UTF-16 offset of the quote when last saved.' },
  { key: 'end', value: { type: 'offset', notBefore: 'start' }, required: 'always', description: 'Position hint: UTF-16 offset just after the quote (end exclusive).' },
  { key: 'decision', value: { type: 'enum', values: DECISIONS }, required: 'always', description: 'confirmed (an extracted mention is right), rejected (it is wrong) or added (the extractor missed it).' },
  { key: 'status', value: { type: 'enum', values: FIGURE_STATUSES }, kinds: ['figure'], warnOnOtherKinds: true, description: 'fact-check status.' },
  { key: 'source', value: { type: 'string' }, kinds: ['figure'], warnOnOtherKinds: true, description: 'URL or citation backing the status.' },
  { key: 'checked_by', prop: 'checkedBy', value: { type: 'string' }, kinds: ['figure'], warnOnOtherKinds: true, description: 'Who set the status last.' },
  { key: 'checked_at', prop: 'checkedAt', value: { type: 'format', format: 'timestamp' }, kinds: ['figure'], warnOnOtherKinds: true, description: 'When the status was set last (ISO-8601).' },
  { key: 'note', value: { type: 'string' }, description: 'Free text.' },
  { key: 'tags', value: { type: 'strings' }, description: 'Free-form labels.' },
  { key: 'author', value: { type: 'string' }, description: 'Who made the decision.' },
  { key: 'created', value: { type: 'format', format: 'timestamp' }, description: 'When the decision was made.' },
  { key: 'updated', value: { type: 'format', format: 'timestamp' }, description: 'When the decision last changed.' },
  { key: 'conflict', value: { type: 'map', fields: CONFLICT_FIELDS }, description: 'A merge conflict left by policy-lens merge-driver: both branches changed this annotation differently. A decision on the annotation clears it.' },
] as const satisfies readonly FieldSpec[];

export const ENTITY_ITEM: ItemSpec = { noun: 'entity', fields: ENTITY_FIELDS };
export const ANNOTATION_ITEM: ItemSpec = { noun: 'annotation', fields: ANNOTATION_FIELDS };

export const TOP_FIELDS = [
  { key: 'version', value: { type: 'version', value: SIDECAR_VERSION }, required: 'always', description: `Format version. This Policy Lens reads version ${SIDECAR_VERSION}.` },
  { key: 'article', value: { type: 'string' }, required: 'always', description: 'File name of the article this sidecar belongs to (e.g. call.md).' },
  { key: 'reference_date', prop: 'referenceDate', value: { type: 'format', format: 'date' }, nullable: true, description: 'Date the article was written (YYYY-MM-DD); relative dates resolve against it.' },
  { key: 'entities', value: { type: 'list', item: ENTITY_ITEM }, nullable: true, description: 'Actors the article talks about; actor annotations point at them by id.' },
  { key: 'annotations', value: { type: 'list', item: ANNOTATION_ITEM }, nullable: true, description: 'One block per human decision, sorted by position in the article.' },
] as const satisfies readonly FieldSpec[];

/** The top-level keys that hold lists of items. */
export type SectionKey = Extract<(typeof TOP_FIELDS)[number], { readonly value: { readonly type: 'list' } }>['key'];

/** How the doc and messages name the kinds a field applies to. */
export const KIND_PLURALS: Readonly<Record<MentionKind, string>> = { actor: 'actors', figure: 'figures', date: 'dates' };

/** Whether a field must be present in every file (a default makes it optional in the file). */
export function alwaysRequired(f: FieldSpec): boolean {
  return f.required === 'always';
}

/** The model property of a field. */
export function propOf(f: FieldSpec): string {
  return f.prop ?? f.key;
}

// Key order used when writing new blocks (existing blocks keep their own order): the table's order.
export const TOP_KEY_ORDER = TOP_FIELDS.map((f) => f.key);
export const ENTITY_KEY_ORDER = ENTITY_FIELDS.map((f) => f.key);
export const ANNOTATION_KEY_ORDER = ANNOTATION_FIELDS.map((f) => f.key);

// Compile-time agreement of the table with the hand-written interfaces in format.ts: `tsc` fails
// (naming the keys) when a field is in one and not the other, or required in one and optional in
// the other. Top level and quote: every property is always in the model (a missing or invalid
// value reads as empty), so only the keys are compared.
type PropOf<F> = F extends { readonly prop: infer P extends string } ? P : F extends { readonly key: infer K extends string } ? K : never;
type Props<T extends readonly FieldSpec[]> = PropOf<T[number]>;
type PresentProps<T extends readonly FieldSpec[]> = PropOf<Extract<T[number], { readonly required: 'always' } | { readonly default: string }>>;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Agree<Table, Model> = [Table] extends [Model]
  ? [Model] extends [Table] ? true : { onlyInModel: Exclude<Model, Table> }
  : { onlyInTable: Exclude<Table, Model> };
type Holds<T extends true> = T;
export type FieldTableAgreesWithModel = [
  Holds<Agree<Props<typeof TOP_FIELDS>, keyof Sidecar>>,
  Holds<Agree<RequiredKeys<Sidecar>, keyof Sidecar>>,
  Holds<Agree<Props<typeof ENTITY_FIELDS>, keyof SidecarEntity>>,
  Holds<Agree<PresentProps<typeof ENTITY_FIELDS>, RequiredKeys<SidecarEntity>>>,
  Holds<Agree<Props<typeof ANNOTATION_FIELDS>, keyof SidecarAnnotation>>,
  Holds<Agree<PresentProps<typeof ANNOTATION_FIELDS>, RequiredKeys<SidecarAnnotation>>>,
  Holds<Agree<Props<typeof QUOTE_FIELDS>, keyof QuoteSelector>>,
  Holds<Agree<RequiredKeys<QuoteSelector>, keyof QuoteSelector>>,
  Holds<Agree<Props<typeof CONFLICT_FIELDS>, keyof AnnotationConflict>>,
  Holds<Agree<RequiredKeys<AnnotationConflict>, keyof AnnotationConflict>>,
];
