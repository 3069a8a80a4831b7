// The sidecar's JSON Schema (draft-07), built from the field table. scripts/build-schema.ts writes it
// to schemas/sidecar.schema.json, which VS Code applies to `*.annotations.yaml` (yamlValidation).
// It says what a schema can: types, allowed values, patterns, and which keys each kind and decision
// requires. Cross-item rules (unique ids, known entities, end not before start) are the validator's.
import { FORMATS, KIND_PLURALS, TOP_FIELDS, alwaysRequired, type FieldSpec, type Format, type Requirement } from './fields';
import { DECISIONS, SIDECAR_VERSION } from './format';
import { DEFAULT_SIDECAR_PATTERN, sidecarName } from './naming';

export type JsonSchema = { [key: string]: unknown };

export function buildSidecarSchema(): JsonSchema {
  const definitions: JsonSchema = {};
  const shared = sharedFormats(TOP_FIELDS);
  for (const format of shared) definitions[format] = { type: 'string', ...FORMATS[format] };
  const top = objectSchema(TOP_FIELDS, { definitions, shared });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://policy-lens.dev/schemas/sidecar.schema.json',
    title: `Policy Lens annotation sidecar (version ${SIDECAR_VERSION})`,
    description: `Human decisions about the actors, figures and dates in one article, stored next to it as ${sidecarName(DEFAULT_SIDECAR_PATTERN, '<article>')}. See docs/sidecar-format.md. Unknown keys are allowed and preserved.`,
    ...top,
    definitions,
  };
}

interface Context {
  definitions: JsonSchema;
  /** Formats used by more than one field: referenced from `definitions` rather than repeated. */
  shared: Set<Format>;
}

function sharedFormats(fields: readonly FieldSpec[]): Set<Format> {
  const uses = new Map<Format, number>();
  const visit = (list: readonly FieldSpec[]): void => {
    for (const f of list) {
      const v = f.value;
      const format = v.type === 'format' ? v.format : v.type === 'ref' ? 'id' : undefined;
      if (format) uses.set(format, (uses.get(format) ?? 0) + 1);
      if (v.type === 'map') visit(v.fields);
      if (v.type === 'list') visit(v.item.fields);
    }
  };
  visit(fields);
  return new Set((Object.keys(FORMATS) as Format[]).filter((f) => (uses.get(f) ?? 0) > 1));
}

function objectSchema(fields: readonly FieldSpec[], ctx: Context): JsonSchema {
  const required = fields.filter(alwaysRequired).map((f) => f.key);
  const properties = Object.fromEntries(fields.map((f) => [f.key, propertySchema(f, ctx)]));
  const conditions = [...typeConditions(fields), ...requirementConditions(fields)];
  return {
    type: 'object',
    ...(required.length ? { required } : {}),
    properties,
    additionalProperties: true,
    ...(conditions.length ? { allOf: conditions } : {}),
  };
}

/** "Figures: " before the description of a field that applies to some kinds only. */
function describe(f: FieldSpec): string {
  if (!f.kinds) return f.description;
  const kinds = f.kinds.map((k) => KIND_PLURALS[k]).join(' and ');
  return `${kinds[0].toUpperCase()}${kinds.slice(1)}: ${f.description}`;
}

function orNull(type: string, f: FieldSpec): string | string[] {
  return f.nullable ? [type, 'null'] : type;
}

function oneValue(values: readonly (string | number)[]): JsonSchema {
  return values.length === 1 ? { const: values[0] } : { enum: values };
}

function propertySchema(f: FieldSpec, ctx: Context): JsonSchema {
  const description = describe(f);
  const v = f.value;
  switch (v.type) {
    case 'version':
      return { const: v.value, description };
    case 'string':
      return { type: orNull('string', f), ...(alwaysRequired(f) ? { minLength: 1 } : {}), description };
    case 'format':
    case 'ref': {
      const format = v.type === 'format' ? v.format : 'id';
      if (!ctx.shared.has(format)) return { type: orNull('string', f), pattern: FORMATS[format].pattern, description };
      const ref = { $ref: `#/definitions/${format}` };
      return f.nullable ? { anyOf: [ref, { type: 'null' }], description } : { ...ref, description };
    }
    case 'enum':
      return { ...oneValue(v.values), description };
    case 'typeOfKind':
      return { type: 'string', description };
    case 'strings':
      return { type: orNull('array', f), items: { type: 'string' }, description };
    case 'boolean':
      return { type: orNull('boolean', f), description };
    case 'offset':
      return { type: 'integer', minimum: 0, description };
    case 'numberOrRange':
      return { oneOf: [{ type: 'number' }, { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }], description };
    case 'iso':
      return { type: orNull('string', f), description };
    case 'map':
      ctx.definitions[f.key] = { ...objectSchema(v.fields, ctx), description };
      return { $ref: `#/definitions/${f.key}` };
    case 'list': {
      const item = objectSchema(v.item.fields, ctx);
      ctx.definitions[v.item.noun] = item;
      return { type: orNull('array', f), description, items: { $ref: `#/definitions/${v.item.noun}` } };
    }
  }
}

/** The allowed values of a `typeOfKind` field, one condition per kind. */
function typeConditions(fields: readonly FieldSpec[]): JsonSchema[] {
  return fields.flatMap((f) => (f.value.type !== 'typeOfKind' ? [] : Object.entries(f.value.byKind).map(([kind, values]) => ({
    if: { properties: { kind: { const: kind } } },
    then: { properties: { [f.key]: { enum: values } } },
  }))));
}

/** Keys required for some kinds and decisions, one condition per (kinds, decision) in table order. */
function requirementConditions(fields: readonly FieldSpec[]): JsonSchema[] {
  const groups = new Map<string, { f: FieldSpec; when: Exclude<Requirement, 'always'>; keys: string[] }>();
  for (const f of fields) {
    if (f.required === undefined || f.required === 'always') continue;
    const id = JSON.stringify([f.kinds, f.required.decision]);
    const group = groups.get(id);
    if (group) group.keys.push(f.key); else groups.set(id, { f, when: f.required, keys: [f.key] });
  }
  return [...groups.values()].map(({ f, when, keys }) => {
    const d = when.decision;
    const decision = typeof d === 'string' ? { const: d } : { enum: DECISIONS.filter((x) => x !== d.not) };
    const properties = f.kinds ? { kind: oneValue(f.kinds), decision } : { decision };
    return { if: { properties, required: Object.keys(properties) }, then: { required: keys } };
  });
}
