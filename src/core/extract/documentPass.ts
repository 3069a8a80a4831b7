// The document pass: what the article's paragraphs know together (full names, organisations,
// acronyms, the dominant state, currency choices) applied to each paragraph's raw result.
import type { ActorMention, FigureMention, Mention } from '../types';
import { getGazetteer } from './gazetteer';
import { qualifiedByDominant, qualifyGeneric } from './genericQualifier';
import { FAMILY_FIRST_SURNAMES, GENERATIONAL_SUFFIXES, INITIAL_SKIP, NAME_NUMERALS, PARTICLES, US_PRESIDENT_SURNAMES } from './lexicon';
import { articleOrganisationHeads, LEADING_ACRONYM, leadOrganisations, nameHead, withAcronymSpelledOut } from './orgHeads';
import { companyShortForm, isShortForm } from './orgShortForms';
import { particleLowered } from './particleCase';
import type { RawParagraph } from './paragraph';
import { setCurrency } from './figures/currency';
import { administrationName, administrationPerson, leaderAdministration, namesAdministration } from './administration';
import { articleState, bareLeaderState, datelineContends, dominantState, leaderTie, leadOpensWith, mostNamedState } from './dominantState';

const WORD_SPLIT = /[\s-]+/;

/** The capitalised words of a name, connectors skipped, spell the acronym exactly ("Public Investment Fund" → PIF). */
export function spells(name: string, acronym: string): boolean {
  if (!/\p{Ll}/u.test(name)) return false; // an all-caps run (a shouted headline) is no reliable definition
  let initials = '';
  for (const w of name.split(WORD_SPLIT)) if (w && !INITIAL_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)) initials += w[0];
  return initials === acronym;
}

/**
 * Whether an article's definition "Full Name (SHORT)" names a later SHORT rather than the curated alias: when its
 * initials spell the acronym, when the curated name is the same name with a qualifier ("National Liberation Army
 * (Colombia)" for "National Liberation Army (ELN)") or the other way round, or when the short form otherwise names only
 * itself ("Sinopec").
 * An acronym and its expansion have one canonical (guideline 12).
 */
export function ownDefinitionWins(short: string, curated: string, defined: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(short) && spells(defined, short)) return true;
  // "Japan's Ministry of Finance (MOF)": the definition is the curated name with the owner the article gives it.
  return curated === short || curated.startsWith(`${defined} (`) || defined.startsWith(`${curated} (`);
}

/** A copy of a paragraph-relative mention at document offsets (explicit fields: faster than a spread). */
export function shift(m: Mention, base: number): Mention {
  if (m.kind === 'actor') {
    const a: Mention = { kind: 'actor', start: m.start + base, end: m.end + base, text: m.text, type: m.type, canonical: m.canonical };
    if (m.role !== undefined) a.role = m.role;
    return a;
  }
  if (m.kind === 'figure') {
    const f: Mention = { kind: 'figure', start: m.start + base, end: m.end + base, text: m.text, type: m.type, value: m.value, unit: m.unit };
    if (m.approx !== undefined) f.approx = m.approx;
    return f;
  }
  return { kind: 'date', start: m.start + base, end: m.end + base, text: m.text, type: m.type, normalized: m.normalized };
}

/** What the document pass knows across paragraphs: names, organisations, acronyms and currency choices. */
export interface DocContext {
  surnames: Map<string, string>;
  aliases: Map<string, string>;
  /** Given name → full name, used only for one-word names in a person slot (Thai, Ethiopian, Icelandic usage). */
  givenNames: Map<string, string>;
  /** One-word names seen in a person slot somewhere in the article ("Hartono said"): the same word elsewhere is that person too. */
  cuedNames: Set<string>;
  fullNames: Set<string>;
  orgNames: Map<string, string>;
  acronyms: Map<string, string>;
  currencies: Map<string, string | null>;
  /**
   * Capitalised head word → the one organisation in the article whose name ends in it ("Fund" → International Monetary Fund);
   * also a company's short form → its full name ("Meridian" → Meridian Phosphate, orgShortForms.ts).
   */
  orgHeads: Map<string, string>;
  /** The article's most-mentioned state: the qualifier of generic institutions (guideline 13). */
  dominant: string | null;
  /** The dateline's state (datelineState): a chamber the dominant state does not have may be its (qualifyGeneric). */
  dateline: string | null;
  /** Full name → the country the article first ties that person to ("Argentine President Ana Ruiz"). */
  personStates: Map<string, string>;
  /** Full names titled as a government's leader without a country somewhere in the article ("President Ana Ruiz"). */
  bareLeaders: Set<string>;
  /** Full name → the state the first paragraph naming that person bare says they lead (bareLeaderState); personStates first. */
  leaderStates: Map<string, string>;
}

/** What one paragraph contributes to the document context. */
export interface Summary {
  states: string[];
  persons: string[];
  orgs: [string, string][];
  /** States the paragraph's own institutions are evidence for ("Ministry of Finance (Kenya)"), one per institution. */
  orgStates: string[];
  /** [alias, full name]: a person written by a name that is not part of the full name ("Juancho" for "Juan Pérez Soto"). */
  aliases: [string, string][];
  /** [full name, state]: heads of government named without a country, and the state their paragraph says they lead (bareLeaderState). */
  leaderStates: [string, string][];
}

/** One to three capitalised words: an alias, not a name joined with its parts (a quoted nickname, an abbreviation). */
const ALIAS_SHAPE = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}$/u;

/** Code units between a possessive state and its institution: "'s " or "’s ". */
const POSSESSIVE_GAP = 3;

export function summarize(raw: RawParagraph): Summary {
  const s: Summary = { states: [], persons: [], orgs: [], orgStates: [], aliases: [], leaderStates: [] };
  let prev: Mention | null = null;
  for (const m of raw.mentions) {
    if (m.kind !== 'actor') continue;
    const before = prev;
    prev = m;
    if (m.type === 'state') s.states.push(m.canonical);
    else if (m.type === 'person' && m.canonical.includes(' ')) {
      s.persons.push(m.canonical);
      if (m.text !== m.canonical && !m.canonical.includes(m.text) && ALIAS_SHAPE.test(m.text)) s.aliases.push([m.text, m.canonical]);
    } else if (m.type === 'organization') {
      s.orgs.push([m.text, m.canonical]);
      const st = stateOfOrganisation(m.canonical);
      // "Iraq's Council of Representatives": the possessive state is counted already; its institution is no second mention.
      if (st && !(before && before.type === 'state' && before.canonical === st && m.start - before.end <= POSSESSIVE_GAP)) s.orgStates.push(st);
    }
  }
  // The paragraph's most-named state, counted once, when a bare leader first asks for it.
  let named: string | null | undefined;
  const paragraphState = (): string | null => named === undefined ? (named = mostNamedState(raw.mentions)) : named;
  for (const [full, st] of raw.countries) {
    const led = st ? null : bareLeaderState(full, paragraphState);
    if (led) s.leaderStates.push([full, led]);
  }
  return s;
}

/** How often a paragraph names each state, its institutions' states included, in the order first named. */
export function stateTally(sum: Summary): Map<string, number> {
  const states = new Map<string, number>();
  for (const st of sum.states) states.set(st, (states.get(st) ?? 0) + 1);
  for (const st of sum.orgStates) states.set(st, (states.get(st) ?? 0) + 1);
  return states;
}

/** The headline and lead name the article's subject: their states weigh more for the dominant state. */
export const LEAD_PARAGRAPHS = 2;
export const LEAD_WEIGHT = 3;

/** A country's own institution ("U.S. Senate", "Ministry of Finance (Kenya)") is evidence for that state too. */
function stateOfOrganisation(canonical: string): string | undefined {
  if (canonical.startsWith('United States ')) return 'United States';
  // Most names end in no bracket: no search for one.
  return canonical.endsWith(')') ? /\(([^()]+)\)$/.exec(canonical)?.[1] : undefined;
}

/** The names a full person name lends to later mentions, in the order they are claimed (the first claim of a key wins). */
export interface PersonKeys {
  surnames: string[];
  aliases: string[];
  /** The given name (capitalised first part), or null. */
  given: string | null;
}

/** A surname opened by the Arabic article and a hyphen ("al-Burhan", "El-Sisi"): the name after it. */
const HYPHEN_ARTICLE = /^(?:[Aa]l|[Ee]l)-(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

export function personKeys(full: string): PersonKeys {
  let parts = full.split(/\s+/);
  // "Ferdinand Marcos Jr." → "Marcos": a generational suffix or numeral is no surname. The elder, "Sr.", is written in
  // full to tell him from the son: a bare surname names the son, so the elder gives no key.
  const suffix = parts.length >= 2 ? parts[parts.length - 1] : '';
  if (suffix === 'Sr.') return { surnames: [], aliases: [], given: null };
  if (NAME_NUMERALS.has(suffix) || (suffix.endsWith('.') && GENERATIONAL_SUFFIXES.has(suffix.slice(0, -1)))) parts = parts.slice(0, -1);
  const surnames = [parts[parts.length - 1]];
  // "Al Neyadi", "van der Berg": a surname opened by a particle is used with it.
  for (let k = parts.length - 2; k >= 1 && PARTICLES.has(parts[k].toLowerCase()); k--) surnames.push(parts.slice(k).join(' '));
  // "Abdel Fattah al-Burhan" → "Burhan": an Arabic article joined by a hyphen is dropped in later mentions, as
  // "al Burhan" written with a space leaves "Burhan" as the last part.
  const article = HYPHEN_ARTICLE.exec(parts[parts.length - 1]);
  if (article && parts.length >= 2) surnames.push(article[1]);
  // "Alicia Garza Treviño" → "Garza Treviño": a later mention may use both surnames (Spanish and Portuguese usage).
  if (parts.length >= 3 && /^\p{Lu}\p{Ll}/u.test(parts[parts.length - 2])) surnames.push(parts.slice(-2).join(' '));
  // "Wang Yi" → "Wang": family name first in Chinese, Korean and Vietnamese names.
  if (parts.length <= 3 && FAMILY_FIRST_SURNAMES.has(parts[0])) surnames.push(parts[0]);
  // Middle names and nicknames inside the full name ("Lula" in "Luiz Inácio Lula da Silva").
  const aliases = parts.slice(1, -1).filter((part) => /^\p{Lu}\p{Ll}/u.test(part));
  return { surnames, aliases, given: /^\p{Lu}\p{Ll}/u.test(parts[0]) ? parts[0] : null };
}

/** A shared currency word ("pesos", "Rs") takes the currency of the first most-mentioned state (in article order) that uses one of its codes. */
export function currencyChoice(codes: readonly string[], stateCounts: Iterable<[string, number]>, dateline: string | null = null): string | null {
  let best: string | null = null;
  let bestCount = 0;
  // On a tie the dateline's state wins, as for the dominant state.
  for (const [country, count] of stateCounts) {
    if ((count > bestCount || (count === bestCount && country === dateline)) && usesOneOf(country, codes)) { best = getGazetteer().currencyOf(country)!; bestCount = count; }
  }
  return best;
}

/** Whether the state's currency is one of the codes. */
export function usesOneOf(state: string, codes: readonly string[]): boolean {
  const cur = getGazetteer().currencyOf(state);
  return !!cur && codes.includes(cur);
}

/** The document context of a whole article in one pass (IncrementalExtractor keeps its own, updated per edit: contextTally.ts). */
export function docContext(raws: RawParagraph[], dateline: string | null = null): DocContext {
  const surnames = new Map<string, string>();
  const aliases = new Map<string, string>();
  const givenNames = new Map<string, string>();
  const cuedNames = new Set<string>();
  const fullNames = new Set<string>();
  const acronyms = new Map<string, string>();
  const orgNames = new Map<string, string>();
  const stateCounts = new Map<string, number>();
  const ambiguousLists = new Map<string, readonly string[]>();
  const personStates = new Map<string, string>();
  const bareLeaders = new Set<string>();
  const leaderStates = new Map<string, string>();
  const leadStates: Map<string, number>[] = [];
  const leadOrgs: [string, string][] = [];
  // Indexed loops: a for-of iterator and a destructured pair per item were a large share of this pass's garbage.
  for (let p = 0; p < raws.length; p++) {
    const raw = raws[p];
    const sum = summarize(raw);
    const weight = p < LEAD_PARAGRAPHS ? LEAD_WEIGHT : 1;
    for (let k = 0; k < sum.states.length; k++) stateCounts.set(sum.states[k], (stateCounts.get(sum.states[k]) ?? 0) + weight);
    for (let k = 0; k < sum.orgStates.length; k++) stateCounts.set(sum.orgStates[k], (stateCounts.get(sum.orgStates[k]) ?? 0) + weight);
    for (let k = 0; k < sum.persons.length; k++) {
      const full = sum.persons[k];
      if (fullNames.has(full)) continue;
      fullNames.add(full);
      const keys = personKeys(full);
      for (const key of keys.surnames) if (!surnames.has(key)) surnames.set(key, full);
      for (const key of keys.aliases) if (!aliases.has(key)) aliases.set(key, full);
      if (keys.given) givenNames.set(keys.given, givenNames.has(keys.given) && givenNames.get(keys.given) !== full ? '' : full);
    }
    for (let k = 0; k < sum.aliases.length; k++) if (!aliases.has(sum.aliases[k][0])) aliases.set(sum.aliases[k][0], sum.aliases[k][1]);
    for (let k = 0; k < sum.orgs.length; k++) if (!orgNames.has(sum.orgs[k][0])) orgNames.set(sum.orgs[k][0], sum.orgs[k][1]);
    if (p < LEAD_PARAGRAPHS) {
      leadOrgs.push(...sum.orgs);
      leadStates.push(stateTally(sum));
    }
    for (let k = 0; k < raw.candidates.length; k++) {
      const c = raw.candidates[k];
      if (c.cued && !c.text.includes(' ')) cuedNames.add(c.text);
    }
    for (let k = 0; k < raw.acronyms.length; k++) if (!acronyms.has(raw.acronyms[k][0])) acronyms.set(raw.acronyms[k][0], raw.acronyms[k][1]);
    for (let k = 0; k < raw.ambiguous.length; k++) ambiguousLists.set(raw.ambiguous[k][1].join(), raw.ambiguous[k][1]);
    for (let k = 0; k < sum.leaderStates.length; k++) if (!leaderStates.has(sum.leaderStates[k][0])) leaderStates.set(sum.leaderStates[k][0], sum.leaderStates[k][1]);
    for (let k = 0; k < raw.countries.length; k++) {
      const [full, st] = raw.countries[k];
      if (!st) bareLeaders.add(full); else if (!personStates.has(full)) personStates.set(full, st);
    }
  }
  // The dateline's state counts for the currency choices too: "the government expects 1.4 trillion pesos" under a
  // SANTIAGO dateline is in Chilean pesos, whichever neighbours the lead names.
  if (dateline) stateCounts.set(dateline, (stateCounts.get(dateline) ?? 0) + LEAD_WEIGHT);
  const currencies = new Map<string, string | null>();
  for (const [key, codes] of ambiguousLists) currencies.set(key, currencyChoice(codes, stateCounts, dateline));
  const orgHeads = articleOrganisationHeads(orgNames, acronyms, leadOrganisations(leadOrgs, acronyms));
  let top = 0;
  for (const n of stateCounts.values()) if (n > top) top = n;
  const dominant = articleState(raws[0]?.mentions, dominantState(stateCounts, dateline), dateline, leadOpensWith(leadStates, dateline), { bareLeaders, personStates, leaderStates },
    datelineContends(stateCounts, dateline, top));
  return { surnames, aliases, givenNames, cuedNames, fullNames, orgNames, acronyms, currencies, orgHeads, dominant, dateline, personStates, bareLeaders, leaderStates };
}


/**
 * "X administration" (guideline 10): the country the article ties X to; else a United States president's; else, for a
 * "President X" without a country, the article's dominant state; else the canonical the rule gave (the default).
 */
function administrationState(m: ActorMention, ctx: DocContext): string {
  const full = administrationPerson(m.text, ctx);
  const tied = full && leaderTie(ctx, full);
  if (tied) return tied;
  if (US_PRESIDENT_SURNAMES.has(administrationName(m.text))) return 'United States';
  return (full && ctx.bareLeaders.has(full) && ctx.dominant) || m.canonical;
}

/**
 * Whether mention idx follows a state in the possessive ("Kenya's Tea Board", "the Philippines' Senate"): its own owner's,
 * not the body another state's name opened ("Sri Lanka Tea Board"). Read from the mentions' offsets: the gap is the "'s "
 * (POSSESSIVE_GAP), or "' " after an s.
 */
function ownedByStateBefore(mentions: readonly Mention[], idx: number): boolean {
  const prev = mentions[idx - 1];
  if (!prev || prev.kind !== 'actor' || prev.type !== 'state') return false;
  const gap = mentions[idx].start - prev.end;
  return gap === POSSESSIVE_GAP || (gap === POSSESSIVE_GAP - 1 && prev.text.endsWith('s'));
}

/** One capitalised word: an organisation alias that may be a person's surname. */
const ONE_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** One paragraph's mentions at document offsets, with coreference and currency choices applied (`inPlace`: raw's own mentions are shifted and may be the list returned). */
export function assembleParagraph(raw: RawParagraph, base: number, ctx: DocContext, inPlace = false): Mention[] {
  const ambiguous = raw.ambiguous.length ? new Map(raw.ambiguous) : null;
  const resolved: ActorMention[] = [];
  for (const c of raw.candidates) {
    // The type and canonical name first, then one object with its fields written out (no spread of a position object).
    let type: 'organization' | 'person' | null = null;
    let canonical = '';
    if (c.demonymLed) {
      // Only a name the article gives an organisation replaces the demonym's state.
      const org = ctx.orgNames.get(c.text);
      if (org === undefined) continue;
      type = 'organization'; canonical = org;
    } else if (c.acronym) {
      // An acronym defined anywhere in the article takes its expansion; an undefined one names itself, unless it is
      // longer than acronyms mostly are (a shouted word).
      // (Or the short form of a company the article names: "MMG" after "MMG Ltd".)
      const defined = ctx.acronyms.get(c.text) ?? ctx.orgNames.get(c.text) ?? (ctx.orgHeads.get(c.text) || undefined);
      if (defined === undefined && c.definedOnly) continue;
      type = 'organization'; canonical = defined === undefined ? c.text : withAcronymSpelledOut(defined, ctx.acronyms);
    } else if (ctx.fullNames.has(c.text)) {
      // "De Zela" read whole after a quote is still the surname of "Hugo de Zela", its particle capitalised.
      const longer = ctx.surnames.get(c.text) ?? ctx.surnames.get(particleLowered(c.text));
      type = 'person'; canonical = longer && longer.length > c.text.length ? longer : c.text;
    } else if (ctx.orgNames.has(c.text)) {
      type = 'organization'; canonical = ctx.orgNames.get(c.text)!;
    } else if (c.text.length > 6 && ctx.acronyms.has(c.text.toUpperCase()) && /^\p{Lu}\p{Ll}+$/u.test(c.text)) {
      // "Cocobod" where the article defines "COCOBOD": the same short form, capitalised as a word (a long one: "Hope"
      // after "(HOPE)" is the word).
      type = 'organization'; canonical = ctx.acronyms.get(c.text.toUpperCase())!;
    } else if (ctx.surnames.has(c.text) || ctx.aliases.has(c.text)) {
      type = 'person'; canonical = ctx.surnames.get(c.text) ?? ctx.aliases.get(c.text)!;
    } else if (ctx.surnames.has(particleLowered(c.text))) {
      // "Van Leeuwen expects …" after "Pieter van Leeuwen": a particle capitalised at the start of a sentence.
      type = 'person'; canonical = ctx.surnames.get(particleLowered(c.text))!;
    } else if ((c.cued || ctx.cuedNames.has(c.text)) && ctx.givenNames.get(c.text)) {
      type = 'person'; canonical = ctx.givenNames.get(c.text)!;
    } else if (ctx.orgHeads.get(c.text) && !(c.placed && isShortForm(c.text))) {
      // A company's short form in a place's slot is the place it is named after ("Shanghai Electric … across Shanghai").
      type = 'organization'; canonical = ctx.orgHeads.get(c.text)!;
    }
    if (type === null) continue;
    if (type === 'organization') canonical = qualifyGeneric(c.text, canonical, ctx.dominant, ctx.dateline);
    resolved.push({ kind: 'actor', start: c.start + base, end: c.end + base, text: c.text, type, canonical });
  }
  // In place with no candidate resolved (most paragraphs), the shifted raw list is the answer: no merged copy.
  const out: Mention[] | null = inPlace && !resolved.length ? null : [];
  let r = 0;
  // Indexes of institutions an owner qualified, increasing: read in step with idx (no search per mention).
  let ownedAt = 0;
  for (let idx = 0; idx < raw.mentions.length; idx++) {
    const m = inPlace ? raw.mentions[idx] : shift(raw.mentions[idx], base);
    if (inPlace) { m.start += base; m.end += base; }
    const codes = ambiguous?.get(idx);
    const code = codes && m.kind === 'figure' ? ctx.currencies.get(codes.join()) : undefined;
    if (code) setCurrency(m as FigureMention, code);
    if (m.kind === 'actor' && m.type === 'organization' && ctx.acronyms.has(m.text)) {
      // "PIF" after "Public Investment Fund (PIF)": the article's own definition beats a curated alias of another body;
      // within the defining paragraph, that paragraph's definition.
      const defined = raw.acronyms.find(([a]) => a === m.text)?.[1] ?? ctx.acronyms.get(m.text)!;
      if (defined !== m.canonical && ownDefinitionWins(m.text, m.canonical, defined)) m.canonical = defined;
    }
    // "the Biden Administration" after "President Joe Biden": a leader's government, not an agency.
    // (administrationState below names its state; the article's is its fallback.)
    if (m.kind === 'actor' && m.type === 'organization' && leaderAdministration(m, ctx)) { m.type = 'state'; m.canonical = ctx.dominant ?? 'United States'; }
    if (m.kind === 'actor' && m.type === 'organization') {
      // "Wagner said" after "Senator Jaques Wagner": a one-word organisation alias that is a person's surname here.
      const surname = ctx.surnames.get(m.text);
      const full = surname !== undefined && ONE_NAME_WORD.test(m.text) ? surname : undefined;
      if (full) { m.type = 'person'; m.canonical = full; } else {
        // A bare head word ("the Council", "the Commission") resolves to the article's organisation with that head, over
        // the body a curated short form names by default; a name opened by an acronym the article defines is spelled out.
        if (ctx.orgHeads.get(m.text) && (m.canonical === m.text || nameHead(m.canonical) === m.text) && !ownedByStateBefore(raw.mentions, idx)) m.canonical = ctx.orgHeads.get(m.text)!;
        // (Its acronym too: "PSC" after "AU Peace and Security Council (PSC)".)
        else m.canonical = withAcronymSpelledOut(m.canonical, ctx.acronyms);
        // "the United States' Senate": an institution its possessive owner qualified keeps that owner.
        while (ownedAt < raw.owned.length && raw.owned[ownedAt] < idx) ownedAt++;
        if (raw.owned[ownedAt] !== idx) m.canonical = qualifyGeneric(m.text, m.canonical, ctx.dominant, ctx.dateline);
      }
    }
    if (m.kind === 'actor' && m.type === 'person' && m.role === undefined && !ctx.surnames.has(m.text) && companyShortForm(ctx.orgHeads.get(m.text))) {
      // "First Quantum would review …" after "First Quantum Minerals": the company's short form, not a person.
      m.type = 'organization'; m.canonical = ctx.orgHeads.get(m.text)!;
    }
    if (m.kind === 'actor' && m.type === 'state' && namesAdministration(m.text)) m.canonical = administrationState(m, ctx);
    if (m.kind === 'actor' && m.type === 'person' && !m.canonical.includes(' ')) {
      // "Al-Mansouri said" after "Khalid al-Mansouri": the article capitalised at the start of a sentence.
      const full = ctx.surnames.get(m.canonical) ?? ctx.aliases.get(m.canonical) ?? ctx.surnames.get(particleLowered(m.canonical));
      if (full) m.canonical = full;
    } else if (m.kind === 'actor' && m.type === 'person') {
      // "Al Neyadi" after "Hamad Al Neyadi": a particle surname takes the full name; "El Tigre" after "Juan Soto, known
      // as El Tigre": an alias the article gave.
      const full = ctx.surnames.get(m.canonical) ?? ctx.surnames.get(particleLowered(m.canonical)) ?? ctx.aliases.get(m.canonical);
      if (full && full.length > m.canonical.length) m.canonical = full;
    }
    if (!out) continue;
    // Resolved candidates and mentions are both sorted; only a demonym-led name covers a mention (its demonym).
    while (r < resolved.length && resolved[r].start < m.start) out.push(resolved[r++]);
    if (r > 0 && out[out.length - 1] === resolved[r - 1] && m.start < resolved[r - 1].end) continue;
    if (r < resolved.length && resolved[r].start === m.start && m.end <= resolved[r].end) continue;
    out.push(m);
  }
  if (!out) return raw.mentions;
  while (r < resolved.length) out.push(resolved[r++]);
  return out;
}

/** Key of the dominant state among the context keys a paragraph reads. */
export const DOMINANT_KEY = '\u0000dominant';

/**
 * Every context key assembleParagraph reads for this raw result under ctx (names, head words,
 * currency lists, DOMINANT_KEY): its output can change only when one of them does. Keep in step
 * with assembleParagraph.
 */
export function contextReads(raw: RawParagraph, ctx: DocContext): string[] {
  const keys = new Set<string>();
  // The dominant state matters only to generic institutions, whichever canonical name the context gives.
  const generic = (text: string, ...canonicals: (string | undefined)[]): void => {
    if (canonicals.some((c) => c !== undefined && qualifiedByDominant(text, c))) keys.add(DOMINANT_KEY);
  };
  for (const c of raw.candidates) {
    keys.add(c.text); keys.add(particleLowered(c.text)); keys.add(c.text.toUpperCase());
    // An acronym's expansion opened by another acronym is spelled out by that one's definition.
    const leading = c.acronym ? LEADING_ACRONYM.exec(ctx.acronyms.get(c.text) ?? '') : null;
    if (leading) keys.add(leading[1]);
    generic(c.text, c.text, ctx.acronyms.get(c.text), ctx.orgNames.get(c.text), ctx.orgHeads.get(c.text));
  }
  for (const [, codes] of raw.ambiguous) keys.add(codes.join());
  for (const m of raw.mentions) {
    if (m.kind !== 'actor') continue;
    keys.add(m.text); keys.add(m.canonical); keys.add(particleLowered(m.canonical));
    if ((m.type === 'state' || m.type === 'organization') && namesAdministration(m.text)) {
      // The person's surname, then their full name, say which country the administration is (and whether a capitalised one is a leader's).
      keys.add(administrationName(m.text));
      const full = administrationPerson(m.text, ctx);
      if (full) keys.add(full);
      keys.add(DOMINANT_KEY);
    }
    if (m.type !== 'organization') continue;
    generic(m.text, m.canonical, ctx.acronyms.get(m.text), ctx.orgHeads.get(m.text));
    // An organisation alias that is a person's surname here is then looked up by that person's full name.
    const full = ctx.surnames.get(m.text);
    if (full) { keys.add(full); keys.add(particleLowered(full)); }
    const expansion = ctx.acronyms.get(m.text);
    if (expansion) keys.add(expansion);
    for (const name of [m.text, m.canonical]) {
      const leading = LEADING_ACRONYM.exec(name);
      if (leading) keys.add(leading[1]);
    }
  }
  return [...keys];
}
