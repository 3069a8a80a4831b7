// Parse and validate an entity registry. Bad entities are errors (the registry is then not used,
// so a typo never silently re-labels a corpus); unknown keys and duplicate names are warnings.
// Every diagnostic carries a line and column.
import { Parser, isNode, parseDocument, type Document } from 'yaml';
import { deepestCollection, lineStarts, positionAt } from '../sidecar/parse';
import { MAX_ALIAS_COUNT } from '../sidecar/format';
import { YAML_READ_OPTIONS } from '../sidecar/scalars';
import { ENTITY_TYPES, MAX_NAME_CHARS, MAX_REGISTRY_BYTES, MAX_REGISTRY_ITEMS, QID_PATTERN, type EntityRegistry, type RegistryDiagnostic, type RegistryEntity } from './format';
import type { ActorType } from '../types';

export interface ParsedRegistry {
  ok: boolean;
  /** Present when ok. */
  registry?: EntityRegistry;
  diagnostics: RegistryDiagnostic[];
}

const TOP_KEYS = new Set(['entities', 'never']);
const ENTITY_KEYS = new Set(['name', 'type', 'aliases', 'metonyms', 'role', 'qid', 'note']);
/** Collections nested deeper than an entity's list of aliases (four levels) are refused. */
const MAX_DEPTH = 8;

type Path = (string | number)[];

export function parseRegistry(text: string): ParsedRegistry {
  const diagnostics: RegistryDiagnostic[] = [];
  let starts: number[] | undefined;
  const at = (offset: number): { line: number; col: number } => {
    const p = positionAt(starts ??= lineStarts(text), Math.min(offset, text.length));
    return { line: p.line, col: p.col };
  };
  const fail = (code: string, message: string, offset = 0): ParsedRegistry => {
    diagnostics.push({ severity: 'error', code, message, ...at(offset) });
    return { ok: false, diagnostics };
  };
  if (text.length > MAX_REGISTRY_BYTES) return fail('too-large', `entity registry is larger than ${MAX_REGISTRY_BYTES / 1024 / 1024} MB; refusing to parse it`);
  // yaml's composer recurses once per level: refuse deep nesting on the syntax tree first (as the sidecar reader does).
  const depth = deepestCollection(Array.from(new Parser().parse(text)), MAX_DEPTH).offset;
  if (depth !== undefined) return fail('too-deep', `YAML collections nested more than ${MAX_DEPTH} levels deep; an entity registry needs four`, depth);
  const doc = parseDocument(text, { ...YAML_READ_OPTIONS, prettyErrors: false });
  for (const e of doc.errors.slice(0, 20)) diagnostics.push({ severity: 'error', code: `yaml-${e.code.toLowerCase().replace(/_/g, '-')}`, message: e.message.split('\n')[0], ...at(e.pos[0]) });
  if (doc.errors.length) return { ok: false, diagnostics };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return fail('alias-limit', `refusing to expand YAML aliases: ${(e as Error).message}`);
  }
  const locate = (path: Path): number => offsetOf(doc, path);
  const report = (severity: RegistryDiagnostic['severity'], code: string, message: string, path: Path): void => {
    diagnostics.push({ severity, code, message, ...at(locate(path)) });
  };
  const registry = validateRegistry(raw, report);
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return ok ? { ok, registry, diagnostics } : { ok, diagnostics };
}

/** Offset of the node at path, or of its nearest existing ancestor. */
function offsetOf(doc: Document, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

type Report = (severity: RegistryDiagnostic['severity'], code: string, message: string, path: Path) => void;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function validateRegistry(raw: unknown, report: Report): EntityRegistry {
  const out: EntityRegistry = { entities: [], never: [] };
  if (raw === null || raw === undefined) return out; // an empty file (or only comments) is an empty registry
  if (!isRecord(raw)) {
    report('error', 'not-a-map', 'an entity registry is a YAML map with the keys entities and never', []);
    return out;
  }
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) report('warning', 'unknown-key', `unknown key "${key}" ignored (expected entities, never)`, [key]);
  const entities = raw.entities ?? [];
  if (!Array.isArray(entities)) report('error', 'not-a-list', 'entities must be a list', ['entities']);
  else if (entities.length > MAX_REGISTRY_ITEMS) report('error', 'too-many', `more than ${MAX_REGISTRY_ITEMS} entities; refusing to use the registry`, ['entities']);
  else {
    const owner = new Map<string, string>();
    entities.forEach((e, i) => {
      const entity = validateEntity(e, ['entities', i], report);
      if (!entity) return;
      for (const [field, list] of [['name', [entity.name]], ['aliases', entity.aliases], ['metonyms', entity.metonyms]] as const) {
        list.forEach((n, k) => {
          const had = owner.get(n);
          const path = field === 'name' ? ['entities', i, 'name'] : ['entities', i, field, k];
          if (had !== undefined && had !== entity.name) report('warning', 'duplicate-name', `"${n}" already names ${had}; the first entity keeps it`, path);
          else if (had === undefined) owner.set(n, entity.name);
        });
      }
      out.entities.push(entity);
    });
  }
  const never = raw.never ?? [];
  if (!Array.isArray(never)) report('error', 'not-a-list', 'never must be a list of strings', ['never']);
  else if (never.length > MAX_REGISTRY_ITEMS) report('error', 'too-many', `more than ${MAX_REGISTRY_ITEMS} never strings; refusing to use the registry`, ['never']);
  else never.forEach((s, i) => { const v = nameValue(s, ['never', i], 'a never entry', report); if (v) out.never.push(v); });
  return out;
}

function nameValue(x: unknown, path: Path, what: string, report: Report): string | undefined {
  if (typeof x !== 'string' || !x.trim()) { report('error', 'not-a-name', `${what} must be a non-empty string`, path); return undefined; }
  if (x.length > MAX_NAME_CHARS) { report('error', 'too-long', `${what} is longer than ${MAX_NAME_CHARS} characters`, path); return undefined; }
  return x.trim().replace(/\s+/g, ' ');
}

function nameList(x: unknown, path: Path, what: string, report: Report): string[] {
  if (x === undefined || x === null) return [];
  if (!Array.isArray(x)) { report('error', 'not-a-list', `${what} must be a list of strings`, path); return []; }
  const out: string[] = [];
  x.forEach((s, k) => { const v = nameValue(s, [...path, k], `each of ${what}`, report); if (v && !out.includes(v)) out.push(v); });
  return out;
}

function optionalText(x: unknown, path: Path, what: string, report: Report, max: number): string | undefined {
  if (x === undefined || x === null) return undefined;
  if (typeof x !== 'string') { report('error', 'not-a-string', `${what} must be a string`, path); return undefined; }
  if (x.length > max) { report('error', 'too-long', `${what} is longer than ${max} characters`, path); return undefined; }
  return x;
}

function validateEntity(e: unknown, path: Path, report: Report): RegistryEntity | undefined {
  if (!isRecord(e)) { report('error', 'not-a-map', 'each entity is a map with at least name and type', path); return undefined; }
  for (const key of Object.keys(e)) if (!ENTITY_KEYS.has(key)) report('warning', 'unknown-key', `unknown key "${key}" ignored (expected ${[...ENTITY_KEYS].join(', ')})`, [...path, key]);
  const name = nameValue(e.name, [...path, 'name'], 'name', report);
  let type: ActorType | undefined;
  if (e.type === undefined) report('error', 'missing-type', `type is missing (one of ${ENTITY_TYPES.join(', ')})`, path);
  else if (!(ENTITY_TYPES as readonly unknown[]).includes(e.type)) report('error', 'bad-type', `type must be one of ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(e.type)}`, [...path, 'type']);
  else type = e.type as ActorType;
  const aliases = nameList(e.aliases, [...path, 'aliases'], 'aliases', report);
  const metonyms = nameList(e.metonyms, [...path, 'metonyms'], 'metonyms', report);
  const role = optionalText(e.role, [...path, 'role'], 'role', report, MAX_NAME_CHARS);
  const note = optionalText(e.note, [...path, 'note'], 'note', report, 4000);
  let qid: string | undefined;
  if (e.qid !== undefined && e.qid !== null) {
    if (typeof e.qid !== 'string' || !QID_PATTERN.test(e.qid)) report('error', 'bad-qid', `qid must be a Wikidata item id such as Q1065 (Q and digits), got ${JSON.stringify(e.qid)}`, [...path, 'qid']);
    else qid = e.qid;
  }
  if (!name || !type) return undefined;
  const entity: RegistryEntity = { name, type, aliases: aliases.filter((a) => a !== name), metonyms };
  if (role !== undefined) entity.role = role;
  if (qid !== undefined) entity.qid = qid;
  if (note !== undefined) entity.note = note;
  return entity;
}

export function formatRegistryDiagnostic(file: string, d: RegistryDiagnostic): string {
  return `${file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}

