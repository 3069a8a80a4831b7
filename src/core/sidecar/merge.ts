// Three-way merge of sidecars by annotation / entity id, field by field. Used when the sidecar changed
// on disk (git pull, another window) while decisions were pending: the result is `theirs` (the disk
// text, with its formatting and comments) plus our changes relative to `base`. No decision from either
// side is lost: where both sides changed the same field differently ours wins and a conflict is listed;
// where one side deleted what the other changed, the changed item is kept.
import { applyPatch, deepEqual, patchRaw, type ItemUpdate, type Section, type SidecarPatch } from './edit';
import { parseSidecar, type ParsedSidecar } from './parse';
import type { RawMap } from './writer';

export interface MergeConflict {
  section: Section | 'top';
  id?: string;
  field?: string;
  /** An item removed on one side and changed on the other: where it was removed. */
  removedOn?: 'disk' | 'here';
  /** Not a clash: an entity one side removed is kept because annotations still use it. */
  keptInUse?: true;
  message: string;
}

export interface MergeResult {
  text: string;
  conflicts: MergeConflict[];
  /** The merged text differs from `theirs`. */
  changed: boolean;
}

const SECTIONS: Section[] = ['entities', 'annotations'];

/** A section's items by id. */
export function items(raw: unknown, section: Section): Map<string, RawMap> {
  const out = new Map<string, RawMap>();
  const list = (raw as RawMap | undefined)?.[section];
  if (Array.isArray(list)) for (const x of list) if (x && typeof x === 'object' && typeof (x as RawMap).id === 'string') out.set((x as RawMap).id as string, x as RawMap);
  return out;
}

/** Flatten one level of nested maps ('quote.exact') so fields merge independently. */
export function flat(item: RawMap | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!item) return out;
  for (const [k, v] of Object.entries(item)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length) {
      for (const [k2, v2] of Object.entries(v as RawMap)) out.set(`${k}.${k2}`, v2);
    } else out.set(k, v);
  }
  return out;
}

/**
 * Merge `ours` (base + local decisions) into `theirs` (what is on disk now). Strings in, string out.
 * Throws SidecarEditError if `theirs` or `ours` does not parse (the disk file is never clobbered).
 */
export function mergeSidecars(base: string, ours: string, theirs: string): MergeResult {
  const t = parseSidecar(theirs);
  const o = parseSidecar(ours);
  const b = parseSidecar(base);
  return mergeParsed(b.ok ? b : undefined, o, t);
}

export function mergeParsed(b: ParsedSidecar | undefined, o: ParsedSidecar, t: ParsedSidecar): MergeResult {
  const conflicts: MergeConflict[] = [];
  if (!o.ok) throw new Error('our sidecar has errors; cannot merge');
  const patch: SidecarPatch = { top: {}, update: [], insert: [], remove: [] };
  const bRaw = (b?.raw ?? {}) as RawMap;
  const oRaw = o.raw as RawMap;
  const tRaw = (t.raw ?? {}) as RawMap;

  for (const k of new Set([...Object.keys(bRaw), ...Object.keys(oRaw)])) {
    if ((SECTIONS as string[]).includes(k)) continue;
    const bv = bRaw[k];
    const ov = oRaw[k];
    const tv = tRaw[k];
    if (deepEqual(ov, bv) || deepEqual(ov, tv)) continue;
    if (!deepEqual(tv, bv)) conflicts.push({ section: 'top', field: k, message: `"${k}" changed on both sides; kept ours` });
    patch.top![k] = ov;
  }

  for (const section of SECTIONS) {
    const B = items(bRaw, section);
    const O = items(oRaw, section);
    const T = items(tRaw, section);
    for (const [id, ov] of O) {
      const bv = B.get(id);
      const tv = T.get(id);
      if (bv && deepEqual(ov, bv)) continue;
      if (!tv) {
        if (bv) conflicts.push({ section, id, removedOn: 'disk', message: `${id} was removed on disk but changed here; kept ours` });
        patch.insert!.push({ section, value: ov });
        continue;
      }
      if (deepEqual(ov, tv)) continue;
      const fb = flat(bv);
      const fo = flat(ov);
      const ft = flat(tv);
      const upd: ItemUpdate = { section, id, set: {}, unset: [] };
      for (const f of new Set([...fb.keys(), ...fo.keys(), ...ft.keys()])) {
        const x = fb.get(f);
        const y = fo.get(f);
        const z = ft.get(f);
        if (deepEqual(y, x) && bv) continue;
        if (deepEqual(y, z)) continue;
        if (!bv && y === undefined) continue;
        if (!deepEqual(z, x) || !bv) conflicts.push({ section, id, field: f, message: `${id}: "${f}" changed on both sides; kept ours` });
        if (y === undefined) upd.unset!.push(f); else upd.set![f] = y;
      }
      if (Object.keys(upd.set!).length || upd.unset!.length) patch.update!.push(upd);
    }
    for (const [id, bv] of B) {
      if (O.has(id)) continue;
      const tv = T.get(id);
      if (!tv) continue;
      if (deepEqual(tv, bv)) patch.remove!.push({ section, id });
      else conflicts.push({ section, id, removedOn: 'here', message: `${id} was removed here but changed on disk; kept theirs` });
    }
  }

  // Entities that merged annotations still point at must exist.
  if (t.ok) {
    let merged = patchRaw(tRaw, patch);
    const have = items(merged, 'entities');
    const want = new Set([...items(merged, 'annotations').values()].map((a) => a.entity).filter((e): e is string => typeof e === 'string'));
    for (const id of want) {
      if (have.has(id)) continue;
      const source = items(oRaw, 'entities').get(id) ?? items(bRaw, 'entities').get(id);
      if (!source) continue;
      patch.remove = patch.remove!.filter((r) => !(r.section === 'entities' && r.id === id));
      if (!items(tRaw, 'entities').has(id)) patch.insert!.push({ section: 'entities', value: source });
      conflicts.push({ section: 'entities', id, keptInUse: true, message: `${id} is still used; kept it` });
    }
    merged = patchRaw(tRaw, patch);
    void merged;
  }
  const text = applyPatch(t, patch);
  return { text, conflicts, changed: text !== t.text };
}
