// The document context of IncrementalExtractor, kept up to date per edit: each paragraph's
// contribution is removed when it leaves the article and added when it enters, so an edit costs
// what its paragraphs contribute, not what the article holds. Resolves to the same DocContext as
// docContext() in documentPass.ts (same rules, imported from there and orgHeads.ts), and says which of its keys
// changed so only the paragraphs that read them are assembled again.
import type { DocContext } from './documentPass';
import { currencyChoice, LEAD_PARAGRAPHS, LEAD_WEIGHT, personKeys, stateTally, summarize, usesOneOf } from './documentPass';
import { articleState, datelineContends, dominantState, leaderTies, leadOpensWith } from './dominantState';
import { articleOrganisationHeads, leadOrganisations } from './orgHeads';
import type { RawParagraph } from './paragraph';
import { Places } from './places';

/** A paragraph's place in the article: `rank` grows with the article's order (first-claim rules compare it) and never changes. */
export interface Place {
  rank: number;
  raw: RawParagraph;
}

/** What one raw paragraph gives the document context, with each key's first claim within the paragraph. */
interface Contribution {
  /** State → weight-1 count, in the order the paragraph names them (states, then organisations' states). */
  states: Map<string, number>;
  fullNames: Set<string>;
  surnames: Map<string, string>;
  aliases: Map<string, string>;
  /** [given name, full name] pairs, each once. */
  given: [string, string][];
  orgNames: Map<string, string>;
  acronyms: Map<string, string>;
  cued: Set<string>;
  ambiguous: Map<string, readonly string[]>;
  personStates: Map<string, string>;
  bareLeaders: Set<string>;
  leaderStates: Map<string, string>;
}

function contributionOf(raw: RawParagraph): Contribution {
  const sum = summarize(raw);
  const c: Contribution = { states: stateTally(sum), fullNames: new Set(), surnames: new Map(), aliases: new Map(), given: [], orgNames: new Map(), acronyms: new Map(), cued: new Set(), ambiguous: new Map(), personStates: new Map(), bareLeaders: new Set(), leaderStates: new Map() };
  for (const full of sum.persons) {
    if (c.fullNames.has(full)) continue;
    c.fullNames.add(full);
    const keys = personKeys(full);
    for (const k of keys.surnames) if (!c.surnames.has(k)) c.surnames.set(k, full);
    for (const k of keys.aliases) if (!c.aliases.has(k)) c.aliases.set(k, full);
    if (keys.given) c.given.push([keys.given, full]);
  }
  for (const [alias, full] of sum.aliases) if (!c.aliases.has(alias)) c.aliases.set(alias, full);
  for (const [text, canonical] of sum.orgs) if (!c.orgNames.has(text)) c.orgNames.set(text, canonical);
  for (const cand of raw.candidates) if (cand.cued && !cand.text.includes(' ')) c.cued.add(cand.text);
  for (const [a, x] of raw.acronyms) if (!c.acronyms.has(a)) c.acronyms.set(a, x);
  for (const [, codes] of raw.ambiguous) c.ambiguous.set(codes.join(), codes);
  for (const [full, st] of sum.leaderStates) if (!c.leaderStates.has(full)) c.leaderStates.set(full, st);
  for (const [full, st] of raw.countries) if (!st) c.bareLeaders.add(full); else if (!c.personStates.has(full)) c.personStates.set(full, st);
  return c;
}

/** A first-claim-wins map (the first paragraph in article order that claims a key gives its value). */
class FirstClaims {
  readonly #claims = new Map<string, Places<Place>>();
  readonly #touched = new Set<string>();
  constructor(private readonly pick: (c: Contribution) => Map<string, string>, readonly resolved: Map<string, string>) {}

  add(place: Place, c: Contribution): void {
    for (const key of this.pick(c).keys()) {
      let places = this.#claims.get(key);
      if (!places) { places = new Places(); this.#claims.set(key, places); }
      places.add(place);
      this.#touched.add(key);
    }
  }

  remove(place: Place, c: Contribution): void {
    for (const key of this.pick(c).keys()) {
      this.#claims.get(key)!.delete(place);
      this.#touched.add(key);
    }
  }

  /** Resolves the keys touched since the last call into `resolved`; adds those whose value changed to `changed`. */
  settle(contribution: (raw: RawParagraph) => Contribution, changed: Set<string>): boolean {
    let any = false;
    for (const key of this.#touched) {
      const places = this.#claims.get(key)!;
      const first = places.first();
      if (!first) this.#claims.delete(key);
      const value = first && this.pick(contribution(first.raw)).get(key);
      if (this.resolved.get(key) === value) continue;
      if (value === undefined) this.resolved.delete(key); else this.resolved.set(key, value);
      changed.add(key);
      any = true;
    }
    this.#touched.clear();
    return any;
  }
}

/** A counted set: a key is in while some paragraph has it. */
class CountedSet {
  readonly #counts = new Map<string, number>();
  readonly #touched = new Set<string>();
  constructor(readonly resolved: Set<string>) {}

  add(keys: Iterable<string>, by: number): void {
    for (const k of keys) {
      const n = (this.#counts.get(k) ?? 0) + by;
      if (n) this.#counts.set(k, n); else this.#counts.delete(k);
      this.#touched.add(k);
    }
  }

  settle(changed: Set<string>): void {
    for (const k of this.#touched) {
      const has = this.#counts.has(k);
      if (has === this.resolved.has(k)) continue;
      if (has) this.resolved.add(k); else this.resolved.delete(k);
      changed.add(k);
    }
    this.#touched.clear();
  }
}

/** What changed in the context since the last settle: keys (names, head words, currency lists) and whether the dominant state changed. */
export interface ContextChange {
  keys: Set<string>;
  dominant: boolean;
}

export class ContextTally {
  readonly ctx: DocContext = {
    surnames: new Map(), aliases: new Map(), givenNames: new Map(), cuedNames: new Set(), fullNames: new Set(),
    orgNames: new Map(), acronyms: new Map(), currencies: new Map(), orgHeads: new Map(), dominant: null, dateline: null, personStates: new Map(), bareLeaders: new Set(), leaderStates: new Map(),
  };

  /** Paragraphs added to or removed from the tally (counted work, for tests). */
  placesCounted = 0;

  readonly #contributions = new WeakMap<RawParagraph, Contribution>();
  readonly #surnames = new FirstClaims((c) => c.surnames, this.ctx.surnames);
  readonly #aliases = new FirstClaims((c) => c.aliases, this.ctx.aliases);
  readonly #orgNames = new FirstClaims((c) => c.orgNames, this.ctx.orgNames);
  readonly #acronyms = new FirstClaims((c) => c.acronyms, this.ctx.acronyms);
  readonly #personStates = new FirstClaims((c) => c.personStates, this.ctx.personStates);
  readonly #leaderStates = new FirstClaims((c) => c.leaderStates, this.ctx.leaderStates);
  readonly #fullNames = new CountedSet(this.ctx.fullNames);
  readonly #cued = new CountedSet(this.ctx.cuedNames);
  readonly #bareLeaders = new CountedSet(this.ctx.bareLeaders);
  /** Given name → full name → paragraphs naming that full name. */
  readonly #given = new Map<string, Map<string, number>>();
  readonly #givenTouched = new Set<string>();
  /** Currency list key → its codes and how many paragraphs have it. */
  readonly #ambiguous = new Map<string, { codes: readonly string[]; n: number }>();
  /** State → weight-1 count and the places naming it (for the first-named order that breaks ties). */
  readonly #states = new Map<string, { n: number; places: Places<Place> }>();

  /** Weight-1 counts and first-naming places of the states touched since the last settle, as they were then (ties are broken by where a state is first named). */
  readonly #statesBefore = new Map<string, { n: number; first: Place | undefined }>();
  /** The lead paragraphs and dateline of the last settle. */
  #lastLead: RawParagraph[] = [];
  /** The canonicals the lead names, as organisationHeads read them last. */
  #lastLeadOrgs: ReadonlySet<string> = new Set();
  #lastDateline: string | null = null;
  /** The states the last settle's bare heads of government were tied to (leaderTies): homeState and articleState read them. */
  #lastLeaderTies = '';
  /** A currency list appeared or went since the last settle. */
  #listsChanged = false;

  #contribution = (raw: RawParagraph): Contribution => {
    let c = this.#contributions.get(raw);
    if (!c) { c = contributionOf(raw); this.#contributions.set(raw, c); }
    return c;
  };

  add(place: Place): void { this.#count(place, 1); }
  remove(place: Place): void { this.#count(place, -1); }

  #count(place: Place, by: 1 | -1): void {
    this.placesCounted++;
    const c = this.#contribution(place.raw);
    if (by > 0) {
      this.#surnames.add(place, c); this.#aliases.add(place, c); this.#orgNames.add(place, c); this.#acronyms.add(place, c); this.#personStates.add(place, c); this.#leaderStates.add(place, c);
    } else {
      this.#surnames.remove(place, c); this.#aliases.remove(place, c); this.#orgNames.remove(place, c); this.#acronyms.remove(place, c); this.#personStates.remove(place, c); this.#leaderStates.remove(place, c);
    }
    this.#fullNames.add(c.fullNames, by);
    this.#cued.add(c.cued, by);
    this.#bareLeaders.add(c.bareLeaders, by);
    for (const [g, full] of c.given) {
      let fulls = this.#given.get(g);
      if (!fulls) { fulls = new Map(); this.#given.set(g, fulls); }
      const n = (fulls.get(full) ?? 0) + by;
      if (n) fulls.set(full, n); else fulls.delete(full);
      this.#givenTouched.add(g);
    }
    for (const [key, codes] of c.ambiguous) {
      const e = this.#ambiguous.get(key) ?? { codes, n: 0 };
      if (e.n === 0 || e.n + by === 0) this.#listsChanged = true;
      e.n += by;
      if (e.n) this.#ambiguous.set(key, e); else this.#ambiguous.delete(key);
    }
    for (const [st, n] of c.states) {
      let e = this.#states.get(st);
      if (!e) { e = { n: 0, places: new Places() }; this.#states.set(st, e); }
      if (!this.#statesBefore.has(st)) this.#statesBefore.set(st, { n: e.n, first: e.places.first() });
      e.n += by * n;
      if (by > 0) e.places.add(place);
      else {
        e.places.delete(place);
        if (e.places.size === 0) this.#states.delete(st);
      }
    }
  }

  /**
   * Resolves the context after adds and removes; `lead` are the article's first paragraphs and
   * `dateline` its dateline state. Returns what changed (keys whose value changed, and the dominant state).
   */
  settle(lead: readonly Place[], dateline: string | null): ContextChange {
    const keys = new Set<string>();
    const ctx = this.ctx;
    this.#surnames.settle(this.#contribution, keys);
    this.#aliases.settle(this.#contribution, keys);
    const orgsChanged = this.#orgNames.settle(this.#contribution, keys);
    const acronymsChanged = this.#acronyms.settle(this.#contribution, keys);
    this.#personStates.settle(this.#contribution, keys);
    this.#leaderStates.settle(this.#contribution, keys);
    this.#fullNames.settle(keys);
    this.#cued.settle(keys);
    this.#bareLeaders.settle(keys);
    for (const g of this.#givenTouched) {
      const fulls = this.#given.get(g);
      let value: string | undefined;
      if (!fulls || fulls.size === 0) this.#given.delete(g);
      else value = fulls.size === 1 ? fulls.keys().next().value : '';
      if (ctx.givenNames.get(g) === value) continue;
      if (value === undefined) ctx.givenNames.delete(g); else ctx.givenNames.set(g, value);
      keys.add(g);
    }
    this.#givenTouched.clear();
    const lead2 = lead.slice(0, LEAD_PARAGRAPHS).map((p) => p.raw);
    const leadChanged = lead2.length !== this.#lastLead.length || lead2.some((r, k) => r !== this.#lastLead[k]);
    // Typing in the lead changes its paragraphs, seldom the organisations they name: only those decide a shared head.
    const leadOrgs = leadChanged || orgsChanged || acronymsChanged ? leadOrganisations(lead2.flatMap((r) => [...this.#contribution(r).orgNames]), ctx.acronyms) : this.#lastLeadOrgs;
    const leadOrgsChanged = leadOrgs !== this.#lastLeadOrgs && (leadOrgs.size !== this.#lastLeadOrgs.size || [...leadOrgs].some((c) => !this.#lastLeadOrgs.has(c)));
    this.#lastLeadOrgs = leadOrgs;
    if (orgsChanged || acronymsChanged || leadOrgsChanged) {
      // Rare (a new organisation or acronym, another organisation in the lead): the heads are recomputed from the resolved names.
      const heads = articleOrganisationHeads(ctx.orgNames, ctx.acronyms, leadOrgs);
      for (const [h, v] of heads) if (ctx.orgHeads.get(h) !== v) { ctx.orgHeads.set(h, v); keys.add(h); }
      for (const h of ctx.orgHeads.keys()) if (!heads.has(h)) { ctx.orgHeads.delete(h); keys.add(h); }
    }
    // State counts with the lead paragraphs' weight; ties are broken by the order states are first named.
    // Unchanged counts, lead and dateline (most edits) leave the currency choices and the dominant state as they are.
    const ties = leaderTies(ctx);
    let statesChanged = dateline !== this.#lastDateline || leadChanged || ties !== this.#lastLeaderTies;
    this.#lastLeaderTies = ties;
    for (const [st, before] of this.#statesBefore) {
      const e = this.#states.get(st);
      if ((e?.n ?? 0) !== before.n || e?.places.first() !== before.first) statesChanged = true;
    }
    this.#statesBefore.clear();
    this.#lastLead = lead2;
    this.#lastDateline = dateline;
    if (!statesChanged && !this.#listsChanged) return { keys, dominant: false };
    this.#listsChanged = false;
    const counts = new Map<string, number>();
    for (const [st, e] of this.#states) counts.set(st, e.n);
    for (const raw of lead2) for (const [st, n] of this.#contribution(raw).states) counts.set(st, counts.get(st)! + (LEAD_WEIGHT - 1) * n);
    const inOrder = (states: string[]): [string, number][] => {
      const rank = (st: string): [number, number] => {
        const first = this.#states.get(st)!.places.first()!;
        return [first.rank, [...this.#contribution(first.raw).states.keys()].indexOf(st)];
      };
      const ranked = states.map((st) => ({ st, r: rank(st) }));
      ranked.sort((x, y) => x.r[0] - y.r[0] || x.r[1] - y.r[1]);
      return ranked.map(({ st }) => [st, counts.get(st) ?? 0]);
    };
    if (dateline) counts.set(dateline, (counts.get(dateline) ?? 0) + LEAD_WEIGHT);
    // Tied states in article order; the dateline's state, when no paragraph names it, comes after every named state.
    const ordered = (tied: string[], top: number): [string, number][] => {
      const out = inOrder(tied.filter((st) => this.#states.has(st)));
      if (dateline && !this.#states.has(dateline) && tied.includes(dateline)) out.push([dateline, top]);
      return out;
    };
    // The same rules as the one-pass context, over the tied states only.
    const currencies = new Map<string, string | null>();
    for (const [key, { codes }] of this.#ambiguous) {
      let top = 0;
      let tied: string[] = [];
      for (const [st, n] of counts) {
        if (!usesOneOf(st, codes)) continue;
        if (n > top) { top = n; tied = [st]; } else if (n === top) tied.push(st);
      }
      currencies.set(key, tied.length ? currencyChoice(codes, ordered(tied, top), dateline) : null);
    }
    for (const [key, v] of currencies) if (ctx.currencies.get(key) !== v) { ctx.currencies.set(key, v); keys.add(key); }
    for (const key of [...ctx.currencies.keys()]) if (!currencies.has(key)) { ctx.currencies.delete(key); keys.add(key); }
    let top = 0;
    let tied: string[] = [];
    for (const [st, n] of counts) { if (n > top) { top = n; tied = [st]; } else if (n === top) tied.push(st); }
    const datelineInLead = leadOpensWith(lead2.map((raw) => this.#contribution(raw).states), dateline);
    // A headline that names the dateline's state first makes it dominant whatever the counts (as docContext); so does a home story.
    const dominant = articleState(lead[0]?.raw.mentions, dominantState(ordered(tied, top), dateline), dateline, datelineInLead, ctx, datelineContends(counts, dateline, top));
    // Paragraphs that read the dominant state read the dateline's too (a chamber the dominant state has not: qualifyGeneric).
    const dominantChanged = dominant !== ctx.dominant || dateline !== ctx.dateline;
    ctx.dominant = dominant;
    ctx.dateline = dateline;
    return { keys, dominant: dominantChanged };
  }
}
