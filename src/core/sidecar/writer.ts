// Canonical writer: block style, two-space indent, one blank line between items, flow sequences for
// short lists, plain scalars where safe and JSON-style double quotes otherwise. The output is a
// fixpoint of yaml's `toString(YAML_STRINGIFY_OPTIONS)`, so the two editing paths agree byte for byte.
import { ANNOTATION_FIELDS, ANNOTATION_KEY_ORDER, ENTITY_FIELDS, ENTITY_KEY_ORDER, TOP_FIELDS, propOf, type FieldSpec } from './fields';
import { CONTEXT_LENGTH, type Sidecar, type SidecarAnnotation, type SidecarEntity } from './format';
import { plainSafe, renderScalar } from './scalars';

export type RawMap = Record<string, unknown>;

function renderFlowItem(v: unknown): string {
  if (typeof v === 'string' && plainSafe(v) && !/[[\]{},]/.test(v)) return v;
  if (typeof v === 'string') return JSON.stringify(v);
  return renderScalar(v);
}

function isPlainObject(v: unknown): v is RawMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Render `value` for `key:` at `indent`, as one or more lines (without trailing line break). */
function renderEntry(key: string, value: unknown, indent: number, lead: string): string[] {
  const pad = lead;
  if (Array.isArray(value)) {
    if (value.some((x) => typeof x === 'object' && x !== null)) throw new Error(`nested structure under "${key}"`);
    return [`${pad}${key}: [${value.map(renderFlowItem).join(', ')}]`];
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return [`${pad}${key}: {}`];
    const lines = [`${pad}${key}:`];
    const inner = ' '.repeat(indent + 2);
    for (const k of keys) {
      if (value[k] === undefined) continue;
      lines.push(...renderEntry(k, value[k], indent + 2, inner));
    }
    return lines;
  }
  return [`${pad}${key}: ${renderScalar(value)}`];
}

export function orderKeys(value: RawMap, order: readonly string[]): string[] {
  const known = order.filter((k) => value[k] !== undefined);
  const rest = Object.keys(value).filter((k) => value[k] !== undefined && !order.includes(k));
  return [...known, ...rest];
}

/** Render one sequence item (map) with its `-` at column `indent`; lines joined by `eol`, with a final `eol`. */
export function renderItem(value: RawMap, order: readonly string[], indent: number, eol = '\n'): string {
  const keys = orderKeys(value, order);
  if (keys.length === 0) throw new Error('empty item');
  const lines: string[] = [];
  keys.forEach((k, i) => {
    const lead = i === 0 ? ' '.repeat(indent) + '- ' : ' '.repeat(indent + 2);
    lines.push(...renderEntry(k, value[k], indent + 2, lead));
  });
  return lines.join(eol) + eol;
}

/** Render a top-level `key: value` (scalars or flow lists only). */
export function renderTopEntry(key: string, value: unknown, eol = '\n'): string {
  return renderEntry(key, value, 0, '').join(eol) + eol;
}

/** A model object as a YAML-ready map: the table's keys in its order; lists and nested maps copied. */
function toRaw(fields: readonly FieldSpec[], model: object): RawMap {
  const out: RawMap = {};
  for (const f of fields) {
    const v = (model as RawMap)[propOf(f)];
    if (v === undefined) continue;
    out[f.key] = f.value.type === 'map' ? toRaw(f.value.fields, v as object) : Array.isArray(v) ? [...v] : v;
  }
  return out;
}

export function annotationToRaw(a: SidecarAnnotation): RawMap {
  return toRaw(ANNOTATION_FIELDS, a);
}

export function entityToRaw(e: SidecarEntity): RawMap {
  return toRaw(ENTITY_FIELDS, e);
}

export const DEFAULT_HEADER = '# Policy Lens annotations. Format: docs/sidecar-format.md';

export interface WriteOptions {
  eol?: '\n' | '\r\n';
  /** First-line comment; '' for none. */
  header?: string;
}

/** Serialise a whole sidecar in canonical form (used for new sidecars; edits splice blocks instead). */
export function writeSidecar(sidecar: Sidecar, options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const header = options.header ?? DEFAULT_HEADER;
  let out = header ? header + eol : '';
  for (const f of TOP_FIELDS) {
    if (f.value.type === 'list') continue;
    let v = (sidecar as unknown as RawMap)[propOf(f)];
    if (v === undefined && f.value.type === 'version') v = f.value.value;
    if (v !== undefined) out += renderTopEntry(f.key, v, eol);
  }
  const section = (key: string, items: RawMap[], order: readonly string[]): void => {
    if (items.length === 0) { out += eol + `${key}: []` + eol; return; }
    out += eol + `${key}:` + eol;
    items.forEach((it, i) => { out += (i ? eol : '') + renderItem(it, order, 2, eol); });
  };
  section('entities', sidecar.entities.map(entityToRaw), ENTITY_KEY_ORDER);
  section('annotations', sortAnnotations(sidecar.annotations).map(annotationToRaw), ANNOTATION_KEY_ORDER);
  return out;
}

export function sortAnnotations<T extends { start: number; end: number; id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export { CONTEXT_LENGTH };
