// How exact a stated figure is: one home for the tolerances every consistency check shares.
//
// - A stated number is exact to its last written digit: "2.5 billion" means 2.45–2.55 billion,
//   "25%" 24.5–25.5%, "4,000" 3,999.5–4,000.5 (half a unit in the last place, scale applied).
// - A hedge widens that by HEDGE_WIDTH (10%) of the value, on the side(s) the hedge points to:
//   "about"/"around"/"some" both ways, "more than"/"at least" upwards (no upper limit), "nearly"/
//   "almost" downwards (and never above the value), "up to"/"less than" downwards without a limit.
//   `approx: true` from the engine with no hedge word we recognise counts as "about".
// - Round words ("half", "a third", "doubled", "tripled") are hedged like "about".
// - Intervals agree when they overlap with positive length: "$2.5 billion" (2.45–2.55) and
//   "$2.4 billion" (2.35–2.45) only touch, so they disagree.
// - Sums: parts are taken at face value and may miss their total by half a unit of the coarsest
//   figure involved (SUM slack), because a writer who lists parts states the total they add to;
//   shares of one whole may pass 100% only by their accumulated rounding (each share half a unit).
import type { FigureMention } from '../types';

/** A hedge widens a value by this share of it. */
export const HEDGE_WIDTH = 0.1;

export type Hedge = 'none' | 'about' | 'over' | 'under' | 'atMost';

export interface Interval {
  lo: number;
  hi: number;
}

/** Hedge words just before a figure (the engine keeps them outside the span), longest first. */
const HEDGE_BEFORE: readonly [RegExp, Hedge][] = [
  [/\b(?:more\s+than|over|above|at\s+least|upwards\s+of|in\s+excess\s+of|exceeding|surpassing|just\s+over|north\s+of|well\s+over)\s+$/i, 'over'],
  [/\b(?:nearly|almost|just\s+under|just\s+shy\s+of|close\s+to|approaching)\s+$/i, 'under'],
  [/\b(?:up\s+to|less\s+than|fewer\s+than|under|below|at\s+most|no\s+more\s+than)\s+$/i, 'atMost'],
  [/\b(?:about|around|roughly|some|approximately|approx\.?|an\s+estimated|estimated|circa|c\.|or\s+so)\s+$/i, 'about'],
];

/** How far back a hedge word is looked for. */
const HEDGE_WINDOW = 24;

/** The hedge written just before [start, …), by its words; 'none' when there is none. */
export function hedgeBefore(text: string, start: number): Hedge {
  const before = text.slice(Math.max(0, start - HEDGE_WINDOW), start);
  for (const [re, hedge] of HEDGE_BEFORE) if (re.test(before)) return hedge;
  return 'none';
}

/** The hedge of a figure: its words, else the engine's `approx`, else a fraction word ("half", "a third"). */
export function figureHedge(text: string, m: FigureMention): Hedge {
  const words = hedgeBefore(text, m.start);
  if (words !== 'none') return words;
  if (m.approx === true || (m.type === 'percent' && !/\d/.test(m.text))) return 'about';
  return 'none';
}

/** Numerals as written ("2.5", "4,000", "1 200"). */
const NUMERAL = /\d+(?:[,\u00a0\u202f ]\d{3})*(?:\.\d+)?/g;

/** Half a unit in the last written place of each numeral of a span, scale applied (0.5 for number words). */
export function halfSteps(m: FigureMention): number[] {
  const values = Array.isArray(m.value) ? m.value : [m.value];
  const numerals = m.text.match(NUMERAL) ?? [];
  return values.map((v, i) => {
    const written = numerals.length === 0 ? undefined : numerals[i === 0 ? 0 : numerals.length - 1];
    if (written === undefined) return 0.5;
    const n = Number(written.replace(/[^\d.]/g, ''));
    const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
    const scale = n !== 0 && Number.isFinite(v / n) ? Math.abs(v / n) : 1;
    return 0.5 * 10 ** -decimals * scale;
  });
}

/** The interval a value stands for, given its half-step and hedge. */
export function widen(value: number, halfStep: number, hedge: Hedge): Interval {
  const h = HEDGE_WIDTH * Math.abs(value);
  switch (hedge) {
    case 'none': return { lo: value - halfStep, hi: value + halfStep };
    case 'about': return { lo: value - h - halfStep, hi: value + h + halfStep };
    case 'over': return { lo: value - halfStep, hi: Infinity };
    case 'under': return { lo: value - h - halfStep, hi: value + halfStep };
    case 'atMost': return { lo: -Infinity, hi: value + halfStep };
  }
}

/** What a single-valued figure stands for; for a range, each end (ends are not hedged). */
export function figureIntervals(text: string, m: FigureMention): Interval[] {
  const steps = halfSteps(m);
  if (Array.isArray(m.value)) return m.value.map((v, i) => widen(v, steps[i], 'none'));
  return [widen(m.value, steps[0], figureHedge(text, m))];
}

/** Intervals agree when they share more than a point. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo < b.hi && b.lo < a.hi;
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

/** b / a for positive a (undefined when a may be zero or negative). */
export function ratio(b: Interval, a: Interval): Interval | undefined {
  if (!(a.lo > 0)) return undefined;
  const q = [b.lo / a.lo, b.lo / a.hi, b.hi / a.lo, b.hi / a.hi].filter((x) => !Number.isNaN(x));
  return { lo: Math.min(...q), hi: Math.max(...q) };
}

/** A figure at face value with only its hedge applied (sums are compared this way). */
export function faceValue(text: string, m: FigureMention): Interval {
  const v = Array.isArray(m.value) ? NaN : m.value;
  return widen(v, 0, figureHedge(text, m));
}

/**
 * Whether listed parts disagree with their total. Parts at face value (hedges applied) must meet
 * the total within half a unit of the coarsest figure involved; `partial` lists ("including") may
 * only fall short.
 */
export function partsDisagree(text: string, total: FigureMention, parts: readonly FigureMention[], partial: boolean): boolean {
  const slack = Math.max(...[total, ...parts].map((m) => halfSteps(m)[0]));
  const sum = parts.map((p) => faceValue(text, p)).reduce(add);
  const t = faceValue(text, total);
  if (sum.lo - slack > t.hi) return true;
  return !partial && sum.hi + slack < t.lo;
}

/** Whether shares of one whole must add past 100%: their lowest readings (each rounded) still exceed it. */
export function sharesExceedWhole(text: string, shares: readonly FigureMention[]): boolean {
  return shares.reduce((s, m) => s + figureIntervals(text, m)[0].lo, 0) > 100;
}

/** A number for a message: at most 2 decimals, no float noise ("66.67", "2"). */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  return String(Math.round(n * 100) / 100);
}
