// A set of paragraph places and the earliest of them, for first-wins rules over an article whose
// paragraphs come and go (the context tally's first claims, the registry's first full names).

/** Places that hold something (a key, a state), and the earliest of them: kept while places join, found again only after it left. */
export class Places<P extends { rank: number }> {
  readonly #places = new Set<P>();
  #first: P | null = null;

  get size(): number {
    return this.#places.size;
  }

  add(place: P): void {
    if (this.#places.size === 0 || (this.#first && place.rank < this.#first.rank)) this.#first = place;
    this.#places.add(place);
  }

  delete(place: P): void {
    this.#places.delete(place);
    if (this.#first === place) this.#first = null;
  }

  /** The earliest place (undefined when there is none). */
  first(): P | undefined {
    if (!this.#first) for (const p of this.#places) if (!this.#first || p.rank < this.#first.rank) this.#first = p;
    return this.#first ?? undefined;
  }
}
