// The tense heuristic that decides which way a year-less date resolves (guideline 24): the nearest marker of
// future or past around the date in its sentence, with the readings that override it (a planned event's date, a
// hoped-for deadline, a forward infinitive).

import type { Direction } from './calendar';
import { isWs } from './figures/chars';
import { ADJECTIVAL_DETERMINERS } from './lexicon/function';
import { HOPE_ADJECTIVES, HOPE_VERBS, LIKELIHOOD_WORDS } from './lexicon/hopes';
import { MONTH_NAMES, PLANNED_EVENT_NOUNS } from './lexicon/time';
import {
  BASE_FORM_PASTS, DATE_SETTING_PARTICIPLES, FORWARD_NOUN_READINGS, FORWARD_PARTICIPLES, FUTURE_MARKERS, PAST_MARKERS, PROSPECTIVE_VERBS, REQUEST_VERBS, SCHEDULE_VERBS,
  TRAVEL_VERBS_AS_NOUNS,
} from './lexicon/verbs';
import { sentenceEndsAt, sentenceStartsAt } from './sentence';

/** A modal right before a verb (an adverb or "not" between); not "to", after which a past verb is as likely ("was forced to cut"). */
const MODAL_BEFORE = /(?:^|[^\p{L}])(?:will|would|shall|could|might|may|must|should|can|['’]ll|won['’]t)\s+(?:not\s+|also\s+|\p{L}+ly\s+)?$/iu;
/**
 * A time adverbial within a week of the article between such a verb and its "to" ("agreed on Tuesday to ban imports from
 * April 1", "agreed last week to exchange data from January 1"): the infinitive still points forward. An older one ("voted
 * on March 2 to suspend …") says the decision is past, and what it decided may be past too.
 */
const TIME = String.raw`(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|earlier\s+this)\s+week|yesterday|today)`;
/** A short prepositional phrase on either side of the time ("agreed on a video call on Tuesday to send", "agreed on Monday in Rome to"). */
const SHORT_PP = String.raw`(?:(?:on|in|at|during|over|via|after|by)\s+(?:(?!to\s)[\p{L}'’-]+\s+){1,3})`;
/** "to" and a verb: not a determiner after it ("a speech to the nation" is a preposition's "to"). */
const TO_VERB = String.raw`to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those)\s)\p{Ll}`;
const TIME_THEN_TO = new RegExp(String.raw`^\s+${SHORT_PP}?${TIME}\s+${SHORT_PP}?${TO_VERB}`, 'u');
/** "of" right before a date: the date names an event of its own ("the decision of March 2", "the massacre of May 4"). */
const OF_BEFORE = /(?:^|[^\p{L}])of\s+$/u;

/**
 * Whether TIME_THEN_TO follows a verb ending at `b` and the span at `spanStart` lies past its "to" (the adverbial itself
 * keeps the verb's tense), not as the date of an event after "of".
 */
function timeThenTo(text: string, b: number, spanStart: number): boolean {
  if (spanStart < 0) return false;
  const m = TIME_THEN_TO.exec(text.slice(b, b + 80));
  return m !== null && b + m[0].length <= spanStart && !OF_BEFORE.test(text.slice(Math.max(0, spanStart - 4), spanStart));
}

/** One to four words of an object, then "to" and a verb: what a verb of asking takes. */
const OBJECT_THEN_TO = /^\s+(?:[\p{L}'’.-]+\s+){1,4}to\s+\p{Ll}/u;
const PERFECT_BEFORE = /(?:^|[^\p{L}])(?:has|have)\s+(?:\p{L}+ly\s+|also\s+|now\s+|already\s+)?$/iu;

/** A verb of asking [at, b) in the present perfect with an object and a "to"-infinitive after it. */
function pendingRequest(text: string, at: number, b: number, w: string): boolean {
  return REQUEST_VERBS.has(w) && PERFECT_BEFORE.test(text.slice(Math.max(0, at - 20), at)) && OBJECT_THEN_TO.test(text.slice(b, b + 60));
}
/** A determiner right before a scheduling word makes it a noun ("the end of", "its close", "a start"). */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her)\s+$/iu;
/** A preposition right before a scheduling word makes it a noun too ("during peak flows in July", "after the vote", "at close"). */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:during|at|of|in|on|from|with|after|before|since|into|for|amid|despite)\s+$/iu;
/** A possessive right before a word ("analysts' forecasts", "the minister's visits"). */
const POSSESSIVE_BEFORE = /['’]s?\s+$/u;
/** Words after which a forecast is a noun: it is beaten, missed or exceeded, or a consensus. */
const NOUN_ONLY_AFTER = /(?:^|[^\p{L}])(?:beat|beats|missed|misses|exceeded|exceeds|above|below|than|consensus)\s+$/iu;
/** "of" right after a scheduling word makes it a noun ("heads of state met", "end of talks"). */
const OF_AFTER = /^\s+of\b/;
const TRAVEL_OBJECT_AFTER = /^\s+(?:(?:to|from|for|into|the)\s|\p{Lu})/u;

/** Whether the word before the one at `at` (spaces between) is in ADJECTIVAL_DETERMINERS; read by char codes, no slice of the text around. */
function adjectivalBefore(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && isWs(text.charCodeAt(b - 1))) b--;
  if (b === at) return false;
  let a = b;
  while (a > 0 && b - a <= 6 && isWordChar(text.charCodeAt(a - 1))) a--;
  return a < b && (a === 0 || !isWordChar(text.charCodeAt(a - 1))) && ADJECTIVAL_DETERMINERS.has(text.slice(a, b).toLowerCase());
}

/** A passive participle ("would be staffed", "is expected") takes its tense from the auxiliary before it, not its "-ed". */
const AFTER_BE = /(?:^|[^\p{L}])(?:be|been|being|is|are)\s+$/iu;
/** …except after "to be", which points ahead ("the budget, to be presented in November"; "talks are to be held")… */
const AFTER_TO_BE = /(?:^|[^\p{L}])to\s+be\s+$/iu;
/**
 * …unless a verb before it sets the time: "was to be held" (a plan in the past), "reported to be wounded", "turned out
 * to be", "was yet to be". Then the scan goes on to that verb ("expected to be held" is still ahead by "expected").
 */
const VERB_TO_BE = /(?:^|[^\p{L}])(?:was|were|\p{L}{2,}ed|out|thought|said|found|(?:was|were)\s+yet)\s+to\s+be\s+$/iu;

/** The last two letters of "be", "been", "being", "is" and "are". */
const BE_ENDINGS = ['be', 'en', 'ng', 'is', 're'];

/**
 * Whether text[floor, at) ends in spaces after two letters that are one of the pairs (lower case; a character outside
 * ASCII may fold to one): a cheap necessary condition for the "word, then spaces, then the end" patterns here.
 */
function spacedAfter(text: string, at: number, floor: number, pairs: readonly string[]): boolean {
  let k = at;
  while (k > floor && isWs(text.charCodeAt(k - 1))) k--;
  if (k === at || k - 2 < floor) return false;
  const a = text.charCodeAt(k - 2);
  const b = text.charCodeAt(k - 1);
  for (const p of pairs) if ((a >= 128 || (a | 32) === p.charCodeAt(0)) && (b >= 128 || (b | 32) === p.charCodeAt(1))) return true;
  return false;
}

/** The direction of a participle after "be", "been" or "being" (`at` its start): ahead after "to be", else none of its own. */
function passiveDirection(text: string, at: number): Direction | null | undefined {
  const floor = Math.max(0, at - 24);
  if (!spacedAfter(text, at, floor, BE_ENDINGS)) return undefined;
  const before = text.slice(floor, at);
  if (!AFTER_BE.test(before)) return undefined;
  return AFTER_TO_BE.test(before) && !VERB_TO_BE.test(before) ? 'future' : null;
}

/** Index of a word's first character: a–z (either case) → 0–25, the apostrophe → 26. */
function firstIndex(c: number): number {
  return c === 39 ? 26 : (c | 32) - 97;
}

/** Every word the tense rules look up, by first character and length, so a word is found without slicing or lower-casing it. */
const MARKERS: (string[] | undefined)[] = new Array<string[] | undefined>(27 * 64).fill(undefined);
for (const w of new Set([...FUTURE_MARKERS, ...PAST_MARKERS, ...PROSPECTIVE_VERBS, ...SCHEDULE_VERBS, ...FORWARD_PARTICIPLES, 'set', 'may'])) {
  const key = firstIndex(w.charCodeAt(0)) * 64 + w.length;
  (MARKERS[key] ??= []).push(w);
}

/** The looked-up word equal to text[at, b) (an /[A-Za-z']+/ run) ignoring case, or null. */
function markerAt(text: string, at: number, b: number): string | null {
  const len = b - at;
  if (len >= 64) return null;
  const list = MARKERS[firstIndex(text.charCodeAt(at)) * 64 + len];
  if (!list) return null;
  next: for (const w of list) {
    for (let k = 1; k < len; k++) if ((text.charCodeAt(at + k) | 32) !== w.charCodeAt(k)) continue next;
    return w;
  }
  return null;
}

/** Part of a /[A-Za-z']+/ word. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
}

/** The direction a word [at, b) sets, or null (a looked-up word, or a word of five or more letters ending in "ed"). */
function wordDirection(text: string, at: number, b: number, spanStart = -1): Direction | null {
  const marker = markerAt(text, at, b);
  if (marker === null) {
    const len = b - at;
    if (!(len > 4 && (text.charCodeAt(b - 2) | 32) === 101 && (text.charCodeAt(b - 1) | 32) === 100)) return null;
    // "the number of approved beef plants", "a planned visit": a participle after a determiner or "of" is an adjective, no tense.
    if (adjectivalBefore(text, at)) return null;
    const passive = passiveDirection(text, at);
    if (passive !== undefined) return passive;
    return pendingRequest(text, at, b, text.slice(at, b).toLowerCase()) ? 'future' : 'past';
  }
  const w = marker;
  // "its so-called security tariff": "called" after "so-" is an adjective, no verb.
  if (w === 'called' && at >= 3 && text.charCodeAt(at - 1) === 45 && (text.charCodeAt(at - 2) | 32) === 111 && (text.charCodeAt(at - 3) | 32) === 115) return null;
  // "will cut its force by December": a past form that is also the base form, after a modal, is the base form.
  if (BASE_FORM_PASTS.has(w) && MODAL_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return 'future';
  // "will be held in March": an irregular participle after "be" takes its tense from the auxiliary too.
  if (PAST_MARKERS.has(w) && !FUTURE_MARKERS.has(w)) {
    const passive = passiveDirection(text, at);
    if (passive !== undefined) return passive;
  }
  if (PROSPECTIVE_VERBS.has(w) && (/^\s+to\b/.test(text.slice(b, b + 4)) || timeThenTo(text, b, spanStart))) return 'future';
  if (pendingRequest(text, at, b, w)) return 'future';
  if (w === 'set') return null;
  if ((w === 'must' || w === 'should') && /^\s+have\b/.test(text.slice(b, b + 6))) return null; // "must have been": an inference about the past
  if (w === 'may' && text.startsWith('may', at) && /^\s+(?:not\s+)?[a-z]/.test(text.slice(b, b + 9))) return 'future'; // modal "may" before a verb
  if (FORWARD_NOUN_READINGS.has(w) && adjectivalBefore(text, at)) return null;
  if (TRAVEL_VERBS_AS_NOUNS.has(w) && (!TRAVEL_OBJECT_AFTER.test(text.slice(b, b + 8)) || OF_AFTER.test(text.slice(b, b + 4)) || PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 8), at)))) return null;
  if (SCHEDULE_VERBS.has(w) && DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 7), at))) return null; // "the end of October": a noun, no tense
  // "analysts' forecasts in January", "the minister's visits", "beat consensus forecasts": a possessive, or a word that
  // only a noun follows, makes it a noun.
  if ((SCHEDULE_VERBS.has(w) || FORWARD_NOUN_READINGS.has(w)) && (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, at - 3), at)) || NOUN_ONLY_AFTER.test(text.slice(Math.max(0, at - 12), at)))) return null;
  if (SCHEDULE_VERBS.has(w) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return null;
  if (SCHEDULE_VERBS.has(w) && OF_AFTER.test(text.slice(b, b + 4))) return null; // "heads of state", "close of trading": a noun before "of"
  if (FUTURE_MARKERS.has(w) || SCHEDULE_VERBS.has(w)) return 'future';
  if (PAST_MARKERS.has(w) || (w.length > 4 && w.endsWith('ed') && !FORWARD_PARTICIPLES.has(w))) return 'past';
  return null;
}

/** Events set for a day ahead and the participles that set one ("a strike for January 14", "set for", "called for"). */
const PLANNED_FOR = new Set([...PLANNED_EVENT_NOUNS, ...DATE_SETTING_PARTICIPLES]);

/** Start of the word ending at b (letters, apostrophes and hyphens), or b when there is none. */
function wordStart(text: string, b: number): number {
  let a = b;
  while (a > 0 && (isWordChar(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 45)) a--;
  return a;
}

/**
 * Whether a planned event or a setting participle, then "for", come right before `start` ("a general strike for January
 * 14", "pencilled in for June 2"): 1; an event, a short phrase, then "for" ("a strike in the public sector for Thursday"): 2.
 */
function plannedFor(text: string, start: number): 0 | 1 | 2 {
  let k = start;
  while (k > 0 && isWs(text.charCodeAt(k - 1))) k--;
  if (k === start || k < 3 || (text.charCodeAt(k - 1) | 32) !== 114 || (text.charCodeAt(k - 2) | 32) !== 111 || (text.charCodeAt(k - 3) | 32) !== 102) return 0;
  if (k > 3 && isWordChar(text.charCodeAt(k - 4))) return 0;
  let b = k - 3;
  while (b > 0 && isWs(text.charCodeAt(b - 1))) b--;
  let a = wordStart(text, b);
  let word = a < b && b - a <= 13 ? text.slice(a, b).toLowerCase() : '';
  // "pencilled in for", "booked in for": the participle before "in".
  if (word === 'in') {
    b = a;
    while (b > 0 && isWs(text.charCodeAt(b - 1))) b--;
    a = wordStart(text, b);
    word = a < b && b - a <= 13 ? text.slice(a, b).toLowerCase() : '';
  }
  // "a general strike in the public sector for Thursday": the event, then a short phrase of where or of whom.
  if (PLANNED_FOR.has(word)) return 1;
  return word !== '' && EVENT_THEN_PHRASE.test(text.slice(Math.max(0, b - 60), b)) ? 2 : 0;
}

/** A planned event's noun, then "in", "at", "across" or "of" and up to three lower-case words, at the end of a text. */
const EVENT_THEN_PHRASE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${PLANNED_EVENT_NOUNS.join('|')})\s+(?:in|at|across|of)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$`, 'u');

/**
 * The direction of the nearest word setting one before `start`, back to the sentence's start (at most 200 code
 * units). Words are /[A-Za-z']+/ runs; a run that starts before `start` and reaches into the span counts as before.
 */
function directionBefore(text: string, start: number): Direction | null {
  const floor = Math.max(0, start - 200);
  let k = start;
  // The run that crosses `start` ends after it.
  let b = start;
  while (b < text.length && k > floor && isWordChar(text.charCodeAt(k - 1)) && isWordChar(text.charCodeAt(b))) b++;
  while (k > floor) {
    if (!isWordChar(text.charCodeAt(k - 1))) {
      if (sentenceStartsAt(text, k)) return null;
      k--;
      b = k;
      continue;
    }
    let a = k - 1;
    while (a > floor && isWordChar(text.charCodeAt(a - 1))) a--;
    const dir = wordDirection(text, a, b, start);
    if (dir) return dir === 'past' && conditionalPast(text, a, floor) ? 'future' : dir;
    k = a;
    b = a;
  }
  return null;
}

/**
 * An "if"/"unless" clause reaching `at`, after "would" or "could" in the same sentence and with no "have" after it. After
 * a verb of saying or knowing "if" means "whether" ("could not confirm if the drone was shot down on February 12").
 */
const CONDITIONAL = /\b(?:would|could)\s+(?!have\b)[^.;!?]*(?<!\b(?:say|said|confirm|confirmed|know|tell|comment|clear|ask|asked|check|determine|verify|see|wonder|whether\s+or)\s)\b(?:if|unless)\s[^,;.!?]*$/iu;

/**
 * "would ask … if the memorandum was not withdrawn by March 31", "if supplies had not resumed by mid-March": a past
 * form in a condition of "would" is no past; the date is ahead. "would have … if it had failed in May" stays past.
 */
function conditionalPast(text: string, at: number, floor: number): boolean {
  const before = text.slice(floor, at);
  return before.includes('if ') || before.includes('unless ') ? CONDITIONAL.test(before) : false;
}

/**
 * The direction of the nearest word setting one that starts at or after `end`, up to the sentence's end (words
 * starting within 120 code units). A run that starts inside the span is skipped whole.
 */
function directionAfter(text: string, end: number): Direction | null {
  const ceil = Math.min(text.length, end + 120);
  let a = end;
  // A run that crosses `end` started inside the span (or before it: then it is the word before).
  while (a > 0 && a < text.length && isWordChar(text.charCodeAt(a - 1)) && isWordChar(text.charCodeAt(a))) a++;
  while (a < ceil) {
    if (!isWordChar(text.charCodeAt(a))) {
      if (sentenceEndsAt(text, a)) return null;
      a++;
      continue;
    }
    let b = a + 1;
    while (b < text.length && isWordChar(text.charCodeAt(b))) b++;
    const dir = wordDirection(text, a, b);
    if (dir) return dir;
    a = b;
  }
  return null;
}

/** "by", or "by the end of" and the like, right before a date: a deadline ("by" is group 1). */
const BY_BEFORE = /(?:^|[^\p{L}])(by)\s+(?:the\s+(?:end|start|beginning|middle|close)\s+of\s+)?$/diu;
/** The words BY_BEFORE ends in. */
const BY_ENDINGS = ['by', 'of'];

const HOPE_VERB_SET = new Set(HOPE_VERBS);
const LIKELIHOOD_SET = new Set(LIKELIHOOD_WORDS);
const HOPE_ADJECTIVE_SET = new Set(HOPE_ADJECTIVES);
/** The longest hope word: a longer word is not looked up. */
const HOPE_MAX = Math.max(...[...HOPE_VERBS, ...LIKELIHOOD_WORDS, ...HOPE_ADJECTIVES].map((w) => w.length));
/** A word of likelihood counts before "to", "by" or "that" only ("likely to", not "likely fled"). */
const LIKELIHOOD_THEN = /^\s+(?:to|by|that)\s/;
/** The present of "be" right before an adjective ("a deal is possible"), or its past ("was possible"). */
const PRESENT_BE_BEFORE = /(?:^|[^\p{L}])(?:is|are|it's|'s|’s)\s+$/iu;
const PAST_BE_BEFORE = /(?:^|[^\p{L}])(?:was|were)\s+$/iu;
const HAD_BEFORE = /(?:^|[^\p{L}])had\s+$/iu;

/** Whether a capitalised month name [a, k) stands in the text (an explicit date that anchors the sentence in time). */
function isMonthName(text: string, a: number, k: number): boolean {
  const c = text.charCodeAt(a);
  return c >= 65 && c <= 90 && k - a >= 3 && MONTH_NAMES.has(text.slice(a, k).toLowerCase());
}

/**
 * Whether a hope word [a, k) found before a deadline points it ahead, given what stands around it. `pastAfter`: a past
 * verb follows the date in the sentence ("…, and they did").
 */
function hopeHolds(text: string, a: number, k: number, w: string, pastAfter: boolean): boolean {
  const before = text.slice(Math.max(0, a - 6), a);
  if (HAD_BEFORE.test(before)) return false; // "He had hoped for a settlement by March, but talks collapsed."
  if (LIKELIHOOD_SET.has(w)) return LIKELIHOOD_THEN.test(text.slice(k, k + 6));
  if (!HOPE_ADJECTIVE_SET.has(w)) return true;
  if (PRESENT_BE_BEFORE.test(before)) return true;
  // "said a deal was possible by November", "were hopeful of a text by mid-June": the past of "be" holds unless the
  // sentence goes on in narrative ("said it was feasible by February to finish the wall, and they did").
  return PAST_BE_BEFORE.test(before) && !pastAfter;
}

/**
 * Whether the date at [start, end) is a deadline after "by" under a word of hope, possibility or expectation, with no
 * word setting a tense between them ("said he hoped for a settlement by the end of March", "a deal was possible by the
 * end of November" as reported): the hope is the speaker's now, so the deadline points ahead. Narrative past stays
 * past: a past verb nearer ("the canal was finished by March"), "had hoped", a word of likelihood before a verb ("likely
 * fled by March"), an adjective not after "be" ("few thought it possible by April") or with narrative after it ("said it
 * was feasible …, and they did"), or a month named earlier in the sentence ("Officials in January were confident …").
 */
function hopedDeadline(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 32);
  if (!spacedAfter(text, start, from, BY_ENDINGS)) return false;
  const m = BY_BEFORE.exec(text.slice(from, start));
  if (!m?.indices?.[1]) return false;
  const floor = Math.max(0, start - 200);
  let k = from + m.indices[1][0];
  let hope: [number, number, string] | null = null;
  while (k > floor) {
    if (!isWordChar(text.charCodeAt(k - 1))) {
      if (sentenceStartsAt(text, k)) break;
      k--;
      continue;
    }
    let a = k - 1;
    while (a > floor && isWordChar(text.charCodeAt(a - 1))) a--;
    if (hope) {
      // Past the hope word: a month named earlier anchors the sentence in its own time.
      if (isMonthName(text, a, k)) return false;
    } else {
      const w = k - a <= HOPE_MAX ? text.slice(a, k).toLowerCase() : '';
      if (HOPE_VERB_SET.has(w) || LIKELIHOOD_SET.has(w) || HOPE_ADJECTIVE_SET.has(w)) hope = [a, k, w];
      else if (wordDirection(text, a, k)) return false;
    }
    k = a;
  }
  if (!hope) return false;
  return hopeHolds(text, hope[0], hope[1], hope[2], HOPE_ADJECTIVE_SET.has(hope[2]) && directionAfter(text, end) === 'past');
}

/**
 * Tense direction at a span: the nearest future or past marker in the same sentence wins (the nearest before the
 * span, failing that the nearest after it); news defaults to past. Each side is read outwards from the span and
 * stops at its first marker.
 */
export function tenseDirection(text: string, start: number, end: number, before: BeforeCache = new Map()): Direction {
  // "called a general strike for January 14": a date right after "<planned event> for" is the target set, ahead
  // ("data for January", "cancelled for March 3" are not).
  // Across a phrase ("a rally in the capital for Sunday drew thousands") a past verb after the date still decides.
  const planned = plannedFor(text, start);
  if (planned === 1 || (planned === 2 && directionAfter(text, end) !== 'past')) return 'future';
  // "hoped for a settlement by the end of March": a hoped-for deadline is ahead of the speech.
  if (hopedDeadline(text, start, end)) return 'future';
  // "Friday's session would be …": a possessive date is the subject of its own clause, so the verb after it decides.
  const c0 = text.charCodeAt(end);
  if ((c0 === 39 || c0 === 8217) && text.charCodeAt(end + 1) === 115) return directionAfter(text, end) ?? cachedBefore(text, start, before) ?? 'past';
  return cachedBefore(text, start, before) ?? directionAfter(text, end) ?? (listedDeadline(text, start) ? 'future' : 'past');
}

/** A list item's marker at its line's start ("- ", "* ", "• ", "2. ", "b) "), and the longest item read as one. */
const LIST_ITEM_CHARS = 400;
const LIST_ITEM = /^[ \t]*(?:[-*•]|\d{1,2}[.)]|\p{Ll}\))[ \t]/u;

/**
 * "- net reserve accumulation of $4.5 billion by December 31;": a deadline in a list item without a verb of tense is a
 * commitment, ahead. (In running prose a verb the tense words miss, "fighters likely fled by March", leaves it past.)
 * The item must be a lower-case fragment without a year.
 */
function listedDeadline(text: string, start: number): boolean {
  const from = Math.max(0, start - 32);
  if (!spacedAfter(text, start, from, BY_ENDINGS) || !BY_BEFORE.test(text.slice(from, start))) return false;
  // The line's start, looked for at most LIST_ITEM_CHARS back (a longer line is prose, and a paragraph of one long line
  // would otherwise be searched again from every such date).
  let line = start;
  while (line > 0 && start - line < LIST_ITEM_CHARS && text.charCodeAt(line - 1) !== 10) line--;
  if (line > 0 && text.charCodeAt(line - 1) !== 10) return false;
  const marker = LIST_ITEM.exec(text.slice(line, line + 8));
  if (marker === null) return false;
  // A fragment that completes the list's lead-in ("- net reserve accumulation …"), not a sentence of its own ("1. Protests
  // spread to 20 cities by January 12."), and no year of its own ("- 2025 review: reserves by December 31 stood at …").
  const item = text.slice(line + marker[0].length, start);
  return /^\p{Ll}/u.test(item) && !/[.!?]\s/.test(item) && !/(?:^|[^\p{N}])(?:19|20)\d\d(?!\p{N})/u.test(item);
}

/** The direction before each span start already read in one text: several rules read spans from the same word ("June 4", "June"). */
export type BeforeCache = Map<number, Direction | null>;

function cachedBefore(text: string, start: number, cache: BeforeCache): Direction | null {
  let d = cache.get(start);
  if (d === undefined) {
    d = directionBefore(text, start);
    cache.set(start, d);
  }
  return d;
}
