// Validation of a plain JS sidecar value, driven by the field table (fields.ts): every field is
// checked in table order for presence, type and the kinds it applies to. Rules that look beyond one
// field are named below (uniqueId, unknownReference, rangeOrder) and take what they need from the
// table: the id format, `ref` values and an offset's `notBefore`.
import type { MentionKind } from '../types';
import { FORMATS, KIND_PLURALS, TOP_FIELDS, alwaysRequired, propOf, type FieldSpec, type Format, type ItemSpec, type Requirement, type ValueSpec } from './fields';
import type { Sidecar } from './format';

export type Path = (string | number)[];
export type Report = (severity: 'error' | 'warning', code: string, message: string, path: Path) => void;

type RawMap = Record<string, unknown>;

const PATTERNS = Object.fromEntries(Object.entries(FORMATS).map(([name, f]) => [name, new RegExp(f.pattern)])) as Record<Format, RegExp>;

/** How a value that breaks its format is reported (the value is kept: it is still readable). */
const FORMAT_PROBLEMS: Record<Format, { severity: 'error' | 'warning'; code: string; message(key: string, value: string, noun: string): string; expected?: string }> = {
  id: { severity: 'error', code: 'bad-id', message: (_key, v, noun) => `${noun} id "${v}" may only use letters, digits, "_", ".", ":" and "-"` },
  qid: { severity: 'error', code: 'bad-value', message: (key, v) => `"${key}" must be a QID like Q17 (got "${v}")` },
  date: { severity: 'error', code: 'bad-value', message: (key) => `"${key}" must be a date like 2026-03-04` },
  timestamp: { severity: 'warning', code: 'bad-timestamp', message: (key) => `"${key}" should be an ISO-8601 timestamp like 2026-03-04T10:15:00Z`, expected: 'an ISO-8601 timestamp' },
};

/** Item nouns of the top-level lists, for references to them. */
const NOUNS = new Map(TOP_FIELDS.flatMap((f): [string, string][] => (f.value.type === 'list' ? [[f.key, f.value.item.noun]] : [])));

/** Value types for which an empty `key:` (null) reads as an absent key unless the key is required. */
const NULL_IS_ABSENT = new Set<ValueSpec['type']>(['string', 'format', 'enum', 'typeOfKind', 'strings']);

/**
 * A table row with every property present, so the loop below reads one object shape (validation
 * runs on every save; mixed row shapes made it several times slower).
 */
interface Field {
  key: string;
  prop: string;
  value: ValueSpec;
  kinds: readonly MentionKind[] | undefined;
  warnOnOtherKinds: boolean;
  required: Requirement | undefined;
  default: string | undefined;
  nullable: boolean;
  /** The model needs a value (required or defaulted): without one an item is left out. */
  needed: boolean;
  spec: FieldSpec;
}

const compiled = new WeakMap<readonly FieldSpec[], Field[]>();

function fieldsOf(specs: readonly FieldSpec[]): Field[] {
  let fields = compiled.get(specs);
  if (!fields) {
    fields = specs.map((f) => ({
      key: f.key, prop: propOf(f), value: f.value, kinds: f.kinds, warnOnOtherKinds: f.warnOnOtherKinds ?? false,
      required: f.required, default: f.default, nullable: f.nullable ?? false,
      needed: alwaysRequired(f) || f.default !== undefined, spec: f,
    }));
    compiled.set(specs, fields);
  }
  return fields;
}

/** One mapping being checked. Paths are built only when something is reported. */
interface Scope {
  report: Report;
  /** Ids seen so far in each list. */
  ids: Map<string, Set<string>>;
  raw: RawMap;
  path: Path;
  /** Items only: the list the item is in and what one is called. */
  list: string | undefined;
  noun: string | undefined;
  /** Cleared when a needed field has no valid value. */
  complete: boolean;
}

function isMap(v: unknown): v is RawMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validate a plain JS sidecar value; returns the typed sidecar (best effort even with errors). */
export function validate(raw: unknown, report: Report): Sidecar | undefined {
  if (!isMap(raw)) {
    report('error', 'not-a-map', 'a sidecar must be a YAML mapping with version, article, entities and annotations', []);
    return undefined;
  }
  const scope: Scope = { report, ids: new Map(), raw, path: [], list: undefined, noun: undefined, complete: true };
  return checkFields(fieldsOf(TOP_FIELDS), scope, true) as unknown as Sidecar;
}

/**
 * Check one mapping against its fields. With `fill` (the top level, nested maps) every field gets a
 * value, its type's empty one when missing or invalid; otherwise (list items) missing and invalid
 * fields are left out and `scope.complete` says whether the item still has all the model needs.
 */
function checkFields(fields: readonly Field[], scope: Scope, fill: boolean): RawMap {
  const out: RawMap = {};
  for (const f of fields) {
    const v = scope.raw[f.key];
    if (f.kinds !== undefined && !f.kinds.includes(out.kind as MentionKind)) {
      if (f.warnOnOtherKinds && v !== undefined) notApplicable(f, out.kind as MentionKind | undefined, scope);
      continue;
    }
    const required = isRequired(f, scope.raw);
    let value: unknown;
    if (v === null && f.nullable) value = emptyValue(f);
    else if (v === undefined || (v === null && (f.value.type === 'ref' || (!required && NULL_IS_ABSENT.has(f.value.type))))) {
      if (required) scope.report('error', 'missing-field', missingMessage(f.spec), scope.path);
      value = f.default;
    } else {
      value = checkValue(f, v, required || f.default !== undefined, scope, out);
      // A reference of the wrong type refers to nothing: also reported as missing when required.
      if (value === undefined && required && f.value.type === 'ref') scope.report('error', 'missing-field', missingMessage(f.spec), scope.path);
    }
    if (value === undefined && f.needed) scope.complete = false;
    if (value === undefined && fill) value = emptyValue(f);
    if (value !== undefined) out[f.prop] = value;
  }
  if (scope.complete) rangeOrder(fields, out, scope);
  return out;
}

function isRequired(f: Field, raw: RawMap): boolean {
  const r = f.required;
  if (r === undefined || r === 'always') return r === 'always';
  const decided = typeof r.decision === 'string' ? raw.decision === r.decision : raw.decision !== r.decision.not;
  return decided && (r.withKey === undefined || raw[r.withKey] !== undefined);
}

/** The message for a missing key (also used for a quote that is not a mapping). */
function missingMessage(f: FieldSpec): string {
  if (typeof f.required === 'object' && f.required.message) return f.required.message;
  const spec = f.value;
  if (spec.type === 'version') return `missing "${f.key}" (expected ${spec.value})`;
  if (spec.type === 'offset') return `missing "${f.key}" (position hint)`;
  if (spec.type === 'map') return `missing "${f.key}" mapping with ${andList(spec.fields.map((n) => `"${n.key}"`))}`;
  return `missing "${f.key}"`;
}

function andList(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What a field holds when it is null, or missing or invalid where the model needs a value. */
function emptyValue(f: Field): unknown {
  if (f.value.type === 'list') return [];
  if (f.value.type === 'version') return f.value.value;
  return f.nullable ? null : '';
}

function notApplicable(f: Field, kind: MentionKind | undefined, scope: Scope): void {
  const kinds = f.kinds!.map((k) => KIND_PLURALS[k]).join(' and ');
  scope.report('warning', 'field-not-applicable', `"${f.key}" only applies to ${kinds}; it is ignored on ${kind ?? 'this'} ${scope.list}`, [...scope.path, f.key]);
}

function badType(scope: Scope, key: string, what: string): undefined {
  scope.report('error', 'bad-type', `"${key}" must be ${what}`, [...scope.path, key]);
  return undefined;
}

/** A string; strict (required or defaulted) ones must not be empty either. */
function str(v: unknown, strict: boolean, scope: Scope, key: string, what = 'a string'): string | undefined {
  return typeof v === 'string' && (v !== '' || !strict) ? v : badType(scope, key, what);
}

function oneOf(v: unknown, strict: boolean, allowed: readonly string[], scope: Scope, key: string): string | undefined {
  const s = str(v, strict, scope, key);
  if (s === undefined || allowed.includes(s)) return s;
  scope.report('error', 'bad-value', `"${key}" must be one of ${allowed.join(', ')} (got "${s}")`, [...scope.path, key]);
  return undefined;
}

function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** The checked value of a present field, or undefined (reported) when it is invalid. */
function checkValue(f: Field, v: unknown, strict: boolean, scope: Scope, out: RawMap): unknown {
  const { key } = f;
  const spec = f.value;
  switch (spec.type) {
    case 'version':
      if (v === spec.value) return v;
      scope.report('error', 'bad-version', `unsupported sidecar version ${JSON.stringify(v)}; this Policy Lens reads version ${spec.value}`, [...scope.path, key]);
      return undefined;
    case 'string':
      return str(v, strict, scope, key, spec.expected);
    case 'enum':
      return oneOf(v, strict, spec.values, scope, key);
    case 'typeOfKind': {
      const allowed = out.kind === undefined ? undefined : spec.byKind[out.kind as MentionKind];
      return allowed ? oneOf(v, strict, allowed, scope, key) : str(v, strict, scope, key);
    }
    case 'format': {
      const problem = FORMAT_PROBLEMS[spec.format];
      const s = str(v, strict, scope, key, problem.expected);
      if (s === undefined) return undefined;
      if (!PATTERNS[spec.format].test(s)) scope.report(problem.severity, problem.code, problem.message(key, s, scope.noun ?? ''), [...scope.path, key]);
      if (spec.format === 'id' && scope.list !== undefined) uniqueId(s, key, scope);
      return s;
    }
    case 'ref': {
      if (typeof v !== 'string') return badType(scope, key, 'a string');
      unknownReference(v, spec.to, key, scope);
      return v;
    }
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : badType(scope, key, 'a list of strings');
    case 'boolean':
      return typeof v === 'boolean' ? v : badType(scope, key, 'true or false');
    case 'offset':
      return Number.isInteger(v) && (v as number) >= 0 ? v : badType(scope, key, 'a non-negative integer offset');
    case 'numberOrRange':
      if (isNumber(v)) return v;
      if (Array.isArray(v) && v.length === 2 && v.every(isNumber)) return [v[0], v[1]];
      return badType(scope, key, 'a number or a [min, max] pair');
    case 'iso':
      return typeof v === 'string' ? v : badType(scope, key, f.nullable ? 'an ISO-8601 string or null' : 'an ISO-8601 string');
    case 'map': {
      if (!isMap(v)) {
        scope.report('error', 'bad-type', missingMessage(f.spec), [...scope.path, key]);
        return undefined;
      }
      const inner: Scope = { ...scope, raw: v, path: [...scope.path, key], complete: true };
      const value = checkFields(fieldsOf(spec.fields), inner, true);
      return inner.complete ? value : undefined;
    }
    case 'list':
      return Array.isArray(v) ? checkItems(key, spec.item, v, scope) : badType(scope, key, 'a list');
  }
}

function checkItems(list: string, item: ItemSpec, items: unknown[], top: Scope): RawMap[] {
  const fields = fieldsOf(item.fields);
  const out: RawMap[] = [];
  top.ids.set(list, new Set());
  for (let i = 0; i < items.length; i++) {
    const raw = items[i];
    const path: Path = [list, i];
    if (!isMap(raw)) { top.report('error', 'bad-type', `each ${item.noun} must be a mapping`, path); continue; }
    const scope: Scope = { report: top.report, ids: top.ids, raw, path, list, noun: item.noun, complete: true };
    const value = checkFields(fields, scope, false);
    if (scope.complete) out.push(value);
  }
  return out;
}

/** Ids are unique within their list; every id seen (even a malformed one) can be referred to. */
function uniqueId(id: string, key: string, scope: Scope): void {
  const seen = scope.ids.get(scope.list!)!;
  if (seen.has(id)) scope.report('error', 'duplicate-id', `duplicate ${scope.noun} id "${id}"`, [...scope.path, key]);
  seen.add(id);
}

/** A `ref` names an item of an earlier list (entities come before annotations). */
function unknownReference(id: string, list: string, key: string, scope: Scope): void {
  if (scope.ids.get(list)?.has(id)) return;
  const noun = NOUNS.get(list)!;
  scope.report('error', `unknown-${noun}`, `${noun} "${id}" is not defined under "${list}"`, [...scope.path, key]);
}

/** An offset with `notBefore` (end) must not come before that one (start); the item is then left out. */
function rangeOrder(fields: readonly Field[], out: RawMap, scope: Scope): void {
  for (const f of fields) {
    if (f.value.type !== 'offset' || f.value.notBefore === undefined) continue;
    const before = f.value.notBefore;
    if ((out[f.prop] as number) < (out[before] as number)) {
      scope.report('error', 'bad-range', `"${f.key}" must not be before "${before}"`, [...scope.path, f.key]);
      scope.complete = false;
      return;
    }
  }
}
