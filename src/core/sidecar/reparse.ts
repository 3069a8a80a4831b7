// Incremental re-parse after a splice. A decision changes a few item blocks of a sidecar that may
// hold thousands; re-scanning and re-validating all of it to verify the edit is what made one
// decision cost a full parse. Here only the windows of whole items the splice touched are scanned
// (each as a small document of its own), compared with the intended data, and validated; every
// other item keeps its parsed form with shifted offsets. Anything unusual (top-level keys, a
// sidecar with warnings, a new diagnostic) returns undefined and the caller parses in full.
import type { Sidecar, SidecarAnnotation } from './format';
import { parsedFromScan, type ParsedSidecar } from './parse';
import { validate } from './validate';
import { scanSidecar, type ItemBlock, type ScanResult, type SeqSection, type TopKey } from './scan';
import { firstIndex } from '../util/bounds';
import { deepEqual } from './equal';
import type { RawMap } from './writer';

/** One splice: old text [start, end) replaced by `text`. Sorted, non-overlapping. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

type Section = 'annotations' | 'entities';

interface Window {
  section: Section;
  /** Old offsets of the window: item boundaries. */
  start: number;
  end: number;
  /** Old item indexes [first, last) the window covers. */
  first: number;
  last: number;
  splices: Splice[];
  /** Index of the window's first splice in the whole list. */
  firstSplice: number;
}

/** Boundaries of a section: each item's first line (its comments included), then the last item's end. */
function boundaries(sec: SeqSection): number[] {
  const b = sec.items.map((it) => it.commentStart);
  if (sec.items.length) b.push(sec.items[sec.items.length - 1].end);
  return b;
}

/** The windows of whole items that contain the splices, merged; undefined if one falls outside every section. */
function windowsOf(scan: ScanResult, splices: readonly Splice[]): Window[] | undefined {
  const bounds = new Map<Section, number[]>();
  for (const key of ['annotations', 'entities'] as const) {
    const sec = scan.sections.get(key);
    if (sec && sec.items.length) bounds.set(key, boundaries(sec));
  }
  const out: Window[] = [];
  for (const [index, sp] of splices.entries()) {
    let hit: Window | undefined;
    for (const [section, b] of bounds) {
      if (sp.start < b[0] || sp.end > b[b.length - 1]) continue;
      // Largest boundary ≤ start, smallest boundary ≥ end.
      let first = 0;
      while (first + 1 < b.length && b[first + 1] <= sp.start) first++;
      let last = first;
      while (b[last] < sp.end) last++;
      hit = { section, start: b[first], end: b[last], first, last, splices: [sp], firstSplice: index };
      break;
    }
    if (!hit) return undefined;
    const prev = out[out.length - 1];
    if (prev && prev.section === hit.section && hit.start <= prev.end) {
      prev.end = Math.max(prev.end, hit.end);
      prev.last = Math.max(prev.last, hit.last);
      prev.splices.push(sp);
    } else out.push(hit);
  }
  return out;
}

function applySplices(text: string, base: number, splices: readonly Splice[]): string {
  let out = '';
  let cursor = base;
  for (const sp of splices) {
    out += text.slice(cursor, sp.start) + sp.text;
    cursor = sp.end;
  }
  return out;
}

/** Running sums of the length changes: deltas[k] is the change made by splices 0..k-1. */
function runningDeltas(splices: readonly Splice[]): number[] {
  const deltas = [0];
  for (const s of splices) deltas.push(deltas[deltas.length - 1] + s.text.length - (s.end - s.start));
  return deltas;
}

/**
 * Old offset → new offset outside the splices. Where something starts, an insertion at that offset
 * pushes it on; where something ends, it does not.
 */
function shifter(splices: readonly Splice[], deltas: readonly number[]): { start(offset: number): number; end(offset: number): number } {
  return {
    start: (offset) => offset + deltas[firstIndex(splices.length, (k) => splices[k].end > offset)],
    end: (offset) => offset + deltas[firstIndex(splices.length, (k) => splices[k].end >= offset)],
  };
}

function moved(item: ItemBlock, shift: ReturnType<typeof shifter>): ItemBlock {
  return { start: shift.start(item.start), commentStart: shift.start(item.commentStart), end: shift.end(item.end), indent: item.indent };
}

/**
 * The parsed form of `text` — the old sidecar with `splices` applied — if it holds `expected`,
 * found by scanning and validating only the touched items; undefined when it cannot tell (the
 * caller then parses in full) or when the text does not hold `expected`.
 */
export function reparseSpliced(old: ParsedSidecar, text: string, splices: readonly Splice[], expected: RawMap): ParsedSidecar | undefined {
  const scan = old.scan;
  if (!scan || !old.ok || !old.sidecar || old.diagnostics.length > 0 || splices.length === 0) return undefined;
  const windows = windowsOf(scan, splices);
  if (!windows) return undefined;
  const deltas = runningDeltas(splices);
  const shift = shifter(splices, deltas);
  const sections = new Map<string, SeqSection>();
  const changed = new Map<Section, { from: number; raws: RawMap[] }[]>();
  /** The new annotation list: unchanged ones as they were parsed, the rest filled in by validation. */
  const typed: (SidecarAnnotation | undefined)[] = [];
  /** Ids of the old annotations inside the windows (free to be used by what replaces them). */
  const freed = new Set<unknown>();

  for (const [key, sec] of scan.sections) {
    const mine = windows.filter((w) => w.section === key);
    const expectedList = expected[key];
    if (!Array.isArray(expectedList)) return undefined;
    const isAnnotations = key === 'annotations';
    if (mine.length === 0) {
      sections.set(key, { ...sec, keyOffset: shift.start(sec.keyOffset), items: sec.items.map((it) => moved(it, shift)) });
      if (isAnnotations) typed.push(...old.sidecar!.annotations);
      continue;
    }
    const keep = (i: number): void => {
      items.push(moved(sec.items[i], shift));
      if (isAnnotations) typed.push(old.sidecar!.annotations[i]);
    };
    const items: ItemBlock[] = [];
    const runs: { from: number; raws: RawMap[] }[] = [];
    let oldIndex = 0;
    for (const w of mine) {
      while (oldIndex < w.first) keep(oldIndex++);
      if (isAnnotations) for (let i = w.first; i < w.last; i++) freed.add(old.sidecar.annotations[i].id);
      const newText = applySplices(old.text, w.start, w.splices) + old.text.slice(w.splices[w.splices.length - 1].end, w.end);
      // The window's own splices (an insertion at its start included) come after its start.
      const newStart = w.start + deltas[w.firstSplice];
      if (newText.length > 0) {
        const head = `${key}:${scan.eol}`;
        const mini = scanSidecar(head + newText);
        const miniSec = mini?.sections.get(key);
        if (!mini || !miniSec || miniSec.indent !== sec.indent || Object.keys(mini.root).length !== 1) return undefined;
        const raws = mini.root[key] as RawMap[];
        const from = items.length;
        if (!deepEqual(raws, expectedList.slice(from, from + raws.length))) return undefined;
        for (const it of miniSec.items) {
          const at = (o: number) => newStart + o - head.length;
          items.push({ start: at(it.start), commentStart: at(it.commentStart), end: at(it.end), indent: it.indent });
          if (isAnnotations) typed.push(undefined);
        }
        runs.push({ from, raws });
      }
      oldIndex = w.last;
    }
    while (oldIndex < sec.items.length) keep(oldIndex++);
    if (items.length !== expectedList.length || items.length === 0) return undefined;
    sections.set(key, { ...sec, keyOffset: shift.start(sec.keyOffset), items });
    changed.set(key as Section, runs);
  }

  const topKeys = new Map<string, TopKey>();
  for (const [key, top] of scan.topKeys) {
    const sec = sections.get(key);
    const end = sec ? sec.items[sec.items.length - 1].end : shift.end(top.end);
    topKeys.set(key, { offset: shift.start(top.offset), end, span: top.span && { ...top.span, start: shift.start(top.span.start), end: shift.end(top.span.end) } });
  }
  if (!scan.sections.has('annotations')) typed.push(...old.sidecar.annotations);
  const sidecar = validateChanged(old.sidecar, expected, changed.get('annotations') ?? [], typed, freed, changed.has('entities'));
  if (!sidecar) return undefined;
  return parsedFromScan(text, { root: expected, eol: scan.eol, topKeys, sections }, sidecar);
}

/**
 * Validates the entities and the changed annotations. Unchanged annotations were valid and stay
 * so, unless a changed one takes their id or (when entities changed) their entity is gone.
 */
function validateChanged(
  old: Sidecar, expected: RawMap, runs: readonly { from: number; raws: RawMap[] }[],
  typed: (SidecarAnnotation | undefined)[], freed: ReadonlySet<unknown>, entitiesChanged: boolean,
): Sidecar | undefined {
  const changedRaws = runs.flatMap((r) => r.raws);
  let clean = true;
  const partial = validate({ ...expected, annotations: changedRaws }, () => { clean = false; });
  if (!clean || !partial || partial.annotations.length !== changedRaws.length) return undefined;
  if (typed.length !== (expected.annotations as unknown[] | undefined ?? []).length) return undefined;
  let next = 0;
  for (const run of runs) for (let i = 0; i < run.raws.length; i++) typed[run.from + i] = partial.annotations[next++];
  // A changed annotation with a new id must not take one an unchanged annotation has.
  const fresh = partial.annotations.filter((a) => !freed.has(a.id));
  if (fresh.length > 0) {
    const changed = new Set(partial.annotations);
    const taken = new Set<string>();
    for (const a of typed) if (a && !changed.has(a)) taken.add(a.id);
    if (fresh.some((a) => taken.has(a.id))) return undefined;
  }
  const annotations = typed as SidecarAnnotation[];
  if (entitiesChanged) {
    const entityIds = new Set(partial.entities.map((e) => e.id));
    if (annotations.some((a) => a.entity !== undefined && !entityIds.has(a.entity))) return undefined;
  }
  return { ...partial, annotations };
}
