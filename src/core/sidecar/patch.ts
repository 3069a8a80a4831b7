// A sidecar patch (update fields of items by id, insert items, remove items, set top-level keys)
// and what it means on the plain data: the oracle both writers in edit.ts are checked against.
import type { SectionKey } from './fields';
import type { ParsedSidecar } from './parse';
import type { RawMap } from './writer';

export type Section = SectionKey;

export interface ItemUpdate {
  section: Section;
  id: string;
  /** Keys to set; a dotted key ('quote.prefix') reaches into a nested map. */
  set?: Record<string, unknown>;
  /** Keys to delete (dotted allowed). */
  unset?: string[];
}

export interface SidecarPatch {
  /** Top-level keys to set (undefined value = delete). */
  top?: Record<string, unknown>;
  update?: ItemUpdate[];
  insert?: { section: Section; value: RawMap }[];
  remove?: { section: Section; id: string }[];
}

export class SidecarEditError extends Error {
  constructor(message: string, readonly diagnostics: ParsedSidecar['diagnostics'] = []) {
    super(message);
    this.name = 'SidecarEditError';
  }
}

function clone<T>(v: T): T {
  return v === undefined || v === null || typeof v !== 'object' ? v : JSON.parse(JSON.stringify(v)) as T;
}

/** The patch applied to plain data. Untouched items are shared with `raw`, never copied. */
export function patchRaw(raw: RawMap, patch: SidecarPatch): RawMap {
  const out: RawMap = { ...raw };
  for (const [k, v] of Object.entries(patch.top ?? {})) {
    if (v === undefined) delete out[k]; else out[k] = clone(v);
  }
  const copied = new Set<Section>();
  const sectionOf = (section: Section): RawMap[] => {
    if (!copied.has(section)) {
      copied.add(section);
      out[section] = Array.isArray(out[section]) ? [...(out[section] as RawMap[])] : [];
    }
    return out[section] as RawMap[];
  };
  const indexes = new Map<Section, Map<unknown, number>>();
  const indexOf = (section: Section, id: string): number => {
    let m = indexes.get(section);
    if (!m) {
      m = new Map();
      sectionOf(section).forEach((x, i) => { if (x && typeof x === 'object' && !m!.has(x.id)) m!.set(x.id, i); });
      indexes.set(section, m);
    }
    return m.get(id) ?? -1;
  };
  for (const u of patch.update ?? []) {
    const list = sectionOf(u.section);
    const i = indexOf(u.section, u.id);
    if (i < 0) throw new SidecarEditError(`no ${u.section === 'annotations' ? 'annotation' : 'entity'} with id "${u.id}"`);
    const item = { ...list[i] };
    list[i] = item;
    for (const [k, v] of Object.entries(u.set ?? {})) {
      const [a, b] = k.split('.');
      if (b === undefined) { if (v === undefined) delete item[a]; else item[a] = clone(v); continue; }
      const inner = (item[a] && typeof item[a] === 'object' ? { ...(item[a] as RawMap) } : {}) as RawMap;
      item[a] = inner;
      if (v === undefined) delete inner[b]; else inner[b] = clone(v);
    }
    for (const k of u.unset ?? []) {
      const [a, b] = k.split('.');
      if (b === undefined) delete item[a];
      else if (item[a] && typeof item[a] === 'object') { const inner = { ...(item[a] as RawMap) }; delete inner[b]; item[a] = inner; }
    }
  }
  if (patch.remove?.length) {
    for (const section of new Set(patch.remove.map((r) => r.section))) {
      const gone = new Set(patch.remove.filter((r) => r.section === section).map((r) => r.id));
      out[section] = sectionOf(section).filter((x) => !gone.has(x?.id as string));
    }
  }
  for (const ins of patch.insert ?? []) {
    const list = sectionOf(ins.section);
    list.splice(insertIndex(ins.section, list, ins.value), 0, clone(ins.value));
  }
  return out;
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

/** Annotations go before the first one that sorts after them (by start, end); entities at the end. */
export function insertIndex(section: Section, list: RawMap[], value: RawMap): number {
  if (section === 'entities') return list.length;
  const s = num(value.start);
  const e = num(value.end);
  const i = list.findIndex((x) => num(x.start) > s || (num(x.start) === s && num(x.end) > e));
  return i < 0 ? list.length : i;
}


