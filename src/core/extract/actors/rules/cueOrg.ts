// Organisations introduced by their context rather than their shape: a cue noun before them ("pollster
// Datafolha", "analysts at Kpler"), coordination with the last such organisation ("X and Y"), an
// apposition, or "<Place>-based" before an acronym.
import { FUNCTION_WORDS } from '../../lexicon/names';
import { REGION_ADJECTIVES, REGION_MODIFIERS } from '../../lexicon/places';
import { PLURAL_ROLES, POST_NOMINALS } from '../../lexicon/titles';
import { BODY_CUE_APPOSED, EMPLOYER_CUE_BEFORE, ORG_CUE_APPOSED, ORG_CUE_BEFORE, ORG_LIST_CUE_BEFORE, ORG_SLOT_BEFORE, ROLE_FOR_BODY_APPOSED } from '../context';
import { expandOrgName } from '../orgName';
import type { ScanState } from '../scanState';
import { cueMayEndBefore, endsInAsciiLower, isAllCaps, isApostrophe, isAscii, isCap, isTitleWord } from '../words';
import { afterOrg } from './acronyms';
import { personApposition } from './cuedPerson';
import { titleAt } from './title';
import { GROUP_PREPOSITIONS } from '../../lexicon/function';
import { CLAUSE_GOES_ON_WORDS, RELATIVE_CLAUSE_VERBS } from '../../lexicon/verbs';

/** Last token of a cue-introduced name from i: up to four capitalised words and inner apostrophes. */
function cueNameEnd(s: ScanState, i: number): number {
  const t = s.t;
  let last = i;
  for (;;) {
    s.tick();
    if (s.innerApostrophe(last + 1)) { last += 2; continue; }
    // "the farmers' federation Copa-Cogeca": capitalised parts joined by a tight hyphen are one name.
    if (t.words[last + 1] === '-' && s.tight(last + 1) && s.tight(last + 2) && isCap(t.words[last + 2] ?? '')) { last += 2; continue; }
    if (last + 1 < t.words.length && last - i < 3 && s.spaced(last + 1) && isCap(t.words[last + 1]) && !FUNCTION_WORDS.has(t.words[last + 1]) && !isTitleWord(t.words[last + 1], t.lower[last + 1])) { last++; continue; }
    return last;
  }
}

/**
 * Tokens that can end the text the cue patterns read before a name: every pattern ends in one of its words
 * (read off the patterns), a comma or "-based", then spaces, and nothing but spaces lies between two tokens.
 * \b in these patterns is ASCII-only, so a cue word may also end a token with other letters ("Økofirm").
 */
const CUE_ENDS = new Set([',', 'based', ...endWords(ORG_CUE_BEFORE, ORG_SLOT_BEFORE, ORG_CUE_APPOSED, BODY_CUE_APPOSED, ORG_LIST_CUE_BEFORE)]);

/** The same for the company nouns ("miner ") and the organisation slots ("its operator, ", "shares in "), one by one. */
const COMPANY_NOUN_ENDS = endWords(ORG_CUE_BEFORE);
const ORG_SLOT_ENDS = new Set([',', ...endWords(ORG_SLOT_BEFORE)]);

/** The words of the patterns: a superset of the words they can end in. */
function endWords(...patterns: RegExp[]): Set<string> {
  return new Set(patterns.map((p) => p.source).join(' ').split(/[^A-Za-z]+/));
}

/** False only when no cue pattern can match the text before a name whose previous token is `prev`. */
export function cueMayEndAt(prev: string | undefined): boolean {
  // Every cue word ends in a–z: a token with other letters ends one only so ("Økofirm"), never a dash or a quote.
  return prev !== undefined && (CUE_ENDS.has(prev) || (!isAscii(prev) && endsInAsciiLower(prev)));
}

/**
 * "chief executive of Pulse Canada", "director at Transparency International Kenya": after an employer cue a capitalised
 * word and a country's name are one organisation's name (as "Export Development Canada" is), not a word and a state.
 * Returns the next token, or i.
 */
function employerCountryName(s: ScanState, i: number): number {
  const t = s.t;
  const prev = t.words[i - 1];
  if ((prev !== 'of' && prev !== 'at') || REGION_MODIFIERS.has(t.words[i]) || !s.isNameWordAt(i) || !s.spaced(i + 1) || s.gazMatch(i)) return i;
  const g = s.gazMatch(i + 1);
  const after = g ? t.words[g.end + 1] : undefined;
  if (!g || g.entry.kind !== 'country' || isApostrophe(after)) return i;
  // "the head of Asia Pacific at HSBC": an employer named after the country makes it a region of responsibility.
  if ((after === 'at' || after === 'for') && isCap(t.words[g.end + 2] ?? '')) return i;
  if (!EMPLOYER_CUE_BEFORE.test(s.text.slice(Math.max(0, t.starts[i] - 40), t.starts[i]))) return i;
  const canonical = expandOrgName(s.text.slice(t.starts[i], t.ends[g.end]));
  s.addActor(i, g.end, 'organization', canonical);
  return afterOrg(s, g.end, canonical);
}

/** A capitalised word at token i that a cue before it makes an organisation. */
export function cueOrganisation(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  // Checked first: a capitalised function word ("The", "But") opens no organisation, and needs no look-behind.
  if (!isCap(w) || FUNCTION_WORDS.has(w)) return i;
  const employer = employerCountryName(s, i);
  if (employer > i) return employer;
  const orgAnd = coordinatedWithCueOrg(s, i);
  if (!(orgAnd || (cueMayEndAt(t.words[i - 1]) && cueBefore(s, i, w))) || titleAt(s, i)) return i;
  const last = cueNameEnd(s, i);
  // "the consortium of Trafigura and Maria Lopez, its former chief": a list goes on to no name a person's apposition marks.
  if (orgAnd && last > i && (personApposition(s, last) || ownedTitleApposed(s, last))) return i;
  if (!orgAnd && (modifierBeforePlural(s, i, last) || reducedRelative(s, last) || bareFederation(s, i))) return i;
  const canonical = expandOrgName(s.text.slice(t.starts[i], t.ends[last]));
  s.addActor(i, last, 'organization', canonical);
  s.cueOrgEnd = t.ends[last];
  return afterOrg(s, last, canonical);
}

/**
 * Whether only ", ", " and ", " or " (or ", and") stand between the last cued organisation and token i. Only spaces lie
 * between tokens, so it must end one or two tokens before the word (a comma, a conjunction) before the text is read.
 */
function coordinatedWithCueOrg(s: ScanState, i: number): boolean {
  const end = s.cueOrgEnd;
  if (end < 0 || (end !== s.t.ends[i - 2] && end !== s.t.ends[i - 3])) return false;
  return /^\s*(?:,|,?\s+and|,?\s+or)\s+$/.test(s.text.slice(end, s.t.starts[i]));
}

/** The text the cues before token i are read in. */
function textBefore(s: ScanState, i: number): string {
  return s.text.slice(Math.max(0, s.t.starts[i] - 60), s.t.starts[i]);
}

/** "A poll by ", "a survey conducted by ": a pollster's slot. */
const POLL_BY = /\b(?:[Pp]oll|[Ss]urvey)s?\s+(?:conducted\s+)?by\s+$/;

/**
 * "A poll by Epinion found": a one-word name in a pollster's slot is the pollster; a longer one may be a person ("a survey
 * by John Curtice").
 */
function pollsterSlot(s: ScanState, i: number, before: string): boolean {
  return s.t.words[i - 1] === 'by' && !(s.spaced(i + 1) && isCap(s.w(i + 1))) && POLL_BY.test(before);
}

/** Whether a company noun or slot ends `before`, the text before token i ("rival bidder ", "companies including "). */
function companyNounCue(s: ScanState, i: number, before: string): boolean {
  return (cueMayEndBefore(s.t, i, COMPANY_NOUN_ENDS, 30) && ORG_CUE_BEFORE.test(before.slice(-30))) || (cueMayEndBefore(s.t, i, ORG_SLOT_ENDS, 60) && ORG_SLOT_BEFORE.test(before)) || pollsterSlot(s, i, before);
}

/** Whether a company noun or slot just before token i makes it an organisation ("bidder Hanwha Ocean", "consortium of Trafigura"). */
export function cuedByCompanyNoun(s: ScanState, i: number): boolean {
  return cueMayEndAt(s.t.words[i - 1]) && companyNounCue(s, i, textBefore(s, i));
}

/**
 * "Russia is a federation Putin has centralised": "federation" right after an article is the kind of state, no cue;
 * a modifier makes it a body's ("the farmers' federation Copa-Cogeca").
 */
function bareFederation(s: ScanState, i: number): boolean {
  const cue = s.t.lower[i - 1];
  if (cue !== 'federation' && cue !== 'confederation') return false;
  const before = s.t.lower[i - 2];
  return before === 'a' || before === 'an' || before === 'the';
}

/**
 * "A consortium of Asian lenders", "of Western companies", "of Arab states": one adjective-shaped word before a
 * lower-case plural is its modifier, not a cued name.
 */
function modifierBeforePlural(s: ScanState, i: number, last: number): boolean {
  if (last !== i || !s.spaced(i + 1)) return false;
  const next = s.w(i + 1);
  const n = next.length;
  if (n < 4 || next.charCodeAt(n - 1) !== 115 /* s */ || next.charCodeAt(n - 2) === 115 || !/^\p{Ll}+$/u.test(next)) return false;
  const w = s.w(i);
  return REGION_ADJECTIVES.has(w) || /(?:an|ese|ish|ic|ern)$/.test(w);
}

/**
 * "The association Smith founded in 1990 lobbied", "The lobby Ramos built grew", "A nonprofit Maria Lopez runs helped":
 * a founding or running verb right after the cued name, its object gapped (the clause goes on with a preposition,
 * punctuation, an auxiliary or another past verb), makes the name the subject of a reduced relative, not the body.
 * Not after "has"/"had": "state trader Energocom had offered to supply" is the body's own clause.
 */
function reducedRelative(s: ScanState, last: number): boolean {
  const k = last + 1;
  if (!s.spaced(k) || !RELATIVE_CLAUSE_VERBS.has(s.w(k))) return false;
  const next = s.w(k + 1);
  if (next === '' || !/^\p{L}/u.test(next)) return true;
  return GROUP_PREPOSITIONS.has(next) || CLAUSE_GOES_ON_WORDS.has(next) || /^\p{Ll}+ed$/u.test(next);
}

/** ", its former adviser,": a title the list's organisation owns, apposed to the name ending at `last`. */
function ownedTitleApposed(s: ScanState, last: number): boolean {
  if (s.w(last + 1) !== ',' || (s.w(last + 2) !== 'its' && s.w(last + 2) !== 'their')) return false;
  return !!titleAt(s, last + 3);
}

/** Whether a cue of several members just before token i makes it the first of a list ("consortium of Trafigura, …"). */
export function cuedAsListMember(s: ScanState, i: number): boolean {
  if (!cueMayEndAt(s.t.words[i - 1])) return false;
  return ORG_LIST_CUE_BEFORE.test(textBefore(s, i));
}

/** Whether a cue in the text before token i (word `w`) makes it an organisation. */
function cueBefore(s: ScanState, i: number, w: string): boolean {
  const t = s.t;
  const before = textBefore(s, i);
  if (companyNounCue(s, i, before)) return true;
  // The other cues end in "-based" or a comma: only that token before i can end them.
  const prev = t.words[i - 1];
  // "Dubai-based DP World": after "<Place>-based" an all-caps word opening a capitalised run is a company, not a person.
  if (prev === 'based') return /^\p{Lu}{2,4}$/u.test(w) && /\p{L}-based\s+$/u.test(before) && s.spaced(i + 1) && isCap(s.w(i + 1)) && !FUNCTION_WORDS.has(s.w(i + 1));
  if (prev !== ',') return false;
  // "Its water utility, Ranhill SAJ, says": the apposed name may be a word and an acronym, not letters after a person's
  // name ("Hassan MP"). Not after a role for the body: "A spokesman for the lobby group, Hassan, said" names the spokesman.
  const comma = t.words[i + 1] === ',' || (t.words[i + 2] === ',' && s.spaced(i + 1) && isAllCaps(t.words[i + 1]) && !POST_NOMINALS.has(t.words[i + 1]));
  if (comma && s.isNameWordAt(i) && ORG_CUE_APPOSED.test(before.slice(-32)) && !ROLE_FOR_BODY_APPOSED.test(before.slice(-80))) return true;
  return bodyApposed(s, i, before);
}

/**
 * "The largest gang, Grand Ravine, controls …": a name of one to four words apposed to a kind of grouping. Not when the
 * grouping is the object of a preposition ("The leader of the gang, Jimmy Cherizier, said", "For the bloc, Kaja Kallas,
 * …"): the name then tells who acts for it; nor when a person's apposition follows the name (", Hungary's prime minister").
 */
function bodyApposed(s: ScanState, i: number, before: string): boolean {
  if (s.w(i - 1) !== ',' || !s.isNameWordAt(i)) return false;
  const m = BODY_CUE_APPOSED.exec(before.slice(-20));
  if (!m || afterPreposition(s, i - 2, m[1] === 's')) return false;
  const last = cueNameEnd(s, i);
  const after = s.w(last + 1);
  return (after === ',' && !personApposed(s, last)) || (m[1] === 's' && after === 'and');
}

/**
 * Whether a preposition comes before the grouping noun at token n, past at most three lower-case words ("of the armed
 * gang"). After a plural the list apposed may still name the groupings ("Among the gangs, X and Y"), unless a title
 * governs them ("the leaders of the gangs, X and Y").
 */
function afterPreposition(s: ScanState, n: number, plural: boolean): boolean {
  for (let k = n - 1; s.tick() && k >= n - 4 && k >= 0; k--) {
    const w = s.w(k);
    const lower = w.toLowerCase();
    if (GROUP_PREPOSITIONS.has(lower)) return !plural || (lower === 'of' && titleBefore(s, k));
    if (w !== lower || !/^\p{L}/u.test(w)) return false;
  }
  return false;
}

/** Whether a title ends just before token k ("The leaders of …", "the gang's commanders of …"). */
function titleBefore(s: ScanState, k: number): boolean {
  if (PLURAL_ROLES.has(s.w(k - 1))) return true;
  for (let j = k - 1; s.tick() && j >= k - 3 && j >= 0; j--) {
    const title = titleAt(s, j);
    if (title) return title.end === k - 1;
  }
  return false;
}

/**
 * An apposition only a person takes after the name ending at `last`: a title, after an article or a possessive, closed
 * by punctuation (", the prime minister,", ", Hungary's prime minister,", ", the EU's top diplomat,"), or ", who …".
 */
function personApposed(s: ScanState, last: number): boolean {
  if (personApposition(s, last)) return true;
  let k = last + 2;
  if (/^(?:the|a|an)$/.test(s.w(k))) k++;
  if (!(isCap(s.w(k)) && (s.w(k + 1) === "'" || s.w(k + 1) === '’') && s.w(k + 2) === 's')) return false;
  const title = titleAt(s, k + 3);
  return !!title && /^[,.;:)—–]$/.test(s.w(title.end + 1));
}
