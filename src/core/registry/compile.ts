// A registry compiled once for the engine: a token trie over every name, alias and metonym, the
// surnames of its persons, and the never set. Immutable, so one instance serves every article.
import { tokenize } from '../extract/tokenize';
import { fnv1a } from '../sidecar/ids';
import { MAX_NAME_TOKENS, type EntityRegistry, type RegistryEntity } from './format';

/** One trie edge per token: the word, prefixed by a space when whitespace separates it from the previous one. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  entity?: RegistryEntity;
}

/** Particles that are no surname on their own ("da" of "Lula da Silva"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'du', 'del', 'della', 'di', 'la', 'le', 'ter', 'ben', 'jr', 'sr']);

/** Whitespace runs as one space, ends trimmed: how never strings and mention texts are compared. */
export function normalizeName(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

export class CompiledRegistry {
  readonly root: TrieNode = { next: new Map() };
  readonly entities: readonly RegistryEntity[];
  /** The plain data it was compiled from: what is sent to an extraction worker, which compiles its own. */
  readonly source: EntityRegistry;
  /** Changes whenever the registry's content does: part of a cache key. */
  readonly key: string;
  readonly #byName = new Map<string, RegistryEntity>();
  /** Person surname → the one registry person with it (null when two share it). */
  readonly #surnames = new Map<string, RegistryEntity | null>();
  readonly #never: ReadonlySet<string>;

  constructor(registry: EntityRegistry) {
    this.source = registry;
    this.entities = registry.entities.map((e) => Object.freeze({ ...e, aliases: [...e.aliases], metonyms: [...e.metonyms] }));
    this.#never = new Set(registry.never.map(normalizeName));
    this.key = `${registry.entities.length}:${registry.never.length}:${fnv1a(JSON.stringify(registry)).toString(16)}`;
    for (const e of this.entities) {
      for (const name of [e.name, ...e.aliases, ...e.metonyms]) {
        if (this.#byName.has(name)) continue; // the first entity keeps a shared name (the parser warned)
        this.#byName.set(name, e);
        this.#insert(name, e);
      }
    }
    for (const e of this.entities) {
      if (e.type !== 'person') continue;
      for (const name of [e.name, ...e.aliases]) {
        const words = name.split(' ');
        const last = words[words.length - 1];
        if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(last) || PARTICLES.has(last.toLowerCase()) || this.#byName.has(last)) continue;
        const had = this.#surnames.get(last);
        this.#surnames.set(last, had === undefined || had === e ? e : null);
      }
    }
    Object.freeze(this);
  }

  #insert(name: string, entity: RegistryEntity): void {
    const t = tokenize(name);
    if (!t.words.length || t.words.length > MAX_NAME_TOKENS) return;
    let node = this.root;
    for (let i = 0; i < t.words.length; i++) {
      const edge = (i > 0 && t.starts[i] > t.ends[i - 1] ? ' ' : '') + t.words[i];
      let next = node.next.get(edge);
      if (!next) { next = { next: new Map() }; node.next.set(edge, next); }
      node = next;
    }
    node.entity ??= entity;
  }

  /** The entity a name, alias or metonym belongs to. */
  entityNamed(name: string): RegistryEntity | undefined {
    return this.#byName.get(name);
  }

  /** The registry person whose surname this is, if exactly one. */
  personWithSurname(word: string): RegistryEntity | undefined {
    return this.#surnames.get(word) ?? undefined;
  }

  isNever(text: string): boolean {
    return this.#never.size > 0 && this.#never.has(normalizeName(text));
  }

  get neverCount(): number {
    return this.#never.size;
  }
}

export function compileRegistry(registry: EntityRegistry): CompiledRegistry {
  return new CompiledRegistry(registry);
}
