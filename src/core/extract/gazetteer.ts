// The phrase gazetteer: countries (names, demonyms, capitals) from data/countries.json plus the
// curated organisations, matched token by token with a prefix set so lookups stay O(tokens).
import { foldAccents } from '../util/foldAccents';
import countries from './data/countries.json';
import { ORGANIZATIONS, SEAT_ORGS } from './lexicon/organisations';
import { EXTRA_CAPITALS, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, SEATS_OF_GOVERNMENT } from './lexicon/places';
import { tokenize } from './tokenize';

export type EntryKind = 'country' | 'demonym' | 'capital' | 'seat' | 'org' | 'place';

export interface Entry {
  kind: EntryKind;
  type: 'state' | 'organization';
  canonical: string;
  /** A country's one-word name in its own language ("Nippon", "Hrvatska"), which names companies too ("Nippon Steel"). */
  ownName?: true;
}

type CountryRow = [string, string[], string[], string[], string[]];

/**
 * A node of the phrase trie: the phrases' tokens one level each, split by how the next token joins this one (after
 * whitespace or touching it). Walking it with a paragraph's own token strings finds the same phrases as joining them
 * into keys for get, without building or hashing a new string per token.
 */
export interface PhraseNode {
  entry: Entry | undefined;
  spaced: Map<string, PhraseNode> | null;
  tight: Map<string, PhraseNode> | null;
}

function newNode(): PhraseNode {
  return { entry: undefined, spaced: null, tight: null };
}

/**
 * A capital or a country's short name as the data spells it and, with accents, as English text often writes it:
 * "Chisinau" for "Chișinău", "Bogota", "Turkiye". Only one word of five letters or more: a shorter one may be an
 * English word ("Male" for "Malé"), and a name of several words another place ("San Jose" is also a US city). The
 * country's names in its own languages are not folded ("Bharat" names firms and events).
 */
function withFolded(names: readonly string[]): string[] {
  const out = [...names];
  for (const n of names) {
    const folded = foldAccents(n);
    if (folded !== n && !folded.includes(' ') && folded.length >= 5 && !names.includes(folded)) out.push(folded);
  }
  return out;
}

/** A name with its "-ization" words spelt "-isation" and the other way round (British and American spellings). */
function otherSpelling(name: string): string {
  return name.replace(/(?<=\p{Ll})i([sz])ation(s?)(?!\p{L})/gu, (_m, c: string, plural: string) => `i${c === 's' ? 'z' : 's'}ation${plural}`);
}

/** Each country's canonical name and its capitals as the country data writes them, in the data's order. */
export function countryCapitals(): readonly (readonly [string, readonly string[]])[] {
  return (countries as unknown as CountryRow[]).map(([canonical, , capitals]) => [canonical, capitals] as const);
}

export class Gazetteer {
  readonly #entries = new Map<string, Entry>();
  /** First tokens of the phrases (the same phrases as #entries, keyed by token). */
  readonly #first = new Map<string, PhraseNode>();
  readonly #demonyms = new Map<string, string>();
  readonly #currency = new Map<string, string>();
  /** ISO 3166 letters → the currency whose ISO 4217 code starts with them ("GH" → GHS, "GY" → GYD); not the euro or the X… codes of currency unions, whose letters name no country. */
  readonly currencyByCountryCode = new Map<string, string>();
  readonly currencyCodes = new Set<string>();
  readonly countryNames = new Set<string>();

  constructor() {
    const rows = countries as unknown as CountryRow[];
    for (const [canonical, , capitals] of rows) for (const c of withFolded(capitals)) this.#add(c, { kind: 'capital', type: 'state', canonical });
    for (const [city, canonical] of Object.entries(EXTRA_CAPITALS)) this.#add(city, { kind: 'capital', type: 'state', canonical });
    for (const [city, canonical] of Object.entries(SEATS_OF_GOVERNMENT)) this.#add(city, { kind: 'capital', type: 'state', canonical });
    for (const [canonical, , , demonyms, currencies] of rows) {
      if (currencies[0]) this.#currency.set(canonical, currencies[0]);
      if (currencies[0] && currencies[0][0] !== 'X' && currencies[0] !== 'EUR') this.currencyByCountryCode.set(currencies[0].slice(0, 2), currencies[0]);
      for (const c of currencies) this.currencyCodes.add(c);
      for (const d of demonyms) this.#addDemonym(d, canonical);
    }
    for (const [d, canonical] of EXTRA_DEMONYMS) this.#addDemonym(d, canonical);
    for (const [canonical, names] of rows) {
      for (const n of withFolded([canonical])) this.#add(n, { kind: 'country', type: 'state', canonical });
      // The data's other one-word names are its own languages' (English ones come from EXTRA_COUNTRY_NAMES, added after).
      for (const n of names) this.#add(n, !/\s/.test(n) && n !== n.toUpperCase() ? { kind: 'country', type: 'state', canonical, ownName: true } : { kind: 'country', type: 'state', canonical });
      this.countryNames.add(canonical);
    }
    for (const [n, canonical] of EXTRA_COUNTRY_NAMES) this.#add(n, canonical ? { kind: 'country', type: 'state', canonical } : { kind: 'place', type: 'state', canonical: '' });
    for (const [city, canonical] of Object.entries(SEAT_ORGS)) this.#add(city, { kind: 'seat', type: 'organization', canonical });
    for (const [names, canonical] of ORGANIZATIONS) {
      for (const n of names) this.#add(n, { kind: n === 'White House' || n === 'Kremlin' ? 'seat' : 'org', type: 'organization', canonical: canonical ?? names[0] });
    }
    // The other spelling of "-ization"/"-isation" ("Organisation for Security and Co-operation in Europe"), where no entry has it.
    for (const [names, canonical] of ORGANIZATIONS) {
      for (const n of names) {
        const other = otherSpelling(n);
        if (other !== n && !this.#entries.has(phraseKey(other))) this.#add(other, { kind: 'org', type: 'organization', canonical: canonical ?? names[0] });
      }
    }
  }

  #addDemonym(d: string, canonical: string): void {
    this.#demonyms.set(d, canonical);
    this.#add(d, { kind: 'demonym', type: 'state', canonical });
    if (!/(?:ese|ish|ch|s)$/.test(d)) {
      const plural = `${d}s`;
      if (!this.#entries.has(plural)) this.#add(plural, { kind: 'demonym', type: 'state', canonical });
    }
  }

  #add(phrase: string, entry: Entry): void {
    const key = phraseKey(phrase);
    if (!key) return;
    this.#entries.set(key, entry);
    const toks = tokenize(phrase);
    let node: PhraseNode | undefined;
    for (let i = 0; i < toks.starts.length; i++) {
      const spaced = i > 0 && toks.starts[i] > toks.ends[i - 1];
      const level: Map<string, PhraseNode> = !node ? this.#first : spaced ? (node.spaced ??= new Map()) : (node.tight ??= new Map());
      let next = level.get(toks.words[i]);
      if (!next) { next = newNode(); level.set(toks.words[i], next); }
      node = next;
    }
    // The same key always has the same token path, so the node's entry follows #entries (the last one added wins).
    if (node) node.entry = entry;
  }

  /** The trie node of the phrases starting with the token `word`, or undefined. */
  firstToken(word: string): PhraseNode | undefined {
    return this.#first.get(word);
  }

  /** Whether some phrase starts with the tokens of `key` (joined as phrase keys join them): a walk of the trie. */
  hasPrefix(key: string): boolean {
    const toks = tokenize(key);
    let node: PhraseNode | undefined;
    for (let i = 0; i < toks.words.length; i++) {
      const spaced = i > 0 && toks.starts[i] > toks.ends[i - 1];
      node = i === 0 ? this.#first.get(toks.words[0]) : (spaced ? node!.spaced : node!.tight)?.get(toks.words[i]);
      if (!node) return false;
    }
    return node !== undefined;
  }

  get(key: string): Entry | undefined {
    return this.#entries.get(key);
  }

  /** Whether the word is listed as a demonym (countryOfDemonym also answers for a country's own names). */
  isDemonym(word: string): boolean {
    return this.#demonyms.has(word);
  }

  countryOfDemonym(word: string): string | null {
    const e = this.#entries.get(word);
    return this.#demonyms.get(word) ?? (e && (e.kind === 'country' || e.kind === 'demonym') ? e.canonical : null);
  }

  currencyOf(country: string): string | null {
    return this.#currency.get(country) ?? null;
  }
}

/** Gazetteer key: tokens joined by one space where the source had whitespace, nothing otherwise. */
export function phraseKey(phrase: string): string {
  const t = tokenize(phrase);
  let k = '';
  for (let i = 0; i < t.starts.length; i++) k += (i > 0 && t.starts[i] > t.ends[i - 1] ? ' ' : '') + t.words[i];
  return k;
}

/** The gazetteer is immutable: one instance, built when the module loads. */
const SHARED = new Gazetteer();

export function getGazetteer(): Gazetteer {
  return SHARED;
}
