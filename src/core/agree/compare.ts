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
 * How many of A's spans one of B's is compared with when looking for an overlap, and how many
 * mentions one token is compared with for its label. Mentions rarely overlap within one side; when
 * a hand-made sidecar nests hundreds of spans, this keeps the work linear (the rest go unmatched).
 */
export const MAX_CANDIDATES = 64;

/** Counts the comparisons made, for growth tests. */
export interface AgreeMeter {
  comparisons: number;
}

const spanKey = (m: Mention): string => `${m.start}:${m.end}`;

/**
 * One-to-one matching of `b` to `a` under `fits`, each B span taking the first free A span that
 * fits. `exact`: only spans with the same offsets can fit (looked up by offsets); otherwise the
 * spans overlapping each B span are scanned, at most MAX_CANDIDATES of them. Both sorted by start.
 */
function match(a: readonly Mention[], b: readonly Mention[], fits: (x: Mention, y: Mention) => boolean, exact: boolean, meter?: AgreeMeter): Map<Mention, Mention> {
  const pairs = new Map<Mention, Mention>();
  const taken = new Set<Mention>();
  const take = (x: Mention, y: Mention): boolean => {
    if (meter) meter.comparisons++;
    if (taken.has(x) || !fits(x, y)) return false;
    pairs.set(y, x);
    taken.add(x);
    return true;
  };
  if (exact) {
    const bySpan = new Map<string, Mention[]>();
    for (const x of a) (bySpan.get(spanKey(x)) ?? bySpan.set(spanKey(x), []).get(spanKey(x))!).push(x);
    for (const y of b) {
      const same = bySpan.get(spanKey(y)) ?? [];
      // At most three mentions (one per kind) share a span in practice; bounded all the same.
      for (let i = 0; i < same.length && i < MAX_CANDIDATES; i++) if (take(same[i], y)) break;
    }
    return pairs;
  }
  let lo = 0;
  for (const y of b) {
    // A's spans that end before this one starts end before every later one starts too.
    while (lo < a.length && a[lo].end <= y.start) lo++;
    for (let i = lo, seen = 0; i < a.length && a[i].start < Math.max(y.end, y.start + 1) && seen < MAX_CANDIDATES; i++, seen++) {
      if (take(a[i], y)) break;
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
function tokenLabels(tokens: { starts: number[]; ends: number[] }, mentions: readonly Mention[], meter?: AgreeMeter): string[] {
  const labels: string[] = new Array<string>(tokens.starts.length).fill('O');
  let j = 0;
  for (let i = 0; i < tokens.starts.length; i++) {
    while (j < mentions.length && mentions[j].end <= tokens.starts[i]) j++;
    for (let k = j; k < mentions.length && mentions[k].start < tokens.ends[i] && k < j + MAX_CANDIDATES; k++) {
      if (meter) meter.comparisons++;
      if (mentions[k].end > tokens.starts[i]) { labels[i] = `${mentions[k].kind}/${mentions[k].type}`; break; }
    }
  }
  return labels;
}

/** Compares B's accepted mentions with A's on one article text. */
export function compareMentions(text: string, aIn: readonly Mention[], bIn: readonly Mention[], meter?: AgreeMeter): ArticleComparison {
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
    const strict = match(a, b, (x, y) => keyOf(x) === keyOf(y) && sameSpan(x, y), true, meter);
    for (const y of strict.keys()) group(keyOf(y)).strict++;
    const overlap = match(a, b, (x, y) => keyOf(x) === keyOf(y) && overlaps(x, y), false, meter);
    for (const y of overlap.keys()) group(keyOf(y)).overlap++;
  }

  const meaning: Record<MentionKind, MeaningCounts> = { actor: { matched: 0, same: 0 }, figure: { matched: 0, same: 0 }, date: { matched: 0, same: 0 } };
  for (const [y, x] of match(a, b, (x, y) => x.kind === y.kind && sameSpan(x, y), true, meter)) {
    meaning[y.kind].matched++;
    if (sameMeaning(x, y)) meaning[y.kind].same++;
  }

  const tokens = tokenize(text);
  const la = tokenLabels(tokens, a, meter);
  const lb = tokenLabels(tokens, b, meter);
  const labels: LabelCounts = { tokens: la.length, same: 0, a: {}, b: {} };
  for (let i = 0; i < la.length; i++) {
    if (la[i] === lb[i]) labels.same++;
    labels.a[la[i]] = (labels.a[la[i]] ?? 0) + 1;
    labels.b[lb[i]] = (labels.b[lb[i]] ?? 0) + 1;
  }

  return { groups, labels, meaning, disagreements: disagreements(text, a, b, meter) };
}

/** Every place the two sides differ, in article order. */
function disagreements(text: string, a: Mention[], b: Mention[], meter?: AgreeMeter): Disagreement[] {
  const starts = lineStarts(text);
  const out: Disagreement[] = [];
  const push = (kind: DisagreementKind, x: Mention | undefined, y: Mention | undefined): void => {
    const first = x && y ? (x.start <= y.start ? x : y) : (x ?? y)!;
    const d: Disagreement = { kind, line: positionAt(starts, first.start).line };
    if (x) d.a = side(x);
    if (y) d.b = side(y);
    out.push(d);
  };
  const same = match(a, b, sameSpan, true, meter);
  for (const [y, x] of same) {
    if (x.kind !== y.kind || x.type !== y.type) push('label', x, y);
    else if (!sameMeaning(x, y)) push('meaning', x, y);
  }
  const matchedA = new Set(same.values());
  const restA = a.filter((x) => !matchedA.has(x));
  const restB = b.filter((y) => !same.has(y));
  const near = match(restA, restB, overlaps, false, meter);
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
