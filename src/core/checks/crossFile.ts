// conflicting-values across files: two articles state one quantity with values it cannot have
// both ("Kenya received $2.5bn" in one, "Kenya received $2.1bn" in another). What a figure measures
// is read as in one article (conflictingValues.ts: the noun phrase it modifies, or the actor and
// verb before it) and its value is widened by the same tolerances (tolerance.ts). Across files a
// figure is compared only when the comparison stays safe without the article's own context:
//   - a noun phrase counts only with the actor before it in its sentence ("Kenya … a $2.5 billion
//     loan"); two unrelated articles about "a $2.5 billion loan" are not about one loan;
//   - the dates next to the figures must be the same; figures with no date next to them are
//     compared only between articles of the same reference year (unknown years: never);
//   - the qualifier after them ("in grants", "in loans") must be the same.
// Per article the index keeps each figure's measure (plain data, no text), so the comparison runs
// over the whole workspace without the articles' texts.
import type { ModelMention } from '../model';
import type { FigureMention } from '../types';
import { keysOf, timesNear } from './conflictingValues';
import { quoted, tick } from './finding';
import { sentencesOf, type Sentence } from './sentences';
import { figureIntervals } from './tolerance';
import { pacer, runSteps, type StepMeter, type Stepped } from '../util';
import type { CheckMeter } from './types';

/** What one figure measures and the values it can stand for. */
export interface FigureMeasure {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly unit: string;
  /** The nearest actor before the figure in its sentence (its canonical name). */
  readonly actor?: string;
  /** What it measures, each prefixed with its unit, with its qualifier ('' for none). */
  readonly keys: readonly { readonly key: string; readonly tail: string }[];
  /** The interval it stands for; null for no bound (JSON keeps no Infinity). */
  readonly lo: number | null;
  readonly hi: number | null;
  /** Normalised dates next to it. */
  readonly times: readonly string[];
}

/** The measures of an article's visible figures, in text order. */
export function figureMeasures(text: string, mentions: readonly ModelMention[], sentences: readonly Sentence[] = sentencesOf(text, mentions)): FigureMeasure[] {
  return runSteps(figureMeasureSteps(text, sentences));
}

/** Figures measured between two pauses of figureMeasureSteps (about 4 µs each in plain Node). */
const FIGURES_PER_STEP = 125;

/** figureMeasures, pausing every few hundred sentences and every FIGURES_PER_STEP figures. */
export function* figureMeasureSteps(text: string, sentences: readonly Sentence[], meter?: StepMeter): Stepped<FigureMeasure[]> {
  const out: FigureMeasure[] = [];
  const nextSentence = pacer(meter);
  const nextFigure = pacer(meter, FIGURES_PER_STEP);
  for (const s of sentences) {
    if (nextSentence()) yield;
    let a = -1;
    for (const f of s.figures) {
      if (nextFigure()) yield;
      while (a + 1 < s.actors.length && s.actors[a + 1].end <= f.start) a++;
      const actor = s.actors[a];
      const ranged = Array.isArray(f.value);
      const intervals = figureIntervals(text, f);
      const lo = Math.min(...intervals.map((i) => i.lo));
      const hi = Math.max(...intervals.map((i) => i.hi));
      out.push({
        start: f.start, end: f.end, text: f.text, unit: f.unit,
        ...(actor ? { actor: actor.canonical } : {}),
        keys: ranged ? [] : keysOf(text, s, f as FigureMention, actor).map((k) => ({ key: k.key, tail: k.tail })),
        lo: Number.isFinite(lo) ? lo : null,
        hi: Number.isFinite(hi) ? hi : null,
        times: timesNear(s, f),
      });
    }
  }
  return out;
}

/** One article as the cross-file rule reads it. */
export interface MeasuredArticle {
  readonly uri: string;
  readonly path: string;
  readonly referenceDate: string | null;
  readonly measures: readonly FigureMeasure[];
}

export interface CrossFileSpan {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

export interface CrossFileFinding extends CrossFileSpan {
  readonly code: 'conflicting-values';
  readonly message: string;
  /** The figures of other articles it disagrees with. */
  readonly related: readonly (CrossFileSpan & { readonly message: string })[];
}

/** Figures of one key compared with each other at most (the first ones, by article path). */
export const MAX_GROUP = 200;
/** Other articles' figures listed per finding. */
const MAX_RELATED = 8;

interface Member {
  article: MeasuredArticle;
  measure: FigureMeasure;
  what: string;
}

/** The key two figures of different articles must share to be compared; undefined when the figure is not compared across files. */
function groupKey(article: MeasuredArticle, m: FigureMeasure, key: string, tail: string): string | undefined {
  const [, how] = key.split('\u0000');
  if (how === 'np' && m.actor === undefined) return undefined;
  const year = /^\d{4}/.exec(article.referenceDate ?? '')?.[0];
  const when = m.times.length > 0 ? `t:${[...m.times].sort().join(',')}` : year ? `y:${year}` : undefined;
  if (when === undefined) return undefined;
  return [key, how === 'np' ? m.actor : '', tail, when].join('\u0001');
}

/** "loan" for a noun phrase, "Kenya received" for an actor and verb. */
function whatOf(m: FigureMeasure, key: string): string {
  const [, how, ...rest] = key.split('\u0000');
  return how === 'np' ? `${m.actor} ${rest.join(' ')}` : rest.join(' ');
}

function disjoint(a: FigureMeasure, b: FigureMeasure): boolean {
  const alo = a.lo ?? -Infinity;
  const ahi = a.hi ?? Infinity;
  const blo = b.lo ?? -Infinity;
  const bhi = b.hi ?? Infinity;
  return !(alo < bhi && blo < ahi);
}

/**
 * Figures that disagree with a figure of another article measuring the same thing (one finding
 * per figure, on both sides), ordered by article path and offset.
 */
export function crossFileConflicts(articles: readonly MeasuredArticle[], meter?: CheckMeter): CrossFileFinding[] {
  return runSteps(crossFileConflictSteps(articles, meter));
}

/** Figures grouped, or grouped figures compared, between two pauses of crossFileConflictSteps. */
const MEASURES_PER_STEP = 2000;

/** crossFileConflicts, pausing every two thousand figures grouped and every two thousand compared. */
export function* crossFileConflictSteps(articles: readonly MeasuredArticle[], meter?: CheckMeter): Stepped<CrossFileFinding[]> {
  const groups = new Map<string, Member[]>();
  const sorted = [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let done = 0;
  for (const article of sorted) {
    for (const measure of article.measures) {
      if (++done % MEASURES_PER_STEP === 0) yield;
      for (const { key, tail } of measure.keys) {
        const g = groupKey(article, measure, key, tail);
        if (g === undefined) continue;
        let members = groups.get(g);
        if (!members) groups.set(g, (members = []));
        if (members.length < MAX_GROUP) members.push({ article, measure, what: whatOf(measure, key) });
      }
    }
  }
  const found = new Map<string, CrossFileFinding & { order: [string, number] }>();
  for (const members of groups.values()) {
    if (members.length < 2 || members.every((m) => m.article === members[0].article)) continue;
    for (const m of members) {
      if (++done % MEASURES_PER_STEP === 0) yield;
      const id = `${m.article.uri}#${m.measure.start}`;
      if (found.has(id)) continue;
      const against = members.filter((o) => {
        if (o.article === m.article) return false;
        tick(meter);
        return disjoint(m.measure, o.measure);
      });
      if (against.length === 0) continue;
      const first = against[0];
      found.set(id, {
        code: 'conflicting-values', uri: m.article.uri, start: m.measure.start, end: m.measure.end,
        message: `${quoted(m.measure.text)} conflicts with ${quoted(first.measure.text)} in ${first.article.path} for the same ${quoted(m.what)}`
          + (against.length > 1 ? ` (and ${against.length - 1} more)` : ''),
        related: against.slice(0, MAX_RELATED).map((o) => ({
          uri: o.article.uri, start: o.measure.start, end: o.measure.end, message: `stated in ${o.article.path}: ${quoted(o.measure.text)}`,
        })),
        order: [m.article.path, m.measure.start],
      });
    }
  }
  return [...found.values()]
    .sort((a, b) => (a.order[0] < b.order[0] ? -1 : a.order[0] > b.order[0] ? 1 : a.order[1] - b.order[1]))
    .map(({ order: _order, ...f }) => f);
}
