// Parse + validate a sidecar. Fast path: the line scanner (scan.ts); anything outside its subset is
// parsed by yaml's parseDocument with alias and size caps. Every diagnostic carries line and column.
import { Composer, Parser, YAMLParseError, isNode, type Document, type YAMLError } from 'yaml';
import type { ActorType } from '../types';
import {
  DECISIONS, FIGURE_STATUSES, ACTOR_TYPES, MAX_ALIAS_COUNT, MAX_SIDECAR_BYTES, SIDECAR_VERSION, TYPES_BY_KIND,
  type Decision, type FigureStatus, type Sidecar, type SidecarAnnotation, type SidecarDiagnostic, type SidecarEntity,
  type SourcePosition,
} from './format';
import { firstIndex } from '../util/bounds';
import { itemDetail, scanSidecar, type ScanResult } from './scan';

export type Path = (string | number)[];

export interface ParsedSidecar {
  /** The exact text that was parsed. */
  text: string;
  /** No errors (warnings allowed): safe to read and to edit. */
  ok: boolean;
  /** Typed content; present when ok. */
  sidecar?: Sidecar;
  /**
   * Best-effort typed content when the YAML parsed but validation found errors (invalid
   * annotations left out): lets the UI keep showing decisions while the user fixes a typo.
   * The file is still read-only until the errors are gone.
   */
  bestEffort?: Sidecar;
  diagnostics: SidecarDiagnostic[];
  /** Plain JS value of the document (undefined when YAML itself failed). */
  raw: unknown;
  /** Present when the fast scanner understood the text: enables block-splicing edits. */
  scan?: ScanResult;
  /** Position of a node (or of its nearest existing ancestor). */
  locate(path: Path): SourcePosition;
  /** Position of an annotation's block by id. */
  annotationPosition(id: string): SourcePosition | undefined;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: number[], offset: number): SourcePosition {
  // The last line starting at or before offset (line 0 for offsets before the text).
  const line = Math.max(0, firstIndex(starts.length, (i) => starts[i] > offset) - 1);
  return { offset, line: line + 1, col: offset - starts[line] + 1 };
}

function fastLocator(text: string, scan: ScanResult): (path: Path) => number {
  return (path) => {
    if (path.length === 0) return 0;
    const top = scan.topKeys.get(String(path[0]));
    if (!top) return 0;
    const section = scan.sections.get(String(path[0]));
    if (path.length === 1 || !section || typeof path[1] !== 'number') return top.offset;
    const item = section.items[path[1]];
    if (!item) return top.offset;
    for (let n = path.length; n > 2; n--) {
      const at = itemDetail(text, item).keyOffsets.get(path.slice(2, n).join('.'));
      if (at !== undefined) return at;
    }
    return item.start + item.indent + 2;
  };
}

function yamlLocator(doc: Document): (path: Path) => number {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return node.range[0];
    }
    return 0;
  };
}

export function parseSidecar(text: string): ParsedSidecar {
  const diagnostics: SidecarDiagnostic[] = [];
  let starts: number[] | undefined;
  const pos = (offset: number): SourcePosition => positionAt(starts ??= lineStarts(text), offset);
  let locateOffset: (path: Path) => number = () => 0;
  const result = (raw: unknown, scan?: ScanResult): ParsedSidecar => {
    const locate = (path: Path): SourcePosition => pos(locateOffset(path));
    let sidecar: Sidecar | undefined;
    if (raw !== undefined && !diagnostics.some((d) => d.severity === 'error')) {
      sidecar = validate(raw, (severity, code, message, path) => diagnostics.push({ severity, code, message, path, ...locate(path) }));
    }
    const ok = !diagnostics.some((d) => d.severity === 'error');
    let byId: Map<string, number> | undefined;
    return {
      text, ok, sidecar: ok ? sidecar : undefined, bestEffort: ok ? undefined : sidecar, diagnostics, raw, scan, locate,
      annotationPosition(id) {
        if (!byId) {
          byId = new Map();
          const list = (raw as { annotations?: unknown })?.annotations;
          if (Array.isArray(list)) list.forEach((a, i) => { const aid = (a as { id?: unknown })?.id; if (typeof aid === 'string' && !byId!.has(aid)) byId!.set(aid, i); });
        }
        const i = byId.get(id);
        return i === undefined ? undefined : locate(['annotations', i]);
      },
    };
  };

  if (text.length > MAX_SIDECAR_BYTES) {
    diagnostics.push({ severity: 'error', code: 'too-large', message: `sidecar is larger than ${MAX_SIDECAR_BYTES / 1024 / 1024} MB; refusing to parse it`, ...pos(0) });
    return result(undefined);
  }
  const scan = scanSidecar(text);
  if (scan) {
    locateOffset = fastLocator(text, scan);
    return result(scan.root, scan);
  }
  if (text.length > MAX_YAML_FALLBACK_BYTES) {
    diagnostics.push({ severity: 'error', code: 'too-large', message: `sidecar is larger than ${MAX_YAML_FALLBACK_BYTES / 1024 / 1024} MB and not in the canonical block style (docs/sidecar-format.md); refusing to parse it`, ...pos(0) });
    return result(undefined);
  }
  const parsed = boundedParseDocument(text);
  const pushErrors = (severity: 'error' | 'warning', list: readonly YAMLError[]): void => {
    for (const err of list) {
      const message = err.message.split('\n')[0];
      diagnostics.push({ severity, code: `yaml-${err.code.toLowerCase().replace(/_/g, '-')}`, message, ...pos(Math.min(err.pos[0], text.length)) });
    }
  };
  if ('failure' in parsed) {
    pushErrors('error', parsed.errors);
    diagnostics.push({ severity: 'error', code: 'yaml-failure', message: parsed.failure, ...pos(0) });
    return result(undefined);
  }
  const doc = parsed.doc;
  locateOffset = yamlLocator(doc);
  pushErrors('error', doc.errors);
  pushErrors('warning', doc.warnings);
  if (doc.errors.length) return result(undefined);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    diagnostics.push({ severity: 'error', code: 'alias-limit', message: `refusing to expand YAML aliases: ${(e as Error).message}`, ...pos(0) });
    return result(undefined);
  }
  return result(raw);
}

/** Non-canonical sidecars go through yaml, which is far slower: they are capped lower. */
export const MAX_YAML_FALLBACK_BYTES = 2 * 1024 * 1024;
/** Composition stops after this many YAML errors (a garbage file would otherwise take seconds). */
const MAX_YAML_ERRORS = 50;

class TooManyErrors extends Error {}

/**
 * parseDocument, but composition aborts after MAX_YAML_ERRORS errors. Uses yaml's public Parser and
 * Composer; the error hook is Composer's (private) onError, wrapped only if present.
 */
function boundedParseDocument(text: string): { doc: Document } | { failure: string; errors: YAMLError[] } {
  const composer = new Composer({ uniqueKeys: true, strict: true });
  const hook = composer as unknown as { onError?: (...args: unknown[]) => void; errors?: YAMLError[] };
  const original = hook.onError;
  let count = 0;
  if (typeof original === 'function') {
    hook.onError = (...args: unknown[]): void => {
      original(...args);
      if (!args[3] && ++count >= MAX_YAML_ERRORS) throw new TooManyErrors();
    };
  }
  let doc: Document | undefined;
  try {
    for (const d of composer.compose(new Parser().parse(text), true, text.length)) {
      if (!doc) doc = d as Document;
      else { doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'a sidecar holds one YAML document')); break; }
    }
  } catch (e) {
    const errors = hook.errors ?? [];
    if (e instanceof TooManyErrors) return { failure: `more than ${MAX_YAML_ERRORS} YAML errors; giving up`, errors };
    return { failure: `YAML parser failed: ${(e as Error).message}`, errors };
  }
  if (!doc) return { failure: 'empty document', errors: [] };
  return { doc };
}

type Report = (severity: 'error' | 'warning', code: string, message: string, path: Path) => void;

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const QID_RE = /^Q[1-9][0-9]*$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validate a plain JS sidecar value; returns the typed sidecar (best effort even with errors). */
export function validate(raw: unknown, report: Report): Sidecar | undefined {
  if (!isMap(raw)) {
    report('error', 'not-a-map', 'a sidecar must be a YAML mapping with version, article, entities and annotations', []);
    return undefined;
  }
  // Paths are built only when something is reported (validation runs on every keystroke-save).
  const str = (v: unknown, parent: Path, key: string, required: boolean, what = 'a string'): string | undefined => {
    if (typeof v === 'string' && (v !== '' || !required)) return v;
    if (v === undefined || (v === null && !required)) {
      if (required) report('error', 'missing-field', `missing "${key}"`, parent);
      return undefined;
    }
    report('error', 'bad-type', `"${key}" must be ${what}`, [...parent, key]);
    return undefined;
  };
  const oneOf = <T extends string>(v: unknown, allowed: readonly T[], parent: Path, key: string, required: boolean): T | undefined => {
    const s = str(v, parent, key, required);
    if (s === undefined) return undefined;
    if (!allowed.includes(s as T)) {
      report('error', 'bad-value', `"${key}" must be one of ${allowed.join(', ')} (got "${s}")`, [...parent, key]);
      return undefined;
    }
    return s as T;
  };
  const strList = (v: unknown, parent: Path, key: string): string[] | undefined => {
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      report('error', 'bad-type', `"${key}" must be a list of strings`, [...parent, key]);
      return undefined;
    }
    return v as string[];
  };

  if (raw.version === undefined) report('error', 'missing-field', 'missing "version" (expected 1)', []);
  else if (raw.version !== SIDECAR_VERSION) report('error', 'bad-version', `unsupported sidecar version ${JSON.stringify(raw.version)}; this Policy Lens reads version ${SIDECAR_VERSION}`, ['version']);
  const article = str(raw.article, [], 'article', true) ?? '';
  const referenceDate = str(raw.reference_date, [], 'reference_date', false) ?? null;
  if (referenceDate !== null && !DATE_RE.test(referenceDate)) report('error', 'bad-value', '"reference_date" must be a date like 2026-03-04', ['reference_date']);

  const entities: SidecarEntity[] = [];
  const entityIds = new Set<string>();
  const rawEntities = raw.entities ?? [];
  if (!Array.isArray(rawEntities)) report('error', 'bad-type', '"entities" must be a list', ['entities']);
  else rawEntities.forEach((e, i) => {
    const p: Path = ['entities', i];
    if (!isMap(e)) { report('error', 'bad-type', 'each entity must be a mapping', p); return; }
    const id = str(e.id, p, 'id', true);
    if (id !== undefined) {
      if (!ID_RE.test(id)) report('error', 'bad-id', `entity id "${id}" may only use letters, digits, "_", ".", ":" and "-"`, [...p, 'id']);
      if (entityIds.has(id)) report('error', 'duplicate-id', `duplicate entity id "${id}"`, [...p, 'id']);
      entityIds.add(id);
    }
    const kind = oneOf(e.kind ?? 'actor', ['actor'] as const, p, 'kind', true);
    const type = oneOf(e.type, ACTOR_TYPES, p, 'type', true);
    const canonical = str(e.canonical, p, 'canonical', true);
    const aliases = strList(e.aliases, p, 'aliases');
    const role = str(e.role, p, 'role', false);
    const wikidata = str(e.wikidata, p, 'wikidata', false);
    if (wikidata !== undefined && !QID_RE.test(wikidata)) report('error', 'bad-value', `"wikidata" must be a QID like Q17 (got "${wikidata}")`, [...p, 'wikidata']);
    const note = str(e.note, p, 'note', false);
    if (id && kind && type && canonical) {
      entities.push(strip({ id, kind, type: type as ActorType, canonical, aliases, role, wikidata, note }));
    }
  });

  const annotations: SidecarAnnotation[] = [];
  const ids = new Set<string>();
  const rawAnnotations = raw.annotations ?? [];
  if (!Array.isArray(rawAnnotations)) report('error', 'bad-type', '"annotations" must be a list', ['annotations']);
  else rawAnnotations.forEach((a, i) => {
    const p: Path = ['annotations', i];
    if (!isMap(a)) { report('error', 'bad-type', 'each annotation must be a mapping', p); return; }
    let bad = false;
    const need = <T>(v: T | undefined): T => { if (v === undefined) bad = true; return v as T; };
    const id = need(str(a.id, p, 'id', true));
    if (id !== undefined) {
      if (!ID_RE.test(id)) report('error', 'bad-id', `annotation id "${id}" may only use letters, digits, "_", ".", ":" and "-"`, [...p, 'id']);
      if (ids.has(id)) report('error', 'duplicate-id', `duplicate annotation id "${id}"`, [...p, 'id']);
      ids.add(id);
    }
    const kind = need(oneOf(a.kind, ['actor', 'figure', 'date'] as const, p, 'kind', true));
    const type = need(kind ? oneOf(a.type, TYPES_BY_KIND[kind], p, 'type', true) : str(a.type, p, 'type', true));
    const decision = need(oneOf<Decision>(a.decision, DECISIONS, p, 'decision', true));
    const out: SidecarAnnotation = { id, kind, type, decision, quote: { exact: '', prefix: '', suffix: '' }, start: 0, end: 0 };
    if (!isMap(a.quote)) {
      report('error', a.quote === undefined ? 'missing-field' : 'bad-type', 'missing "quote" mapping with "exact", "prefix" and "suffix"', a.quote === undefined ? p : [...p, 'quote']);
      bad = true;
    } else {
      const PQ: Path = [...p, 'quote'];
      const exact = need(str(a.quote.exact, PQ, 'exact', true, 'a non-empty string'));
      put(out, 'quote', { exact, prefix: str(a.quote.prefix, PQ, 'prefix', false) ?? '', suffix: str(a.quote.suffix, PQ, 'suffix', false) ?? '' });
    }
    for (const k of ['start', 'end'] as const) {
      const v = a[k];
      if (v === undefined) { report('error', 'missing-field', `missing "${k}" (position hint)`, p); bad = true; } else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
        report('error', 'bad-type', `"${k}" must be a non-negative integer offset`, [...p, k]);
        bad = true;
      } else out[k] = v;
    }
    if (!bad && out.end < out.start) { report('error', 'bad-range', '"end" must not be before "start"', [...p, 'end']); bad = true; }
    if (kind === 'actor') {
      put(out, 'entity', str(a.entity, p, 'entity', false));
      if (out.entity !== undefined && !entityIds.has(out.entity)) report('error', 'unknown-entity', `entity "${out.entity}" is not defined under "entities"`, [...p, 'entity']);
      if (out.entity === undefined && decision !== 'rejected') report('error', 'missing-field', 'an actor annotation needs "entity" (the id of an entry under "entities")', p);
      put(out, 'role', str(a.role, p, 'role', false));
    }
    if (kind === 'figure') {
      if (a.value !== undefined) {
        const v = a.value;
        const okNum = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
        if (okNum(v)) put(out, 'value', v as number);
        else if (Array.isArray(v) && v.length === 2 && v.every(okNum)) put(out, 'value', [v[0] as number, v[1] as number]);
        else report('error', 'bad-type', '"value" must be a number or a [min, max] pair', [...p, 'value']);
      } else if (decision === 'added') report('error', 'missing-field', 'an added figure needs "value" and "unit"', p);
      put(out, 'unit', str(a.unit, p, 'unit', decision === 'added' && a.value !== undefined));
      if (a.approx !== undefined) {
        if (typeof a.approx !== 'boolean') report('error', 'bad-type', '"approx" must be true or false', [...p, 'approx']); else put(out, 'approx', a.approx);
      }
      put(out, 'status', oneOf<FigureStatus>(a.status, FIGURE_STATUSES, p, 'status', false));
      put(out, 'source', str(a.source, p, 'source', false));
    } else {
      for (const k of ['status', 'source', 'value', 'unit', 'approx'] as const) {
        if (a[k] !== undefined) report('warning', 'field-not-applicable', `"${k}" only applies to figures; it is ignored on ${kind ?? 'this'} annotations`, [...p, k]);
      }
    }
    if (kind === 'date') {
      if (a.normalized !== undefined) {
        if (a.normalized !== null && typeof a.normalized !== 'string') report('error', 'bad-type', '"normalized" must be an ISO-8601 string or null', [...p, 'normalized']);
        else put(out, 'normalized', a.normalized);
      } else if (decision === 'added') report('error', 'missing-field', 'an added date needs "normalized" (ISO-8601 or null)', p);
    }
    put(out, 'note', str(a.note, p, 'note', false));
    put(out, 'tags', strList(a.tags, p, 'tags'));
    put(out, 'author', str(a.author, p, 'author', false));
    for (const k of ['created', 'updated'] as const) {
      const v = str(a[k], p, k, false, 'an ISO-8601 timestamp');
      if (v !== undefined && !TIMESTAMP_RE.test(v)) report('warning', 'bad-timestamp', `"${k}" should be an ISO-8601 timestamp like 2026-03-04T10:15:00Z`, [...p, k]);
      put(out, k, v);
    }
    if (!bad) annotations.push(out);
  });
  return { version: SIDECAR_VERSION, article, referenceDate, entities, annotations };
}

function put<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void {
  if (v !== undefined) o[k] = v;
}

/** Copy without undefined fields (no `delete`, which would push objects into dictionary mode). */
function strip<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** Format a diagnostic as `file:line:col: level: message`. */
export function formatDiagnostic(file: string, d: SidecarDiagnostic): string {
  return `${file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}
