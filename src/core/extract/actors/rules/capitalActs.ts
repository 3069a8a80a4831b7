// Guideline 8: a capital or seat of government stands for its state ("Beijing said") unless its context
// makes it a place ("in Beijing", "Beijing-based", "Washington Post", a dateline).
import { FUNCTION_WORDS } from '../../lexicon/names';
import { ALIGNMENT_BEFORE, RECOGNITION_MODIFIERS, TRANSFER_NOUNS, WILL_NOUNS, CITY_PARTS, CLOSER_ADVERBS, CONTINENTS, GOVERNMENT_SUBJECTS, LOCATIVE, NON_CAPITAL_CITIES, PASSAGE_VERBS, PLACE_GOAL_PREPOSITIONS, PLACE_LIST_AFTER, PLACE_NOUNS,
  RAPPROCHEMENT_VERBS, STATE_ENVOYS, SUBJECT_VERB_GAP } from '../../lexicon/places';
import { HEADLINE_VERBS } from '../../lexicon/headlines';
import { MONTH_OR_DAY } from '../../lexicon/time';
import { INSTITUTION_AFTER } from '../context';
import type { ScanState } from '../scanState';
import { isAsciiLetter } from '../../figures/chars';
import { isApostrophe, isCap, isDigit } from '../words';

/** Most tokens between a transfer noun and the "to" at `to`. */
const TRANSFER_WINDOW = 2;

/** Whether a transfer noun stands in the few tokens before the "to" at token `to`, within its clause. */
function transferBefore(s: ScanState, to: number): boolean {
  for (let k = to - 1; s.tick() && k >= 0 && k >= to - TRANSFER_WINDOW; k--) {
    const w = s.t.lower[k];
    // Recognition only as a state's: "switched diplomatic recognition to Beijing" (not "brought recognition to Nairobi's
    // tech scene").
    if (TRANSFER_NOUNS.has(w)) return w !== 'recognition' || RECOGNITION_MODIFIERS.has(s.t.lower[k - 1] ?? '');
    if (w === '.' || w === ';' || w === ',' || w === 'and') return false;
  }
  return false;
}

/** Most auxiliaries and adverbs between the subject and a verb of coming closer ("has also steadily drawn"). */
const SUBJECT_GAP = 4;

/**
 * Whether the subject before the verb at token v comes closer in policy: an actor (a state, a capital acting, a leader
 * named: "Manila has moved", "President X has drawn") or a government's noun ("the junta has drawn", "ties have grown")
 * ends right before it, past auxiliaries and adverbs. Not "Russian troops, backed by tanks, have moved", "the fighting
 * has moved", "the ash cloud drifted".
 */
function politicalSubject(s: ScanState, v: number): boolean {
  const t = s.t;
  let m = v - 1;
  while (s.tick() && m > v - 1 - SUBJECT_GAP && m >= 0 && (SUBJECT_VERB_GAP.has(t.lower[m]) || (t.words[m] === t.lower[m] && t.lower[m].endsWith('ly')))) m--;
  if (m < 0) return false;
  if (GOVERNMENT_SUBJECTS.has(t.lower[m])) return true;
  const actors = s.out.actors;
  const last = actors[actors.length - 1];
  return last !== undefined && last.end === t.ends[m];
}

/**
 * "has drawn closer to Rabat", "tilted ever closer to Beijing": "close"/"closer" at token k, after a verb of coming
 * together whose subject is a government, makes the capital after "to" the state drawn near; not when troops, a war or
 * a storm move ("forces edged closer to Kyiv", "the fighting has moved closer to Kyiv"), nor "a town close to Beijing".
 */
function drawnCloser(s: ScanState, k: number): boolean {
  const w = s.t.lower[k];
  if (w !== 'closer' && w !== 'close') return false;
  let v = k - 1;
  if (CLOSER_ADVERBS.has(s.t.lower[v] ?? '')) v--;
  return RAPPROCHEMENT_VERBS.has(s.t.lower[v] ?? '') && politicalSubject(s, v);
}

/** Whether the token at k may follow the last place of a list: punctuation, the end, a preposition, a conjunction or a time adjunct (no verb). */
function endsPlaceList(s: ScanState, k: number): boolean {
  const w = s.t.lower[k];
  if (w === undefined) return true;
  const c = w.charCodeAt(0);
  // Neither a letter nor a digit: punctuation.
  if (c < 128 && !isDigit(c) && !isAsciiLetter(c)) return true;
  return PLACE_LIST_AFTER.has(w);
}

/**
 * "by truck to Durban or Dar es Salaam": whether the capital spanning tokens i..j follows "and"/"or" after a capitalised
 * name marked as no actor that a place preposition governs, so the capital is one more place in the list. Not when a
 * verb follows the capital, which then opens a clause of its own ("Talks stalled in Geneva and Moscow withdrew its
 * envoy"), nor after a month, a weekday or a continent ("in March and Beijing", "from Europe and Washington").
 */
function listedAfterPlace(s: ScanState, i: number, j: number): boolean {
  const t = s.t;
  const last = i - 2;
  if (last < 1 || !isCap(t.words[last]) || !endsPlaceList(s, j + 1)) return false;
  if (MONTH_OR_DAY.has(t.lower[last]) || CONTINENTS.has(t.words[last])) return false;
  const a = s.out.actors[s.out.actors.length - 1];
  if (a && a.end >= t.ends[last]) return false; // "exports to Kenya and Beijing": the name before was a state
  let k = last;
  while (s.tick() && k > last - 3 && k > 0 && isCap(t.words[k - 1]) && s.spaced(k)) k--;
  return PLACE_GOAL_PREPOSITIONS.has(t.words[k - 1] ?? '');
}

/**
 * The gazetteer kind of the capital or seat spanning tokens i..j after "at". A name of several words is read whole
 * only in its possessive before a noun of a will ("at Kuala Lumpur's request"); otherwise its first word is looked up,
 * which no capital is, so "met at Addis Ababa", "landed at New Delhi" stay places.
 */
function capitalKind(s: ScanState, i: number, j: number): string | undefined {
  if (i === j) return s.gaz.get(s.t.words[i])?.kind;
  const t = s.t;
  if (!isApostrophe(t.words[j + 1]) || t.words[j + 2] !== 's' || !WILL_NOUNS.has(t.lower[j + 3] ?? '')) return s.gaz.get(t.words[i])?.kind;
  const g = s.gazMatch(i);
  return g && g.end === j ? g.entry.kind : undefined;
}

/** Most tokens of a city's name in NON_CAPITAL_CITIES ("Ho Chi Minh City"). */
const CITY_TOKENS = 4;

/** The first and the last words of those names: a word that is neither opens no name read from it, unread. */
const CITY_FIRST_WORDS = new Set(Object.keys(NON_CAPITAL_CITIES).map((n) => n.split(' ')[0]));
const CITY_LAST_WORDS = new Set(Object.keys(NON_CAPITAL_CITIES).map((n) => n.slice(n.lastIndexOf(' ') + 1)));

/**
 * The last token of the name of a non-capital city of `state` that runs from token `from` forward (step 1) or backward
 * (step -1), one to CITY_TOKENS words written with spaces; -1 when there is none.
 */
function ownCityEnd(s: ScanState, from: number, step: 1 | -1, state: string): number {
  const t = s.t;
  if (!isCap(t.words[from] ?? '') || !(step > 0 ? CITY_FIRST_WORDS : CITY_LAST_WORDS).has(t.words[from])) return -1;
  let name = t.words[from];
  for (let n = 1; s.tick() && n <= CITY_TOKENS; n++) {
    if (NON_CAPITAL_CITIES[name] === state) return from + (n - 1) * step;
    const next = from + n * step;
    // The space between the last word read and the next one.
    if (next < 0 || next >= t.words.length || !s.spaced(step > 0 ? next : next + 1)) return -1;
    name = step > 0 ? `${name} ${t.words[next]}` : `${t.words[next]} ${name}`;
  }
  return -1;
}

/**
 * "for Quito and Guayaquil on Sunday", "between Karachi and Islamabad.": whether the capital spanning tokens i..j is
 * coordinated by "and"/"or" with a large city of its own country, whatever precedes, which makes both places (the
 * cities' own affairs). Not when a verb follows the pair, whose subjects then act ("Baghdad and Erbil can agree").
 */
function coordinatedWithOwnCity(s: ScanState, i: number, j: number): boolean {
  const t = s.t;
  const after = t.lower[j + 1];
  const before = t.lower[i - 1];
  const cityAfter = after === 'and' || after === 'or';
  if (!cityAfter && before !== 'and' && before !== 'or') return false;
  const state = s.gazMatch(i)?.entry.canonical;
  if (!state) return false;
  if (cityAfter) {
    const end = ownCityEnd(s, j + 2, 1, state);
    if (end >= 0 && endsPlaceList(s, end + 1)) return true;
  }
  return (before === 'and' || before === 'or') && ownCityEnd(s, i - 2, -1, state) >= 0 && endsPlaceList(s, j + 1);
}

/**
 * Whether the capital ending at token j, after "<envoys> from", is whom they speak for: not a possessive owner ("from
 * Nairobi's business community"), a city with its district ("Washington, D.C.-based"), or a journey's start ("from
 * Moscow to Manila").
 */
function envoysOf(s: ScanState, j: number): boolean {
  const next = s.t.words[j + 1] ?? '';
  return next !== "'" && next !== '’' && next !== '-' && next !== 'to' && !(next === ',' && /^\p{Lu}\.\p{Lu}\./u.test(s.w(j + 2)));
}

/** Does the capital or seat spanning tokens i..j act for its state. */
export function capitalActs(s: ScanState, i: number, j: number): boolean {
  const t = s.t;
  // The tokens' lower-case forms (t.lower), not a fresh toLowerCase per capital.
  const prev = t.lower[i - 1] ?? '';
  // "through central Tbilisi", "in the northern Kyiv suburbs": a part of the city after a place preposition is a place too.
  const part = CITY_PARTS.has(prev) ? 1 : 0;
  const before = part ? (t.lower[i - 2] ?? '') : prev;
  const prev2 = before === 'the' ? (t.lower[i - 2 - part] ?? '') : before;
  // "a protest from Lima's foreign ministry": a possessive before an institution makes the capital act whatever precedes it.
  if ((t.words[j + 1] === "'" || t.words[j + 1] === '’') && t.words[j + 2] === 's' && INSTITUTION_AFTER.test(s.text.slice(t.ends[j + 2], t.ends[j + 2] + 40))) return true;
  // "the water that passes Phnom Penh", "troops entered central Kabul": the object of a verb of passing is a place.
  // (Not a receiver before its object: "Washington passed Beijing a note".)
  // (Nor an owner: "bypassed Beijing's rules".)
  if (PASSAGE_VERBS.has(before) && !/^(?:a|an|the)$/.test(t.lower[j + 1] ?? '') && t.words[j + 1] !== "'" && t.words[j + 1] !== '’') return false;
  // "at the request of Maputo": "of" after a noun of a request names who asked, not where.
  // "delegations from Kinshasa and Kigali", "negotiators from Kyiv": "from" after a state's envoys names whom they speak for.
  const willOf = (prev === 'of' && WILL_NOUNS.has(t.lower[i - 2] ?? '')) || (prev === 'from' && STATE_ENVOYS.has(t.lower[i - 2] ?? '') && envoysOf(s, j));
  // "drifting toward Moscow", "a pivot to Beijing": a way of aligning names the state it moves toward.
  if ((prev === 'to' || prev === 'toward' || prev === 'towards') && ALIGNMENT_BEFORE.has(t.lower[i - 2] ?? '') && !isCap(s.w(j + 1))) return true;
  if (prev === 'to' && drawnCloser(s, i - 2) && !isCap(s.w(j + 1))) return true;
  // "committed $500 million in military financing to Manila": the capital money goes to receives it as a state, unless
  // what follows makes it a place (the checks below: "to Kyiv region", "to Moscow-based buyers").
  const transfer = prev === 'to' && part === 0 && transferBefore(s, i - 1);
  if ((LOCATIVE.has(prev2) && !willOf && !transfer) || (prev2 === 'at' && capitalKind(s, i, j) !== 'capital')) return false;
  // "in Lima, Bogotá and Quito": a capital listed after one read as a place is a place too.
  if ((prev === ',' || prev === 'and' || prev === 'or') && s.placeEnd === i - 1) { s.placeEnd = j + 1; return false; }
  // "to Durban or Dar es Salaam": a capital coordinated with a place that a place preposition governs is a place too.
  if ((prev === 'and' || prev === 'or') && listedAfterPlace(s, i, j)) { s.placeEnd = j + 1; return false; }
  if (coordinatedWithOwnCity(s, i, j)) { s.placeEnd = j + 1; return false; }
  const next = t.words[j + 1] ?? '';
  if ((next === '-' || next === '—' || next === '–') && s.tight(j + 1)) return false;
  if (next === '—' || next === '–') return false; // dateline
  if (t.words[i].length > 3 && /^\p{Lu}+$/u.test(t.words[i])) return false;
  if ((next === "'" || next === '’') && s.w(j + 2) === 's') return !PLACE_NOUNS.has(t.lower[j + 3] ?? '');
  const nw = t.lower[j + 1] ?? '';
  if (PLACE_NOUNS.has(nw)) return false;
  // Part of a longer proper name ("Washington Post", "Tokyo Electric").
  // (A headline verb is no part of one: "Washington Weighs In".)
  if (isCap(next) && s.spaced(j + 1) && !FUNCTION_WORDS.has(next) && !s.gazMatch(j + 1) && !HEADLINE_VERBS.has(next)) return false;
  if (next === ',' && LOCATIVE.has(prev2) && !willOf && !transfer) return false;
  return true;
}
