// Fast line scanner for the canonical block style that the writer emits (and that people keep when
// they hand-edit it): top-level `key: scalar`, block sequences of maps one level deep with one nested
// map (`quote:`), one-line scalars and flow sequences, comments anywhere. It is ~20x faster than a
// full YAML parse, which matters for sidecars with thousands of annotations. Anything outside that
// subset (anchors, tags, block scalars, multi-line strings, tabs, deeper nesting) throws Unsupported
// and the caller falls back to yaml's parseDocument. Equivalence with yaml is tested.
import { readDoubleQuoted, readSingleQuoted, resolvePlain, Unsupported } from './scalars';

export type ScalarStyle = 'plain' | 'double' | 'single' | 'flow';

export interface ScalarSpan {
  start: number;
  end: number;
  style: ScalarStyle;
}

/** One item of a block sequence (an annotation or an entity) as a run of whole lines. */
export interface ItemBlock {
  /** Offset of the start of the line holding `- `. */
  start: number;
  /** Start of the comment lines directly above the item (== start when none). */
  commentStart: number;
  /** Offset just after the item's last content line, line break included. */
  end: number;
  /** Column of the `-`. */
  indent: number;
  /** Filled lazily by itemDetail() (keeping the bulk scan allocation-light). */
  detail?: ItemDetail;
}

export interface ItemDetail {
  /** Offsets of keys by dotted path inside the item ('status', 'quote.exact'). */
  keyOffsets: Map<string, number>;
  /** Spans of one-line values by dotted path. */
  spans: Map<string, ScalarSpan>;
}

/** Key offsets and value spans of one item, computed on demand from its lines. */
export function itemDetail(text: string, item: ItemBlock): ItemDetail {
  if (item.detail) return item.detail;
  const d: ItemDetail = { keyOffsets: new Map(), spans: new Map() };
  const I = item.indent;
  let top = '';
  let lineStart = item.start;
  while (lineStart < item.end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl >= item.end) nl = item.end;
    let line = text.slice(lineStart, nl);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const at0 = lineStart;
    lineStart = nl + 1;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length || line[indent] === '#') continue;
    let at = indent;
    let path: (k: string) => string = (k) => k;
    if (indent === I && line[indent] === '-') at = I + 2;
    else if (indent === I + 4) { const t = top; path = (k) => t + '.' + k; }
    else if (indent !== I + 2) continue;
    const kl = readKeyLine(line, at, at0, true);
    const key = path(kl.key);
    if (indent !== I + 4) top = kl.key;
    d.keyOffsets.set(key, at0 + at);
    if (kl.inline.span) d.spans.set(key, kl.inline.span);
  }
  item.detail = d;
  return d;
}

export interface SeqSection {
  key: string;
  /** Offset of the `key:` line start. */
  keyOffset: number;
  /** Column of the items' `-`. */
  indent: number;
  items: ItemBlock[];
}

export interface TopKey {
  offset: number;
  /** Offset just after the key's line (line break included); for sections, after its last item. */
  end: number;
  span?: ScalarSpan;
}

export interface ScanResult {
  root: Record<string, unknown>;
  eol: '\n' | '\r\n';
  topKeys: Map<string, TopKey>;
  sections: Map<string, SeqSection>;
}


interface Inline {
  value: unknown;
  span?: ScalarSpan;
  empty: boolean;
}

function restIsComment(line: string, j: number): void {
  while (j < line.length && line[j] === ' ') j++;
  if (j < line.length && line[j] !== '#') throw new Unsupported('text after scalar');
  if (j < line.length && line[j - 1] !== ' ') throw new Unsupported('comment without space');
}

function readPlainInFlow(line: string, j: number): [unknown, number] {
  let k = j;
  while (k < line.length && line[k] !== ',' && line[k] !== ']') {
    const c = line[k];
    if (c === '[' || c === ']' || c === '{' || c === '}' || c === '\t') throw new Unsupported('nested flow or tab');
    if (c === '#' && line[k - 1] === ' ') throw new Unsupported('comment in flow');
    if (c === ':' && (line[k + 1] === ' ' || line[k + 1] === ',' || line[k + 1] === ']')) throw new Unsupported('flow map');
    k++;
  }
  const s = line.slice(j, k).replace(/[ \t]+$/, "");
  if (s === '' || /^(?:[#&*!|>'"%@`]|[?:-](?: |$))/.test(s)) throw new Unsupported('flow plain');
  return [resolvePlain(s), k];
}

function readFlowSeq(line: string, i: number): [unknown[], number] {
  const out: unknown[] = [];
  let j = i + 1;
  const skip = (): void => { while (line[j] === ' ') j++; };
  skip();
  if (line[j] === ']') return [out, j + 1];
  for (;;) {
    skip();
    const c = line[j];
    let v: unknown;
    if (c === '"') [v, j] = readDoubleQuoted(line, j);
    else if (c === "'") [v, j] = readSingleQuoted(line, j);
    else if (c === undefined) throw new Unsupported('multi-line flow');
    else [v, j] = readPlainInFlow(line, j);
    out.push(v);
    skip();
    if (line[j] === ',') { j++; skip(); if (line[j] === ']') throw new Unsupported('trailing comma'); continue; }
    if (line[j] === ']') return [out, j + 1];
    throw new Unsupported('flow sequence');
  }
}

/** Parse the value part of `key: value` starting at `i` (first non-space after the colon). */
function readInline(line: string, i: number, base: number, spans: boolean): Inline {
  if (i >= line.length || line[i] === '#') return { value: null, empty: true };
  const c = line[i];
  if (c === '"' || c === "'") {
    const [v, j] = c === '"' ? readDoubleQuoted(line, i) : readSingleQuoted(line, i);
    restIsComment(line, j);
    return { value: v, span: spans ? { start: base + i, end: base + j, style: c === '"' ? 'double' : 'single' } : undefined, empty: false };
  }
  if (c === '[') {
    const [v, j] = readFlowSeq(line, i);
    restIsComment(line, j);
    return { value: v, span: spans ? { start: base + i, end: base + j, style: 'flow' } : undefined, empty: false };
  }
  if (c === '{') {
    if (!/^\{ *\}/.test(line.slice(i))) throw new Unsupported('flow map');
    const j = line.indexOf('}', i) + 1;
    restIsComment(line, j);
    return { value: {}, span: spans ? { start: base + i, end: base + j, style: 'flow' } : undefined, empty: false };
  }
  if (/[&*!|>%@`\]},]/.test(c) || ((c === '-' || c === '?' || c === ':') && (line[i + 1] === ' ' || line[i + 1] === undefined))) {
    throw new Unsupported('indicator');
  }
  let end = line.length;
  const hash = line.indexOf(' #', i);
  if (hash >= 0) end = hash;
  if (line.includes('\t', i)) throw new Unsupported('tab');
  while (end > i && line.charCodeAt(end - 1) === 32) end--;
  const s = line.slice(i, end);
  if (s.includes(': ') || s.endsWith(':')) throw new Unsupported('plain');
  return { value: resolvePlain(s), span: spans ? { start: base + i, end: base + i + s.length, style: 'plain' } : undefined, empty: false };
}

const NON_STRING_KEY = /^(?:null|true|false)$/i;

interface KeyLine {
  key: string;
  inline: Inline;
}

function readKeyLine(line: string, at: number, base: number, spans = false): KeyLine {
  // [A-Za-z_][A-Za-z0-9_-]* followed by ':' and a space or the end of the line.
  let k = at;
  const c0 = line.charCodeAt(k) | 0x20;
  if (!((c0 >= 0x61 && c0 <= 0x7a) || line.charCodeAt(k) === 95)) throw new Unsupported('not a key line');
  for (k++; k < line.length; k++) {
    const c = line.charCodeAt(k);
    const l = c | 0x20;
    if (!((l >= 0x61 && l <= 0x7a) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
  }
  if (line.charCodeAt(k) !== 58 || (k + 1 < line.length && line.charCodeAt(k + 1) !== 32)) throw new Unsupported('not a key line');
  const key = line.slice(at, k);
  // `null:` is a null key to yaml (and `true:` a boolean one): not a plain string key.
  if (k - at <= 5 && NON_STRING_KEY.test(key)) throw new Unsupported('key is not a string');
  let i = k + 1;
  while (line.charCodeAt(i) === 32) i++;
  return { key, inline: readInline(line, i, base, spans) };
}

export function scanSidecar(text: string): ScanResult | undefined {
  try {
    return scan(text);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function setOnce(map: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.prototype.hasOwnProperty.call(map, key) || key === '__proto__') throw new Unsupported('duplicate key');
  map[key] = value;
}

function scan(text: string): ScanResult {
  if (text.charCodeAt(0) === 0xfeff) throw new Unsupported('bom');
  const root: Record<string, unknown> = {};
  const topKeys = new Map<string, TopKey>();
  const sections = new Map<string, SeqSection>();
  let pendingTop: string | undefined;
  let section: SeqSection | undefined;
  let sectionValues: unknown[] = [];
  let item: ItemBlock | undefined;
  let itemValue: Record<string, unknown> = {};
  let pendingNested: string | undefined;
  let nested: { key: string; value: Record<string, unknown> } | undefined;
  let commentRun = -1;
  let lastTop: TopKey | undefined;

  const closeSection = (): void => {
    if (section) {
      const top = topKeys.get(section.key);
      if (top && item) top.end = item.end;
    }
    section = undefined;
    item = undefined;
    nested = undefined;
    pendingNested = undefined;
  };

  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = n;
    const next = nl < n ? nl + 1 : n;
    let line = text.slice(lineStart, nl);
    // A CR is stripped only as half of CRLF: yaml keeps a CR that ends the text in the last value.
    if (line.endsWith('\r') && nl < n) line = line.slice(0, -1);
    if (line.includes('\r')) throw new Unsupported('lone CR');
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (line[indent] === '\t') throw new Unsupported('tab');
    const lineAt = lineStart;
    lineStart = next;
    if (indent === line.length) { commentRun = -1; continue; }
    if (line[indent] === '#') { if (commentRun < 0) commentRun = lineAt; continue; }
    if (indent === 0 && /^(?:---|\.\.\.|%)/.test(line)) throw new Unsupported('document marker');
    const attached = commentRun >= 0 ? commentRun : lineAt;
    commentRun = -1;
    const isDash = line[indent] === '-' && (line[indent + 1] === ' ' || indent + 1 === line.length);

    if (pendingTop !== undefined) {
      if (isDash) {
        if (indent !== 0 && indent !== 2) throw new Unsupported('sequence indent');
        section = { key: pendingTop, keyOffset: topKeys.get(pendingTop)!.offset, indent, items: [] };
        sections.set(pendingTop, section);
        sectionValues = [];
        root[pendingTop] = sectionValues;
        pendingTop = undefined;
      } else if (indent === 0) {
        pendingTop = undefined;
      } else {
        throw new Unsupported('nested map at top level');
      }
    }

    if (section) {
      const I = section.indent;
      if (indent === I && isDash) {
        if (indent + 1 === line.length) throw new Unsupported('empty item');
        nested = undefined;
        pendingNested = undefined;
        itemValue = {};
        sectionValues.push(itemValue);
        item = { start: lineAt, commentStart: attached, end: next, indent: I };
        section.items.push(item);
        let at = indent + 2;
        while (line[at] === ' ') at++;
        if (at !== indent + 2) throw new Unsupported('item indent');
        readItemKey(line, at, lineAt);
        continue;
      }
      if (item && indent === I + 2 && !isDash) {
        nested = undefined;
        pendingNested = undefined;
        item.end = next;
        readItemKey(line, indent, lineAt);
        continue;
      }
      if (item && indent === I + 4 && !isDash && (nested || pendingNested !== undefined)) {
        if (!nested) {
          nested = { key: pendingNested!, value: {} };
          itemValue[pendingNested!] = nested.value;
          pendingNested = undefined;
        }
        item.end = next;
        const kl = readKeyLine(line, indent, lineAt);
        if (kl.inline.empty) throw new Unsupported('too deep');
        setOnce(nested.value, kl.key, kl.inline.value);
        continue;
      }
      if (indent === 0 && !isDash) {
        closeSection();
      } else {
        throw new Unsupported('structure');
      }
    }

    if (indent !== 0) throw new Unsupported('indented top-level line');
    const kl = readKeyLine(line, 0, lineAt, true);
    setOnce(root, kl.key, kl.inline.value);
    lastTop = { offset: lineAt, end: next, span: kl.inline.span };
    topKeys.set(kl.key, lastTop);
    if (kl.inline.empty) pendingTop = kl.key;
  }
  closeSection();
  void lastTop;
  return { root, eol: text.includes('\r\n') ? '\r\n' : '\n', topKeys, sections };

  function readItemKey(line: string, at: number, lineAt: number): void {
    const kl = readKeyLine(line, at, lineAt);
    setOnce(itemValue, kl.key, kl.inline.value);
    if (kl.inline.empty) pendingNested = kl.key;
  }
}
