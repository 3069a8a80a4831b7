// Stated changes between two stated values in one sentence — "rose 25% from 80 to 120",
// "from 3% to 5%, a rise of 2 percent", "doubled from 40 to 100", "fell by a third to 6,000 from
// 9,000" — and what the values say the change is. Shared by change-mismatch and percent-vs-points.
//
// The engine marks the figures but not the change words, so the statement is read from the text
// between neighbouring figures: each figure is compared only with its next neighbours in its sentence.
import type { FigureMention } from '../types';
import { quoted, tick } from './finding';
import type { Sentence } from './sentences';
import { figureIntervals, halfSteps, overlaps, ratio, sub, widen, type Hedge, type Interval } from './tolerance';
import type { CheckMeter } from './types';
import { pacer, type StepMeter, type Stepped } from '../util';

export interface Operand {
  /** The figure (for a "from 80 to 120" range, the same figure for both ends). */
  figure: FigureMention;
  value: number;
  interval: Interval;
}

export interface Multiplier {
  start: number;
  end: number;
  word: string;
  /** new/old ("doubled" 2), or old/new when `inverse` ("halved" 2). */
  factor: number;
  inverse: boolean;
  hedge: Hedge;
}

export interface ChangeStatement {
  from: Operand;
  to: Operand;
  /** The stated change as a figure ("25%", "2 percentage points", "$4 billion")… */
  change?: FigureMention;
  /** …or as a word ("doubled", "halved"). */
  multiplier?: Multiplier;
  /** What the change words say: +1 a rise, -1 a fall, 0 not said. */
  direction: 1 | -1 | 0;
}

/** How much text between two figures still reads as one statement. */
const GAP = 48;
/** Hedge words a figure may carry (outside its span). */
const H = String.raw`(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|less\s+than|over|under|an\s+estimated|approximately|a|an)\s+)*`;
const RISE = String.raw`rose|rise[ns]?|rising|increased?|increases|increasing|grew|grow[ns]?|growing|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|surg(?:ed|es|ing|e)|soar(?:ed|s|ing)?|gain(?:ed|s)?|expand(?:ed|s|ing)?|boost(?:ed|s)?|up|higher`;
const FALL = String.raw`fell|fall(?:en|s|ing)?|dropp?(?:ed|s|ing)?|declin(?:ed|es|ing|e)|decreas(?:ed|es|ing|e)|slump(?:ed|s|ing)?|plung(?:ed|es|ing|e)|shr[au]nk|shrinks?|shrinking|contract(?:ed|s|ing)?|cut|cuts|slash(?:ed|es)?|reduc(?:ed|es|ing)|lost|down|lower|slid|sank`;
const RISE_NOUN = String.raw`rise|increase|jump|gain|growth|surge|climb|expansion|hike`;
const FALL_NOUN = String.raw`drop|fall|decline|decrease|reduction|cut|contraction|slump|loss|plunge`;

const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${H}$`, 'i');
const TO_BEFORE = new RegExp(String.raw`\bto\s+${H}$`, 'i');
const FROM_TO_BETWEEN = new RegExp(String.raw`^[^;:!?]{0,40}?\bto\s+${H}$`, 'i');
const TO_FROM_BETWEEN = new RegExp(String.raw`^[^;:!?]{0,40}?\bfrom\s+${H}$`, 'i');
/** "20,000 jobs, | up from | 15,000": the new value first, whatever comes before it. */
const UP_FROM_BETWEEN = new RegExp(String.raw`^[^;:!?]{0,40}?,\s+(?:up|down)\s+from\s+${H}$`, 'i');
/** "rose 25% | from 80 to 120", "rose 50% | to $12 billion from $8 billion", "a 25% rise | from". */
const CHANGE_THEN_PAIR = new RegExp(String.raw`^(?:\s+(${RISE_NOUN}|${FALL_NOUN}))?\s*,?\s+(?:from|to)\s+${H}$`, 'i');
/** The verb before a stated change: "rose (by) ", "fell nearly ", "was up ". */
const VERB_BEFORE_CHANGE = new RegExp(String.raw`\b(${RISE}|${FALL})\s+(?:by\s+)?${H}$`, 'i');
/** "…to 5%, a rise of | 2 percent", "…to 120, up | 50%". */
const PAIR_THEN_CHANGE = new RegExp(String.raw`^[^;:!?]{0,40}?,\s+(?:(?:a|an)\s+(?:\w+\s+)?(${RISE_NOUN}|${FALL_NOUN})\s+of\s+|(up|down)\s+(?:by\s+)?)${H}$`, 'i');
/** "doubled | from 40 to 100", "more than tripled to 6,000 from 2,000". */
const MULTIPLIER_BEFORE = /\b(?:(more\s+than|nearly|almost|roughly|about|around|over|at\s+least)\s+)?(doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing|e)\b[^;:!?\d]{0,24}?\b(?:from|to)\s+$/i;
const FACTORS: Record<string, [number, boolean]> = { doubl: [2, false], tripl: [3, false], trebl: [3, false], quadrupl: [4, false], halv: [2, true] };

const RISE_WORD = new RegExp(String.raw`^(?:${RISE}|${RISE_NOUN})$`, 'i');

function directionOf(word: string | undefined): 1 | -1 | 0 {
  if (word === undefined) return 0;
  return RISE_WORD.test(word) ? 1 : -1;
}

/** Same unit: the same unit string, or a count whose counted noun was left out ("from 40 ships to 100"). */
export function sameUnit(a: FigureMention, b: FigureMention): boolean {
  if (a.type !== b.type) return false;
  return a.unit === b.unit || (a.type === 'count' && (a.unit === '' || b.unit === ''));
}

function operand(text: string, f: FigureMention, end: 0 | 1 | undefined): Operand {
  if (end === undefined) return { figure: f, value: f.value as number, interval: figureIntervals(text, f)[0] };
  const v = f.value as [number, number];
  return { figure: f, value: v[end], interval: widen(v[end], halfSteps(f)[end], 'none') };
}

interface Pair {
  from: Operand;
  to: Operand;
  /** Indices of the leftmost and rightmost figure of the pair in the sentence. */
  first: number;
  last: number;
}

/** A "from A to B" (or "to B from A", "B, up from A") pair starting at figure i of the sentence, if there is one. */
function pairAt(text: string, s: Sentence, i: number): Pair | undefined {
  const f = s.figures[i];
  const before = text.slice(Math.max(s.start, f.start - GAP), f.start);
  if (Array.isArray(f.value)) {
    if (FROM_BEFORE.test(before) && f.value[0] !== f.value[1]) return { from: operand(text, f, 0), to: operand(text, f, 1), first: i, last: i };
    return undefined;
  }
  const g = s.figures[i + 1];
  if (!g || Array.isArray(g.value) || !sameUnit(f, g) || g.start - f.end > GAP) return undefined;
  const between = text.slice(f.end, g.start);
  if (FROM_BEFORE.test(before) && FROM_TO_BETWEEN.test(between)) return { from: operand(text, f, undefined), to: operand(text, g, undefined), first: i, last: i + 1 };
  if ((TO_BEFORE.test(before) && TO_FROM_BETWEEN.test(between)) || UP_FROM_BETWEEN.test(between)) return { from: operand(text, g, undefined), to: operand(text, f, undefined), first: i, last: i + 1 };
  return undefined;
}

/** The stated change of a pair: a figure just before or just after it, or a multiplier word. */
function statementOf(text: string, s: Sentence, p: Pair): ChangeStatement | undefined {
  const { from, to } = p;
  const c = s.figures[p.first - 1];
  if (c && !Array.isArray(c.value) && s.figures[p.first].start - c.end <= GAP) {
    const m = CHANGE_THEN_PAIR.exec(text.slice(c.end, s.figures[p.first].start));
    const verb = VERB_BEFORE_CHANGE.exec(text.slice(Math.max(s.start, c.start - GAP), c.start));
    if (m && (m[1] !== undefined || verb)) return { from, to, change: c, direction: directionOf(m[1] ?? verb?.[1]) };
  }
  const d = s.figures[p.last + 1];
  if (d && !Array.isArray(d.value) && d.start - s.figures[p.last].end <= GAP) {
    const m = PAIR_THEN_CHANGE.exec(text.slice(s.figures[p.last].end, d.start));
    if (m) return { from, to, change: d, direction: directionOf(m[1] ?? m[2]) };
  }
  const before = text.slice(Math.max(s.start, s.figures[p.first].start - GAP), s.figures[p.first].start);
  const w = MULTIPLIER_BEFORE.exec(before);
  if (w) {
    const [factor, inverse] = FACTORS[w[2].toLowerCase()];
    const wordStart = s.figures[p.first].start - before.length + w.index + w[0].search(/doubl|tripl|trebl|quadrupl|halv/i);
    const word = /^[A-Za-z]+/.exec(text.slice(wordStart, wordStart + 16))?.[0] ?? w[2];
    const hedge: Hedge = w[1] === undefined ? 'about' : /more|over|least/i.test(w[1]) ? 'over' : /nearly|almost/i.test(w[1]) ? 'under' : 'about';
    return { from, to, multiplier: { start: wordStart, end: wordStart + word.length, word, factor, inverse, hedge }, direction: inverse ? -1 : 1 };
  }
  return undefined;
}

/** Every change statement in the article's sentences (each figure is looked at with its two neighbours), pausing every few hundred sentences or figures. */
export function* changeStatementSteps(text: string, sentences: readonly Sentence[], meter?: CheckMeter, steps?: StepMeter): Stepped<ChangeStatement[]> {
  const out: ChangeStatement[] = [];
  const pace = pacer(steps);
  for (const s of sentences) {
    if (pace()) yield;
    for (let i = 0; i < s.figures.length; i++) {
      if (pace()) yield;
      tick(meter);
      const p = pairAt(text, s, i);
      if (!p) continue;
      const st = statementOf(text, s, p);
      if (st) out.push(st);
      i = p.last; // a figure belongs to one pair
    }
  }
  return out;
}

/** "from "80" to "120"" or, for one range figure, "from "80 to 120 billion dollars"". */
export function pairText(st: ChangeStatement): string {
  return st.from.figure === st.to.figure ? `from ${quoted(st.from.figure.text)}` : `from ${quoted(st.from.figure.text)} to ${quoted(st.to.figure.text)}`;
}

export type Measure = 'relative' | 'difference' | 'ratio';

export interface Assessment {
  /** ok: the change matches; points: a change in percent that is the point difference; mismatch: neither. */
  verdict: 'ok' | 'points' | 'mismatch';
  measure: Measure;
  /** What the two values give, as stated ("+50" percent, "+2" units, "×2.5"). */
  actual: number;
  /** For percentages: their difference in points. */
  points?: number;
}

function negate(a: Interval): Interval {
  return { lo: -a.hi, hi: -a.lo };
}

/** Whether a stated magnitude (with the direction its words give) fits the actual signed change. */
function fits(stated: Interval, actual: Interval, direction: 1 | -1 | 0): boolean {
  if (direction === 1) return overlaps(stated, actual);
  if (direction === -1) return overlaps(stated, negate(actual));
  return overlaps(stated, actual) || overlaps(stated, negate(actual));
}

/** Relative change in percent of b over a, as an interval, when a is surely positive. */
function relative(from: Interval, to: Interval): Interval | undefined {
  const r = ratio(to, from);
  return r && { lo: (r.lo - 1) * 100, hi: (r.hi - 1) * 100 };
}

/** What the values say against what the statement says; undefined when the units do not compare. */
export function assess(text: string, st: ChangeStatement): Assessment | undefined {
  const { from, to } = st;
  if (st.multiplier) {
    const mul = st.multiplier;
    const r = mul.inverse ? ratio(from.interval, to.interval) : ratio(to.interval, from.interval);
    if (!r || from.value === 0 || to.value === 0) return undefined;
    const ok = overlaps(widen(mul.factor, 0, mul.hedge), r);
    return { verdict: ok ? 'ok' : 'mismatch', measure: 'ratio', actual: mul.inverse ? from.value / to.value : to.value / from.value };
  }
  const c = st.change;
  if (!c || Array.isArray(c.value)) return undefined;
  const unit = from.figure.unit;
  const stated = figureIntervals(text, { ...c, value: Math.abs(c.value) })[0];
  const diff = sub(to.interval, from.interval);
  const diffPoint = to.value - from.value;
  if (c.unit === '%') {
    const rel = relative(from.interval, to.interval);
    if (!rel) return undefined;
    const relPoint = (to.value / from.value - 1) * 100;
    if (fits(stated, rel, st.direction)) return { verdict: 'ok', measure: 'relative', actual: relPoint };
    if (unit === '%') {
      const verdict = fits(stated, diff, st.direction) ? 'points' : 'mismatch';
      return { verdict, measure: 'relative', actual: relPoint, points: diffPoint };
    }
    return { verdict: 'mismatch', measure: 'relative', actual: relPoint };
  }
  if ((c.unit === 'pp' && unit === '%') || sameUnit(c, from.figure)) {
    return { verdict: fits(stated, diff, st.direction) ? 'ok' : 'mismatch', measure: 'difference', actual: diffPoint };
  }
  return undefined;
}
