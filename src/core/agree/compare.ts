// Agreement between two annotators of one article: B's accepted mentions scored against A's
// (A is the reference). Strict = same span; overlap = spans that overlap (each span matched once).
// Scores are kept as counts so several articles add up (see scores.ts).
import { tokenize } from '../extract/tokenize';
import { lineStarts, positionAt } from '../sidecar';
import type { Mention, MentionKind } from '../types';
import { addLabelCounts, type LabelCounts } from './scores';

/** One side's mention as the report shows it. */
export interface Side {
  start: number;
  end: number;
  kind: MentionKind;
  type: string;
  text: string;
  /** Canonical name, "value unit" or the normalised date. */
  meaning: string;
}

export type DisagreementKind =
  /** A has the mention, B has nothing overlapping it. */
  | 'only-a'
  | 'only-b'
  /** Same span, another kind or type. */
  | 'label'
  /** Overlapping spans with other boundaries. */
  | 'boundary'
  /** Same span, kind and type; another canonical name, value/unit or normalised date. */
  | 'meaning';

export interface Disagreement {
  kind: DisagreementKind;
  /** 1-based line of the first span's start in the article. */
  line: number;
  a?: Side;
  b?: Side;
}

/** Raw counts of one group (all, a kind, a kind/type). */
export interface GroupCounts {
  a: number;
  b: number;
  strict: number;
  overlap: number;
}

export interface MeaningCounts {
  /** Spans both sides marked with the same span and kind. */
  matched: number;
  /** …of which the meaning agrees. */
  same: number;
}

export interface ArticleComparison {
  /** Keys: 'all', a kind ('figure') or kind/type ('figure/money'). */
  groups: Record<string, GroupCounts>;
  labels: LabelCounts;
  meaning: Record<MentionKind, MeaningCounts>;
  disagreements: Disagreement[];
}

export function meaningText(m: Mention): string {
  switch (m.kind) {
    case 'actor': return m.canonical;
    case 'figure': return `${Array.isArray(m.value) ? `${m.value[0]}–${m.value[1]}` : Number.isFinite(m.value) ? m.value : '?'} ${m.unit}`.trim();
    case 'date': return m.normalized ?? '—';
  }
}

function side(m: Mention): Side {
  return { start: m.start, end: m.end, kind: m.kind, type: m.type, text: m.text, meaning: meaningText(m) };
}

const overlaps = (x: Mention, y: Mention): boolean => x.start < y.end && y.start < x.end;
const sameSpan = (x: Mention, y: Mention): boolean => x.start === y.start && x.end === y.end;

/**
 * One-to-one matching of `b` to `a` under `fits`, each B span taking the first free A span that fits.
 * Both lists sorted by start.
 */
function match(a: readonly Mention[], b: readonly Mention[], fits: (x: Mention, y: Mention) => boolean): Map<Mention, Mention> {
  const pairs = new Map<Mention, Mention>();
  const taken = new Set<Mention>();
  let lo = 0;
  for (const y of b) {
    // A's spans that end before this one starts end before every later one starts too.
    while (lo < a.length && a[lo].end <= y.start) lo++;
    for (let i = lo; i < a.length && a[i].start < Math.max(y.end, y.start + 1); i++) {
      const x = a[i];
      if (!taken.has(x) && fits(x, y)) { pairs.set(y, x); taken.add(x); break; }
    }
  }
  return pairs;
}

const byStart = (x: Mention, y: Mention): number => x.start - y.start || x.end - y.end;

function groupKeys(m: Mention): string[] {
  return ['all', m.kind, `${m.kind}/${m.type}`];
}

function sameMeaning(x: Mention, y: Mention): boolean {
  return meaningText(x) === meaningText(y);
}

/** Token labels: the kind/type of the first mention covering the token, else O. */
function tokenLabels(tokens: { starts: number[]; ends: number[] }, mentions: readonly Mention[]): string[] {
  const labels: string[] = new Array<string>(tokens.starts.length).fill('O');
  let j = 0;
  for (let i = 0; i < tokens.starts.length; i++) {
    while (j < mentions.length && mentions[j].end <= tokens.starts[i]) j++;
    for (let k = j; k < mentions.length && mentions[k].start < tokens.ends[i]; k++) {
      if (mentions[k].end > tokens.starts[i]) { labels[i] = `${mentions[k].kind}/${mentions[k].type}`; break; }
    }
  }
  return labels;
}

/** Compares B's accepted mentions with A's on one article text. */
export function compareMentions(text: string, aIn: readonly Mention[], bIn: readonly Mention[]): ArticleComparison {
  const a = [...aIn].sort(byStart);
  const b = [...bIn].sort(byStart);
  const groups: Record<string, GroupCounts> = {};
  const group = (k: string): GroupCounts => (groups[k] ??= { a: 0, b: 0, strict: 0, overlap: 0 });
  group('all');
  for (const m of a) for (const k of groupKeys(m)) group(k).a++;
  for (const m of b) for (const k of groupKeys(m)) group(k).b++;

  // Per group: strict needs the same span and the group's kind (kind level) or kind and type.
  const levels: [string, (m: Mention) => string][] = [['all', () => 'all'], ['kind', (m) => m.kind], ['type', (m) => `${m.kind}/${m.type}`]];
  for (const [, keyOf] of levels) {
    const strict = match(a, b, (x, y) => keyOf(x) === keyOf(y) && sameSpan(x, y));
    for (const y of strict.keys()) group(keyOf(y)).strict++;
    const overlap = match(a, b, (x, y) => keyOf(x) === keyOf(y) && overlaps(x, y));
    for (const y of overlap.keys()) group(keyOf(y)).overlap++;
  }

  const meaning: Record<MentionKind, MeaningCounts> = { actor: { matched: 0, same: 0 }, figure: { matched: 0, same: 0 }, date: { matched: 0, same: 0 } };
  for (const [y, x] of match(a, b, (x, y) => x.kind === y.kind && sameSpan(x, y))) {
    meaning[y.kind].matched++;
    if (sameMeaning(x, y)) meaning[y.kind].same++;
  }

  const tokens = tokenize(text);
  const la = tokenLabels(tokens, a);
  const lb = tokenLabels(tokens, b);
  const labels: LabelCounts = { tokens: la.length, same: 0, a: {}, b: {} };
  for (let i = 0; i < la.length; i++) {
    if (la[i] === lb[i]) labels.same++;
    labels.a[la[i]] = (labels.a[la[i]] ?? 0) + 1;
    labels.b[lb[i]] = (labels.b[lb[i]] ?? 0) + 1;
  }

  return { groups, labels, meaning, disagreements: disagreements(text, a, b) };
}

/** Every place the two sides differ, in article order. */
function disagreements(text: string, a: Mention[], b: Mention[]): Disagreement[] {
  const starts = lineStarts(text);
  const out: Disagreement[] = [];
  const push = (kind: DisagreementKind, x: Mention | undefined, y: Mention | undefined): void => {
    const first = x && y ? (x.start <= y.start ? x : y) : (x ?? y)!;
    const d: Disagreement = { kind, line: positionAt(starts, first.start).line };
    if (x) d.a = side(x);
    if (y) d.b = side(y);
    out.push(d);
  };
  const same = match(a, b, sameSpan);
  for (const [y, x] of same) {
    if (x.kind !== y.kind || x.type !== y.type) push('label', x, y);
    else if (!sameMeaning(x, y)) push('meaning', x, y);
  }
  const matchedA = new Set(same.values());
  const restA = a.filter((x) => !matchedA.has(x));
  const restB = b.filter((y) => !same.has(y));
  const near = match(restA, restB, overlaps);
  for (const [y, x] of near) push('boundary', x, y);
  const nearA = new Set(near.values());
  for (const x of restA) if (!nearA.has(x)) push('only-a', x, undefined);
  for (const y of restB) if (!near.has(y)) push('only-b', undefined, y);
  const at = (d: Disagreement): number => Math.min(d.a?.start ?? Infinity, d.b?.start ?? Infinity);
  return out.sort((p, q) => at(p) - at(q));
}

/** Adds one article's counts into a running total. */
export function addComparison(into: ArticleComparison, c: ArticleComparison): void {
  for (const [k, g] of Object.entries(c.groups)) {
    const t = (into.groups[k] ??= { a: 0, b: 0, strict: 0, overlap: 0 });
    t.a += g.a; t.b += g.b; t.strict += g.strict; t.overlap += g.overlap;
  }
  addLabelCounts(into.labels, c.labels);
  for (const k of Object.keys(c.meaning) as MentionKind[]) {
    into.meaning[k].matched += c.meaning[k].matched;
    into.meaning[k].same += c.meaning[k].same;
  }
}

export function emptyComparison(): ArticleComparison {
  return {
    groups: { all: { a: 0, b: 0, strict: 0, overlap: 0 } }, labels: { tokens: 0, same: 0, a: {}, b: {} },
    meaning: { actor: { matched: 0, same: 0 }, figure: { matched: 0, same: 0 }, date: { matched: 0, same: 0 } }, disagreements: [],
  };
}
