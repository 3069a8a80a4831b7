// The git merge driver's merge: our file (%A) with their changes since the common ancestor (%O),
// by id, field by field (mergeParsed). Our text, comments and formatting are kept. Where both
// branches changed the same annotation differently the annotation keeps our values and records
// both sides under `conflict:` (a decision on it clears the record); entity and top-level clashes
// keep ours and are only reported. The result is always a valid sidecar.
import { applyPatch, type SidecarPatch } from './edit';
import type { AnnotationConflict } from './format';
import { flat, items, mergeParsed, type MergeConflict } from './merge';
import { parseSidecar, type ParsedSidecar } from './parse';
import type { RawMap } from './writer';

export interface GitMergeConflict {
  section: MergeConflict['section'];
  id?: string;
  /** The fields in question ('removed' when one side removed the item). */
  fields: string[];
  message: string;
}

export type GitMergeResult =
  | { ok: true; text: string; conflicts: GitMergeConflict[] }
  /** An input that is not a valid sidecar: nothing is merged. */
  | { ok: false; error: string };

function firstError(name: string, p: ParsedSidecar): string {
  const d = p.diagnostics.find((x) => x.severity === 'error');
  return `${name} is not a valid sidecar (${d ? `line ${d.line}, column ${d.col}: ${d.message}` : 'invalid'})`;
}

/** Values of the given flattened fields as one JSON object (absent fields left out). */
function valuesOf(item: RawMap | undefined, fields?: readonly string[]): string {
  const f = flat(item);
  fields ??= [...f.keys()].filter((k) => !BOOKKEEPING.has(k) && !k.startsWith('conflict'));
  const out: RawMap = {};
  for (const k of fields) if (f.get(k) !== undefined) out[k] = f.get(k);
  return JSON.stringify(out);
}

/**
 * Fields that record who, when and where rather than a decision: when only these differ, ours is
 * kept without a conflict (two branches that re-anchored or stamped the same decision agree).
 */
const BOOKKEEPING = new Set(['author', 'created', 'updated', 'checked_by', 'checked_at', 'start', 'end', 'quote.prefix', 'quote.suffix']);

/** A fresh ancestor-less merge or an unreadable ancestor merges as if nothing were common. */
export function mergeForGit(base: string, ours: string, theirs: string): GitMergeResult {
  const o = parseSidecar(ours);
  if (!o.ok) return { ok: false, error: firstError('ours (%A)', o) };
  const t = parseSidecar(theirs);
  if (!t.ok) return { ok: false, error: firstError('theirs (%B)', t) };
  const b = base.trim() ? parseSidecar(base) : undefined;
  // Their changes applied onto our text: mergeParsed keeps the text of its third argument.
  const merged = mergeParsed(b?.ok ? b : undefined, t, o);
  const oRaw = o.raw as RawMap;
  const tRaw = t.raw as RawMap;
  const fix: SidecarPatch = { top: {}, update: [] };
  const conflicts: GitMergeConflict[] = [];

  // mergeParsed lets its second argument (theirs here) win a clash; group clashes per item.
  const byItem = new Map<string, { section: MergeConflict['section']; id?: string; fields: string[]; removed?: 'ours' | 'theirs' }>();
  for (const c of merged.conflicts) {
    if (c.keptInUse) continue; // not a clash: a kept entity
    const key = `${c.section}\u0000${c.id ?? ''}`;
    const entry = byItem.get(key) ?? { section: c.section, id: c.id, fields: [] };
    byItem.set(key, entry);
    if (c.field) entry.fields.push(c.field);
    else if (c.removedOn === 'disk') entry.removed = 'ours';
    else if (c.removedOn === 'here') entry.removed = 'theirs';
  }
  const ourItems = { entities: items(oRaw, 'entities'), annotations: items(oRaw, 'annotations') };
  const theirItems = { entities: items(tRaw, 'entities'), annotations: items(tRaw, 'annotations') };
  for (const { section, id, fields, removed } of byItem.values()) {
    if (section === 'top') {
      if (!fields.length) continue;
      for (const k of fields) fix.top![k] = oRaw[k];
      conflicts.push({ section, fields, message: `${fields.map((k) => `"${k}"`).join(', ')} changed on both branches; kept ours (theirs: ${JSON.stringify(fields.map((k) => tRaw[k]))})` });
      continue;
    }
    const ourItem = ourItems[section].get(id!);
    const theirItem = theirItems[section].get(id!);
    // Back to our values where theirs won.
    const set: RawMap = {};
    const unset: string[] = [];
    const mine = flat(ourItem);
    for (const k of fields) if (mine.get(k) === undefined) unset.push(k); else set[k] = mine.get(k);
    const clash = fields.filter((k) => !BOOKKEEPING.has(k) && !k.startsWith('conflict'));
    const shown = removed ? ['removed'] : clash;
    if (!removed && !clash.length) {
      if (Object.keys(set).length || unset.length) fix.update!.push({ section, id: id!, set, unset });
      continue;
    }
    if (section === 'annotations') {
      const record: AnnotationConflict = removed
        ? { fields: ['removed'], ours: removed === 'ours' ? 'removed' : valuesOf(ourItem), theirs: removed === 'theirs' ? 'removed' : valuesOf(theirItem) }
        : { fields: clash, ours: valuesOf(ourItem, clash), theirs: valuesOf(theirItem, clash) };
      set.conflict = record;
      conflicts.push({ section, id, fields: shown, message: removed ? `${id}: removed on ${removed === 'ours' ? 'our' : 'their'} branch and changed on the other; kept it, conflict recorded` : `${id}: ${clash.join(', ')} changed on both branches (ours ${record.ours}, theirs ${record.theirs}); kept ours, conflict recorded` });
    } else {
      conflicts.push({ section, id, fields: shown, message: removed ? `entity ${id}: removed on one branch and changed on the other; kept it` : `entity ${id}: ${clash.join(', ')} changed on both branches; kept ours` });
    }
    if (Object.keys(set).length || unset.length) fix.update!.push({ section, id: id!, set, unset });
  }
  const mergedParsed = parseSidecar(merged.text);
  const text = applyPatch(mergedParsed, fix);
  const check = parseSidecar(text);
  if (!check.ok) return { ok: false, error: firstError('the merged result', check) };
  return { ok: true, text, conflicts };
}
