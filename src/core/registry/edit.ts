// Comment-preserving edits of the registry file: one parse, edits on the yaml Document, one
// toString(). A file with errors is never written (the user's text would be at risk).
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { YAML_READ_OPTIONS, YAML_STRINGIFY_OPTIONS } from '../sidecar/scalars';
import { DEFAULT_REGISTRY_FILE, type RegistryEntity } from './format';
import { parseRegistry } from './parse';

export type RegistryEdit = { text: string; changed: boolean } | { error: string };

/** The header a new registry file starts with. */
export const REGISTRY_HEADER = `# ${DEFAULT_REGISTRY_FILE}: this team's actors, recognised in every article.\n# Format: docs/entity-registry.md in the Policy Lens repository.\n`;

/** The document to edit, or why it cannot be edited safely. */
function editable(text: string): Document.Parsed | string {
  const parsed = parseRegistry(text);
  const first = parsed.diagnostics.find((d) => d.severity === 'error');
  if (first) return `the entity registry has errors (line ${first.line}: ${first.message}); fix them before adding to it`;
  const doc = parseDocument(text.trim() ? text : `${REGISTRY_HEADER}`, YAML_READ_OPTIONS);
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    // Only comments so far: keep them above the new map.
    const comment = doc.commentBefore ?? (isScalar(doc.contents) ? doc.contents.commentBefore : undefined);
    doc.contents = doc.createNode({}) as unknown as YAMLMap.Parsed;
    if (comment) doc.commentBefore = comment;
  }
  return doc;
}

function list(doc: Document.Parsed, key: string): YAMLSeq {
  const had = doc.get(key, true);
  if (isSeq(had)) return had;
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set(key, seq);
  return seq;
}

function done(doc: Document.Parsed, before: string, changed: boolean): RegistryEdit {
  if (!changed) return { text: before, changed: false };
  let text = doc.toString(YAML_STRINGIFY_OPTIONS);
  // A file that had only the header gets it back on top (yaml keeps it as the document's comment).
  if (!before.trim() && !text.startsWith('#')) text = REGISTRY_HEADER + text;
  return { text, changed: true };
}

/**
 * Adds an entity, or merges the aliases, metonyms and missing fields into the entity of the same
 * name (same type required). Returns the new text, unchanged when nothing was new.
 */
export function addEntityToRegistry(text: string, entity: RegistryEntity): RegistryEdit {
  const doc = editable(text);
  if (typeof doc === 'string') return { error: doc };
  const entities = list(doc, 'entities');
  const existing = entities.items.find((n) => isMap(n) && n.get('name') === entity.name) as YAMLMap | undefined;
  if (!existing) {
    const plain: Record<string, unknown> = { name: entity.name, type: entity.type };
    if (entity.aliases.length) plain.aliases = entity.aliases;
    if (entity.metonyms.length) plain.metonyms = entity.metonyms;
    if (entity.role) plain.role = entity.role;
    if (entity.qid) plain.qid = entity.qid;
    if (entity.note) plain.note = entity.note;
    entities.add(doc.createNode(plain));
    return done(doc, text, true);
  }
  if (existing.get('type') !== entity.type) return { error: `"${entity.name}" is already in the registry as ${String(existing.get('type'))}, not ${entity.type}` };
  let changed = false;
  for (const key of ['aliases', 'metonyms'] as const) {
    const add = entity[key].filter((a) => a !== entity.name);
    if (!add.length) continue;
    const had: unknown = existing.get(key, true);
    let seq: YAMLSeq;
    if (isSeq(had)) seq = had;
    else { seq = doc.createNode([]) as YAMLSeq; existing.set(key, seq); }
    const have = new Set(seq.items.map((n) => (isScalar(n) ? n.value : n)));
    for (const a of add) if (!have.has(a)) { seq.add(doc.createNode(a)); have.add(a); changed = true; }
  }
  for (const key of ['role', 'qid', 'note'] as const) {
    const v = entity[key];
    if (v && existing.get(key) === undefined) { existing.set(key, v); changed = true; }
  }
  return done(doc, text, changed);
}

/** Adds a string to the `never` list (once). */
export function addNeverToRegistry(text: string, never: string): RegistryEdit {
  const doc = editable(text);
  if (typeof doc === 'string') return { error: doc };
  const value = never.trim().replace(/\s+/g, ' ');
  if (!value) return { error: 'nothing to add: the text is empty' };
  const seq = list(doc, 'never');
  if (seq.items.some((n) => (isScalar(n) ? n.value : n) === value)) return { text, changed: false };
  seq.add(doc.createNode(value));
  return done(doc, text, true);
}
