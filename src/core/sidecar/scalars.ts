// Scalar rules shared by the fast scanner and the writer. They mirror yaml@2's YAML 1.2 core
// schema closely enough that the writer's output is a fixpoint of yaml's own `toString()` with
// YAML_STRINGIFY_OPTIONS (tested in test/unit/sidecar/writer.test.ts).
import type { DocumentOptions, ParseOptions, SchemaOptions, ToStringOptions } from 'yaml';

/**
 * How sidecars are read whatever their `%YAML` directive says: YAML 1.2, core schema. Under
 * `%YAML 1.1` yaml would switch to the 1.1 schema, where `2026-03-04` is a Date and `yes` a boolean.
 */
export const YAML_READ_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  uniqueKeys: true,
  strict: true,
  schema: 'core',
  resolveKnownTags: true,
  // yaml reports some oddities (a collection used as a key) through process.emitWarning; the reader
  // is pure, and validation reports what matters.
  logLevel: 'error',
};

export const YAML_STRINGIFY_OPTIONS: ToStringOptions = {
  lineWidth: 0,
  flowCollectionPadding: false,
  doubleQuotedAsJSON: true,
  indent: 2,
  indentSeq: true,
};

/** Thrown inside the scanner to hand the document over to the full yaml parser. */
export class Unsupported extends Error {}

const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const EXOTIC_RE = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Resolve a plain scalar as the core schema does; throws Unsupported for rare forms. */
export function resolvePlain(s: string): unknown {
  // Fast exit for the common case: a word that cannot be null, bool or number.
  const c = s.charCodeAt(0);
  const lower = c | 0x20;
  if (s.length > 0 && lower >= 0x61 && lower <= 0x7a && lower !== 0x6e && lower !== 0x74 && lower !== 0x66) return s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return s[0] === 't' || s[0] === 'T';
  // Same functions yaml uses, so even huge or over-precise numbers read back identically.
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (FLOAT_RE.test(s)) return parseFloat(s);
  if (EXOTIC_RE.test(s)) throw new Unsupported('exotic number');
  return s;
}

// yaml's own plain-scalar refusal test plus control characters and document markers.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
const PLAIN_BAD = /^[\n\t ,[\]{}#&*!|>'"%@`:?-]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$|^(?:---|\.\.\.)|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

/** Characters that force double quotes (escaped) whatever the original style. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
export const NEEDS_ESCAPE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Can `s` be written as a plain scalar that reads back as the same string? */
export function plainSafe(s: string): boolean {
  if (s === '' || PLAIN_BAD.test(s)) return false;
  try {
    return resolvePlain(s) === s;
  } catch {
    // Rare numeric spellings (0x1F, .inf) read back as numbers: they must be quoted.
    return false;
  }
}

/** Render a scalar the way the canonical writer does. */
export function renderScalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error('non-finite number in sidecar');
    return Object.is(v, -0) ? '-0' : String(v);
  }
  if (typeof v === 'string') return plainSafe(v) ? v : JSON.stringify(v);
  throw new Error(`not a scalar: ${typeof v}`);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/**
 * Read a one-line double-quoted scalar starting at `line[i] === '"'`.
 * Returns [value, index after the closing quote]; throws Unsupported if it does not close on this line.
 */
export function readDoubleQuoted(line: string, i: number): [string, number] {
  let out = '';
  let from = i + 1;
  let j = from;
  for (;;) {
    // Copy runs without escapes in one slice.
    const q = line.indexOf('"', j);
    const b = line.indexOf('\\', j);
    if (q < 0) throw new Unsupported('multi-line double-quoted scalar');
    if (b < 0 || q < b) return [out + line.slice(from, q), q + 1];
    out += line.slice(from, b);
    const e = line[b + 1];
    if (e === undefined) throw new Unsupported('line continuation');
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      j = from = b + 2;
      continue;
    }
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    const hex = line.slice(b + 2, b + 2 + width);
    if (!width || hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) throw new Unsupported('escape');
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) throw new Unsupported('escape');
    out += String.fromCodePoint(cp);
    j = from = b + 2 + width;
  }
}

export function readSingleQuoted(line: string, i: number): [string, number] {
  let out = '';
  let from = i + 1;
  for (;;) {
    const q = line.indexOf("'", from);
    if (q < 0) throw new Unsupported('multi-line single-quoted scalar');
    out += line.slice(from, q);
    if (line.charCodeAt(q + 1) === 39) { out += "'"; from = q + 2; continue; }
    return [out, q + 1];
  }
}
