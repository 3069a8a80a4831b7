// Guideline 6: a title before a name makes a person with that role ("Foreign Minister Ana Ruiz",
// "Its chairperson, Ambassador Hilina Abebe"). The title may have swallowed the name or may need the
// capitalised word before it ("Plantation Minister …").
import { CONNECTORS } from '../../lexicon/connectors';
import { isCompanyOnlyTail } from '../../lexicon/companies';
import { EMPLOYER_HEADS, ORG_HEADS, RANK_BODY_NOUNS } from '../../lexicon/organisations';
import { FUNCTION_WORDS } from '../../lexicon/names';
import { COMPASS_WORDS, NAMED_PLACE_HEADS, PLACE_NOUNS } from '../../lexicon/places';
import { ADJECTIVE_RANKS, GENERAL_OFFICE_WORDS, PORTFOLIO_WORDS } from '../../lexicon/titles';
import { ADJECTIVE_SHAPE, CORPORATE_TITLE, EMPLOYER_TITLE, HONORIFIC, PORTFOLIO_OF } from '../context';
import type { ScanState } from '../scanState';
import type { Candidate } from '../types';
import { isCap } from '../words';
import { addOrganisation } from './acronyms';
import { orgCanonical } from './orgCanonical';
import { MAX_RUN_TOKENS, orgRun } from './orgRun';
import { personNameEnd } from './personName';
import { portfolioBeforeTitle, titleAt } from './title';

/** Where a portfolio title is cut: its last token e and the last token of the name after it. */
interface PortfolioSplit {
  e: number;
  last: number;
}

/**
 * "Minister for Trade Don Farrell", "Minister of Investment Khalid Al-Falih": the portfolio pattern (title at i..end)
 * ran into the name; split where the rest reads as a full name (else a surname) that does not open with a portfolio
 * word. `last` is the name read after the whole title (-1: none). Returns a split inside the title, or null.
 */
function portfolioSplit(s: ScanState, i: number, end: number, last: number): PortfolioSplit | null {
  const t = s.t;
  let of = i + 1;
  while (s.tick() && of < end && t.words[of] !== 'of' && t.words[of] !== 'for') of++;
  let split = last >= 0 ? { e: end, last } : null;
  let full = false;
  for (let e = end; s.tick() && e > of; e--) {
    if (e + 1 >= t.words.length || !s.spaced(e + 1) || CONNECTORS.has(t.words[e])) continue;
    if (isCap(t.words[e + 1]) && PORTFOLIO_WORDS.has(t.lower[e + 1])) break;
    // "Minister for the Middle East Hamish Falconer": a compass word opens a region's name, not a person's.
    if (COMPASS_WORDS.has(t.words[e + 1])) continue;
    const l = personNameEnd(s, e + 1);
    if (l < 0) continue;
    // The longest full name wins ("Minister of Mines Musa Kabwe Lungu"); a surname only when no full name fits.
    if (/\s/.test(s.text.slice(t.starts[e + 1], t.ends[l]))) { split = { e, last: l }; full = true; } else if (!split && !full) split = { e, last: l };
  }
  return split && split.e !== end ? split : null;
}

/**
 * "Halden Research economist", "Tovstad analyst": an occupation practised for an employer. A run of several words must
 * end in a head a firm or an institute takes ("Political analyst", "Middle East analyst", "Senior Africa analyst" name
 * no employer); a single word must stand inside a sentence, where a capital marks a name rather than an adjective or a
 * city that opens it ("Independent economist", "Lagos economist"), and not read as an adjective of a people.
 */
function employer(s: ScanState, run: Candidate, role: string, i: number): boolean {
  if (!EMPLOYER_TITLE.test(role.trim())) return false;
  if (run.text.includes(' ')) return EMPLOYER_HEADS.has(run.text.slice(run.text.lastIndexOf(' ') + 1));
  if (ADJECTIVE_SHAPE.test(run.text)) return false;
  // The run ends just before the title at i; walk back to its first token ("Al-Monitor" is three).
  let k = i - 1;
  while (s.tick() && k > 0 && s.t.starts[k] > run.start) k--;
  return !s.sentenceInitial(k);
}

/**
 * "Puntland President Said Deni": a capitalised "President" after the one-word name of a land ("Somaliland", "Jubaland",
 * regions the country data does not list) names the head of a polity, not a firm's; other words before it are firms
 * ("Nornickel President", "BGMEA President").
 */
function polityLeader(run: Candidate, role: string): boolean {
  return role.trim() === 'President' && !run.text.includes(' ') && TERRITORY_NAME.test(run.text);
}

const TERRITORY_NAME = /\p{Ll}land$/u;

/**
 * Adds the person k..last whose title (as read: `readRole`; after any split: `titleRole`) starts at token i; the
 * candidate run just before the title may be the person's organisation or part of the role. Returns the next token.
 */
function addTitledPerson(s: ScanState, i: number, readRole: string, titleRole: string, k: number, last: number): number {
  const t = s.t;
  const name = s.text.slice(t.starts[k], t.ends[last]);
  const prevCand = s.out.candidates[s.out.candidates.length - 1];
  if (prevCand && prevCand.end === t.ends[i - 1] && !prevCand.acronym && s.spaced(i) && !polityLeader(prevCand, readRole) && (CORPORATE_TITLE.test(readRole.trim()) || employer(s, prevCand, readRole, i))) {
    // "Equinor chief executive Anders Opedal", "Halden Research economist Ana Lind": the run before a corporate or
    // research title is an organisation.
    s.out.candidates.pop();
    s.out.actors.push({ kind: 'actor', start: prevCand.start, end: prevCand.end, text: prevCand.text, type: 'organization', canonical: prevCand.text });
  }
  let role = titleRole;
  const generalOffice = GENERAL_OFFICE_WORDS.has(t.words[i]) && /^\p{L}+[\s-]General$/u.test(role);
  if (prevCand && prevCand.end === t.ends[i - 1] && !prevCand.acronym && !prevCand.text.includes(' ') && (generalOffice || !ORG_HEADS.has(prevCand.text)) && s.spaced(i) && (generalOffice || /^(?:Minister|Secretary)\b/.test(role))) {
    // "Plantation Minister Johari Abdul Ghani", "Police Inspector-General Ada Eze": a capitalised portfolio or domain
    // word outside the title list belongs to the role.
    s.out.candidates.pop();
    role = `${prevCand.text} ${role}`;
  }
  s.addActor(k, last, 'person', name, role);
  return last + 1;
}

/** A titled person whose title starts at token i. */
export function titledPerson(s: ScanState, i: number): number {
  const t = s.t;
  const title = titleAt(s, i);
  if (!title) return i;
  let k = title.end + 1;
  if (t.words[k] === ',' ) k++;
  // "Its chairperson, Ambassador Hilina Abebe": a second title after the comma is the one attached to the name.
  if (k > title.end + 1 && k < t.words.length && titleAt(s, k)) return k;
  let last = k < t.words.length && (s.spaced(k) || t.words[k - 1] === ',') ? personNameEnd(s, k) : -1;
  // "The co-chair, Home Affairs Minister Vivek Mathur": the words after the comma are the next title's portfolio.
  if (k > title.end + 1 && last >= 0 && portfolioBeforeTitle(s, last)) return k;
  // "Chief Scientific Adviser Angela McLean", "Chief Medical Officer Chris Whitty": an adjective after "Chief" and before a
  // second title is the title's field, not a person; the name after the second title holds the whole role.
  if (last === k && k === title.end + 1 && /\bchief$/i.test(title.role) && FIELD_ADJECTIVE.test(t.words[k]) && portfolioBeforeTitle(s, last)) {
    const second = titleAt(s, last + 1);
    const end = second ? personNameEnd(s, second.end + 1) : -1;
    if (!second || end < 0) return k;
    const role = s.text.slice(t.starts[i], t.ends[second.end]);
    return addTitledPerson(s, i, role, role, second.end + 1, end);
  }
  let next: number;
  let titleRole = title.role;
  if (PORTFOLIO_OF.test(titleRole) && t.words[title.end + 1] !== ',' && (last < 0 || !/\s/.test(s.text.slice(t.starts[k], t.ends[last])))) {
    const split = portfolioSplit(s, i, title.end, last);
    if (split) {
      titleRole = s.text.slice(t.starts[i], t.ends[split.e]);
      k = split.e + 1;
      last = split.last;
    }
  }
  // "Mallam Ado Bayero Stadium", "the Sir Ian Blake Hospital": an honorific and a name that runs on into another
  // capitalised word or ends in a place noun name a place or a body after a person; the other rules read it.
  if (last >= 0 && ((s.spaced(last + 1) && isCap(t.words[last + 1])) || PLACE_NOUNS.has(t.lower[last]) || NAMED_PLACE_HEADS.has(t.lower[last])) && HONORIFIC.test(title.role)) return i;
  if (title.end === i && (next = rankOpensOrganisation(s, i, k, last)) > i) return next;
  return last >= 0 ? addTitledPerson(s, i, title.role, titleRole, k, last) : i;
}

/**
 * "General Statistics Office", "King Fahd University": a one-word title whose name (k..last) runs straight into an
 * organisation head opens the organisation's name, not a person's. So does one before a company word ("General Motors",
 * "General Electric"), and one before a body noun and its "of" portfolio ("General Administration of Customs of Peru",
 * "General Directorate of Mines"). Returns the next token, or i.
 */
function rankOpensOrganisation(s: ScanState, i: number, k: number, last: number): number {
  const t = s.t;
  if (s.headline || k !== i + 1) return i;
  // "General Electric", "General Motors of Canada": a rank before a company word names a company, not a person; not a
  // rank that is also an adjective ("Major Oil companies"). (No surname reads "Motors", so `last` may be -1 here.)
  if ((last === k || last < 0) && k < t.words.length && s.spaced(k) && isCompanyOnlyTail(t.words[k]) && !ADJECTIVE_RANKS.has(t.words[i])) {
    const run = orgRun(s, k);
    const end = run && !run.opaque && run.end > k ? run.end : k;
    return addOrganisation(s, i, end, orgCanonical(s, i, s.text.slice(t.starts[i], t.ends[end])));
  }
  if (last < 0 || last + 1 >= t.words.length || !s.spaced(last + 1)) return i;
  if (last === k && t.words[last + 1] === 'of' && RANK_BODY_NOUNS.has(t.words[k])) return rankBodyOf(s, i, k);
  if (!ORG_HEADS.has(t.words[last + 1])) return i;
  const run = orgRun(s, k);
  if (!run || run.opaque || run.end < last + 1) return i;
  const canonical = orgCanonical(s, i, s.text.slice(t.starts[i], t.ends[run.end]));
  return addOrganisation(s, i, run.end, canonical);
}

/** The shape of an adjective naming a field ("Scientific", "Medical", "Technical", "Veterinary"). */
const FIELD_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ific|tic|gic|al|ary)$/u;

/**
 * "General Administration of Customs of China": the rank, the body noun at k and every "of" that a capitalised word
 * follows make one organisation (at most a run's length). Returns the next token, or i when no portfolio follows.
 */
function rankBodyOf(s: ScanState, i: number, k: number): number {
  const t = s.t;
  let end = k;
  const stop = Math.min(t.words.length - 1, k + MAX_RUN_TOKENS);
  for (let j = k + 1; s.tick() && j < stop && t.words[j] === 'of' && s.spaced(j + 1) && isCap(t.words[j + 1]) && !FUNCTION_WORDS.has(t.words[j + 1]);) {
    end = j + 1;
    while (s.tick() && end + 1 <= stop && s.spaced(end + 1) && isCap(t.words[end + 1]) && !FUNCTION_WORDS.has(t.words[end + 1])) end++;
    j = end + 1;
  }
  if (end === k) return i;
  const canonical = orgCanonical(s, i, s.text.slice(t.starts[i], t.ends[end]));
  return addOrganisation(s, i, end, canonical);
}
