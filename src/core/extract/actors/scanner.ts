// Actor rules (guidelines 5–13): gazetteer states and organisations, capitals acting for their
// state, organisation-name patterns, titled persons, cue-introduced persons, acronym definitions,
// and the opaque names (laws, treaties, places) inside which nothing is marked.
import type { ActorMention } from '../../types';
import { type Entry, type Gazetteer, getGazetteer } from '../gazetteer';
import { ABBREV, COMPANY_TAILS, CONNECTORS, FAMILY_FIRST_SURNAMES, FUNCTION_WORDS, GENERIC_ORG, GEO_LEADS, HYPHEN_PARTICLES, HYPHEN_SUFFIXES, ID_NAMES, LANDMARK_HEADS, LOCATIVE, LOWER_FIRST, MONTHS, NON_ORG_ACRONYMS, OPAQUE_HEADS, OPENING_HEADS, ORG_HEADS, PARTICLES, PARTY_CONNECTORS, PARTY_LEADS, PEOPLE_AFTER, PLACE_NOUNS, PORTFOLIO_HEADS, PORTFOLIO_WORDS, REGION_BEFORE, SINGLE_HEADS, TITLE_FIRST, WEEKDAYS } from '../lexicon';
import { titleMayStartAt } from '../titles';
import type { Tokens } from '../tokenize';
import type { Steps } from '../steps';
import type { ActorResult } from './types';
import { ALL_CAPS, CAMEL_ORG, CAMEL_SURNAME, CURRENCY_PREFIX_WORDS, hasLower, inTitleFirst, initialsFit, isAllCaps, isCap, isDigit, isNameWord, isNameWordLower, isTitleWord, oneLine } from './words';
import { BODY_AFTER, CONTEST_BEFORE, CORPORATE_TITLE, CUE_AFTER, CUE_BEFORE, INSTITUTION_AFTER, OF_SLOT_AFTER, ORG_APPOSITION_AFTER, ORG_CUE_APPOSED, ORG_CUE_BEFORE, ORG_SLOT_BEFORE, PLURAL_CUE_BEFORE, PORTFOLIO_OF, TITLE_RE, UNIT_AFTER } from './context';
import { expandOrgName } from './orgName';
import { personListEnd } from './personList';

/**
 * The longest capitalised run read as one name, in tokens. Real names stay far below it; without it a
 * run of capitalised words pasted from a table (one paragraph) was re-read from every token (quadratic).
 */
const MAX_RUN_TOKENS = 40;
/** Longest title read, in characters, and most titles stacked before a name ("army chief General" is two). */
const TITLE_WINDOW = 256;
const MAX_STACKED_TITLES = 6;

export class ActorScanner {
  readonly out: ActorResult = { actors: [], blockers: [], candidates: [], acronyms: [] };
  readonly #t: Tokens;
  readonly #text: string;
  readonly #gaz: Gazetteer;
  /** Per-token memos (undefined: not computed yet); plain arrays, cheaper to allocate than typed ones for short paragraphs. */
  readonly #nameWord: (boolean | undefined)[];
  readonly #gazMemo: ({ end: number; entry: Entry } | null | undefined)[];

  readonly #steps: Steps;

  constructor(text: string, tokens: Tokens, steps: Steps) {
    this.#steps = steps;
    this.#text = text;
    this.#t = tokens;
    this.#gaz = getGazetteer();
    this.#nameWord = new Array<undefined>(tokens.words.length);
    this.#gazMemo = new Array<undefined>(tokens.words.length);
  }

  /** Counts one step (a token or loop turn examined); always true, to sit in loop conditions. */
  #tick(): true {
    this.#steps.n++;
    return true;
  }

  /** isNameWord(this.#w(i)), computed once per token. */
  #isNameWordAt(i: number): boolean {
    if (i < 0 || i >= this.#t.words.length) return false;
    let v = this.#nameWord[i];
    if (v === undefined) {
      v = isNameWordLower(this.#t.words[i], this.#t.lower[i]);
      this.#nameWord[i] = v;
    }
    return v;
  }

  #w(i: number): string {
    return this.#t.words[i] ?? '';
  }

  /** True when token i follows token i-1 with nothing in between (no space). */
  #tight(i: number): boolean {
    return this.#t.starts[i] === this.#t.ends[i - 1];
  }

  /** True when only spaces or a single line break separate token i from i-1. */
  #spaced(i: number): boolean {
    if (i <= 0 || i >= this.#t.words.length) return false;
    const from = this.#t.ends[i - 1];
    const to = this.#t.starts[i];
    if (to <= from) return false;
    let newlines = 0;
    for (let k = from; this.#tick() && k < to; k++) {
      const c = this.#text.charCodeAt(k);
      if (c === 10) { if (++newlines > 1) return false; } else if (c !== 32 && c !== 9 && c !== 13 && c !== 160) return false;
    }
    return true;
  }

  /** "Ma'aden", "Sana'a": an apostrophe at k joins a capitalised word to a lower-case part of two letters or more (not a contraction). */
  #innerApostrophe(k: number): boolean {
    const w = this.#t.words[k];
    if ((w !== "'" && w !== '’') || !this.#tight(k) || !this.#tight(k + 1) || !isCap(this.#w(k - 1))) return false;
    const nx = this.#w(k + 1);
    return nx.length >= 2 && nx !== 'll' && nx !== 're' && nx !== 've' && /^\p{Ll}+$/u.test(nx);
  }

  #sentenceInitial(i: number): boolean {
    for (let k = i - 1; this.#tick() && k >= 0; k--) {
      const w = this.#w(k);
      if (w === '"' || w === '“' || w === '‘' || w === "'" || w === '(' || w === '*' || w === '_' || w === '#' || w === '—' || w === '-') continue;
      if (w === '.' || w === '!' || w === '?' || w === ':') return true;
      const gap = this.#text.slice(this.#t.ends[k], this.#t.starts[k + 1]);
      return gap.includes('\n') || gap.includes('\r');
    }
    return true;
  }

  /** Longest gazetteer phrase starting at token i (memoised: the scanner asks several times per token). */
  #gazMatch(i: number): { end: number; entry: Entry } | null {
    let g = this.#gazMemo[i];
    if (g === undefined) {
      g = this.#gazMatchAt(i);
      this.#gazMemo[i] = g;
    }
    return g;
  }

  #gazMatchAt(i: number): { end: number; entry: Entry } | null {
    const t = this.#t;
    let key = t.words[i];
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122 && (key.length > 3 || !LOWER_FIRST.has(key))) return null; // LOWER_FIRST words are 2–3 letters
    if (!this.#gaz.hasPrefix(key)) return null;
    let best: { end: number; entry: Entry } | null = null;
    const e0 = this.#gaz.get(key);
    if (e0) best = { end: i, entry: e0 };
    for (let j = i + 1; this.#tick() && j < t.words.length && j < i + 14; j++) {
      if (!this.#tight(j) && !this.#spaced(j)) break;
      key += (this.#tight(j) ? '' : ' ') + t.words[j];
      if (!this.#gaz.hasPrefix(key)) break;
      const e = this.#gaz.get(key);
      if (e) best = { end: j, entry: e };
    }
    return best;
  }

  /** Capitalised run from i: returns last token index, the org head end and whether it is opaque. */
  #orgRun(i: number): { end: number; opaque: boolean } | null {
    const t = this.#t;
    const first = t.words[i];
    if (!isCap(first) || FUNCTION_WORDS.has(first) || isTitleWord(first, t.lower[i])) return null;
    // "Prices on the London Metal Exchange": a sentence-initial word that is no organisation head does not open a name
    // through a connector.
    if (!ORG_HEADS.has(first) && CONNECTORS.has(this.#w(i + 1)) && this.#w(i + 1) !== '&' && this.#sentenceInitial(i)) return null;
    let j = i;
    let lastHead = ORG_HEADS.has(first) ? i : -1;
    let last = i;
    const geo = GEO_LEADS.has(first) && (this.#w(i + 1) === 'of' || isCap(this.#w(i + 1)));
    const stop = Math.min(t.words.length, i + MAX_RUN_TOKENS);
    for (let k = i + 1; this.#tick() && k < stop; k++) {
      const w = t.words[k];
      if (w === '.' && ABBREV.has(t.words[k - 1]) && this.#tight(k)) { last = k; if (ORG_HEADS.has(t.words[k - 1])) lastHead = k; continue; }
      if ((w === '-' || w === '’' || w === "'") && this.#tight(k) && k + 1 < t.words.length && this.#tight(k + 1) && isCap(t.words[k + 1])) { k++; last = k; if (ORG_HEADS.has(t.words[k])) lastHead = k; continue; }
      if (this.#innerApostrophe(k)) { k++; last = k; continue; }
      // "Lloyd's List", "S&P Global": a possessive before a capitalised word and a tight "&" are inside the name.
      if ((w === '’' || w === "'") && this.#tight(k) && t.words[k + 1] === 's' && this.#tight(k + 1) && k + 2 < t.words.length && this.#spaced(k + 2) && isCap(t.words[k + 2]) && !FUNCTION_WORDS.has(t.words[k + 2]) && !ID_NAMES.has(t.words[k + 2]) && this.#gazMatch(i)?.end !== k - 1) { k++; continue; }
      if (w === '&' && this.#tight(k) && k + 1 < t.words.length && this.#tight(k + 1) && isCap(t.words[k + 1])) { k++; last = k; continue; }
      if (w === ',') {
        const listEnd = this.#portfolioList(i, k);
        if (listEnd > k) { k = listEnd; last = k; continue; }
      }
      if (!this.#spaced(k)) break;
      if (CONNECTORS.has(w)) {
        // "the Court of Auditors and the National Assembly": "and the" joins two names, it is not inside one.
        if ((w === 'and' || w === '&') && (t.words[k + 1] === 'the' || OPENING_HEADS.has(t.words[k + 1]))) break;
        // "Tsingshan Holding Group and Jiangsu Delong Nickel": a complete organisation name before "and" ends the run.
        if (w === 'and' && ORG_HEADS.has(t.words[k - 1]) && k - 1 > i && !CONNECTORS.has(t.words[k - 2])) break;
        // "Islamic Movement of Uzbekistan and Jamaat Ansarullah": a name completed by "of <country>" ends before "and".
        if (w === 'and' && k >= 2 && t.words[k - 2] === 'of' && this.#gazMatch(k - 1)?.entry.kind === 'country') break;
        // "Airtel Africa and MTN Group": an acronym after "and" opens a second name.
        if (w === 'and' && k - 1 > i && !CONNECTORS.has(t.words[k - 2]) && isAllCaps(t.words[k + 1] ?? '') && !this.#gazMatch(k + 1)) break;
        let n = k + 1;
        while (this.#tick() && n < stop && CONNECTORS.has(t.words[n]) && this.#spaced(n)) n++;
        if (n < stop && this.#spaced(n) && isCap(t.words[n]) && !FUNCTION_WORDS.has(t.words[n]) && !isTitleWord(t.words[n], t.lower[n])) { k = n - 1; continue; }
        break;
      }
      if ((w === 'in' || w === 'to') && (t.words[k - 1] === 'Mission' || t.words[k - 1] === 'Office') && k - 1 > i) {
        // "European Union Training Mission in Mali", "UN Office to the African Union": a mission or office named after
        // its host country or the body it serves is one organisation.
        const at = t.words[k + 1] === 'the' ? k + 2 : k + 1;
        const g = at < t.words.length && this.#spaced(at) ? this.#gazMatch(at) : null;
        if (g && ((g.entry.kind === 'country' && t.words[k - 1] === 'Mission') || g.entry.kind === 'org')) return { end: g.end, opaque: false };
      }
      if (!isCap(w) || FUNCTION_WORDS.has(w)) break;
      if (isTitleWord(w, t.lower[k]) && !ORG_HEADS.has(w) && !(k + 1 < t.words.length && this.#spaced(k + 1) && ORG_HEADS.has(t.words[k + 1]))) {
        // "Foreign Minister" inside a run ends the organisation; "Representative Council" does not.
        break;
      }
      last = k;
      if (ORG_HEADS.has(w)) lastHead = k;
    }
    // "Japanese Ministry of Economy, Trade and Industry": a known organisation that starts inside the run and
    // reaches further (past a comma the run stops at) extends it.
    for (let k = i + 1; this.#tick() && k <= last; k++) {
      const g = this.#gazMatch(k);
      if (g && g.entry.kind === 'org' && g.end > last) {
        last = g.end;
        lastHead = Math.max(lastHead, k);
        break;
      }
    }
    j = last;
    while (this.#tick() && j > i && CONNECTORS.has(t.words[j])) j--;
    const lastWord = t.words[j];
    // "Centre for Policy Dialogue", "Institute for Strategic Dialogue": an organisation head before "for/of/on" keeps the name an organisation.
    const headedOrg = ORG_HEADS.has(first) && (t.words[i + 1] === 'for' || t.words[i + 1] === 'of' || t.words[i + 1] === 'on');
    if ((OPAQUE_HEADS.has(lastWord.endsWith('.') ? lastWord.slice(0, -1) : lastWord) && !headedOrg) || geo) return { end: j, opaque: true };
    // "Great Wall of China", "Three Gorges Dam of …": a landmark head before "of" makes the whole name a geographic feature (guideline 3).
    for (let k = i + 1; this.#tick() && k < j; k++) if (LANDMARK_HEADS.has(t.words[k]) && t.words[k + 1] === 'of') return { end: j, opaque: true };
    if (lastHead < 0) return null;
    // "Ingrid Øvergaard of the Norwegian Institute": the organisation starts after the connector.
    for (let k = i + 1; this.#tick() && k < lastHead && !ORG_HEADS.has(first); k++) {
      if (ORG_HEADS.has(t.words[k])) break;
      if (t.words[k] === 'of' || t.words[k] === 'for' || t.words[k] === 'at') return null;
    }
    if (j === i && !SINGLE_HEADS.has(first)) return null;
    // "Council diplomats said": a sentence-initial head word before a plural of people is a modifier, not the organisation.
    if (j === i && this.#sentenceInitial(i) && PEOPLE_AFTER.has(t.words[i + 1] ?? '')) return null;
    return { end: j, opaque: false };
  }

  /**
   * "Department for Environment, Food and Rural Affairs": after "Ministry/Department of|for X", a comma opens a list
   * of portfolios that runs to its "and Y". Returns the last token of the list, or -1.
   */
  #portfolioList(i: number, comma: number): number {
    const t = this.#t;
    let portfolio = false;
    for (let m = i; this.#tick() && m + 1 < comma; m++) {
      if (PORTFOLIO_HEADS.has(t.words[m]) && (t.words[m + 1] === 'of' || t.words[m + 1] === 'for')) portfolio = true;
    }
    if (!portfolio) return -1;
    const capRun = (from: number): number => {
      let e = from - 1;
      while (this.#tick() && e + 1 < t.words.length && this.#spaced(e + 1) && isCap(t.words[e + 1]) && !FUNCTION_WORDS.has(t.words[e + 1])) e++;
      return e;
    };
    let k = comma;
    for (;;) {
      this.#tick();
      const e = capRun(k + 1);
      if (e <= k) return -1;
      const next = t.words[e + 1];
      if (next === ',') { k = e + 1; continue; }
      if (next !== 'and' || !this.#spaced(e + 1)) return -1;
      const end = capRun(e + 2);
      return end > e + 1 ? end : -1;
    }
  }

  /**
   * End of the title pattern matched at `pos`, or -1. The pattern runs on a window of TITLE_WINDOW
   * characters: a run of title words ("former deputy former deputy …") is not re-read to its end from
   * every word. The window keeps one character past its last for the pattern's closing look-ahead.
   */
  #titleEnd(pos: number): number {
    this.#steps.n += 8; // one bounded regex run
    const window = this.#text.slice(pos, pos + TITLE_WINDOW + 1);
    TITLE_RE.lastIndex = 0;
    const m = TITLE_RE.exec(window);
    return m ? pos + m[0].length : -1;
  }

  /** Per token: may a title start here (computed on first use). */
  #titleMay: Uint8Array | null = null;

  #title(i: number): { end: number; role: string } | null {
    if (i < 0 || i >= this.#t.words.length) return null;
    const w = this.#w(i);
    const c = w.charCodeAt(0);
    // TITLE_FIRST is all lower case: a word starting with A–Z can only match through its lower-case form.
    if ((c >= 65 && c <= 90) || !TITLE_FIRST.has(w)) {
      if ((c >= 97 && c <= 122) || !inTitleFirst(this.#t.lower[i])) return null;
    }
    this.#titleMay ??= titleMayStartAt(this.#t.lower);
    if (!this.#titleMay[i]) return null;
    const start = this.#t.starts[i];
    let endPos = this.#titleEnd(start);
    if (endPos < 0) return null;
    // Stacked titles: "army chief General" (a few at most: a longer chain of title words is no one's title).
    for (let stacked = 0; stacked < MAX_STACKED_TITLES; stacked++) {
      this.#tick();
      const ws = /^\s+/.exec(this.#text.slice(endPos, endPos + 4));
      if (!ws) break;
      const next = this.#titleEnd(endPos + ws[0].length);
      if (next < 0) break;
      endPos = next;
    }
    let j = i;
    while (this.#tick() && j < this.#t.words.length && this.#t.ends[j] < endPos) j++;
    if (this.#t.ends[j] !== endPos) return null;
    return { end: j, role: this.#text.slice(start, endPos) };
  }

  /** Person name tokens from i: 1–4 capitalised words with particles and tight joins. */
  #name(i: number): number {
    const t = this.#t;
    const w0 = this.#w(i);
    // "Park Ji-hoon": a family name spelled like a place head still opens a name before a further name word.
    const familyFirst = FAMILY_FIRST_SURNAMES.has(w0) && this.#spaced(i + 1) && this.#isNameWordAt(i + 1);
    if ((!this.#isNameWordAt(i) && !familyFirst) || this.#gazMatch(i)?.entry.kind === 'country') return -1;
    let last = i;
    let count = 1;
    for (let k = i + 1; this.#tick() && k < t.words.length && count < 5; k++) {
      const w = t.words[k];
      if ((w === '-' || w === '’' || w === "'") && this.#tight(k) && this.#tight(k + 1) && this.#isNameWordAt(k + 1)) { k++; last = k; continue; }
      if (this.#innerApostrophe(k)) { k++; last = k; continue; }
      // "Faruk-e-Azam", "Zia-ul-Haq": a lower-case linking particle between hyphens inside one name.
      if (w === '-' && this.#tight(k) && this.#tight(k + 1) && HYPHEN_PARTICLES.has(this.#w(k + 1)) && this.#w(k + 2) === '-' && this.#tight(k + 2) && this.#tight(k + 3) && this.#isNameWordAt(k + 3)) { k += 3; last = k; continue; }
      // Korean given names: "Kim Min-seok", "Lee Jae-myung".
      if (w === '-' && count >= 2 && this.#tight(k) && this.#tight(k + 1) && /^\p{Ll}{2,6}$/u.test(this.#w(k + 1)) && !HYPHEN_SUFFIXES.has(this.#w(k + 1))) { k++; last = k; continue; }
      if (!this.#spaced(k)) break;
      if (PARTICLES.has(w) && k + 1 < t.words.length && (this.#isNameWordAt(k + 1) || (this.#w(k + 1) === '-' && this.#isNameWordAt(k + 2)))) continue;
      if (w.length === 2 && w.endsWith('.') === false && /^\p{Lu}$/u.test(w[0]) && this.#w(k + 1) === '.' && this.#tight(k + 1)) { k++; last = k; continue; }
      if (/^\p{Lu}$/u.test(w) && this.#w(k + 1) === '.' && this.#tight(k + 1)) { k++; last = k; continue; }
      if (!this.#isNameWordAt(k)) break;
      // "Kazakh Energy Minister Erlan Ormanov": a title inside the run starts a new mention.
      if (TITLE_FIRST.has(t.lower[k]) && this.#title(k)) break;
      const g = this.#gazMatch(k);
      // A one-word organisation alias inside a name is a surname ("Jaques Wagner", "Maria Shell").
      if (g && (g.entry.kind !== 'capital' || g.end > k) && !(g.entry.kind === 'org' && g.end === k && hasLower(w))) break;
      last = k;
      count++;
    }
    return last;
  }

  /** Canonical of a pattern-built organisation: spelled-out abbreviations, "X Ministry" → "Ministry of X", country qualifier for generic names. */
  #orgCanonical(i: number, name: string): string {
    let rest = expandOrgName(name);
    let country: string | null = null;
    const firstWord = /^(\S+(?:\s+\S+)?)\s/.exec(rest);
    for (const cand of firstWord ? [firstWord[1], firstWord[1].split(/\s/)[0]] : []) {
      const e = this.#gaz.get(cand);
      if (e && e.kind === 'demonym' && GENERIC_ORG.test(rest.slice(cand.length + 1))) { country = e.canonical; rest = rest.slice(cand.length + 1); break; }
    }
    if (!country && (this.#w(i - 1) === 's') && (this.#w(i - 2) === "'" || this.#w(i - 2) === '’')) {
      let k = i - 3;
      while (this.#tick() && k > 0 && this.#tight(k + 1) === false && isCap(this.#w(k - 1)) && this.#spaced(k)) k--;
      const g = this.#gazMatch(k);
      if (g && g.end === i - 3 && g.entry.type === 'state' && GENERIC_ORG.test(rest)) country = g.entry.canonical;
    }
    const ministry = /^(?:(Foreign|Defen[cs]e|Finance|Trade|Interior|Justice|Health|Energy|Economy|Commerce|Industry|Agriculture|Education|Environment|Labou?r|Transport|Petroleum|Oil|Mining|Information|Home|Communications) Ministry|(Foreign) Office)$/.exec(rest);
    if (ministry) {
      const area = ministry[1] ?? ministry[2];
      rest = `Ministry of ${area === 'Foreign' ? 'Foreign Affairs' : area}`;
    }
    return country ? `${rest} (${country})` : rest;
  }

  #addActor(i: number, j: number, type: ActorMention['type'], canonical: string, role?: string): ActorMention {
    const start = this.#t.starts[i];
    const end = this.#t.ends[j];
    // A name or a role broken across a line (\n, \r\n or a lone \r) keeps one space.
    const a: ActorMention = { kind: 'actor', start, end, text: this.#text.slice(start, end), type, canonical: oneLine(canonical) };
    if (role) a.role = oneLine(role);
    this.out.actors.push(a);
    return a;
  }

  /** A capital or seat stands for its state unless the context makes it a place (guideline 8). */
  #acts(i: number, j: number): boolean {
    const t = this.#t;
    const prevRaw = t.words[i - 1] ?? '';
    const prev = prevRaw.toLowerCase();
    const prev2 = (prev === 'the' ? (t.words[i - 2] ?? '') : prevRaw).toLowerCase();
    // "a protest from Lima's foreign ministry": a possessive before an institution makes the capital act whatever precedes it.
    if ((t.words[j + 1] === "'" || t.words[j + 1] === '’') && t.words[j + 2] === 's' && INSTITUTION_AFTER.test(this.#text.slice(t.ends[j + 2], t.ends[j + 2] + 40))) return true;
    if (LOCATIVE.has(prev2) || (prev2 === 'at' && this.#gaz.get(t.words[i])?.kind !== 'capital')) return false;
    if ((prev === ',' || prev === 'and' || prev === 'or') && this.#placeEnd === i - 1) { this.#placeEnd = j + 1; return false; }
    const next = t.words[j + 1] ?? '';
    if ((next === '-' || next === '—' || next === '–') && this.#tight(j + 1)) return false;
    if (next === '—' || next === '–') return false; // dateline
    if (/^\p{Lu}+$/u.test(t.words[i]) && t.words[i].length > 3) return false;
    if ((next === "'" || next === '’') && this.#w(j + 2) === 's') return !PLACE_NOUNS.has(this.#w(j + 3).toLowerCase());
    const nw = next.toLowerCase();
    if (PLACE_NOUNS.has(nw)) return false;
    // Part of a longer proper name ("Washington Post", "Tokyo Electric").
    if (isCap(next) && this.#spaced(j + 1) && !FUNCTION_WORDS.has(next) && !this.#gazMatch(j + 1)) return false;
    if (next === ',' && (LOCATIVE.has(prev2))) return false;
    return true;
  }

  #placeEnd = -1;

  /**
   * "Vestas of Denmark won", "Ivanhoe Mines of Canada said": a one-word name, or a name ending in a company word, before
   * "of <country>" is a company; the country after it is marked on its own.
   */
  #companyOfCountry(i: number, last: number): boolean {
    const t = this.#t;
    if (t.words[last + 1] !== 'of' || !this.#spaced(last + 1)) return false;
    if (last > i && !COMPANY_TAILS.has(t.words[last])) return false;
    const at = t.words[last + 2] === 'the' ? last + 3 : last + 2;
    if (at >= t.words.length || !this.#spaced(at)) return false;
    const g = this.#gazMatch(at);
    if (!g || g.entry.kind !== 'country') return false;
    return !CUE_BEFORE.test(this.#text.slice(Math.max(0, t.starts[i] - 40), t.starts[i])) && !PLURAL_CUE_BEFORE.test(this.#text.slice(Math.max(0, t.starts[i] - 40), t.starts[i]));
  }

  /** "Ana Ruiz Soto of Partido Verde", "Li Wei of the Bank of China": a name before "of" and a known organisation, party or state. */
  #ofSlot(i: number, last: number, after: string): boolean {
    if (!OF_SLOT_AFTER.test(after) || /^(?:the|The)$/.test(this.#w(i - 1))) return false;
    let k = last + 2;
    if (this.#w(k) === 'the') k++;
    const w = this.#w(k);
    if (PARTY_LEADS.has(w)) return true;
    const g = this.#gazMatch(k);
    if (g && (g.entry.kind === 'country' || g.entry.kind === 'org')) return true;
    const run = this.#orgRun(k);
    return run !== null && !run.opaque;
  }

  /** "led Ana Ruiz Soto by 3 points": a contest verb before a three-part name, or before a name and a margin. */
  #contest(i: number, last: number, before: string, after: string): boolean {
    if (!CONTEST_BEFORE.test(before)) return false;
    return last - i >= 2 || /^\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+)?[\d.,]+\s*(?:%|percent|points?|votes?|percentage)/.test(after);
  }
  /** End offset of the last organisation found through a cue slot (coordination "X and Y" continues it). */
  #cueOrgEnd = -1;
  /** End offset of the last person found through a cue (coordination "X and Y" continues it). */
  #cuePersonEnd = -1;
  /** End offset of the current list of plain names ("A B, C D and E F"), whose members are all persons. */
  #personListEnd = -1;

  /** First token of the lower-case particles ("de la", "al-") written just before token i; i when there are none. */
  #particlesBefore(i: number): number {
    const t = this.#t;
    let k = i;
    // "al-Mannai": a particle joined by a hyphen.
    if (t.words[k - 1] === '-' && this.#tight(k) && this.#tight(k - 1) && (t.words[k - 2] === 'al' || t.words[k - 2] === 'el')) return k - 2;
    while (this.#tick() && k - i > -3 && k > 0 && PARTICLES.has(t.words[k - 1]) && !this.#tight(k)) k--;
    // A particle after a capitalised word is inside a full name the other rules read ("Humberto de la Calle").
    return k < i && !isCap(this.#w(k - 1)) ? k : i;
  }

  #inPersonList(start: number): boolean {
    if (start < this.#personListEnd) return true;
    const end = personListEnd(this.#text, start, this.#gaz);
    if (end < 0) return false;
    this.#personListEnd = end;
    return true;
  }

  /** "Fuerza Popular", "Juntos por el Perú": a party lead word, then capitalised words and Romance connectors; -1 if none. */
  #partyRun(i: number): number {
    const t = this.#t;
    let last = -1;
    for (let k = i + 1; this.#tick() && k < t.words.length && k < i + 8; k++) {
      const w = t.words[k];
      // "Parti Islam Se-Malaysia": a tight hyphen joins two capitalised parts.
      if (w === '-' && this.#tight(k) && this.#tight(k + 1) && isCap(this.#w(k + 1))) { k++; last = k; continue; }
      if (!this.#spaced(k)) break;
      if (PARTY_CONNECTORS.has(w)) continue;
      if (!isCap(w) || FUNCTION_WORDS.has(w) || this.#title(k)) break;
      last = k;
    }
    return last;
  }

  run(): ActorResult {
    const t = this.#t;
    const n = t.words.length;
    let i = 0;
    while (this.#tick() && i < n) {
      const w = t.words[i];
      const c = w.charCodeAt(0);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
      if (!letter) { i++; continue; }
      const next = this.#step(i);
      i = next > i ? next : i + 1;
    }
    return this.out;
  }

  /** Handles the token at i and returns the index of the next token to look at. */
  #step(i: number): number {
    const t = this.#t;
    const w = t.words[i];
    // Titled person.
    const title = this.#title(i);
    if (title) {
      let k = title.end + 1;
      if (t.words[k] === ',' ) k++;
      // "Its chairperson, Ambassador Hilina Abebe": a second title after the comma is the one attached to the name.
      if (k > title.end + 1 && k < t.words.length && this.#title(k)) return k;
      let last = k < t.words.length && (this.#spaced(k) || t.words[k - 1] === ',') ? this.#name(k) : -1;
      let titleRole = title.role;
      if (PORTFOLIO_OF.test(titleRole) && t.words[title.end + 1] !== ',' && (last < 0 || !/\s/.test(this.#text.slice(t.starts[k], t.ends[last])))) {
        // "Minister for Trade Don Farrell", "Minister of Investment Khalid Al-Falih": the portfolio pattern ran into the
        // name; split where the rest reads as a full name (else a surname) that does not open with a portfolio word.
        let of = i + 1;
        while (this.#tick() && of < title.end && t.words[of] !== 'of' && t.words[of] !== 'for') of++;
        let split = last >= 0 ? { e: title.end, last } : null;
        let full = false;
        for (let e = title.end; this.#tick() && e > of; e--) {
          if (e + 1 >= t.words.length || !this.#spaced(e + 1) || CONNECTORS.has(t.words[e])) continue;
          if (isCap(t.words[e + 1]) && PORTFOLIO_WORDS.has(t.lower[e + 1])) break;
          const l = this.#name(e + 1);
          if (l < 0) continue;
          // The longest full name wins ("Minister of Mines Musa Kabwe Lungu"); a surname only when no full name fits.
          if (/\s/.test(this.#text.slice(t.starts[e + 1], t.ends[l]))) { split = { e, last: l }; full = true; } else if (!split && !full) split = { e, last: l };
        }
        if (split && split.e !== title.end) {
          titleRole = this.#text.slice(t.starts[i], t.ends[split.e]);
          k = split.e + 1;
          last = split.last;
        }
      }
      if (last >= 0) {
        const name = this.#text.slice(t.starts[k], t.ends[last]);
        const prevCand = this.out.candidates[this.out.candidates.length - 1];
        if (prevCand && prevCand.end === t.ends[i - 1] && !prevCand.acronym && this.#spaced(i) && CORPORATE_TITLE.test(title.role.trim())) {
          // "Equinor chief executive Anders Opedal": the run before a corporate title is an organisation.
          this.out.candidates.pop();
          this.out.actors.push({ kind: 'actor', start: prevCand.start, end: prevCand.end, text: prevCand.text, type: 'organization', canonical: prevCand.text });
        }
        let role = titleRole;
        if (prevCand && prevCand.end === t.ends[i - 1] && !prevCand.acronym && !prevCand.text.includes(' ') && !ORG_HEADS.has(prevCand.text) && this.#spaced(i) && /^(?:Minister|Secretary)\b/.test(role)) {
          // "Plantation Minister Johari Abdul Ghani": a capitalised portfolio word outside the title list belongs to the role.
          this.out.candidates.pop();
          role = `${prevCand.text} ${role}`;
        }
        this.#addActor(k, last, 'person', name, role);
        return last + 1;
      }
    }
    if (!isCap(w)) {
      const g = this.#gazMatch(i);
      if (g && g.entry.kind === 'org') { this.#addActor(i, g.end, 'organization', g.entry.canonical); return this.#afterOrg(g.end, g.entry.canonical); }
      return i + 1;
    }
    // Identifier names: "Article 5", "Vision 2030", "FTSE 100".
    const nextW = this.#w(i + 1);
    if (isDigit(nextW.charCodeAt(0)) && /^\d+$/.test(nextW) && this.#spaced(i + 1) && !UNIT_AFTER.test(this.#text.slice(t.ends[i + 1], t.ends[i + 1] + 16)) && !(w.toLowerCase().replace('.', '') in MONTHS) && !this.#gaz.currencyCodes.has(w) && !CURRENCY_PREFIX_WORDS.has(w) && !/^(?:FY|Q[1-4]|H[12]|Rs|RM|Rp|KSh|Dh|R|US|No|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)$/.test(w) && !FUNCTION_WORDS.has(w) && !/^-\p{L}/u.test(this.#text.slice(t.ends[i + 1], t.ends[i + 1] + 2)) && (ID_NAMES.has(w) || !this.#sentenceInitial(i))) {
      const g0 = this.#gazMatch(i);
      if (!g0 || g0.entry.kind !== 'country') {
        this.out.blockers.push({ start: t.starts[i], end: t.ends[i + 1] });
        return i + 2;
      }
    }
    const party = PARTY_LEADS.has(w) ? this.#partyRun(i) : -1;
    if (party > i) {
      const name = this.#text.slice(t.starts[i], t.ends[party]);
      this.#addActor(i, party, 'organization', name);
      return this.#afterOrg(party, name);
    }
    if (FAMILY_FIRST_SURNAMES.has(w) && !isNameWord(w) && (!isCap(this.#w(i + 1)) || (this.#spaced(i + 1) && isNameWord(this.#w(i + 1))))) {
      // "Park said": a family name spelled like a place head is resolved by the document pass (or dropped).
      const last = this.#name(i);
      if (last > i) { this.out.candidates.push({ start: t.starts[i], end: t.ends[last], text: this.#text.slice(t.starts[i], t.ends[last]), acronym: false }); return last + 1; }
      this.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: false });
      return i + 1;
    }
    const g = this.#gazMatch(i);
    const run = this.#orgRun(i);
    if (run && (!g || run.end > g.end)) {
      if (run.opaque) { this.out.blockers.push({ start: t.starts[i], end: t.ends[run.end] }); return run.end + 1; }
      const name = this.#text.slice(t.starts[i], t.ends[run.end]);
      const canonical = this.#orgCanonical(i, name);
      this.#addActor(i, run.end, 'organization', canonical);
      return this.#afterOrg(run.end, canonical);
    }
    if (g) {
      const e = g.entry;
      if (e.kind === 'place') { this.out.blockers.push({ start: t.starts[i], end: t.ends[g.end] }); return g.end + 1; }
      if (e.kind === 'capital' || e.kind === 'seat') {
        if (this.#acts(i, g.end)) {
          this.#addActor(i, g.end, e.type, e.canonical);
          return g.end + 1;
        }
        this.#placeEnd = g.end + 1;
        // A capital that is only a place: it may still start a person name ("Lima Okafor") — rare; skip it.
        return g.end + 1;
      }
      if (e.kind === 'demonym' && REGION_BEFORE.has(t.words[i - 1] ?? '') && this.#spaced(i)) return g.end + 1;
      if (e.kind === 'country' && /^\p{Lu}+$/u.test(w) && w.length <= 3 && this.#sentenceInitial(i) === false && /^[\p{Lu}\s\W]+$/u.test(this.#text.slice(Math.max(0, t.starts[i] - 20), t.starts[i]).replace(/[^\p{L}\s]/gu, '')) && /\p{Lu}{4}/u.test(this.#text.slice(Math.max(0, t.starts[i] - 20), t.starts[i]))) {
        return g.end + 1; // all-caps headline noise ("TELL US")
      }
      if (e.kind === 'org' && g.end === i && hasLower(w)) {
        // "Siemens Gamesa", "Gazprom Neft": a known company name followed by further name words is a longer name.
        let last = i;
        while (this.#tick() && last < i + 2 && last + 1 < t.words.length && this.#spaced(last + 1) && isNameWord(t.words[last + 1]) && !this.#gazMatch(last + 1) && !this.#title(last + 1)) last++;
        if (last > i) {
          const name = this.#text.slice(t.starts[i], t.ends[last]);
          this.#addActor(i, last, 'organization', name);
          return this.#afterOrg(last, name);
        }
      }
      // "Thai Hom Mali", "Jasmine Kenya blend": after a demonym and an unknown capitalised word, a country name ends a product name.
      if (e.kind === 'country' && i > 1 && this.#spaced(i) && this.#spaced(i - 1) && /^\p{Lu}\p{Ll}+$/u.test(t.words[i - 1]) && this.#gaz.countryOfDemonym(t.words[i - 2])
        && !this.#gazMatch(i - 1) && !FUNCTION_WORDS.has(t.words[i - 1]) && !(t.lower[i - 1] in MONTHS) && !(t.lower[i - 1] in WEEKDAYS) && !this.#title(i - 1)) return g.end + 1;
      // "Commission officials said": the same sentence-initial modifier reading for a known one-word body.
      if (e.kind === 'org' && g.end === i && SINGLE_HEADS.has(w) && this.#sentenceInitial(i) && PEOPLE_AFTER.has(t.words[i + 1] ?? '')) return i + 1;
      this.#addActor(i, g.end, e.type, e.canonical);
      return e.type === 'organization' ? this.#afterOrg(g.end, e.canonical) : g.end + 1;
    }
    // Unknown capitalised run followed by "(ACR)": an organisation when the initials match.
    if (this.#isNameWordAt(i) || isCap(w)) {
      const acr = this.#acronymDefinition(i);
      if (acr) return acr;
    }
    // Organisations introduced by a cue noun ("pollster Datafolha", "analysts at Kpler").
    const before = this.#text.slice(Math.max(0, t.starts[i] - 60), t.starts[i]);
    const orgAnd = this.#cueOrgEnd >= 0 && /^\s*(?:,|,?\s+and|,?\s+or)\s+$/.test(this.#text.slice(this.#cueOrgEnd, t.starts[i]));
    // "Dubai-based DP World": after "<Place>-based" an all-caps word opening a capitalised run is a company, not a person.
    const basedAcronym = /^\p{Lu}{2,4}$/u.test(w) && /\p{L}-based\s+$/u.test(before) && this.#spaced(i + 1) && isCap(this.#w(i + 1)) && !FUNCTION_WORDS.has(this.#w(i + 1));
    const apposed = t.words[i + 1] === ',' && this.#isNameWordAt(i) && ORG_CUE_APPOSED.test(before.slice(-32));
    if (isCap(w) && !FUNCTION_WORDS.has(w) && (ORG_CUE_BEFORE.test(before.slice(-30)) || ORG_SLOT_BEFORE.test(before) || orgAnd || basedAcronym || apposed) && !this.#title(i)) {
      let last = i;
      for (;;) {
        this.#tick();
        if (this.#innerApostrophe(last + 1)) { last += 2; continue; }
        if (last + 1 < t.words.length && last - i < 3 && this.#spaced(last + 1) && isCap(t.words[last + 1]) && !FUNCTION_WORDS.has(t.words[last + 1]) && !isTitleWord(t.words[last + 1], t.lower[last + 1])) { last++; continue; }
        break;
      }
      const name = this.#text.slice(t.starts[i], t.ends[last]);
      this.#addActor(i, last, 'organization', expandOrgName(name));
      this.#cueOrgEnd = t.ends[last];
      return this.#afterOrg(last, expandOrgName(name));
    }
    // "the Biden administration": one state span (guideline 10); the country is the United States unless named.
    if (this.#isNameWordAt(i) && this.#w(i + 1) === 'administration' && this.#spaced(i + 1)) {
      this.#addActor(i, i + 1, 'state', 'United States');
      return i + 2;
    }
    // "BRAC, the development organisation": an unknown all-caps name with an organisation apposition.
    if (w.length >= 2 && w.length <= 6 && ALL_CAPS.test(w) && ORG_APPOSITION_AFTER.test(this.#text.slice(t.ends[i], t.ends[i] + 60))) {
      this.#addActor(i, i, 'organization', w);
      return this.#afterOrg(i, w);
    }
    // "KfW", "BaFin", "BauWerk": a single unknown word with a capital after lower-case letters is a brand-style
    // organisation name; surname prefixes ("McKay", "DeSantis", "LaRosa") are persons and stay with the name rules.
    if (CAMEL_ORG.test(w) && !CAMEL_SURNAME.test(w) && !isCap(this.#w(i + 1)) && !this.#title(i)) {
      this.#addActor(i, i, 'organization', w);
      return this.#afterOrg(i, w);
    }
    // "Quiroga's Libre alliance", "the Nueva Idea party": a name before a lower-case kind of political body.
    if (this.#isNameWordAt(i) && BODY_AFTER.test(this.#text.slice(t.ends[i], t.ends[i] + 14)) && (t.lower[i - 1] === 'the' || (t.words[i - 1] === 's' && (t.words[i - 2] === "'" || t.words[i - 2] === '’')))) {
      this.#addActor(i, i, 'organization', w);
      return this.#afterOrg(i, w);
    }
    // Persons introduced by a cue ("said Maria Lopez", "Maria Lopez, an analyst").
    if (this.#isNameWordAt(i)) {
      const last = this.#name(i);
      if (this.#companyOfCountry(i, Math.max(last, i))) {
        const name = this.#text.slice(t.starts[i], t.ends[Math.max(last, i)]);
        this.#addActor(i, Math.max(last, i), 'organization', name);
        return Math.max(last, i) + 1;
      }
      if (ORG_APPOSITION_AFTER.test(this.#text.slice(t.ends[Math.max(last, i)], t.ends[Math.max(last, i)] + 60))) {
        const name = this.#text.slice(t.starts[i], t.ends[Math.max(last, i)]);
        this.#addActor(i, Math.max(last, i), 'organization', name);
        return Math.max(last, i) + 1;
      }
      if (last > i) {
        const start = t.starts[i];
        const end = t.ends[last];
        const text = this.#text.slice(start, end);
        const possessiveBefore = (t.words[i - 1] === 's' && (t.words[i - 2] === "'" || t.words[i - 2] === '’') && isCap(this.#w(i - 3)));
        const before40 = this.#text.slice(Math.max(0, start - 40), start);
        const after40 = this.#text.slice(end, end + 40);
        const personAnd = this.#cuePersonEnd >= 0 && /^,?\s+and\s+$/.test(this.#text.slice(this.#cuePersonEnd, start));
        if (possessiveBefore || CUE_AFTER.test(after40) || CUE_BEFORE.test(before40) || personAnd || this.#ofSlot(i, last, after40) || this.#contest(i, last, before40, after40) || PLURAL_CUE_BEFORE.test(before40) || this.#inPersonList(start)) {
          this.#addActor(i, last, 'person', text);
          this.#cuePersonEnd = end;
        } else {
          this.out.candidates.push({ start, end, text, acronym: false });
        }
        return last + 1;
      }
      const after = this.#text.slice(t.ends[i], t.ends[i] + 40);
      const cued = CUE_AFTER.test(after) || /^['’]s\s/.test(after) || CUE_BEFORE.test(this.#text.slice(Math.max(0, t.starts[i] - 40), t.starts[i]));
      // "de la Torre", "al-Mannai": lower-case particles before a surname belong to it (the document pass maps it to the full name).
      const from = this.#particlesBefore(i);
      const start = t.starts[from];
      const text = this.#text.slice(start, t.ends[i]);
      this.out.candidates.push(cued ? { start, end: t.ends[i], text, acronym: false, cued } : { start, end: t.ends[i], text, acronym: false });
      return i + 1;
    }
    if (ORG_HEADS.has(w) && (((t.words[i - 1] === 'the' || t.words[i - 1] === 'The') && !isCap(this.#w(i + 1)) && !CONNECTORS.has(this.#w(i + 1))) || (this.#spaced(i + 1) && this.#title(i + 1)))) {
      // "the Fund" after the International Monetary Fund: the document pass maps a head word to its organisation.
      this.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: false });
      return i + 1;
    }
    if (/^\p{Lu}{2,}[\p{Lu}&+]*$/u.test(w) && this.#looksLikeAcronym(i)) this.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: true });
    return i + 1;
  }

  /** An all-caps word that is not a dateline, part of an all-caps headline, a roman numeral or a common non-organisation acronym. */
  #looksLikeAcronym(i: number): boolean {
    const w = this.#w(i);
    if (NON_ORG_ACRONYMS.has(w) || w.length > 6 || /^[IVXLC]+$/.test(w) || this.#gaz.currencyCodes.has(w)) return false;
    // Datelines with inner apostrophes or hyphens: "NUKU'ALOFA —", "PORT-AU-PRINCE —".
    let k = i;
    while (this.#tick() && (this.#w(k + 1) === "'" || this.#w(k + 1) === '’' || this.#w(k + 1) === '-') && this.#tight(k + 1) && this.#tight(k + 2) && /^\p{Lu}+$/u.test(this.#w(k + 2))) k += 2;
    const next = this.#w(k + 1);
    if (next === '—' || next === '–' || ((next === ',' || next === ':') && this.#sentenceInitial(i))) return false;
    const neighbour = (k: number): boolean => /^\p{Lu}{3,}$/u.test(this.#w(k)) && !this.#gaz.get(this.#w(k)) && (k === i - 1 ? this.#spaced(i) : this.#spaced(k));
    return !neighbour(i - 1) && !neighbour(i + 1);
  }

  /** After an organisation ending at token j, an adjacent "(ACR)" is the same organisation. */
  #afterOrg(j: number, canonical: string): number {
    const t = this.#t;
    if (t.words[j + 1] === '(' && isAllCaps(t.words[j + 2] ?? '') && t.words[j + 3] === ')') {
      this.#addActor(j + 2, j + 2, 'organization', canonical);
      this.out.acronyms.push([t.words[j + 2], canonical]);
      return j + 4;
    }
    if (t.words[j + 1] === '(') {
      // "(PDI-P)", "(Antam)": a hyphenated acronym or a capitalised short form that is no place.
      let k = j + 2;
      while (this.#tick() && t.words[k + 1] === '-' && this.#tight(k + 1) && this.#tight(k + 2) && isAllCaps(t.words[k + 2] ?? '') || (t.words[k + 1] === '-' && /^\p{Lu}$/u.test(t.words[k + 2] ?? ''))) k += 2;
      const first = t.words[j + 2] ?? '';
      const short = k === j + 2 && isCap(first) && hasLower(first) && !FUNCTION_WORDS.has(first) && !this.#gazMatch(j + 2);
      if (t.words[k + 1] === ')' && ((k > j + 2 && isAllCaps(first)) || short)) {
        const text = this.#text.slice(t.starts[j + 2], t.ends[k]);
        this.#addActor(j + 2, k, 'organization', canonical);
        this.out.acronyms.push([text, canonical]);
        return k + 2;
      }
    }
    return j + 1;
  }

  #parens: Int32Array | null = null;

  /** Index of the first "(" token after token i (the token count if none), from one backward pass made on first use. */
  #nextParen(i: number): number {
    let p = this.#parens;
    if (!p) {
      const words = this.#t.words;
      p = new Int32Array(words.length + 1);
      p[words.length] = words.length;
      for (let k = words.length - 1; k >= 0; k--) p[k] = words[k + 1] === '(' ? k + 1 : p[k + 1];
      this.#steps.n += words.length;
      this.#parens = p;
    }
    return p[i];
  }

  #acronymDefinition(i: number): number | null {
    const t = this.#t;
    if (this.#nextParen(i) - i > MAX_RUN_TOKENS) return null;
    let k = i;
    const initials: string[] = [t.words[i][0]];
    while (this.#tick() && t.words[k + 1] !== '(') {
      const nw = t.words[k + 1];
      if (k - i >= MAX_RUN_TOKENS) return null; // a name that long defines no acronym
      if (nw === undefined || !this.#spaced(k + 1) || !(isCap(nw) || CONNECTORS.has(nw))) return null;
      k++;
      if (isCap(nw)) initials.push(nw[0]);
    }
    if (t.words[k + 1] !== '(' || !isAllCaps(t.words[k + 2] ?? '') || t.words[k + 3] !== ')') return null;
    const acr = t.words[k + 2];
    const letters = acr.replace(/[^\p{Lu}]/gu, '');
    // The initials of the whole run from i must spell the acronym; otherwise a later start may.
    if (FUNCTION_WORDS.has(t.words[i]) || !initialsFit(initials, letters)) return null;
    // "Kamchybek Tashiev of the State Committee … (GKNB)": a loose fit whose head-less words end at "of/at/for" is a person
    // before the organisation; the organisation starts later.
    if (initials.join('').toUpperCase() !== letters) {
      for (let m = i + 1; this.#tick() && m < k && !ORG_HEADS.has(t.words[m - 1]); m++) if (t.words[m] === 'of' || t.words[m] === 'at' || t.words[m] === 'for') return null;
    }
    const name = this.#text.slice(t.starts[i], t.ends[k]);
    const canonical = expandOrgName(name);
    this.#addActor(i, k, 'organization', canonical);
    return this.#afterOrg(k, canonical);
    return null;
  }
}

