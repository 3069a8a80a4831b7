// An organisation read from its pattern: a capitalised run ending in an organisation head ("Centre for
// Policy Dialogue", "Tsingshan Holding Group"), or an opaque name (law, treaty, landmark) inside which
// nothing is marked. The run is bounded so a table of capitalised words stays linear.
import { COMPANY_LEGAL_FORMS, isCompanyOnlyTail, STATE_COMPANY_LEADS } from '../../lexicon/companies';
import { CONNECTORS } from '../../lexicon/connectors';
import { FUNCTION_WORDS, NAME_POSSESSORS, PEOPLE_AFTER } from '../../lexicon/names';
import {
  ABBREV, CHAMBER_LEADS, CHAMBER_MEMBERS, ID_NAMES, LED_LEGISLATURE_HEADS, LEGISLATURE_LEADS, OPAQUE_HEADS, OPENING_HEADS, ORG_HEADS, PARTY_HEADS, REMIT_ENDS,
  SINGLE_HEADS, UNDERTAKING_HEADS, WORK_NOUNS,
} from '../../lexicon/organisations';
import { GEO_LEADS, LANDMARK_HEADS, ROUTE_HEADS } from '../../lexicon/places';
import { GENERAL_OFFICE_WORDS, PORTFOLIO_WORDS } from '../../lexicon/titles';
import { SCALES } from '../../lexicon/numbers';
import type { ScanState } from '../scanState';
import { HONORIFIC } from '../context';
import { isAllCaps, isCap, isTitleWord } from '../words';
import { portfolioListEnd } from './portfolioList';

/**
 * The longest capitalised run read as one name, in tokens. Real names stay far below it; without it a
 * run of capitalised words pasted from a table (one paragraph) was re-read from every token (quadratic).
 */
export const MAX_RUN_TOKENS = 40;

/** A run read as an organisation (opaque: a law, treaty or landmark, marked as a blocker). */
export interface OrgRun {
  end: number;
  opaque: boolean;
}

/** Most capitalised words after "and" read for the head that ends a name opened by a title word. */
const TITLE_JOINED_WORDS = 3;

/**
 * "Justice and Development Party", "Justice and Equality Movement": a title word joined by "and" to capitalised words
 * that are no title and no head of their own, and that end in an organisation head, opens a name ("President and Chief
 * Executive" stays two titles, "the President and Congress" a title and a body).
 */
function titleJoinsName(s: ScanState, i: number): boolean {
  const t = s.t;
  const first = s.w(i + 2);
  if (s.w(i + 1) !== 'and' || !s.spaced(i + 2) || !isCap(first) || isTitleWord(first, t.lower[i + 2] ?? '') || ORG_HEADS.has(first) || SINGLE_HEADS.has(first)) return false;
  for (let k = i + 3; s.tick() && k <= i + 2 + TITLE_JOINED_WORDS && k < t.words.length && s.spaced(k) && isCap(t.words[k]); k++) {
    if (ORG_HEADS.has(t.words[k])) return true;
  }
  return false;
}

/** Scale words written out ("billion", "crore"; not the letters "k", "m", "bn", which open names such as "K&L"). */
const SCALE_WORDS = new Set(Object.keys(SCALES).filter((w) => w.length > 2));

/** A bit for each letter a–z a scale word starts with: a word starting with another letter a–z is none, without a lookup. */
const SCALE_FIRST_LETTERS = [...SCALE_WORDS].reduce((bits, w) => (/^[a-z]/.test(w) ? bits | (1 << (w.charCodeAt(0) - 97)) : bits), 0);

function isScaleWord(lower: string): boolean {
  const c = lower.charCodeAt(0) - 97;
  return (c < 0 || c > 25 || (SCALE_FIRST_LETTERS & (1 << c)) !== 0) && SCALE_WORDS.has(lower);
}

/** The longest connector ("para", "pour"): a longer word is none, and needs no lookup. */
const MAX_CONNECTOR_LENGTH = Math.max(...[...CONNECTORS].map((w) => w.length));

function isConnector(w: string): boolean {
  return w.length <= MAX_CONNECTOR_LENGTH && CONNECTORS.has(w);
}

/** May the run at token i open an organisation name at all. */
function opensRun(s: ScanState, i: number): boolean {
  const first = s.t.words[i];
  // An honorific opens the names of places and bodies named after a person ("Sir Ian Blake Hospital"); other titles do not.
  if (!isCap(first) || FUNCTION_WORDS.has(first) || (isTitleWord(first, s.t.lower[i]) && !HONORIFIC.test(first) && !titleJoinsName(s, i))) return false;
  // "$20 Billion Gas Project" in a title-case headline: a scale word written out is the figure's, and opens no name.
  if (isScaleWord(s.t.lower[i])) return false;
  // "Prices on the London Metal Exchange": a sentence-initial word that is no organisation head does not open a name
  // through a connector.
  const next = s.w(i + 1);
  return !(isConnector(next) && next !== '&' && !ORG_HEADS.has(first) && s.sentenceInitial(i));
}

/** Whether the capitalised words after the connector at k end in an undertaking's or a law's head before `stop` ("and Restoration Project"). */
function opaqueAfter(s: ScanState, k: number, stop: number): boolean {
  const m = capitalisedRunEnd(s, k, stop, false);
  return m > k && UNDERTAKING_HEADS.has(s.t.words[m]);
}

/** The last token of the capitalised words after token k (through connectors between them if asked), before `stop`; k when none. */
function capitalisedRunEnd(s: ScanState, k: number, stop: number, throughConnectors: boolean): number {
  const t = s.t;
  let m = k;
  while (s.tick() && m + 1 < stop && s.spaced(m + 1) && (isCap(t.words[m + 1]) || (throughConnectors && CONNECTORS.has(t.words[m + 1]) && isCap(s.w(m + 2))))) m++;
  return m;
}

/**
 * "AD Ports Group of the United Arab Emirates": after a company's form word (at k - 1) "of the <country>" names the
 * company's home, which ends its name; not for a state company named by generic words or a demonym ("Power Holding
 * Company of the Gambia", "Philippine National Oil Company of the Philippines"), nor before an acronym that may spell it.
 */
function homeCountryAfter(s: ScanState, i: number, k: number): boolean {
  const g = s.gazMatch(k + 2);
  if (g === null || g.entry.kind !== 'country' || s.t.words[g.end + 1] === '(') return false;
  return !STATE_COMPANY_LEADS.has(s.t.words[i]) && s.gazMatch(i)?.entry.kind !== 'demonym';
}

/** Whether a company's name opened by a country's name starts at k ("China Baowu Steel Group", "Kenya Pipeline Company"). */
function countryCompanyAfter(s: ScanState, k: number, stop: number): boolean {
  if (k >= stop) return false;
  const g = s.gazMatch(k);
  if (g === null || g.entry.kind !== 'country' || !s.spaced(k)) return false;
  const end = capitalisedRunEnd(s, g.end, stop, false);
  return end > g.end && (COMPANY_LEGAL_FORMS.has(s.t.words[end]) || isCompanyOnlyTail(s.t.words[end]));
}

/** A connector at k inside the run from i: the token before the next name word when it joins one (-1: the run ends). */
function connectorJoins(s: ScanState, i: number, k: number, stop: number): number {
  const words = s.t.words;
  const w = words[k];
  // "the Court of Auditors and the National Assembly": "and the" joins two names, it is not inside one.
  if ((w === 'and' || w === '&') && (words[k + 1] === 'the' || OPENING_HEADS.has(words[k + 1]))) return -1;
  // "Tsingshan Holding Group and Jiangsu Delong Nickel": a complete organisation name before "and" ends the run, unless
  // the words after "and" end in a project's or a law's head ("… Comprehensive Management and Restoration Project").
  if (w === 'and' && ORG_HEADS.has(words[k - 1]) && k - 1 > i && !CONNECTORS.has(words[k - 2]) && !opaqueAfter(s, k, stop)) return -1;
  // "Citigroup and Standard Bank": a known organisation's whole name before "and" ends the run.
  if (w === 'and' && s.gazMatch(i)?.end === k - 1 && s.gazMatch(i)?.entry.kind === 'org') return -1;
  // "Islamic Movement of Uzbekistan and Jamaat Ansarullah": a name completed by "of <country>" ends before "and".
  // (Not inside the country's own name: "Central Bank of Trinidad and Tobago".)
  if (w === 'and' && k >= 2 && words[k - 2] === 'of' && s.gazMatch(k - 1)?.entry.kind === 'country' && s.gazMatch(k - 1)!.end === k - 1) return -1;
  if (w === 'of' && COMPANY_LEGAL_FORMS.has(words[k - 1]) && words[k + 1] === 'the' && homeCountryAfter(s, i, k)) return -1;
  // "Winning International and China Baowu Steel Group": a company named after a country after "and" is a second name.
  if (w === 'and' && k - 1 > i && countryCompanyAfter(s, k + 1, stop)) return -1;
  // "Airtel Africa and MTN Group": an acronym after "and" opens a second name.
  if (w === 'and' && k - 1 > i && !CONNECTORS.has(words[k - 2]) && isAllCaps(words[k + 1] ?? '') && !s.gazMatch(k + 1)) return -1;
  let n = k + 1;
  while (s.tick() && n < stop && CONNECTORS.has(words[n]) && s.spaced(n)) n++;
  if (n < stop && s.spaced(n) && isCap(words[n]) && !FUNCTION_WORDS.has(words[n]) && (!isTitleWord(words[n], s.t.lower[n]) || officeInName(s, n))) return n - 1;
  return -1;
}

/**
 * "Ministry of Justice", "Court of Justice of the European Union", "Office of the President": a title word after a
 * connector names the office or branch the body is named after, unless a name follows it ("the Office of the
 * President Ana Ruiz": a title and its holder).
 */
function officeInName(s: ScanState, k: number): boolean {
  const next = s.w(k + 1);
  return CONNECTORS.has(s.w(k - 1)) && !(isCap(next) && s.spaced(k + 1) && !CONNECTORS.has(next));
}

/**
 * "European Union Training Mission in Mali", "UN Office to the African Union": a mission or office named after
 * its host country or the body it serves is one organisation. Returns its last token, or -1.
 */
function hostedOfficeEnd(s: ScanState, i: number, k: number): number {
  const words = s.t.words;
  const w = words[k];
  if ((w !== 'in' && w !== 'to') || (words[k - 1] !== 'Mission' && words[k - 1] !== 'Office') || k - 1 <= i) return -1;
  const at = words[k + 1] === 'the' ? k + 2 : k + 1;
  const g = at < words.length && s.spaced(at) ? s.gazMatch(at) : null;
  if (g && ((g.entry.kind === 'country' && words[k - 1] === 'Mission') || g.entry.kind === 'org')) return g.end;
  return -1;
}

/**
 * "American Chamber of Commerce in Vietnam", "European Chamber of Commerce in China": a chamber that a country's or a
 * region's businesses hold abroad is named after its host country, which ends the name. Returns the host's last token, or -1.
 */
export function chamberHostEnd(s: ScanState, i: number, end: number): number {
  const words = s.t.words;
  if (words[end + 1] !== 'in' || !s.spaced(end + 1) || words[i] === 'Chamber') return -1;
  let chamber = false;
  for (let k = i + 1; s.tick() && k <= end && !chamber; k++) chamber = words[k] === 'Chamber';
  const at = words[end + 2] === 'the' ? end + 3 : end + 2;
  const host = chamber && at < words.length && s.spaced(at) ? s.gazMatch(at) : null;
  if (!host || host.entry.kind !== 'country') return -1;
  // "the Vietnam Chamber of Commerce in Vietnam" would be a place after the name, not its host.
  const owner = s.gazMatch(i);
  return owner && owner.entry.canonical === host.entry.canonical ? -1 : host.end;
}

/**
 * "Japanese Ministry of Economy, Trade and Industry": a known organisation that starts inside the run (i..last) and
 * reaches further (past a comma the run stops at) extends it. Returns its first token, or -1.
 */
function knownOrgInside(s: ScanState, i: number, last: number): number {
  for (let k = i + 1; s.tick() && k <= last; k++) {
    const g = s.gazMatch(k);
    if (g && g.entry.kind === 'org' && g.end > last) return k;
  }
  return -1;
}

/**
 * "Centre for Policy Dialogue", "National Agency for Energy Regulation": an organisation head before the run's first
 * "for/of/on" (after any modifiers) is the head of the name; what follows is its remit, so the name stays an organisation.
 */
function remitFollowsHead(words: readonly string[], i: number, j: number, heads: ReadonlySet<string> = ORG_HEADS): boolean {
  for (let k = i + 1; k < j; k++) {
    const w = words[k];
    if (w === 'for' || w === 'of' || w === 'on') return heads.has(words[k - 1]);
    if (CONNECTORS.has(w)) return false;
  }
  return false;
}

/**
 * What the run i..j (its connectors trimmed) is: opaque, an organisation, or nothing (null). `joined`: whether a
 * connector may be inside the run (without one, "Great Wall of China" and its kin cannot be, and are not looked for).
 */
function runVerdict(s: ScanState, i: number, j: number, lastHead: number, geo: boolean, joined: boolean): OrgRun | null {
  const words = s.t.words;
  const first = words[i];
  const lastWord = words[j];
  const opaqueEnd = lastWord.charCodeAt(lastWord.length - 1) === 46 ? lastWord.slice(0, -1) : lastWord; // ends in "."
  // A remit may end in a word that also ends opaque names ("… for Energy Regulation") or in a geographic feature it
  // serves ("International Council for the Exploration of the Sea"); a law or a document stays one ("Central Bank of
  // Nigeria Act").
  // Both remit walks need a "for"/"of"/"on" after a head, which only a connector (`joined`) brings into the run.
  const headedOrg = joined && REMIT_ENDS.has(opaqueEnd) && remitFollowsHead(words, i, j);
  // A geographic name is opaque unless an organisation head ends the run ("Port of Rotterdam Authority"); a project that
  // defines its acronym runs as a body ("Armed Conflict Location and Event Data Project (ACLED)").
  const definedProject = opaqueEnd === 'Project' && words[j + 1] === '(' && isAllCaps(words[j + 2] ?? '') && words[j + 3] === ')';
  if ((OPAQUE_HEADS.has(opaqueEnd) && !headedOrg && !definedProject) || (geo && !ORG_HEADS.has(opaqueEnd))) return { end: j, opaque: true };
  // "Great Wall of China", "Three Gorges Dam of …": a landmark head before "of" makes the whole name a geographic feature (guideline 3).
  if (joined) for (let k = i + 1; s.tick() && k < j; k++) if (LANDMARK_HEADS.has(words[k]) && words[k + 1] === 'of') return { end: j, opaque: true };
  // "Trump Route for International Peace and Prosperity": a route's head before its remit makes the whole name opaque.
  if (joined && lastHead < 0 && j > i + 2 && remitFollowsHead(words, i, j, ROUTE_HEADS)) return { end: j, opaque: true };
  if (lastHead < 0) return null;
  // "Ingrid Øvergaard of the Norwegian Institute": the organisation starts after the connector (not after a geographic
  // lead's own "of": "Port of Rotterdam Authority").
  for (let k = i + 1; s.tick() && k < lastHead && !ORG_HEADS.has(first) && !CHAMBER_LEADS.has(first) && !geo; k++) {
    if (ORG_HEADS.has(words[k])) break;
    if (words[k] === 'of' || words[k] === 'for' || words[k] === 'at') return null;
  }
  if (j === i && !SINGLE_HEADS.has(first)) return null;
  // "Council diplomats said": a sentence-initial head word before a plural of people is a modifier, not the organisation.
  if (j === i && s.sentenceInitial(i) && PEOPLE_AFTER.has(words[i + 1] ?? '')) return null;
  return { end: j, opaque: false };
}

/**
 * "Irish Farmers' Association", "Workers' Party": a plural possessive at k (the apostrophe after a noun of people that
 * names take) inside a run, before a capitalised word; a surname's ("Reyes' Liberal Party") owns the name after it.
 */
function pluralPossessive(s: ScanState, k: number): boolean {
  const t = s.t;
  if (!NAME_POSSESSORS.has(t.words[k - 1]) || !s.tight(k) || k + 1 >= t.words.length || !s.spaced(k + 1)) return false;
  const next = t.words[k + 1];
  return isCap(next) && !FUNCTION_WORDS.has(next) && !ID_NAMES.has(next) && (!isTitleWord(next, t.lower[k + 1]) || CHAMBER_MEMBERS.has(next));
}

/** "Police Inspector-General Ada Eze": an office word at k joined to "General" is a title, which ends the run before it. */
function generalOffice(s: ScanState, k: number): boolean {
  const t = s.t;
  if (t.words[k + 1] === 'General') return s.spaced(k + 1);
  return t.words[k + 1] === '-' && s.tight(k + 1) && t.words[k + 2] === 'General' && s.tight(k + 2);
}

/** Whether the capitalised words from k (connectors between them) hold a party head before `stop` ("National Congress for Timorese Reconstruction"). */
function partyAfter(s: ScanState, k: number, stop: number): boolean {
  const words = s.t.words;
  let end = capitalisedRunEnd(s, k, stop, true);
  // "People's National Congress": a possessive that names take is inside the party's name.
  while (s.tick() && end + 3 < stop && NAME_POSSESSORS.has(words[end]) && (words[end + 1] === "'" || words[end + 1] === '’') && words[end + 2] === 's' && s.spaced(end + 3)) end = capitalisedRunEnd(s, end + 3, stop, true);
  for (let j = k; s.tick() && j <= end; j++) if (PARTY_HEADS.has(words[j])) return true;
  return false;
}

/**
 * Whether the "." at token k after an abbreviation ends its sentence: the paragraph ends, a sentence's opening function
 * word follows ("SMRT Corp. It …"), or a capitalised word that is no title and then a lower-case word ("Mitsubishi
 * Corp. Shares rose"); not "Corp. said", "Corp. (TSMC)", "Corp. Chairman Ken Li", "Co. Ltd. said".
 */
function fullStop(s: ScanState, k: number): boolean {
  const t = s.t;
  const next = t.words[k + 1];
  if (next === undefined) return true;
  if (!s.spaced(k + 1)) return false;
  if (FUNCTION_WORDS.has(next)) return true;
  const c = (t.words[k + 2] ?? '').charCodeAt(0);
  return c >= 97 && c <= 122 && s.spaced(k + 2) && isCap(next) && !isTitleWord(next, t.lower[k + 1]);
}

/** The organisation or opaque name read from the capitalised run at token i, or null. */
export function orgRun(s: ScanState, i: number): OrgRun | null {
  if (!opensRun(s, i)) return null;
  const t = s.t;
  const first = t.words[i];
  let lastHead = ORG_HEADS.has(first) ? i : -1;
  let last = i;
  const geo = (s.w(i + 1) === 'of' || isCap(s.w(i + 1))) && GEO_LEADS.has(first);
  const stop = Math.min(t.words.length, i + MAX_RUN_TOKENS);
  // Whether a connector ("of", "and", "&") may be inside the run: most runs (and tables of capitalised words) have none,
  // and the checks for a landmark before "of" and an opaque name before a connector then need no walk of their own.
  let joined = false;
  // Whether the run opens a chamber named after its members ("House of …"): asked once, not at every word.
  const chamberLead = CHAMBER_LEADS.has(first);
  for (let k = i + 1; s.tick() && k < stop; k++) {
    const w = t.words[k];
    const c = w.charCodeAt(0);
    const lowerCase = c >= 97 && c <= 122;
    // Every connector is lower case or "&": asked once here.
    const connector = lowerCase ? isConnector(w) : c === 38 && CONNECTORS.has(w);
    // A lower-case word goes on only as a connector or a hosted office's "in"/"to"; a word opening with a letter takes
    // none of the punctuation cases, which are read for the other tokens only.
    if (lowerCase && !connector && w !== 'in' && w !== 'to') break;
    if (!lowerCase && (c < 65 || c > 90)) {
      // "SMRT Corp. It is …": a full stop before a sentence's opening word or the paragraph's end ends the sentence, not the abbreviation.
      if (w === '.' && ABBREV.has(t.words[k - 1]) && s.tight(k) && !fullStop(s, k)) { last = k; if (ORG_HEADS.has(t.words[k - 1])) lastHead = k; continue; }
      // "Gulf Co-operation Council": after "Co" a tight hyphen joins the lower-case rest of the word ("Co" is no "Company" there).
      if ((w === '-' || w === '’' || w === "'") && s.tight(k) && k + 1 < t.words.length && s.tight(k + 1) && (isCap(t.words[k + 1]) || (w === '-' && t.words[k - 1] === 'Co'))) { k++; last = k; if (ORG_HEADS.has(t.words[k])) lastHead = k; continue; }
      if (s.innerApostrophe(k)) { k++; last = k; continue; }
      // "Lloyd's List", "S&P Global": a possessive before a capitalised word and a tight "&" are inside the name.
      if ((w === '’' || w === "'") && s.tight(k) && t.words[k + 1] === 's' && s.tight(k + 1) && k + 2 < t.words.length && s.spaced(k + 2) && isCap(t.words[k + 2]) && !FUNCTION_WORDS.has(t.words[k + 2]) && !ID_NAMES.has(t.words[k + 2]) && s.gazMatch(i)?.end !== k - 1) {
        // "Lee's Democratic Party": a party is its leader's, not named after them ("Mongolian People's Party" is a name).
        if (k - 1 === i && !NAME_POSSESSORS.has(t.words[i]) && partyAfter(s, k + 2, stop)) break;
        k++;
        continue;
      }
      if ((w === '’' || w === "'") && pluralPossessive(s, k)) continue;
      if (w === '&' && s.tight(k) && k + 1 < t.words.length && s.tight(k + 1) && isCap(t.words[k + 1])) { k++; last = k; joined = true; continue; }
      if (w === ',') {
        const listEnd = portfolioListEnd(s, i, k);
        if (listEnd > k) { k = listEnd; last = k; joined = true; continue; }
      }
    }
    if (!s.spaced(k)) break;
    if (connector) {
      const next = connectorJoins(s, i, k, stop);
      if (next < 0) break;
      k = next;
      joined = true;
      continue;
    }
    const hosted = hostedOfficeEnd(s, i, k);
    if (hosted >= 0) return { end: hosted, opaque: false };
    if (!isCap(w) || FUNCTION_WORDS.has(w)) break;
    // "the Office of the Auditor-General": after a connector or "the" the office is what the body is named after.
    if (generalOffice(s, k) && GENERAL_OFFICE_WORDS.has(w) && t.words[k - 1] !== 'the' && !CONNECTORS.has(t.words[k - 1])) break;
    // "House of Peoples' Representatives": the members a chamber is named after end its name, which they head.
    if (chamberLead && CHAMBER_MEMBERS.has(w)) { last = k; lastHead = k; break; }
    // "Foreign Minister" inside a run ends the organisation; "Representative Council" does not.
    // An honorific after a name word is inside the name of the person the body is named after ("the Ahmadu Haji Bello
    // Foundation"); after a head ("Kenya Police Sir John") it opens a person.
    if (isTitleWord(w, t.lower[k]) && !ORG_HEADS.has(w) && !(HONORIFIC.test(w) && !ORG_HEADS.has(t.words[k - 1])) && !(k + 1 < t.words.length && s.spaced(k + 1) && ORG_HEADS.has(t.words[k + 1])) && !officeInName(s, k)) break;
    last = k;
    // "Verkhovna Rada", "State Duma": a legislature word that is also a person's name heads only after its lead.
    // "Customs Administration", "Tax Administration": after a portfolio's word "Administration" heads a body (after a
    // surname it is a government: "the Biden Administration").
    if (ORG_HEADS.has(w) || (LED_LEGISLATURE_HEADS.has(w) && LEGISLATURE_LEADS.has(t.words[k - 1])) || (w === 'Administration' && PORTFOLIO_WORDS.has(t.lower[k - 1]))) lastHead = k;
  }
  // A one-word run has no token inside it.
  const known = last > i ? knownOrgInside(s, i, last) : -1;
  const reach = known >= 0 ? s.gazMatch(known) : null;
  if (reach) {
    last = reach.end;
    lastHead = Math.max(lastHead, known);
    joined = true;
  }
  let j = last;
  while (s.tick() && j > i && CONNECTORS.has(t.words[j])) j--;
  const verdict = runVerdict(s, i, j, lastHead, geo, joined);
  if (verdict && !verdict.opaque && workTitleApposed(s, i, verdict.end)) return { end: verdict.end, opaque: true };
  return verdict ?? (joined ? opaqueBeforeConnector(s, i, j) : null);
}

/**
 * "The report, Growth Limited, was published": a name read as an organisation but set off by commas after a noun of a
 * work is the work's title, opaque (guideline 3) though it ends in a head ("Limited", "Council"); a person's name
 * there is its author ("In a joint paper, Fahmida Khatun, Selim Raihan …") and is read by the person rules.
 */
function workTitleApposed(s: ScanState, i: number, j: number): boolean {
  const t = s.t;
  return t.words[i - 1] === ',' && t.words[j + 1] === ',' && WORK_NOUNS.has(t.lower[i - 2] ?? '');
}

/**
 * "the Grand Ethiopian Renaissance Dam on the Nile": a run that is no name as a whole may still open with an opaque
 * name of two words or more ended by its head before a connector; it is opaque (nothing inside is marked) and the
 * words after the connector are read on their own.
 */
function opaqueBeforeConnector(s: ScanState, i: number, j: number): OrgRun | null {
  const words = s.t.words;
  for (let k = i + 1; s.tick() && k < j; k++) {
    if (CONNECTORS.has(words[k + 1]) && OPAQUE_HEADS.has(words[k])) return { end: k, opaque: true };
    if (CONNECTORS.has(words[k])) return null;
  }
  return null;
}
