// Acronyms: "Full Name (ACR)" defines an organisation and its short form; "(ACR)" right after an
// organisation is the same organisation; a lone all-caps word is a candidate the document pass may resolve.
import { CITY_CONNECTORS, CONNECTORS } from '../../lexicon/connectors';
import { FUNCTION_WORDS, NAME_POSSESSORS, ROMANCE_PARTICLES } from '../../lexicon/names';
import { ACRONYM_ORG_HEADS, NON_ORG_ACRONYMS, OPENING_HEADS, ORG_HEADS } from '../../lexicon/organisations';
import { expandOrgName } from '../orgName';
import type { ScanState } from '../scanState';
import { foldAccents, hasLower, initialsFit, isAllCaps, isCap, titleCasedName } from '../words';
import { orgCanonical } from './orgCanonical';
import { MAX_RUN_TOKENS } from './orgRun';

/** Adds the organisation i..j with its canonical and reads a bracketed acronym or short form after it (afterOrg). Returns the next token. */
export function addOrganisation(s: ScanState, i: number, j: number, canonical: string): number {
  s.addActor(i, j, 'organization', canonical);
  return afterOrg(s, j, canonical);
}

/** After an organisation ending at token j, an adjacent "(ACR)" is the same organisation. Returns the next token. */
export function afterOrg(s: ScanState, j: number, canonical: string): number {
  const t = s.t;
  if (t.words[j + 1] === '(' && isAllCaps(t.words[j + 2] ?? '') && t.words[j + 3] === ')') {
    // The mention's canonical, kept on one line, is the definition later mentions take.
    s.out.acronyms.push([t.words[j + 2], s.addActor(j + 2, j + 2, 'organization', canonical).canonical]);
    return j + 4;
  }
  if (t.words[j + 1] === '(') {
    // "(PDI-P)", "(Antam)", "(Pro-Chile)": a hyphenated acronym, or a capitalised short form (its capitalised parts
    // may be joined by hyphens) that is no place.
    let k = j + 2;
    while (s.tick() && t.words[k + 1] === '-' && s.tight(k + 1) && s.tight(k + 2) && isCap(t.words[k + 2] ?? '') || (t.words[k + 1] === '-' && /^\p{Lu}$/u.test(t.words[k + 2] ?? ''))) k += 2;
    const first = t.words[j + 2] ?? '';
    const short = isCap(first) && hasLower(first) && !FUNCTION_WORDS.has(first) && !s.gazMatch(j + 2);
    if (t.words[k + 1] === ')' && ((k > j + 2 && isAllCaps(first)) || short)) {
      const text = s.text.slice(t.starts[j + 2], t.ends[k]);
      s.out.acronyms.push([text, s.addActor(j + 2, k, 'organization', canonical).canonical]);
      return k + 2;
    }
  }
  return j + 1;
}

/** The table of a paragraph without "(" (none is built for it). */
const NO_PARENS = new Int32Array(0);

/** Index of the first "(" token after token i (the token count if none), from one backward pass made on first use. */
function nextParen(s: ScanState, i: number): number {
  if (s.parens === NO_PARENS) return s.t.words.length;
  let p = s.parens;
  if (!p) {
    const words = s.t.words;
    // Most paragraphs have no bracket: no table to build (a typed array per paragraph cost about 1 % of the engine's time).
    if (!s.text.includes('(')) {
      s.parens = NO_PARENS;
      return words.length;
    }
    p = new Int32Array(words.length + 1);
    p[words.length] = words.length;
    for (let k = words.length - 1; k >= 0; k--) p[k] = words[k + 1] === '(' ? k + 1 : p[k + 1];
    s.steps.n += words.length;
    s.parens = p;
  }
  return p[i];
}

/**
 * First letters of the run i..k: of its first word and of every capitalised word after it. Collected once the run
 * is known to end at "(ACR)", so the many runs that do not allocate nothing.
 */
function runInitials(words: readonly string[], i: number, k: number, particles = false): string[] {
  const initials: string[] = [words[i][0]];
  for (let m = i + 1; m <= k; m++) if (isCap(words[m]) || (particles && ROMANCE_PARTICLES.has(words[m]))) initials.push(words[m][0]);
  return initials;
}

/**
 * The initials of the run i..k that spell the acronym's letters: without its particles (initialsFit), else with them, in
 * order, as the whole acronym or its start ("PDV" of "PDVSA"), so that a person's particle does not make a party's
 * acronym fit ("Ana de Souza (PSD)"). Null: neither.
 */
function fittingInitials(words: readonly string[], i: number, k: number, letters: string): string[] | null {
  const plain = runInitials(words, i, k);
  if (initialsFit(plain, letters)) return plain;
  const withParticles = runInitials(words, i, k, true);
  if (withParticles.length === plain.length) return null;
  const spelled = foldAccents(withParticles.join('').toUpperCase());
  const acronym = foldAccents(letters);
  return spelled === acronym || (spelled.length >= 3 && acronym.startsWith(spelled)) ? withParticles : null;
}

/** The letters of an all-caps "(ACR)" right after token j, or null. */
function acronymLettersAfter(s: ScanState, j: number): string | null {
  const t = s.t;
  if (t.words[j + 1] !== '(' || t.words[j + 3] !== ')' || !isAllCaps(t.words[j + 2] ?? '')) return null;
  return foldAccents(t.words[j + 2].replace(/[^\p{Lu}]/gu, ''));
}

/**
 * "United Nations Support Office in Haiti (UNSOH)": an organisation read up to token j continues with "in/for <Country>"
 * when an acronym follows that only the country's initials complete. Returns the country's last token, or -1.
 */
export function hostTailEnd(s: ScanState, i: number, j: number): number {
  const t = s.t;
  const at = t.words[j + 2] === 'the' ? j + 3 : j + 2;
  if (!s.spaced(j + 1) || !s.spaced(at)) return -1;
  const g = s.gazMatch(at);
  if (!g || g.entry.kind !== 'country') return -1;
  const letters = acronymLettersAfter(s, g.end);
  if (!letters) return -1;
  const withTail = runInitials(t.words, i, g.end);
  const exact = foldAccents(withTail.join('').toUpperCase()) === letters;
  return exact || (initialsFit(withTail, letters) && !initialsFit(runInitials(t.words, i, j), letters)) ? g.end : -1;
}

/**
 * An opaque name i..j (programme, law, facility) followed by "(ACR)": the acronym names the same thing, so it is no actor
 * either ("Extended Fund Facility (EFF)"), unless the gazetteer knows it as one. A head only organisations take with an
 * acronym ("Multinational Security Support Mission (MSS)") makes the name and its acronym an organisation. Returns the next token.
 */
export function opaqueName(s: ScanState, i: number, j: number): number {
  const t = s.t;
  const letters = acronymLettersAfter(s, j);
  if (letters && ACRONYM_ORG_HEADS.has(t.words[j]) && initialsFit(runInitials(t.words, i, j), letters)) {
    const canonical = orgCanonical(s, i, s.text.slice(t.starts[i], t.ends[j]));
    return addOrganisation(s, i, j, canonical);
  }
  const end = letters && !s.gazMatch(j + 2) ? j + 3 : j;
  s.out.blockers.push({ start: t.starts[i], end: t.ends[end] });
  return end + 1;
}

/** "Unknown Capitalised Run (UCR)": an organisation when the initials match. Returns the next token, or null. */
export function acronymDefinition(s: ScanState, i: number): number | null {
  const t = s.t;
  if (nextParen(s, i) - i > MAX_RUN_TOKENS) return null;
  let k = i;
  // Whether the run crossed "to", "to the" or "and the", which only a name its initials spell exactly takes ("Parties to the
  // Nauru Agreement (PNA)", "Ministry of Agriculture and the Environment (MAE)"; not "Petrosen and the Mauritanian
  // Hydrocarbons Company (SMH)", two names).
  let exact = false;
  while (s.tick() && t.words[k + 1] !== '(') {
    const nw = t.words[k + 1];
    if (k - i >= MAX_RUN_TOKENS) return null; // a name that long defines no acronym
    // "National People's Power (NPP)": a possessive that names take inside the name (not an owner's: "Muizzu's People's …").
    if ((nw === "'" || nw === '’') && NAME_POSSESSORS.has(t.words[k]) && s.tight(k + 1) && t.words[k + 2] === 's' && s.tight(k + 2)) { k += 2; continue; }
    if ((nw === 'to' || nw === 'and' || nw === '&') && t.words[k + 2] === 'the' && isCap(t.words[k]) && s.spaced(k + 1)) { exact = true; k++; continue; }
    // "Committee to Protect Journalists (CPJ)", "Campaign to Stop Killer Robots": "to" before a capitalised verb, likewise.
    if (nw === 'to' && isCap(t.words[k]) && isCap(t.words[k + 2] ?? '') && s.spaced(k + 1) && s.spaced(k + 2)) { exact = true; k++; continue; }
    // "Conseil du Café-Cacao (CCC)": capitalised parts joined by a hyphen each give an initial.
    if (nw === '-' && s.tight(k + 1) && s.tight(k + 2) && isCap(t.words[k + 2] ?? '')) { k++; continue; }
    // "Pampa Energía and Empresa Nacional del Petróleo (ENAP)": "and" before an opening head starts the defined name.
    if (nw === 'and' && OPENING_HEADS.has(t.words[k + 2] ?? '')) return null;
    if (nw === undefined || !s.spaced(k + 1) || !(isCap(nw) || CONNECTORS.has(nw))) return null;
    k++;
  }
  if (t.words[k + 1] !== '(' || !isAllCaps(t.words[k + 2] ?? '') || t.words[k + 3] !== ')') return null;
  const acr = t.words[k + 2];
  const letters = acr.replace(/[^\p{Lu}]/gu, '');
  // The initials of the whole run from i must spell the acronym; otherwise a later start may.
  const initials = FUNCTION_WORDS.has(t.words[i]) ? null : fittingInitials(t.words, i, k, letters);
  if (!initials) return null;
  const spelled = foldAccents(initials.join('').toUpperCase()) === foldAccents(letters);
  if (exact && !spelled) return null;
  // "Kamchybek Tashiev of the State Committee … (GKNB)": a loose fit whose head-less words end at "of/at/for" is a person
  // before the organisation; the organisation starts later.
  if (!spelled) {
    for (let m = i + 1; s.tick() && m < k && !ORG_HEADS.has(t.words[m - 1]); m++) if (t.words[m] === 'of' || t.words[m] === 'at' || t.words[m] === 'for') return null;
  }
  const name = s.text.slice(t.starts[i], t.ends[k]);
  const canonical = expandOrgName(name);
  return addOrganisation(s, i, k, canonical);
}

/**
 * "United Nations Mission for the Referendum in Western Sahara (MINURSO)": a known organisation (tokens i..known) opening a
 * longer name of capitalised words, connectors and an "in <Place>" tail, up to an "(ACR)" its initials fit, is one
 * organisation: an organ of the known one, which a head after it names. Returns the next token, or i.
 */
export function knownOrgDefinition(s: ScanState, i: number, known: number): number {
  const t = s.t;
  const paren = nextParen(s, i);
  if (paren - i > MAX_RUN_TOKENS || paren <= known + 1) return i;
  let head = false;
  for (let k = known + 1; s.tick() && k < paren; k++) {
    const w = t.words[k];
    if (!s.spaced(k)) return i;
    if (w === 'in' ? !isCap(t.words[k + 1] ?? '') : !(isCap(w) || CONNECTORS.has(w))) return i;
    // "Ma'aden and the Public Investment Fund (PIF)": "and" after the known name, or before "the", joins two names.
    if ((w === 'and' || w === '&') && (k === known + 1 || t.words[k + 1] === 'the')) return i;
    head ||= ORG_HEADS.has(w) || ACRONYM_ORG_HEADS.has(w);
  }
  const last = paren - 1;
  const letters = head && !CONNECTORS.has(t.words[last]) ? acronymLettersAfter(s, last) : null;
  // An acronym the rest spells alone is the rest's.
  if (!letters || !initialsFit(runInitials(t.words, i, last), letters) || foldAccents(runInitials(t.words, known + 1, last).join('').toUpperCase()) === letters) return i;
  const canonical = expandOrgName(s.text.slice(t.starts[i], t.ends[last]));
  return addOrganisation(s, i, last, canonical);
}

/** An all-caps word that is not a dateline, part of an all-caps headline, a roman numeral or a common non-organisation acronym. */
export function looksLikeAcronym(s: ScanState, i: number, maxLength = 6): boolean {
  s.tick(); // one step per word asked about: a check that re-read a chain from every word would show here
  const w = s.w(i);
  if (NON_ORG_ACRONYMS.has(w) || w.length > maxLength || /^[IVXLC]+$/.test(w) || s.gaz.currencyCodes.has(w)) return false;
  // "SAMP/T NG", "F/A-18": a single letter joined by a slash makes a model's designation, and a word after it its suffix.
  if (slashDesignation(s, i) || (s.spaced(i) && slashDesignation(s, i - 1))) return false;
  // A later city of a slash-joined dateline ("KYIV/MOSCOW, June 3"): the chain (at most three cities) opens a sentence.
  let first = i;
  for (let n = 0; s.tick() && n < 3 && s.w(first - 1) === '/' && s.tight(first) && s.tight(first - 1) && /^\p{Lu}+$/u.test(s.w(first - 2)); n++) first -= 2;
  if (first < i && s.sentenceInitial(first) && slashDateline(s, first)) return false;
  // Datelines with inner apostrophes or hyphens: "NUKU'ALOFA —", "PORT-AU-PRINCE, Haiti —", any word of them.
  const chain = capsChain(s, i, i);
  // The first city of a slash-joined dateline: "TOKYO/THE HAGUE —", "LIMA/LA PAZ —".
  if (s.w(chain.last + 1) === '/' && s.tight(chain.last + 1) && s.sentenceInitial(i) && slashDateline(s, chain.last)) return false;
  if (capsDateline(s, chain) || connectedCapsDateline(s, i)) return false;
  return !capsNeighbour(s, i, i - 1) && !capsNeighbour(s, i, i + 1);
}

/** Whether token k is part of a slash-joined designation with a single letter ("SAMP" and "T" of "SAMP/T"). */
function slashDesignation(s: ScanState, k: number): boolean {
  const t = s.t;
  const letter = (j: number): boolean => { const w = t.words[j]; return w !== undefined && w.length === 1 && isCap(w); };
  if (t.words[k + 1] === '/' && s.tight(k + 1) && s.tight(k + 2) && letter(k + 2)) return true;
  return letter(k) && t.words[k - 1] === '/' && s.tight(k) && s.tight(k - 1);
}

/** Most apostrophe or hyphen joins walked each way from a word: a long "AB-CD-EF-…" chain is not walked again from each of its words. */
const MAX_CAPS_JOINS = 4;

/** Is token k an apostrophe or hyphen tightly joining two all-caps words ("NUKU'ALOFA", "PORT-AU"). */
function capsJoin(s: ScanState, k: number): boolean {
  const w = s.w(k);
  return (w === "'" || w === '’' || w === '-') && s.tight(k) && s.tight(k + 1) && /^\p{Lu}+$/u.test(s.w(k - 1)) && /^\p{Lu}+$/u.test(s.w(k + 1));
}

/** The all-caps words joined by apostrophes or hyphens around tokens i..end ("PORT-AU-PRINCE"), its first and last token. */
export function capsChain(s: ScanState, i: number, end: number): { first: number; last: number } {
  let first = i;
  for (let n = 0; n < MAX_CAPS_JOINS && s.tick() && capsJoin(s, first - 1); n++) first -= 2;
  let last = end;
  for (let n = 0; n < MAX_CAPS_JOINS && s.tick() && capsJoin(s, last + 1); n++) last += 2;
  return { first, last };
}

/**
 * Whether an all-caps chain is a dateline: before a dash, or opening a sentence before a colon, or before a comma when
 * no lower-case word follows it or the chain is a known place ("PORT-AU-PRINCE, Haiti —", "GENEVA, 14 March 2025 -",
 * "LAGOS, the commercial capital, …"; not "QIA, which manages …").
 */
export function capsDateline(s: ScanState, chain: { first: number; last: number }): boolean {
  const next = s.w(chain.last + 1);
  if (next === '—' || next === '–') return true;
  if ((next !== ',' && next !== ':') || !s.sentenceInitial(chain.first)) return false;
  return next === ':' || !/^\p{Ll}/u.test(s.w(chain.last + 2)) || !!s.gaz.get(titleCasedName(s.text.slice(s.t.starts[chain.first], s.t.ends[chain.last])));
}


/** Most words of a dateline's city written in capitals with spaces ("PORT OF SPAIN", "RIO DE JANEIRO"). */
const DATELINE_WORDS = 4;

/**
 * "PORT OF SPAIN —", "RIO DE JANEIRO, Brazil —": the all-caps words around i, joined by single spaces and holding a city
 * connector, open the sentence and end in a dateline's dash (or a comma, a country and the dash).
 */
function connectedCapsDateline(s: ScanState, i: number): boolean {
  const caps = (k: number): boolean => /^\p{Lu}+$/u.test(s.w(k));
  let first = i;
  while (s.tick() && i - first < DATELINE_WORDS - 1 && first > 0 && s.spaced(first) && caps(first - 1)) first--;
  let last = i;
  while (s.tick() && last - first < DATELINE_WORDS - 1 && s.spaced(last + 1) && caps(last + 1)) last++;
  let connector = false;
  for (let k = first + 1; k < last; k++) connector ||= CITY_CONNECTORS.has(s.w(k));
  if (!connector || !s.sentenceInitial(first)) return false;
  const dash = (w: string): boolean => w === '—' || w === '–';
  const next = s.w(last + 1);
  return dash(next) || (next === ',' && (dash(s.w(last + 3)) || dash(s.w(last + 4))));
}

/** Whether the all-caps words from i, joined by slashes (spaces inside a city), end in a dateline's dash, comma or colon. */
function slashDateline(s: ScanState, i: number): boolean {
  let k = i;
  while (s.tick() && k < i + 12 && (/^\p{Lu}+$/u.test(s.w(k + 1)) || (s.w(k + 1) === '/' && s.tight(k + 1) && s.tight(k + 2)))) k++;
  const next = s.w(k + 1);
  return next === '—' || next === '–' || next === ',' || next === ':';
}

/** Is token k, next to the all-caps word i, an unknown all-caps word of three letters or more (an all-caps headline). */
function capsNeighbour(s: ScanState, i: number, k: number): boolean {
  return /^\p{Lu}{3,}$/u.test(s.w(k)) && !s.gaz.get(s.w(k)) && (k === i - 1 ? s.spaced(i) : s.spaced(k));
}
