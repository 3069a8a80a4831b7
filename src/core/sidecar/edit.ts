// Comment-preserving edits. An edit is a small declarative patch (update fields of items by id,
// insert items, remove items, set top-level keys). It is applied by splicing only the affected lines
// when the fast scanner indexed the file, or through yaml's Document API (parseDocument → setIn /
// deleteIn / items.splice → toString) otherwise. Either way the result is re-parsed and compared with
// the patch applied to the plain data; a mismatch or an invalid result throws and nothing is written.
import { isMap as isYamlMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node as YamlNode } from 'yaml';
import { ANNOTATION_KEY_ORDER, ENTITY_KEY_ORDER, TOP_KEY_ORDER } from './fields';
import { parseSidecar, type ParsedSidecar } from './parse';
import { NEEDS_ESCAPE, plainSafe, renderScalar, YAML_READ_OPTIONS, YAML_STRINGIFY_OPTIONS } from './scalars';
import { deepEqual } from './equal';
import { insertIndex, patchRaw, SidecarEditError, type ItemUpdate, type Section, type SidecarPatch } from './patch';
import { reparseSpliced, type Splice } from './reparse';
import { itemDetail, type ItemBlock, type ScanResult } from './scan';
import { renderItem, renderTopEntry, type RawMap } from './writer';

export { deepEqual, patchRaw, SidecarEditError, type ItemUpdate, type Section, type SidecarPatch };

const ORDER: Record<Section, readonly string[]> = { annotations: ANNOTATION_KEY_ORDER, entities: ENTITY_KEY_ORDER };

export function isEmptyPatch(p: SidecarPatch): boolean {
  return !(p.top && Object.keys(p.top).length) && !p.update?.some((u) => (u.set && Object.keys(u.set).length) || u.unset?.length)
    && !p.insert?.length && !p.remove?.length;
}

/**
 * Apply a patch to a parsed sidecar and return the new text. Throws SidecarEditError when the
 * sidecar has errors (it is never rewritten then) or when the result would not be valid.
 * Returns the original text unchanged (same string) when the patch changes nothing.
 */
export function applyPatch(parsed: ParsedSidecar, patch: SidecarPatch): string {
  return applyPatchDetailed(parsed, patch).text;
}

/** As applyPatch, also telling which writer produced the text (for tests and diagnostics). */
export interface PatchOutcome {
  text: string;
  via: 'unchanged' | 'splice' | 'document';
  /** The result, parsed; `verified` says whether only the touched items were re-read or all of it. */
  parsed: ParsedSidecar;
  verified?: 'items' | 'document';
}

export function applyPatchDetailed(parsed: ParsedSidecar, patch: SidecarPatch): PatchOutcome {
  if (!parsed.ok) {
    throw new SidecarEditError('the sidecar has errors; fix them before Policy Lens writes to it', parsed.diagnostics.filter((d) => d.severity === 'error'));
  }
  if (isEmptyPatch(patch)) return { text: parsed.text, via: 'unchanged', parsed };
  const expected = patchRaw(parsed.raw as RawMap, patch);
  if (deepEqual(expected, parsed.raw)) return { text: parsed.text, via: 'unchanged', parsed };
  const check = (text: string): ParsedSidecar | undefined => {
    const re = parseSidecar(text);
    return re.ok && deepEqual(re.raw, expected) ? re : undefined;
  };
  if (parsed.scan) {
    const spliced = spliceEdit(parsed.text, parsed.scan, parsed.raw as RawMap, patch);
    // Verify by re-reading only the touched items; a full re-parse when that cannot tell.
    const quick = spliced && reparseSpliced(parsed, spliced.text, spliced.splices, expected);
    if (spliced && quick) return { text: spliced.text, via: 'splice', parsed: quick, verified: 'items' };
    const re = spliced && check(spliced.text);
    if (spliced && re) return { text: spliced.text, via: 'splice', parsed: re, verified: 'document' };
  }
  const rewritten = documentEdit(parsed.text, patch);
  const re = parseSidecar(rewritten);
  if (!re.ok) throw new SidecarEditError('the edited sidecar would not be valid; nothing was written', re.diagnostics.filter((d) => d.severity === 'error'));
  if (!deepEqual(re.raw, expected)) throw new SidecarEditError('internal error: the edited sidecar does not hold the intended data; nothing was written');
  return { text: rewritten, via: 'document', parsed: re, verified: 'document' };
}

// ---------------------------------------------------------------------------------------------
// Fast path: splice whole lines of the affected blocks only.

interface Replacement {
  start: number;
  end: number;
  text: string;
  seq: number;
}

function isScalarValue(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function renderInStyle(v: unknown, style: string): string | undefined {
  if (style === 'flow') {
    if (!Array.isArray(v) || !v.every(isScalarValue)) return undefined;
    return renderTopEntry('k', v).slice(3).trimEnd();
  }
  if (!isScalarValue(v)) return undefined;
  if (typeof v === 'string') {
    if (style === 'double') return JSON.stringify(v);
    if (style === 'single' && !NEEDS_ESCAPE.test(v)) return `'${v.replace(/'/g, "''")}'`;
    return plainSafe(v) ? v : JSON.stringify(v);
  }
  return renderScalar(v);
}

function spliceEdit(text: string, scan: ScanResult, raw: RawMap, patch: SidecarPatch): { text: string; splices: Splice[] } | undefined {
  const eol = scan.eol;
  const reps: Replacement[] = [];
  let seq = 0;
  const push = (start: number, end: number, t: string): void => { reps.push({ start, end, text: t, seq: seq++ }); };
  const maps = new Map<Section, Map<unknown, number>>();
  const indexOf = (section: Section, id: string): number => {
    let m = maps.get(section);
    if (!m) {
      m = new Map();
      const list = raw[section];
      if (Array.isArray(list)) list.forEach((x, i) => { const k = (x as RawMap)?.id; if (!m!.has(k)) m!.set(k, i); });
      maps.set(section, m);
    }
    return m.get(id) ?? -1;
  };

  // Top-level keys.
  for (const [k, v] of Object.entries(patch.top ?? {})) {
    const top = scan.topKeys.get(k);
    if (scan.sections.has(k)) return undefined;
    if (top) {
      if (v === undefined) { push(top.offset, top.end, ''); continue; }
      const r = top.span ? renderInStyle(v, top.span.style) : undefined;
      if (r === undefined) return undefined;
      push(top.span!.start, top.span!.end, r);
    } else if (v !== undefined) {
      // After the nearest preceding key in canonical order, else at the top of the key list.
      const order = TOP_KEY_ORDER as readonly string[];
      let at = -1;
      for (let i = order.indexOf(k) - 1; i >= 0 && at < 0; i--) { const p = scan.topKeys.get(order[i]); if (p && !scan.sections.has(order[i])) at = p.end; }
      if (at < 0) return undefined;
      if (at === text.length && !text.endsWith('\n')) return undefined;
      push(at, at, renderTopEntry(k, v, eol));
    }
  }

  // Removals (per section, so a fully emptied section becomes `key: []`).
  const removed = new Map<Section, Set<number>>();
  for (const r of patch.remove ?? []) {
    const i = indexOf(r.section, r.id);
    if (i < 0) continue;
    if (!removed.has(r.section)) removed.set(r.section, new Set());
    removed.get(r.section)!.add(i);
  }
  const updatedItems = new Set<string>();
  for (const [section, set] of removed) {
    const sec = scan.sections.get(section);
    if (!sec) return undefined;
    const inserting = patch.insert?.some((x) => x.section === section);
    if (set.size === sec.items.length && !inserting) {
      const top = scan.topKeys.get(section)!;
      push(top.offset, top.end, `${section}: []${eol}`);
      for (const i of set) updatedItems.add(`${section}#${i}`);
      continue;
    }
    for (const i of set) {
      const item = sec.items[i];
      updatedItems.add(`${section}#${i}`);
      let start = item.commentStart;
      let end = item.end;
      if (text.startsWith(eol, end)) end += eol.length;
      else if (start >= eol.length * 2 && text.slice(start - eol.length * 2, start) === eol + eol) start -= eol.length;
      push(start, end, '');
    }
  }

  // Updates.
  const byItem = new Map<string, { section: Section; index: number; updates: ItemUpdate[] }>();
  for (const u of patch.update ?? []) {
    const i = indexOf(u.section, u.id);
    if (i < 0) return undefined;
    const key = `${u.section}#${i}`;
    if (updatedItems.has(key)) return undefined;
    if (!byItem.has(key)) byItem.set(key, { section: u.section, index: i, updates: [] });
    byItem.get(key)!.updates.push(u);
  }
  for (const { section, index, updates } of byItem.values()) {
    const sec = scan.sections.get(section);
    const item = sec?.items[index];
    if (!item) return undefined;
    const small = lineEdits(text, item, updates, ORDER[section], eol);
    if (small) { for (const x of small) push(x.start, x.end, x.text); continue; }
    const block = rewriteBlock(text.slice(item.start, item.end), item, updates, ORDER[section], eol);
    if (block === undefined) return undefined;
    push(item.start, item.end, block);
  }

  // Inserts: annotations in position order before the first item that sorts after them.
  for (const ins of patch.insert ?? []) {
    const sec = scan.sections.get(ins.section);
    const list = (Array.isArray(raw[ins.section]) ? raw[ins.section] : []) as RawMap[];
    if (!sec) {
      const top = scan.topKeys.get(ins.section);
      const rendered = renderItem(ins.value, ORDER[ins.section], 2, eol);
      if (top) {
        if (!(top.span?.style === 'flow' && list.length === 0)) return undefined;
        push(top.offset, top.end, `${ins.section}:${eol}${rendered}`);
      } else {
        const sep = text.endsWith('\n') ? '' : eol;
        push(text.length, text.length, `${sep}${eol}${ins.section}:${eol}${rendered}`);
      }
      continue;
    }
    const rendered = renderItem(ins.value, ORDER[ins.section], sec.indent, eol);
    const i = insertIndex(ins.section, list, ins.value);
    const gone = removed.get(ins.section);
    let j = i;
    while (j < sec.items.length && gone?.has(j)) j++;
    if (j < sec.items.length) {
      push(sec.items[j].commentStart, sec.items[j].commentStart, rendered + eol);
    } else {
      let k = sec.items.length - 1;
      while (k >= 0 && gone?.has(k)) k--;
      if (k < 0) return undefined;
      const at = sec.items[k].end;
      if (at === text.length && !text.endsWith('\n')) return undefined;
      push(at, at, eol + rendered);
    }
  }

  reps.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start) || a.seq - b.seq);
  let out = '';
  let cursor = 0;
  for (const r of reps) {
    if (r.start < cursor) return undefined;
    out += text.slice(cursor, r.start) + r.text;
    cursor = r.end;
  }
  return { text: out + text.slice(cursor), splices: reps };
}

/** Offset just after the line holding `offset`. */
function lineEnd(text: string, offset: number, limit: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 || nl >= limit ? limit : nl + 1;
}

/** Offset after the last line of item key `key` (its nested keys included). */
function keyEnd(text: string, item: ItemBlock, key: string): number {
  const d = itemDetail(text, item);
  let last = d.keyOffsets.get(key)!;
  for (const [k, off] of d.keyOffsets) if (k.startsWith(key + '.') && off > last) last = off;
  for (const [k, sp] of d.spans) if ((k === key || k.startsWith(key + '.')) && sp.end > last) last = sp.end - 1;
  return lineEnd(text, last, item.end);
}

/**
 * Edits of single lines inside one item: replace a one-line value, insert a new top-level key line
 * where the canonical order puts it, delete a key's lines. Undefined when something needs the
 * block re-rendered (new nested keys, removals inside nested maps, the first key).
 */
function lineEdits(text: string, item: ItemBlock, updates: ItemUpdate[], order: readonly string[], eol: string): Omit<Replacement, 'seq'>[] | undefined {
  const out: Omit<Replacement, 'seq'>[] = [];
  const touched = new Set<string>();
  const d = itemDetail(text, item);
  const present = [...d.keyOffsets.keys()].filter((k) => !k.includes('.'));
  const firstKey = present.reduce((a, k) => (d.keyOffsets.get(k)! < d.keyOffsets.get(a)! ? k : a), present[0]);
  const pad = ' '.repeat(item.indent + 2);
  const sets = updates.flatMap((u) => Object.entries(u.set ?? {}));
  const unsets = [...updates.flatMap((u) => u.unset ?? []), ...sets.filter(([, v]) => v === undefined).map(([k]) => k)];
  for (const k of unsets) {
    if (touched.has(k)) return undefined;
    touched.add(k);
    if (!d.keyOffsets.has(k)) continue;
    if (k.includes('.') || k === firstKey) return undefined;
    const at = d.keyOffsets.get(k)!;
    out.push({ start: at - (item.indent + 2), end: keyEnd(text, item, k), text: '' });
  }
  const inserts = new Map<number, { rank: number; line: string }[]>();
  for (const [k, v] of sets) {
    if (v === undefined) continue;
    if (touched.has(k)) return undefined;
    touched.add(k);
    const span = d.spans.get(k);
    if (span) {
      const r = renderInStyle(v, span.style);
      if (r === undefined) return undefined;
      out.push({ start: span.start, end: span.end, text: r });
      continue;
    }
    if (d.keyOffsets.has(k) || k.includes('.')) return undefined;
    if (!(isScalarValue(v) || (Array.isArray(v) && v.every(isScalarValue)))) return undefined;
    const rank = order.indexOf(k);
    // After the present key that precedes it in canonical order and sits last in the block.
    let after: string | undefined;
    for (const p of present) {
      const r = order.indexOf(p);
      if (rank >= 0 && (r < 0 || r >= rank)) continue;
      if (!after || d.keyOffsets.get(p)! > d.keyOffsets.get(after)!) after = p;
    }
    if (!after) return undefined;
    const at = keyEnd(text, item, after);
    if (at === text.length && !text.endsWith('\n')) return undefined;
    const line = renderTopEntry(k, v, eol);
    if (!inserts.has(at)) inserts.set(at, []);
    inserts.get(at)!.push({ rank: rank < 0 ? order.length : rank, line: pad + line });
  }
  for (const [at, lines] of inserts) out.push({ start: at, end: at, text: lines.sort((a, b) => a.rank - b.rank).map((l) => l.line).join('') });
  return out;
}

function dedent(block: string, indent: number): string {
  return block.split('\n').map((l) => {
    let k = 0;
    while (k < indent && l[k] === ' ') k++;
    return l.slice(k);
  }).join('\n');
}

/** Re-render one item block through yaml's Document API (comments inside the block survive). */
function rewriteBlock(block: string, item: ItemBlock, updates: ItemUpdate[], order: readonly string[], eol: string): string | undefined {
  const src = dedent(block.replace(/\r\n/g, '\n'), item.indent);
  const doc = parseDocument(src, { prettyErrors: true });
  if (doc.errors.length || !isSeq(doc.contents) || doc.contents.items.length !== 1 || !isYamlMap(doc.contents.items[0])) return undefined;
  const map = doc.contents.items[0] as YAMLMap;
  applyUpdates(doc, map, updates, order);
  const pad = ' '.repeat(item.indent);
  const out = doc.toString(YAML_STRINGIFY_OPTIONS).split('\n').map((l) => (l ? pad + l : l)).join('\n');
  return out.replace(/\n/g, eol);
}

// ---------------------------------------------------------------------------------------------
// yaml Document API path (also used by the fast path for single blocks).

function valueNode(doc: Document, v: unknown, inFlow = false): YamlNode {
  if (Array.isArray(v)) {
    const seq = new YAMLSeq(doc.schema);
    seq.flow = true;
    for (const x of v) seq.items.push(valueNode(doc, x, true));
    return seq;
  }
  if (typeof v === 'object' && v !== null) {
    const map = new YAMLMap(doc.schema);
    for (const [k, x] of Object.entries(v)) if (x !== undefined) map.items.push(doc.createPair(k, valueNode(doc, x)));
    return map;
  }
  const s = new Scalar(v);
  if (typeof v === 'string') s.type = plainSafe(v) && !(inFlow && /[[\]{},]/.test(v)) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  return s;
}

/** Set `key` keeping its position if present, else insert it where the canonical order puts it. */
function setOrdered(doc: Document, map: YAMLMap, key: string, v: unknown, order: readonly string[]): void {
  const pair = map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
  if (pair) {
    if (isScalar(pair.value) && isScalarValue(v)) {
      pair.value.value = v;
      if (typeof v === 'string' && pair.value.type === Scalar.PLAIN && !plainSafe(v)) pair.value.type = Scalar.QUOTE_DOUBLE;
    } else {
      pair.value = valueNode(doc, v);
    }
    return;
  }
  const rank = order.indexOf(key);
  let at = map.items.length;
  if (rank >= 0) {
    const idx = map.items.findIndex((p) => {
      const r = order.indexOf(String(isScalar(p.key) ? p.key.value : p.key));
      return r > rank;
    });
    if (idx >= 0) at = idx;
  }
  map.items.splice(at, 0, doc.createPair(key, valueNode(doc, v)));
}

function applyUpdates(doc: Document, map: YAMLMap, updates: ItemUpdate[], order: readonly string[]): void {
  for (const u of updates) {
    for (const [k, v] of Object.entries(u.set ?? {})) {
      const [a, b] = k.split('.');
      if (b === undefined) {
        if (v === undefined) map.delete(a); else setOrdered(doc, map, a, v, order);
        continue;
      }
      let inner: unknown = map.get(a, true);
      if (!isYamlMap(inner)) {
        setOrdered(doc, map, a, {}, order);
        inner = map.get(a, true);
      }
      if (v === undefined) (inner as YAMLMap).delete(b); else setOrdered(doc, inner as YAMLMap, b, v, ['exact', 'prefix', 'suffix']);
    }
    for (const k of u.unset ?? []) {
      const [a, b] = k.split('.');
      if (b === undefined) map.delete(a);
      else { const inner = map.get(a, true); if (isYamlMap(inner)) inner.delete(b); }
    }
  }
}

function documentEdit(text: string, patch: SidecarPatch): string {
  const crlf = text.includes('\r\n');
  const doc = parseDocument(text, { ...YAML_READ_OPTIONS, prettyErrors: true });
  if (doc.errors.length || !isYamlMap(doc.contents)) throw new SidecarEditError('the sidecar could not be parsed for editing');
  const root = doc.contents as YAMLMap;
  for (const [k, v] of Object.entries(patch.top ?? {})) {
    if (v === undefined) root.delete(k); else setOrdered(doc, root, k, v, TOP_KEY_ORDER);
  }
  const seqOf = (section: Section, create: boolean): YAMLSeq | undefined => {
    let seq: unknown = root.get(section, true);
    if (!isSeq(seq)) {
      if (!create) return undefined;
      setOrdered(doc, root, section, [], TOP_KEY_ORDER);
      seq = root.get(section, true);
      (seq as YAMLSeq).flow = false;
    }
    return seq as YAMLSeq;
  };
  const idOf = (n: unknown): unknown => (isYamlMap(n) ? n.get('id') : undefined);
  for (const u of patch.update ?? []) {
    const seq = seqOf(u.section, false);
    const item = seq?.items.find((n) => idOf(n) === u.id);
    if (!isYamlMap(item)) throw new SidecarEditError(`no ${u.section} item with id "${u.id}"`);
    applyUpdates(doc, item, [u], ORDER[u.section]);
  }
  for (const r of patch.remove ?? []) {
    const seq = seqOf(r.section, false);
    if (!seq) continue;
    const i = seq.items.findIndex((n) => idOf(n) === r.id);
    if (i >= 0) seq.items.splice(i, 1);
    if (seq.items.length === 0) seq.flow = true;
  }
  for (const ins of patch.insert ?? []) {
    const seq = seqOf(ins.section, true)!;
    seq.flow = false;
    const list = seq.items.map((n) => (isYamlMap(n) ? (n.toJSON() as RawMap) : {}));
    const i = insertIndex(ins.section, list, ins.value);
    const node = new YAMLMap(doc.schema);
    for (const k of Object.keys(ins.value)) if (ins.value[k] !== undefined) setOrdered(doc, node, k, ins.value[k], ORDER[ins.section]);
    if (seq.items.length > 0) node.spaceBefore = true;
    if (i === 0 && seq.items[0] && isYamlMap(seq.items[0])) { (seq.items[0] as YAMLMap).spaceBefore = true; node.spaceBefore = false; }
    seq.items.splice(i, 0, node);
  }
  const out = doc.toString(YAML_STRINGIFY_OPTIONS);
  return crlf ? out.replace(/\r?\n/g, '\r\n') : out;
}
