// The registry pass's one piece of document state, kept per paragraph for the incremental
// extractor: where each registry person is first named in full. A bare surname counts only after
// it, so when that place moves, only the paragraphs with the person's bare surname between the old
// and the new place can read differently; every other paragraph's registry result stands.
import { Places } from '../extract/places';
import type { RegistryHit } from './apply';
import type { RegistryEntity } from './format';

export class NamedPersons<P extends { rank: number }> {
  /** Person → the paragraphs naming them in full. */
  readonly #named = new Map<RegistryEntity, Places<P>>();
  /** Person → the paragraphs with their bare surname. */
  readonly #surnamed = new Map<RegistryEntity, Set<P>>();
  /** Persons whose full namings changed since the last settle, with their first place then. */
  readonly #before = new Map<RegistryEntity, P | undefined>();

  add(place: P, hits: readonly RegistryHit[]): void {
    this.#count(place, hits, true);
  }

  remove(place: P, hits: readonly RegistryHit[]): void {
    this.#count(place, hits, false);
  }

  #count(place: P, hits: readonly RegistryHit[], add: boolean): void {
    for (const h of hits) {
      const e = h.entity;
      if (h.surname) {
        let at = this.#surnamed.get(e);
        if (!at) { at = new Set(); this.#surnamed.set(e, at); }
        if (add) at.add(place); else at.delete(place);
        if (at.size === 0) this.#surnamed.delete(e);
      } else if (e.type === 'person') {
        let at = this.#named.get(e);
        if (!at) { at = new Places(); this.#named.set(e, at); }
        if (!this.#before.has(e)) this.#before.set(e, at.first());
        if (add) at.add(place); else at.delete(place);
        if (at.size === 0) this.#named.delete(e);
      }
    }
  }

  /** Whether the person is named in full in a paragraph before `rank`. */
  namedBefore(e: RegistryEntity, rank: number): boolean {
    const first = this.#named.get(e)?.first();
    return first !== undefined && first.rank < rank;
  }

  /**
   * The paragraphs whose bare surnames may read differently since the last settle: for each person
   * whose first full naming moved, those between the old and the new place (both included), or all
   * of them when `reranked` (the paragraphs were ranked again, so an old place's rank says nothing).
   */
  settle(reranked: boolean): P[] {
    const out: P[] = [];
    for (const [e, was] of this.#before) {
      const now = this.#named.get(e)?.first();
      if (now === was) continue;
      const lo = Math.min(was?.rank ?? Infinity, now?.rank ?? Infinity);
      const hi = was && now && !reranked ? Math.max(was.rank, now.rank) : Infinity;
      for (const p of this.#surnamed.get(e) ?? []) if (reranked || (p.rank >= lo && p.rank <= hi)) out.push(p);
    }
    this.#before.clear();
    return out;
  }
}
