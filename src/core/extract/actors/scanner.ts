// Actor rules (guidelines 5–13): gazetteer states and organisations, capitals acting for their
// state, organisation-name patterns, titled persons, cue-introduced persons, acronym definitions,
// and the opaque names (laws, treaties, places) inside which nothing is marked. The scanner walks the
// tokens once; the rules it applies live in rules/, as plain functions over one shared ScanState.
import type { Tokens } from '../tokenize';
import type { Steps } from '../steps';
import type { ActorResult } from './types';
import { FAMILY_FIRST_SURNAMES } from '../lexicon/names';
import { AGENCY_DOMAINS, PARTY_LEADS } from '../lexicon/organisations';
import { isCap, isDigit } from './words';
import { ScanState } from './scanState';
import { acronymDefinition } from './rules/acronyms';
import { agencyName } from './rules/agencyName';
import { bodyNameRun } from './rules/bodyNameRun';
import { leftoverCandidate } from './rules/candidates';
import { cuedPerson } from './rules/cuedPerson';
import { cueOrganisation } from './rules/cueOrg';
import { identifierName } from './rules/identifierName';
import { knownOrPatternName, lowerCaseOrg } from './rules/knownNames';
import { oneWordName } from './rules/oneWordNames';
import { partyName } from './rules/partyRun';
import { familyNameFirst } from './rules/personName';
import { mayOpenTitle } from './rules/title';
import { titledPerson } from './rules/titledPerson';

/** The words that open a party's, a family-first person's or an agency's name, each with its rule's bit: one lookup per capitalised token. */
const PARTY_LEAD = 1;
const FAMILY_FIRST = 2;
const AGENCY_DOMAIN = 4;
const LEADS = new Map<string, number>();
for (const [words, bit] of [[PARTY_LEADS, PARTY_LEAD], [FAMILY_FIRST_SURNAMES, FAMILY_FIRST], [AGENCY_DOMAINS, AGENCY_DOMAIN]] as const) {
  for (const w of words) LEADS.set(w, (LEADS.get(w) ?? 0) | bit);
}

export class ActorScanner {
  readonly #s: ScanState;

  constructor(text: string, tokens: Tokens, steps: Steps, headline = false) {
    this.#s = new ScanState(text, tokens, steps, headline);
  }

  run(): ActorResult {
    const s = this.#s;
    const t = s.t;
    const n = t.words.length;
    let i = 0;
    while (s.tick() && i < n) {
      const w = t.words[i];
      const c = w.charCodeAt(0);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
      if (!letter) { i++; continue; }
      const next = this.#step(i);
      i = next > i ? next : i + 1;
    }
    return s.out;
  }

  /**
   * Handles the token at i and returns the index of the next token to look at. The rules are tried in order of
   * precedence; each returns the token after what it read, or i itself when it does not apply. A rule that only a
   * few words can start is tried only at them (the rule still checks its whole condition).
   */
  #step(i: number): number {
    const s = this.#s;
    const t = s.t;
    const w = t.words[i];
    // Most words open no title: the cheap test spares them the titled-person rule's call.
    let next = mayOpenTitle(s, i) ? titledPerson(s, i) : i;
    if (next > i) return next;
    if (!isCap(w)) return lowerCaseOrg(s, i);
    if (isDigit(s.w(i + 1).charCodeAt(0)) && (next = identifierName(s, i)) > i) return next;
    const lead = LEADS.get(w);
    if (lead !== undefined) {
      if ((lead & PARTY_LEAD) && (next = partyName(s, i)) > i) return next;
      if ((lead & FAMILY_FIRST) && (next = familyNameFirst(s, i)) > i) return next;
      if ((lead & AGENCY_DOMAIN) && (next = agencyName(s, i)) > i) return next;
    }
    if ((next = bodyNameRun(s, i)) > i) return next;
    if ((next = knownOrPatternName(s, i)) > i) return next;
    // Unknown capitalised run followed by "(ACR)": an organisation when the initials match.
    const acr = acronymDefinition(s, i);
    if (acr) return acr;
    if ((next = cueOrganisation(s, i)) > i) return next;
    if ((next = oneWordName(s, i)) > i) return next;
    return s.isNameWordAt(i) ? cuedPerson(s, i) : leftoverCandidate(s, i);
  }
}
