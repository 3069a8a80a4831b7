// Names the gazetteer knows (states, organisations, capitals, places, demonyms) and organisation names
// read from their pattern: whichever reaches further wins. A known name can still be a place, headline
// noise, part of a product name or a modifier ("Commission officials").
import { FUNCTION_WORDS, PEOPLE_AFTER } from '../../lexicon/names';
import { HEADLINE_COMMON_HEADS, HEADLINE_NOUNS } from '../../lexicon/headlines';
import { PEOPLE_ADJECTIVES } from '../../lexicon/numbers';
import { CAPITAL_COMPANY_TAILS, COMPANY_NOUNS_AFTER, isCompanyOnlyTail } from '../../lexicon/companies';
import { BODY_CAPABLE_HEADS, GOVERNING_GROUPS, ORG_HEADS, SINGLE_HEADS } from '../../lexicon/organisations';
import { LANDMARK_TAILS, PLACE_HEADS_AFTER, POPULATION_WORDS, REGION_BEFORE, STATE_PARTICIPLES } from '../../lexicon/places';
import { MONTH_OR_DAY } from '../../lexicon/time';
import { ORG_APPOSITION_AFTER, SPEAKS_AFTER } from '../context';
import type { GazMatch, ScanState } from '../scanState';
import { expandOrgName } from '../orgName';
import { ALL_CAPS, hasLower, isCap } from '../words';
import { addOrganisation, afterOrg, capsChain, capsDateline, hostTailEnd, knownOrgDefinition, opaqueName } from './acronyms';
import { capitalActs } from './capitalActs';
import { cuedAsListMember, cuedByCompanyNoun } from './cueOrg';
import { orgCanonical } from './orgCanonical';
import { chamberHostEnd, type OrgRun, orgRun } from './orgRun';
import { titleAt } from './title';

/** A lower-case word at token i opens only a known organisation written in lower case. Returns the next token. */
export function lowerCaseOrg(s: ScanState, i: number): number {
  const g = s.gazMatch(i);
  if (g && g.entry.kind === 'org') { s.addActor(i, g.end, 'organization', g.entry.canonical); return afterOrg(s, g.end, g.entry.canonical); }
  return i + 1;
}

/**
 * "Emirati Operator Wins …", "Tamil Party Takes North": in a title-case headline a demonym or a people's word before a
 * common noun of a company or a party is an adjective, not a body's name; a demonym still names its state. Returns the
 * next token, or i.
 */
function headlineAdjectiveNoun(s: ScanState, i: number, run: OrgRun): number {
  const t = s.t;
  if (!s.headline || run.end !== i + 1 || !HEADLINE_COMMON_HEADS.has(t.words[i + 1])) return i;
  const g = s.gazMatch(i);
  if (g !== null && g.end === i && g.entry.kind === 'demonym') { s.addActor(i, i, g.entry.type, g.entry.canonical); return i + 2; }
  return PEOPLE_ADJECTIVES.has(t.words[i]) ? i + 2 : i;
}

/**
 * "Wins U.S. Licence for Gas Field", "for Venezuelan Gas Field": in a title-case headline, a state's name or demonym
 * before a headline noun or a feature's name is the state, and the capitalised words after it are no name of their own.
 * Returns the next token, or i.
 */
function headlineStateBeforeNoun(s: ScanState, i: number, run: OrgRun): number {
  if (!s.headline || !run.opaque) return i;
  const g = s.gazMatch(i);
  if (g === null || g.end >= run.end || (g.entry.kind !== 'demonym' && !(g.entry.kind === 'country' && HEADLINE_NOUNS.has(s.t.words[g.end + 1])))) return i;
  s.addActor(i, g.end, g.entry.type, g.entry.canonical);
  return g.end + 1;
}

/** An organisation or opaque name read from its pattern (token i to run.end). Returns the next token. */
function patternName(s: ScanState, i: number, run: OrgRun): number {
  const t = s.t;
  const adjective = headlineAdjectiveNoun(s, i, run);
  if (adjective > i) return adjective;
  const state = headlineStateBeforeNoun(s, i, run);
  if (state > i) return state;
  if (run.opaque && !markedBody(s, i, run.end)) return opaqueName(s, i, run.end);
  const after = t.words[run.end + 1];
  const tail = after === 'in' || after === 'for' ? hostTailEnd(s, i, run.end) : -1;
  const chamberHost = after === 'in' && tail < 0 ? chamberHostEnd(s, i, run.end) : -1;
  const end = Math.max(tail, chamberHost, run.end);
  const name = s.text.slice(t.starts[i], t.ends[end]);
  // The nationality of a chamber abroad is part of its name, not the owner of a generic institution.
  const canonical = chamberHost > run.end ? expandOrgName(name) : orgCanonical(s, i, name);
  return addOrganisation(s, i, end, canonical);
}

/**
 * "Rival bidder Hanwha Ocean", "the Lobito Atlantic Railway consortium", "South Caucasus Railway, a subsidiary of …",
 * "… Lobito Atlantic Railway said": a name of two words or more ending in a head companies also end their names in
 * (a route, a sea, a port) is a body, not an opaque name, when a company noun comes before it, or a company noun, a
 * company's apposition or a reporting verb after it.
 */
function markedBody(s: ScanState, i: number, end: number): boolean {
  const t = s.t;
  if (end === i || !BODY_CAPABLE_HEADS.has(t.words[end])) return false;
  const next = t.lower[end + 1] ?? '';
  if (COMPANY_NOUNS_AFTER.has(next) && s.spaced(end + 1)) return true;
  const after = s.text.slice(t.ends[end], t.ends[end] + 60);
  return SPEAKS_AFTER.test(after) || ORG_APPOSITION_AFTER.test(after) || cuedByCompanyNoun(s, i);
}

/** A capital or seat (guideline 8): its state when it acts, else a place that may open a list of places. */
function capitalOrPlace(s: ScanState, i: number, g: GazMatch): number {
  // "Tokyo Electron", "Seoul Semiconductor": a capital before a word only companies end in names a company (not a
  // sector a ministry or a market is named by: "Washington Energy Secretary", "Tehran Oil prices").
  let k = g.end + 1;
  if (k < s.t.words.length && s.spaced(k) && CAPITAL_COMPANY_TAILS.has(s.t.words[k])) {
    // "Tokyo Scientific Instruments": the tails after it are the company's too.
    while (s.tick() && k + 1 < s.t.words.length && s.spaced(k + 1) && isCompanyOnlyTail(s.t.words[k + 1])) k++;
    return addOrganisation(s, i, k, s.text.slice(s.t.starts[i], s.t.ends[k]));
  }
  if (capitalActs(s, i, g.end)) {
    s.addActor(i, g.end, g.entry.type, g.entry.canonical);
    return g.end + 1;
  }
  s.placeEnd = g.end + 1;
  // A capital that is only a place: it may still start a person name ("Lima Okafor") — rare; skip it.
  return g.end + 1;
}

/** All-caps headline noise ("TELL US"): a short all-caps country code inside an all-caps line. */
function headlineNoise(s: ScanState, i: number, w: string): boolean {
  const t = s.t;
  return w.length <= 3 && /^\p{Lu}+$/u.test(w) && s.sentenceInitial(i) === false && /^[\p{Lu}\s\W]+$/u.test(s.text.slice(Math.max(0, t.starts[i] - 20), t.starts[i]).replace(/[^\p{L}\s]/gu, '')) && /\p{Lu}{4}/u.test(s.text.slice(Math.max(0, t.starts[i] - 20), t.starts[i]));
}

/** "Siemens Gamesa", "Gazprom Neft": a known company name followed by further name words is a longer name. Returns the next token, or i when there is none. */
function longerCompany(s: ScanState, i: number): number {
  const t = s.t;
  let last = i;
  while (s.tick() && last < i + 2 && last + 1 < t.words.length && s.spaced(last + 1) && s.isNameWordAt(last + 1) && !s.gazMatch(last + 1) && !titleAt(s, last + 1)) last++;
  if (last === i) return i;
  const name = s.text.slice(t.starts[i], t.ends[last]);
  return addOrganisation(s, i, last, name);
}

/** "Thai Hom Mali", "Jasmine Kenya blend": after a demonym and an unknown capitalised word, a country name at i ends a product name. */
function endsProductName(s: ScanState, i: number): boolean {
  const t = s.t;
  return i > 1 && s.spaced(i) && s.spaced(i - 1) && /^\p{Lu}\p{Ll}+$/u.test(t.words[i - 1]) && !!s.gaz.countryOfDemonym(t.words[i - 2])
    && !s.gazMatch(i - 1) && !FUNCTION_WORDS.has(t.words[i - 1]) && !MONTH_OR_DAY.has(t.lower[i - 1]) && !titleAt(s, i - 1);
}

/** The gazetteer name g at token i, unless its context makes it something else. Returns the next token. */
/** Whether a capitalised word other than a function word, a title or a known name touches token i (one space between). */
function ownNameInName(s: ScanState, i: number): boolean {
  if (s.gaz.isDemonym(s.t.words[i])) return false;
  const t = s.t;
  const next = i + 1;
  if (next < t.words.length && s.spaced(next) && isCap(t.words[next]) && !FUNCTION_WORDS.has(t.words[next]) && !s.gazMatch(next) && !titleAt(s, next)) return true;
  const prev = i - 1;
  // A sentence's first word before it is a name's only when it is an acronym ("LNG Hrvatska operates …").
  return prev >= 0 && s.spaced(i) && isCap(t.words[prev]) && !FUNCTION_WORDS.has(t.words[prev]) && !s.gazMatch(prev) && (!s.sentenceInitial(prev) || ALL_CAPS.test(t.words[prev]));
}

function gazetteerName(s: ScanState, i: number, g: GazMatch): number {
  const t = s.t;
  const w = t.words[i];
  const e = g.entry;
  if (e.kind === 'place') { s.out.blockers.push({ start: t.starts[i], end: t.ends[g.end] }); return g.end + 1; }
  if (e.kind === 'capital' || e.kind === 'seat') return capitalOrPlace(s, i, g);
  if (e.kind === 'demonym' && REGION_BEFORE.has(t.words[i - 1] ?? '') && s.spaced(i)) return g.end + 1;
  // "the Serb-majority north", "Russian-speaking towns": a demonym that counts a population names a people, not its state.
  if (e.kind === 'demonym' && t.words[g.end + 1] === '-' && s.tight(g.end + 1) && s.tight(g.end + 2) && POPULATION_WORDS.has(t.lower[g.end + 2] ?? '')) return g.end + 3;
  // A demonym the country data also lists as a name of its country ("Thai") is read as a country. (The place is looked
  // for first: it is rare, and the demonym test is two lookups.)
  if (e.kind === 'country' && g.end === i) {
    const place = demonymPlaceEnd(s, i);
    if (place > i && s.gaz.countryOfDemonym(w)) { s.out.blockers.push({ start: t.starts[i], end: t.ends[place] }); return place + 1; }
  }
  if (e.kind === 'country' && headlineNoise(s, i, w)) return g.end + 1;
  // "Nippon Steel", "LNG Hrvatska", "Telekom Srbija": a country's name in its own language next to another name word in
  // running text is part of a company's name (the other rules read it); not a demonym it shares ("Saudi Crown Prince").
  if (e.ownName && g.end === i && !s.headline && ownNameInName(s, i)) return i;
  // Not in a title-case headline, where every word is capitalised: "Backs Mercosur Trade Deal" names Mercosur.
  if (e.kind === 'org' && g.end === i && hasLower(w) && !s.headline) {
    const next = longerCompany(s, i);
    if (next > i) return next;
  }
  // "COSCO Shipping Ports": a known company named by a company word, before another, is a company of its group (not a
  // body: "NATO Energy", "European Union Energy Commissioner").
  const tail = g.end + 1;
  if (e.kind === 'org' && g.end > i && isCompanyOnlyTail(t.words[g.end]) && !s.headline && s.spaced(tail) && isCompanyOnlyTail(s.w(tail))) {
    return addOrganisation(s, i, tail, s.text.slice(t.starts[i], t.ends[tail]));
  }
  if (e.kind === 'country' && endsProductName(s, i)) return g.end + 1;
  // "Commission officials said": the same sentence-initial modifier reading for a known one-word body.
  if (e.kind === 'org' && g.end === i && SINGLE_HEADS.has(w) && s.sentenceInitial(i) && PEOPLE_AFTER.has(t.words[i + 1] ?? '')) return i + 1;
  if (e.kind === 'demonym' && g.end === i) demonymLedName(s, i);
  // "Transparency International Georgia said", "Amnesty International UK's director": a country right after an
  // international body names its national chapter when punctuation, a possessive or a reporting verb follows it (not
  // "According to Amnesty International Iran carried out …", where the country opens a clause).
  if (e.kind === 'org' && t.words[g.end] === 'International' && !s.headline && s.spaced(tail)) {
    const chapter = s.gazMatch(tail);
    if (chapter !== null && chapter.entry.kind === 'country' && chapterEnds(s, chapter.end)) return addOrganisation(s, i, chapter.end, s.text.slice(t.starts[i], t.ends[chapter.end]));
  }
  s.addActor(i, g.end, e.type, e.canonical);
  if (e.type !== 'organization') return g.end + 1;
  // "the consortium of Trafigura, Mota-Engil and Vecturis": a known company after a cue of several members opens a list
  // the cue rule continues (not after a cue of one: "the miner Glencore and Ivan Glasenberg").
  if (cuedAsListMember(s, i)) s.cueOrgEnd = t.ends[g.end];
  return afterOrg(s, g.end, e.canonical);
}

/** Whether a national chapter's name can end at token `end`: punctuation, a possessive or a reporting verb after it. */
function chapterEnds(s: ScanState, end: number): boolean {
  const next = s.t.words[end + 1];
  if (next === undefined || next === ',' || next === '.' || next === ';' || next === ':' || next === ')') return true;
  return s.possessiveBefore(end + 3) || SPEAKS_AFTER.test(s.text.slice(s.t.ends[end], s.t.ends[end] + 16));
}

/** Most unknown name words between a demonym opening a place name and its place noun ("Thai Binh province"). */
const PLACE_NAME_WORDS = 2;

/**
 * "Thai Binh province", "Lao Cai province": a word the country data lists as a name of its country, followed by unknown
 * name words and a lower-case kind of place, opens the place's name, which says nothing of the state ("the Russian
 * Kursk region" still names Russia). Returns the name's last token, or i when it is none.
 */
function demonymPlaceEnd(s: ScanState, i: number): number {
  const t = s.t;
  let last = i;
  while (s.tick() && last < i + PLACE_NAME_WORDS && last + 1 < t.words.length && s.spaced(last + 1) && s.isNameWordAt(last + 1) && !s.gazMatch(last + 1)) last++;
  return last > i && s.spaced(last + 1) && PLACE_HEADS_AFTER.has(s.w(last + 1)) ? last : i;
}

/**
 * "Critics accuse Georgian Dream, founded by …": a demonym before an unknown capitalised word may open a name the
 * article gives elsewhere ("the ruling Georgian Dream party"). The pair is left to the document pass as a candidate.
 */
function demonymLedName(s: ScanState, i: number): void {
  const t = s.t;
  const k = i + 1;
  // A third capitalised word ("Chinese Foreign Ministry") makes a longer name the other rules read.
  if (k >= t.words.length || !s.spaced(k) || !s.isNameWordAt(k) || (s.spaced(k + 1) && isCap(s.w(k + 1))) || s.gazMatch(k) || titleAt(s, k)) return;
  s.out.candidates.push({ start: t.starts[i], end: t.ends[k], text: s.text.slice(t.starts[i], t.ends[k]), acronym: false, demonymLed: true });
}

/**
 * "PORT-AU-PRINCE, Haiti —": an all-caps known name joined by hyphens or apostrophes to an all-caps dateline with an
 * unknown word in it is inside a place name written in capitals, not an acronym ("US-UK-AUKUS deal" names the UK).
 */
function insideCapsDateline(s: ScanState, i: number, end: number): boolean {
  if (!ALL_CAPS.test(s.w(i))) return false;
  const chain = capsChain(s, i, end);
  if (chain.first === i && chain.last === end) return false;
  let unknown = false;
  for (let k = chain.first; s.tick() && k <= chain.last && !unknown; k += 2) if (k < i || k > end) unknown = !s.gazMatch(k);
  // A dateline opens its paragraph: "US-AUKUS — …" later in a line is no dateline.
  return unknown && s.sentenceInitial(chain.first) && capsDateline(s, chain);
}

/**
 * "Afghanistan's Taliban administration", "the Taliban administration's spokesman": a known organisation before a
 * lower-case "administration" that names a government is one state span (guideline 10); its canonical is the country
 * the movement governs, whoever owns the phrase ("Pakistan's Taliban administration policy" is about Afghanistan's).
 * Returns the next token, or i.
 */
function groupAdministration(s: ScanState, i: number, g: GazMatch): number {
  const t = s.t;
  const k = g.end + 1;
  if (t.words[k] !== 'administration' || !s.spaced(k) || g.entry.kind !== 'org') return i;
  const country = GOVERNING_GROUPS[t.words[g.end]];
  if (!country) return i;
  s.addActor(i, k, 'state', country);
  return k + 1;
}

/**
 * "Mauritanian Petroleum and Energy Minister X", "Kenyan Trade and Industry Minister X": the words a demonym opens are a
 * minister's portfolios when a minister's or secretary's title follows them (after "and" and the last portfolio the run
 * did not reach). The demonym is then the state, the portfolios go into the role. `end` is the run's last token.
 */
function portfolioTitleAfter(s: ScanState, end: number): boolean {
  const t = s.t;
  let k = end + 1;
  if (t.words[k] === 'and' && s.spaced(k)) {
    const stop = k + 3;
    k++;
    while (s.tick() && k <= stop && s.spaced(k) && isCap(s.w(k)) && !FUNCTION_WORDS.has(s.w(k)) && t.lower[k] !== 'minister' && t.lower[k] !== 'secretary') k++;
  }
  const w = t.lower[k];
  if ((w !== 'minister' && w !== 'secretary') || !s.spaced(k)) return false;
  const title = titleAt(s, k);
  return title !== null && /^(?:Minister|Secretary)\b/.test(title.role);
}

/** A known name or a pattern-built organisation at token i, the longer of the two. */
export function knownOrPatternName(s: ScanState, i: number): number {
  const g = s.gazMatch(i);
  if (g && s.t.lower[g.end + 1] === 'administration') {
    const next = groupAdministration(s, i, g);
    if (next > i) return next;
  }
  if (g && (s.t.words[i - 1] === '-' || s.t.words[g.end + 1] === '-') && insideCapsDateline(s, i, g.end)) return g.end + 1;
  // "U.S.-Backed Corridor", "a Chinese-Funded Port": a country or demonym joined by a hyphen to a participle of support
  // names the state, in prose and in title case (the capitalised participle opens no name with what follows).
  if (g && s.t.words[g.end + 1] === '-' && (g.entry.kind === 'country' || g.entry.kind === 'demonym') && s.tight(g.end + 1) && s.tight(g.end + 2)
    && STATE_PARTICIPLES.has(s.t.lower[g.end + 2] ?? '')) {
    const next = gazetteerName(s, i, g);
    return next === g.end + 1 ? g.end + 3 : next;
  }
  const run = orgRun(s, i);
  // "reporters on Parliament Hill", "the Treasury Building": an organisation's head before a landmark noun ends a place's
  // name, as "Capitol Hill" does; nothing in it is marked.
  if (run && !run.opaque && run.end > i && LANDMARK_TAILS.has(s.t.words[run.end]) && ORG_HEADS.has(s.t.words[run.end - 1])) {
    s.out.blockers.push({ start: s.t.starts[i], end: s.t.ends[run.end] });
    return run.end + 1;
  }
  if (g && g.entry.kind === 'org' && (!run || run.opaque || run.end <= g.end)) {
    const next = knownOrgDefinition(s, i, g.end);
    if (next > i) return next;
  }
  if (run && (!g || run.end > g.end) && !(g && g.entry.kind === 'demonym' && portfolioTitleAfter(s, run.end))) return patternName(s, i, run);
  return g ? gazetteerName(s, i, g) : i;
}
