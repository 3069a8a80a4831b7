// Verb word lists: the words that set a tense around a date, and the verbs the actor and date rules read around a name.
import { HOPE_VERBS_TO, LIKELIHOOD_WORDS } from './hopes';

/** Words that point a date ahead (tense.ts): auxiliaries of the future, plans, and present-tense verbs of a schedule. */
export const FUTURE_MARKERS = new Set(['expects', 'expected', 'will', "'ll", 'shall', "won't", 'next', 'upcoming', 'scheduled', 'due', 'plan', 'plans',
  'planned', 'intends', 'intend', 'aims', 'aim', 'would', 'takes', 'begins', 'starts', 'opens', 'expires', 'ends', 'resumes', 'meets',
  'holds', 'hosts', 'matures', 'lapses', 'travels', 'visits', 'arrives', 'launches', 'flies', 'departs', 'sails', 'tours', 'embarks', 'set', 'until', 'deadline', 'coming', 'forthcoming',
  'goes', 'convene', 'convenes', 'could', 'might', 'effective', 'must', 'should',
  // A plan or an obligation in the present points ahead ("it foresees a dialogue on September 14-18", "commits the two
  // countries to tender by September 30").
  'foresees', 'envisages', 'envisions', 'commits', 'obliges', 'requires', 'binds']);

/** Words that point a date back (tense.ts): past forms of "be", "have" and "do", irregular pasts and words of time gone by. */
export const PAST_MARKERS = new Set(['said', 'told', 'was', 'were', 'had', 'did', 'ago', 'since', 'earlier', 'previously', 'former', 'began',
  'took', 'met', 'held', 'went', 'came', 'made', 'saw', 'left', 'won', 'lost', 'fell', 'rose', 'grew', 'cut', 'hit', 'set', 'sent', 'spent',
  'paid', 'struck', 'led', 'brought', 'bought', 'sold', 'gave', 'wrote', 'spoke', 'broke', 'built', 'sought', 'fought', 'became', 'ran',
  'stood', 'kept', 'found', 'fled', 'drew', 'threw', 'chose', 'flew']);

/** Past forms of PAST_MARKERS spelt as their base form, which a modal before them makes the base form ("will cut"). */
export const BASE_FORM_PASTS = new Set(['cut', 'hit']);

/** Verbs whose "to"-infinitive points forward ("agreed to raise output from October"). */
export const PROSPECTIVE_VERBS = new Set([...HOPE_VERBS_TO, ...LIKELIHOOD_WORDS, 'agreed', 'decided', 'voted', 'pledged', 'promised', 'vowed', 'set', 'plans', 'planned', 'intends', 'aims',
  'wants', 'wanted', 'due', 'scheduled', 'poised', 'ready', 'prepared', 'moved', 'asked', 'urged', 'called',
  'threatens', 'threatened', 'threaten', 'aim', 'plan', 'going', 'about', 'seeks', 'seeking']);

/**
 * Verbs of asking in the present perfect, whose object then "to"-infinitive points forward: "has summoned the minister
 * to explain the deal in July" (the request stands; what it asks is ahead). In the simple past ("ordered the crowd to
 * disperse in January") what was asked is as likely done.
 */
export const REQUEST_VERBS = new Set(['asked', 'urged', 'summoned', 'invited', 'requested', 'pressed', 'encouraged', 'called']);

/** Present-tense scheduling verbs: "returns from recess on February 24", "meet again on October 5". */
export const SCHEDULE_VERBS = new Set(['meet', 'meets', 'vote', 'votes', 'convene', 'reconvene', 'reconvenes', 'begin', 'start', 'open', 'close', 'closes',
  'end', 'return', 'returns', 'resume', 'take', 'expire', 'arrive', 'visit', 'hold', 'host', 'travel', 'launch', 'debate', 'debates', 'sit', 'sits',
  'peaks', 'peak', 'wants', 'want', 'runs', 'lasts', 'kicks', 'falls', 'heads', 'faces', 'face', 'leaves', 'leave', 'steps', 'expires',
  // A forecast in the present is about what is ahead ("the Fund forecasts growth of 4% in the fiscal year ending June 30");
  // as nouns ("its forecasts in January") the tense rules' determiner and preposition checks drop them.
  'forecasts', 'predicts']);

/**
 * Forward words that are also nouns: after a determiner or possessive they name a thing and set no tense ("set out his
 * plan in an address on Monday", "its aims", "her visits").
 */
export const FORWARD_NOUN_READINGS = new Set(['plan', 'plans', 'aim', 'aims', 'visits', 'launches', 'travels', 'tours', 'flies', 'sails']);

/**
 * Verbs of travel that are more often plural nouns ("guided tours on Saturday", "torn sails", "the flag flies at
 * half-mast"): a verb only before a destination, "to"/"from"/"for"/"into", "the" or a capitalised place ("flies to
 * Manila", "sails for Busan", "tours the port").
 */
export const TRAVEL_VERBS_AS_NOUNS = new Set(['flies', 'sails', 'tours']);

/** Participles in "-ed" (and "due") that point ahead, so their ending sets no past ("expected", "scheduled"). */
export const FORWARD_PARTICIPLES = new Set(['expected', 'scheduled', 'planned', 'proposed', 'slated', 'supposed', 'anticipated', 'due']);

/** Participles that set an event for a day ("set for", "called for", "pencilled in for"). */
export const DATE_SETTING_PARTICIPLES: readonly string[] = ['set', 'scheduled', 'slated', 'planned', 'called', 'fixed', 'due', 'postponed', 'moved',
  'rescheduled', 'delayed', 'booked', 'pencilled', 'penciled'];

/** Verbs of a state that lasts (a pattern), after which a bare "for" spans the years: "lasted for", "remained closed for" is not read. */
export const DURATION_VERB_PATTERN = String.raw`(?:last(?:s|ed|ing)?|continu(?:e|es|ed|ing)|r[au]n(?:s|ning)?|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|persist(?:s|ed|ing)?|suspended|closed|shut|halted|paused|frozen|idled)`;

/**
 * Reporting verbs after a name that a person and a body both take ("X said", "X told", "X denied"), as a pattern: the core
 * of the person's reporting cue (actors/context.ts CUE_AFTER), a role-for-body apposition (rules/cuedPerson.ts) and a
 * body's speech (rules/knownNames.ts).
 */
export const SPEECH_VERBS = 'said|says|told|added|argued|warned|wrote|announced|confirmed|denied';

/** Verbs after a name that make it a person's ("X said", "X resigned"), as a pattern: the last alternative of CUE_AFTER. */
export const PERSON_CUE_VERBS = `${SPEECH_VERBS}|noted|explained|insisted|stressed|acknowledged|conceded|predicted|cautioned|observed|remarked|posted|urged|believes|thinks|called|asked|replied|responded|declined|admitted|agreed|disagreed|estimated|suggested|met|visited|spoke|vowed|promised|recalled|resigned`;

/** Verbs whose subject founds, builds, runs or addresses the cue noun before it ("The association Smith founded"). */
export const RELATIVE_CLAUSE_VERBS = new Set(['founded', 'co-founded', 'cofounded', 'built', 'created', 'started', 'launched', 'established', 'formed',
  'runs', 'ran', 'leads', 'led', 'heads', 'headed', 'chairs', 'chaired', 'addressed', 'joined', 'backs', 'backed', 'funds', 'funded']);

/** Words that go on a clause after a reduced relative: an auxiliary or an irregular past of the main verb. */
export const CLAUSE_GOES_ON_WORDS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'should', 'grew', 'rose', 'fell', 'said', 'says', 'won', 'lost', 'began', 'became', 'went', 'took', 'made', 'saw', 'got', 'held', 'kept']);
