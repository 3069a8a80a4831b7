// conflicting-values: one quantity stated with two values in one article ("a $2.5 billion loan" …
// "the $2.4 billion loan"). "The same quantity" is read from the words around each figure, since
// the engine does not link figures to what they measure:
//   - the noun phrase it modifies ("a $2.5 billion loan", "the loan of $2.4 billion"), for money,
//     percentages and quantities, where the later mention is definite ("the", "this", "Kenya's");
//   - the actor and verb before it ("Kenya received $2.5bn" … "Kenya received $2.4bn").
// Two mentions are not compared when the dates next to them differ ("$3 billion in 2023" / "$4
// billion in 2024"), when the words after them differ ("in grants" / "in loans"), or when they
// are in one sentence (often a contrast).
// Rounding and hedges are allowed for (tolerance.ts). Each figure is compared with at most
// MAX_EARLIER earlier figures of the same key.
import type { ActorMention, FigureMention } from '../types';
import { firstIndex, pacer, runSteps, type Stepped } from '../util';
import { inconsistency, quoted, restate, tick } from './finding';
import type { CheckInput } from './index';
import { sentencesOf, type Sentence } from './sentences';
import { figureIntervals, overlaps, type Interval } from './tolerance';
import type { Finding } from './types';

/** Earlier figures of one key kept for comparison (the most recent). */
export const MAX_EARLIER = 8;
const WINDOW = 48;
const H = String.raw`(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|less\s+than|over|under|an\s+estimated|approximately|US)\s+)*`;
/** Words that end a noun phrase after a figure (or are no noun). */
const STOP = new Set(('a an the this that these those of in on at to for from by with and or but as than into over under per is was were are be been being will would could should may might can has had have '
  + 'which who whom whose what when where while it its their his her our they he she we i you each every year years month months day days week weeks annually '
  + 'said says say told according last next since until after before during up down more less').split(' '));
const DEFINITE = new RegExp(String.raw`(?:^|[^\p{L}])(?:the|this|that|its|their|his|her|our|[\p{Lu}][\p{L}.-]*['’]s)\s+${H}$`, 'iu');
const DETERMINER = new RegExp(String.raw`(?:^|[^\p{L}])(?:a|an|the|this|that|its|their|his|her|our|[\p{Lu}][\p{L}.-]*['’]s)\s+${H}$`, 'iu');
/** "the loan of | $2.4 billion", "a package worth | $10 billion". */
const NOUN_OF = new RegExp(String.raw`(?:^|[^\p{L}])([Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]|[Aa]n|[\p{Lu}][\p{L}.-]*['’]s)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s+(?:of|worth|totall?ing|valued\s+at)\s+${H}$`, 'u');
/** "Kenya | received | $2.5bn". */
const VERB_BETWEEN = new RegExp(String.raw`^\s+([\p{Ll}]+)\s+(?:(?:a|an|the)\s+)?${H}$`, 'u');

interface Keyed {
  figure: FigureMention;
  interval: Interval;
  sentence: Sentence;
  tail: string;
  /** Normalised dates within WINDOW of the figure. */
  times: string[];
}

/** Head nouns that name a change or a part, not a quantity of its own ("a 3% rise", "a 40% stake"). */
const RELATIVE_HEADS = new Set(('rise increase growth jump gain drop fall decline decrease cut reduction surge slump hike '
  + 'stake share majority minority portion slice fraction proportion chunk').split(' '));
const WORD_AT = /^\s+([\p{L}][\p{L}'’-]*)/u;
const MAX_NOUN_WORDS = 3;

/** The noun phrase a figure modifies ("loan", "aid package") and where it ends. */
function nounAfter(text: string, f: FigureMention): { noun: string; end: number } | undefined {
  const after = text.slice(f.end, f.end + WINDOW);
  const ws: string[] = [];
  let pos = 0;
  for (let n = 0; n < MAX_NOUN_WORDS; n++) {
    const m = WORD_AT.exec(after.slice(pos));
    if (!m || STOP.has(m[1].toLowerCase())) break;
    ws.push(m[1]);
    pos += m[0].length;
  }
  const head = ws[ws.length - 1];
  if (head === undefined || !/^\p{Ll}/u.test(head) || RELATIVE_HEADS.has(head)) return undefined; // the head is a common noun
  return { noun: ws.join(' ').toLowerCase(), end: f.end + pos };
}

/** A qualifier after a noun phrase or figure ("on steel", "in grants", "from the IMF"), lower-cased; '' for none or a date ("in May"). */
const QUALIFIER = /^\s+(on|for|to|from|with|against|in|of|by)\s+(?:the\s+)?([\p{L}][\p{L}'’-]*)/u;

function tailAt(text: string, s: Sentence, at: number): string {
  const q = QUALIFIER.exec(text.slice(at, at + WINDOW));
  if (!q) return '';
  const wordAt = at + q[0].length - q[2].length;
  const d = s.dates[firstIndex(s.dates.length, (k) => s.dates[k].end > wordAt)];
  if (d && d.start <= wordAt) return '';
  return `${q[1]} ${q[2].toLowerCase()}`;
}

export interface Key {
  key: string;
  /** Whether the figure may refer back to an earlier one by this key (definite, or actor + verb). */
  anaphoric: boolean;
  /** Its qualifier: mentions with different ones measure different things. */
  tail: string;
}

/** The keys of what a figure measures, each prefixed with its unit. */
export function keysOf(text: string, s: Sentence, f: FigureMention, actor: ActorMention | undefined): Key[] {
  const keys: Key[] = [];
  const before = text.slice(Math.max(s.start, f.start - WINDOW), f.start);
  if (f.type !== 'count') {
    const after = nounAfter(text, f);
    const of = after ? null : NOUN_OF.exec(before);
    const head = of?.[2].split(/\s+/).pop() ?? '';
    if (after && DETERMINER.test(before)) {
      keys.push({ key: `${f.unit}\u0000np\u0000${after.noun}`, anaphoric: DEFINITE.test(before), tail: tailAt(text, s, after.end) });
    } else if (of && !STOP.has(head) && !RELATIVE_HEADS.has(head)) {
      keys.push({ key: `${f.unit}\u0000np\u0000${of[2].toLowerCase()}`, anaphoric: !/^an?$/i.test(of[1]), tail: tailAt(text, s, f.end) });
    }
  }
  if (actor && f.start - actor.end <= WINDOW) {
    const v = VERB_BETWEEN.exec(text.slice(actor.end, f.start));
    if (v && !STOP.has(v[1])) keys.push({ key: `${f.unit}\u0000av\u0000${actor.canonical}\u0000${v[1]}`, anaphoric: true, tail: tailAt(text, s, f.end) });
  }
  return keys;
}

/** The normalised dates of s within WINDOW of a figure (spans are flat, so only a few). */
export function timesNear(s: Sentence, f: FigureMention): string[] {
  const out: string[] = [];
  for (let k = firstIndex(s.dates.length, (i) => s.dates[i].end > f.start - WINDOW); k < s.dates.length && s.dates[k].start < f.end + WINDOW; k++) {
    const n = s.dates[k].normalized;
    if (n !== null) out.push(n);
  }
  return out;
}

/** Whether two figures are dated differently (each has a date next to it, none in common). */
function differentTimes(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((n) => b.includes(n));
}

/** Later figures that restate an earlier quantity with a value it cannot have. */
export function conflictingValues(input: CheckInput, sentences: readonly Sentence[] = sentencesOf(input.text, input.mentions)): Finding[] {
  return runSteps(conflictingValueSteps(input, sentences));
}

/** Figures keyed and compared between two pauses of conflictingValueSteps (about 2 µs each). */
const FIGURES_PER_STEP = 250;

/** conflictingValues, pausing every few hundred sentences and every FIGURES_PER_STEP figures. */
export function* conflictingValueSteps(input: CheckInput, sentences: readonly Sentence[]): Stepped<Finding[]> {
  const { text } = input;
  const out: Finding[] = [];
  const seen = new Map<string, Keyed[]>();
  const nextSentence = pacer(input.steps);
  const nextFigure = pacer(input.steps, FIGURES_PER_STEP);
  for (const s of sentences) {
    if (nextSentence()) yield;
    let a = -1; // the nearest actor before the figure in its sentence
    for (const f of s.figures) {
      if (nextFigure()) yield;
      while (a + 1 < s.actors.length && s.actors[a + 1].end <= f.start) a++;
      if (Array.isArray(f.value)) continue;
      const keys = keysOf(text, s, f, s.actors[a]);
      if (keys.length === 0) continue;
      const interval = figureIntervals(text, f)[0];
      const times = timesNear(s, f);
      let reported = false;
      for (const { key, anaphoric, tail } of keys) {
        const earlier = seen.get(key) ?? [];
        if (!reported && anaphoric) {
          const comparable = earlier.filter((e) => {
            tick(input.meter);
            return e.sentence !== s && !differentTimes(e.times, times) && (e.tail === '' || tail === '' || e.tail === tail);
          });
          if (comparable.length > 0 && !comparable.some((e) => overlaps(e.interval, interval))) {
            const what = key.split('\u0000').slice(2).join(' ');
            const nearest = comparable[comparable.length - 1].figure;
            out.push(inconsistency('conflicting-values', f.start, f.end,
              `${quoted(f.text)} conflicts with ${quoted(nearest.text)} stated earlier for the same ${quoted(what)}: ${restate(f.value, f)} against ${restate(nearest.value as number, nearest)}`,
              comparable.map((e) => ({ start: e.figure.start, end: e.figure.end, message: `stated earlier: ${quoted(e.figure.text)}` }))));
            reported = true;
          }
        }
        earlier.push({ figure: f, interval, sentence: s, tail, times });
        if (earlier.length > MAX_EARLIER) earlier.shift();
        seen.set(key, earlier);
      }
    }
  }
  return out;
}
