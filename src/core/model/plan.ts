// The working state of one batch of decisions: the sidecar as read, its anchoring, the entities
// as the batch leaves them, and the one patch the batch becomes.
import { anchorAll, type AnchorResult } from '../anchor';
import {
  SidecarEditError, entityToRaw, newEntityId, type ParsedSidecar, type RawMap, type Section, type Sidecar, type SidecarEntity,
  type SidecarPatch,
} from '../sidecar';
import type { ActorType, MentionKind } from '../types';
import type { DecisionContext } from './decide';

/** Working state of one batch: the sidecar as read, its anchoring, and the patch so far. */
export class Plan {
  readonly patch: SidecarPatch = {};
  readonly sidecar: Sidecar;
  readonly results: readonly AnchorResult[];
  /** Spans of annotations this batch created, by kind:start:end. */
  readonly #created = new Map<string, string>();
  /** Where each annotation now is (new and re-attached ones included), by id. */
  readonly placed = new Map<string, AnchorResult>();
  readonly #entities: SidecarEntity[];

  constructor(readonly ctx: DecisionContext, readonly parsed: ParsedSidecar) {
    if (!parsed.ok || !parsed.sidecar) {
      throw new SidecarEditError('the sidecar has errors; fix them before Policy Lens writes to it', parsed.diagnostics.filter((d) => d.severity === 'error'));
    }
    this.sidecar = parsed.sidecar;
    const given = ctx.anchors;
    this.results = given && given.length === this.sidecar.annotations.length ? given : anchorAll(ctx.text, this.sidecar.annotations);
    this.#entities = this.sidecar.entities.map((e) => ({ ...e, ...(e.aliases ? { aliases: [...e.aliases] } : {}) }));
  }

  #bySpan: Map<string, number> | undefined;
  #ids: Set<string> | undefined;

  #lookups = 0;

  /** Index of the annotation anchored exactly on the span (same kind), or -1. */
  annotationAt(kind: MentionKind, start: number, end: number): number {
    // A scan for a decision or two; an index once a batch ("every identical mention") asks often.
    if (++this.#lookups <= 8) {
      const { annotations } = this.sidecar;
      const results = this.results;
      for (let i = 0; i < annotations.length; i++) {
        const r = results[i];
        if (r.start === start && r.end === end && r.status !== 'orphaned' && annotations[i].kind === kind) return i;
      }
      return -1;
    }
    if (!this.#bySpan) {
      this.#bySpan = new Map();
      this.sidecar.annotations.forEach((a, i) => {
        const r = this.results[i];
        const key = `${a.kind}:${r.start}:${r.end}`;
        if (r.status !== 'orphaned' && !this.#bySpan!.has(key)) this.#bySpan!.set(key, i);
      });
    }
    return this.#bySpan.get(`${kind}:${start}:${end}`) ?? -1;
  }

  createdAt(kind: MentionKind, start: number, end: number): string | undefined {
    return this.#created.get(`${kind}:${start}:${end}`);
  }

  /** Merge `set`/`unset` into the item's pending update (or into its pending insert). */
  update(section: Section, id: string, set: RawMap, unset: string[] = []): void {
    const inserted = this.patch.insert?.find((x) => x.section === section && x.value.id === id);
    if (inserted) {
      for (const [k, v] of Object.entries(set)) if (v !== undefined) setDotted(inserted.value, k, v);
      for (const k of unset) setDotted(inserted.value, k, undefined);
      return;
    }
    const list = (this.patch.update ??= []);
    let u = list.find((x) => x.section === section && x.id === id);
    if (!u) list.push(u = { section, id, set: {}, unset: [] });
    Object.assign(u.set!, set);
    for (const k of unset) { delete u.set![k]; if (!u.unset!.includes(k)) u.unset!.push(k); }
    for (const k of Object.keys(set)) u.unset = u.unset!.filter((x) => x !== k);
  }

  insert(section: Section, value: RawMap): void {
    (this.patch.insert ??= []).push({ section, value });
    if (section === 'annotations') this.#ids?.add(value.id as string);
  }

  created(kind: MentionKind, start: number, end: number, id: string): void {
    this.#created.set(`${kind}:${start}:${end}`, id);
    this.placed.set(id, { status: 'anchored', start, end, exact: true, score: 1 });
  }

  /** Entities as this batch leaves them (renames, merges and new ones applied). */
  get entities(): readonly SidecarEntity[] {
    return this.#entities;
  }

  entityByName(type: ActorType, name: string): SidecarEntity | undefined {
    return this.#entities.find((e) => e.type === type && e.canonical === name)
      ?? this.#entities.find((e) => e.type === type && e.aliases?.includes(name));
  }

  /** Find or create the entity for an actor meaning. */
  entityFor(type: ActorType, canonical: string, aliases: string[] = []): string {
    const hit = this.entityByName(type, canonical);
    if (hit) return hit.id;
    const taken = new Set(this.#entities.map((e) => e.id));
    const entity: SidecarEntity = { id: newEntityId(canonical, taken), kind: 'actor', type, canonical, ...(aliases.length ? { aliases } : {}) };
    this.#entities.push(entity);
    this.insert('entities', entityToRaw(entity));
    return entity.id;
  }

  setEntity(id: string, fields: Partial<SidecarEntity>): void {
    const e = this.#entities.find((x) => x.id === id)!;
    Object.assign(e, fields);
    this.update('entities', id, fields as RawMap);
  }

  removeEntity(id: string): void {
    this.#entities.splice(this.#entities.findIndex((x) => x.id === id), 1);
    const inserted = this.patch.insert?.findIndex((x) => x.section === 'entities' && x.value.id === id) ?? -1;
    if (inserted >= 0) this.patch.insert!.splice(inserted, 1);
    else (this.patch.remove ??= []).push({ section: 'entities', id });
  }

  /** Annotation ids taken, those this batch inserted included. */
  annotationIds(): Set<string> {
    if (!this.#ids) {
      this.#ids = new Set(this.sidecar.annotations.map((a) => a.id));
      for (const x of this.patch.insert ?? []) if (x.section === 'annotations') this.#ids.add(x.value.id as string);
    }
    return this.#ids;
  }
}

function setDotted(target: RawMap, key: string, value: unknown): void {
  const [a, b] = key.split('.');
  if (b === undefined) { if (value === undefined) delete target[a]; else target[a] = value; return; }
  const inner = { ...((target[a] as RawMap | undefined) ?? {}) };
  if (value === undefined) delete inner[b]; else inner[b] = value;
  target[a] = inner;
}

