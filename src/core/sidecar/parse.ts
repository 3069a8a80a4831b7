// Parse + validate a sidecar. Fast path: the line scanner (scan.ts); anything outside its subset is
// parsed by yaml's parseDocument with alias and size caps. Every diagnostic carries line and column.
import { CST, Composer, Parser, YAMLParseError, YAMLWarning, isNode, type Document, type YAMLError } from 'yaml';
import { firstIndex } from '../util/bounds';
import { MAX_ALIAS_COUNT, MAX_NESTING_DEPTH, MAX_SIDECAR_BYTES, type Sidecar, type SidecarDiagnostic, type SourcePosition } from './format';
import { YAML_READ_OPTIONS } from './scalars';
import { itemDetail, scanSidecar, type ScanResult } from './scan';
import { validate, type Path } from './validate';

export type { Path };

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
  // Offset 0 needs no line table (a refused 20 MB file is never scanned).
  const pos = (offset: number): SourcePosition => (offset === 0 ? { offset, line: 1, col: 1 } : positionAt(starts ??= lineStarts(text), offset));
  let locateOffset: (path: Path) => number = () => 0;
  const result = (raw: unknown, scan?: ScanResult): ParsedSidecar => {
    const locate = (path: Path): SourcePosition => pos(locateOffset(path));
    let sidecar: Sidecar | undefined;
    if (raw !== undefined && !diagnostics.some((d) => d.severity === 'error')) {
      sidecar = validate(raw, (severity, code, message, path) => diagnostics.push({ severity, code, message, path, ...locate(path) }));
    }
    return assemble(text, raw, scan, sidecar, diagnostics, locate);
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
      const code = err instanceof IgnoredVersion ? 'yaml-version' : `yaml-${err.code.toLowerCase().replace(/_/g, '-')}`;
      diagnostics.push({ severity, code, message, ...pos(Math.min(err.pos[0], text.length)) });
    }
  };
  if ('tooDeep' in parsed) {
    diagnostics.push({ severity: 'error', code: 'too-deep', message: `YAML collections nested more than ${MAX_NESTING_DEPTH} levels deep; refusing to read the file (a sidecar needs four)`, ...pos(parsed.tooDeep) });
    return result(undefined);
  }
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

function assemble(text: string, raw: unknown, scan: ScanResult | undefined, sidecar: Sidecar | undefined, diagnostics: SidecarDiagnostic[], locate: (path: Path) => SourcePosition): ParsedSidecar {
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
}

/**
 * A valid sidecar whose text the caller has scanned and validated piecewise (the incremental
 * re-parse after a splice): the same object parseSidecar would return, without a second full pass.
 */
export function parsedFromScan(text: string, scan: ScanResult, sidecar: Sidecar): ParsedSidecar {
  let starts: number[] | undefined;
  const offsetOf = fastLocator(text, scan);
  return assemble(text, scan.root, scan, sidecar, [], (path) => positionAt(starts ??= lineStarts(text), offsetOf(path)));
}

/** Non-canonical sidecars go through yaml, which is far slower: they are capped lower. */
export const MAX_YAML_FALLBACK_BYTES = 2 * 1024 * 1024;
/** Composition stops after this many YAML errors (a garbage file would otherwise take seconds). */
const MAX_YAML_ERRORS = 50;

class TooManyErrors extends Error {}

/**
 * The first collection nested more than `limit` levels deep in yaml's syntax tree (CST), found
 * without recursion: yaml's composer and toJS recurse once per level, and an overflow there is
 * caught, if at all, wherever the stack happens to run out. `steps` counts the objects visited
 * (each token and item once), so the walk is linear in the tree and stops at the first offender.
 */
export function deepestCollection(tokens: readonly CST.Token[], limit: number): { offset?: number; steps: number } {
  const stack: { node: object; depth: number }[] = tokens.map((node) => ({ node, depth: 0 }));
  let steps = 0;
  while (stack.length) {
    const { node, depth: above } = stack.pop()!;
    steps++;
    if (Array.isArray(node)) {
      for (const child of node) if (typeof child === 'object' && child !== null) stack.push({ node: child as object, depth: above });
      continue;
    }
    const depth = CST.isCollection(node as CST.Token) ? above + 1 : above;
    if (depth > limit) return { offset: (node as CST.Token).offset, steps };
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push({ node: child as object, depth });
  }
  return { steps };
}

/**
 * parseDocument, but nesting is capped (MAX_NESTING_DEPTH, checked on the CST before composing)
 * and composition aborts after MAX_YAML_ERRORS errors. Uses yaml's public Parser and Composer; the
 * error hook is Composer's (private) onError, wrapped only if present.
 */
function boundedParseDocument(text: string): { doc: Document } | { tooDeep: number } | { failure: string; errors: YAMLError[] } {
  const tokens = Array.from(new Parser().parse(text));
  const deep = deepestCollection(tokens, MAX_NESTING_DEPTH);
  if (deep.offset !== undefined) return { tooDeep: Math.min(deep.offset, text.length) };
  const composer = new Composer(YAML_READ_OPTIONS);
  const hook = composer as unknown as { onError?: (...args: unknown[]) => void; errors?: YAMLError[] };
  const original = hook.onError;
  let count = 0;
  if (typeof original === 'function') {
    hook.onError = (...args: unknown[]): void => {
      // yaml catches what a nested collection throws and reports it as RESOURCE_EXHAUSTION: once
      // aborted, keep unwinding without recording our own abort as a YAML error.
      if (count >= MAX_YAML_ERRORS) throw new TooManyErrors();
      original(...args);
      if (!args[3] && ++count >= MAX_YAML_ERRORS) throw new TooManyErrors();
    };
  }
  let doc: Document | undefined;
  try {
    for (const d of composer.compose(tokens, true, text.length)) {
      if (!doc) doc = d as Document;
      else { doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'a sidecar holds one YAML document')); break; }
    }
  } catch (e) {
    const errors = hook.errors ?? [];
    if (e instanceof TooManyErrors) return { failure: `more than ${MAX_YAML_ERRORS} YAML errors; giving up`, errors };
    return { failure: `YAML parser failed: ${(e as Error).message}`, errors };
  }
  if (!doc) return { failure: 'empty document', errors: [] };
  for (const t of tokens) if (t.type === 'directive' && /^%YAML[ \t]+1\.1(?![^ \t#])/.test(t.source)) doc.warnings.push(new IgnoredVersion(t.offset));
  return { doc };
}

/** A `%YAML 1.1` directive: read as YAML 1.2 all the same (YAML_READ_OPTIONS), and said so. */
class IgnoredVersion extends YAMLWarning {
  constructor(offset: number) {
    super([offset, offset + 9], 'BAD_DIRECTIVE', 'the %YAML 1.1 directive is ignored: sidecars are read as YAML 1.2 (core schema), so dates and timestamps stay text and yes/no/on/off are not booleans; remove the line or write %YAML 1.2');
  }
}

/** Format a diagnostic as `file:line:col: level: message`. */
export function formatDiagnostic(file: string, d: SidecarDiagnostic): string {
  return `${file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}
