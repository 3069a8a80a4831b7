// Actor rules (guidelines 5–13): gazetteer states and organisations, capitals acting for their
// state, organisation-name patterns, titled persons, cue-introduced persons, acronym definitions,
// and the opaque names (laws, treaties, places) inside which nothing is marked. The scanner walks the
// tokens once; the rules it applies live in rules/, as plain functions over one shared ScanState.
import type { Tokens } from '../tokenize';
import type { Steps } from '../steps';
import type { ActorResult } from './types';
import { isCap } from './words';
import { NO_MATCH, ScanState } from './scanState';
import { acronymDefinition } from './rules/acronyms';
import { acronymCandidate, headWordCandidate } from './rules/candidates';
import { cuedPerson } from './rules/cuedPerson';
import { cueOrganisation } from './rules/cueOrg';
import { identifierName } from './rules/identifierName';
import { knownOrPatternName, lowerCaseOrg } from './rules/knownNames';
import { administration, apposedAcronym, bodyName, brandName } from './rules/oneWordNames';
import { partyName } from './rules/partyRun';
import { familyNameFirst } from './rules/personName';
import { titledPerson } from './rules/titledPerson';

export class ActorScanner {
  readonly #s: ScanState;

  constructor(text: string, tokens: Tokens, steps: Steps) {
    this.#s = new ScanState(text, tokens, steps);
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
   * precedence; each returns NO_MATCH when it does not apply.
   */
  #step(i: number): number {
    const s = this.#s;
    const w = s.t.words[i];
    let next = titledPerson(s, i);
    if (next !== NO_MATCH) return next;
    if (!isCap(w)) return lowerCaseOrg(s, i);
    if ((next = identifierName(s, i)) !== NO_MATCH) return next;
    if ((next = partyName(s, i)) !== NO_MATCH) return next;
    if ((next = familyNameFirst(s, i)) !== NO_MATCH) return next;
    if ((next = knownOrPatternName(s, i)) !== NO_MATCH) return next;
    // Unknown capitalised run followed by "(ACR)": an organisation when the initials match.
    if (s.isNameWordAt(i) || isCap(w)) {
      const acr = acronymDefinition(s, i);
      if (acr) return acr;
    }
    if ((next = cueOrganisation(s, i)) !== NO_MATCH) return next;
    if ((next = administration(s, i)) !== NO_MATCH) return next;
    if ((next = apposedAcronym(s, i)) !== NO_MATCH) return next;
    if ((next = brandName(s, i)) !== NO_MATCH) return next;
    if ((next = bodyName(s, i)) !== NO_MATCH) return next;
    if (s.isNameWordAt(i)) return cuedPerson(s, i);
    if ((next = headWordCandidate(s, i)) !== NO_MATCH) return next;
    return acronymCandidate(s, i);
  }
}
