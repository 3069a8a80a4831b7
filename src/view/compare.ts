// "Compare Annotations With…": what the other annotator's sidecar says differently about this
// article, as list items (one per disagreement) and marks, and the decisions that take the other
// side for one item. Pure: the article's mentions in, plain data out.
import { compareMentions, DISAGREEMENT_TITLES, type Disagreement, type Side } from '../core/agree';
import { meaningOf, type DecisionOp } from '../core/model';
import type { Mention } from '../core/types';
import { isVisible, type ViewMention } from './articleView';

export interface CompareItem {
  disagreement: Disagreement;
  /** Decisions that make this article's sidecar agree with the other side here. */
  takeOther: DecisionOp[];
  /** "line 3 · only in the other sidecar", then what each side has. */
  label: string;
  detail: string;
}

const same = (m: Mention, s: Side): boolean => m.start === s.start && m.end === s.end && m.kind === s.kind && m.type === s.type;

function describe(s: Side | undefined): string {
  return s ? `${s.kind}/${s.type} “${s.text}” (${s.meaning})` : '—';
}

/** The decisions that take the other side of one disagreement. */
export function takeOther(d: Disagreement, ours: readonly ViewMention[], theirs: readonly Mention[]): DecisionOp[] {
  const mine = d.a ? ours.find((m) => isVisible(m) && same(m, d.a!)) : undefined;
  const other = d.b ? theirs.find((m) => same(m, d.b!)) : undefined;
  // Same span and kind: correct the meaning (type, canonical, value, date) in place.
  if (mine && other && mine.kind === other.kind && mine.start === other.start && mine.end === other.end) {
    return [{ op: 'correct', mention: mine, meaning: meaningOf(other) }];
  }
  const ops: DecisionOp[] = [];
  if (mine) ops.push({ op: 'reject', mention: mine });
  if (other) {
    // A mention of ours at that span (one we rejected, say) is confirmed with their meaning; otherwise added.
    const known = ours.some((m) => m.kind === other.kind && m.start === other.start && m.end === other.end);
    ops.push(known ? { op: 'confirm', mention: other } : { op: 'add', start: other.start, end: other.end, meaning: meaningOf(other) });
  }
  return ops;
}

/** The disagreements of the other side (B) with this article's annotations (A), as list items. */
export function compareItems(text: string, ours: readonly ViewMention[], theirs: readonly Mention[]): CompareItem[] {
  const accepted = ours.filter(isVisible);
  return compareMentions(text, accepted, theirs).disagreements.map((d) => ({
    disagreement: d,
    takeOther: takeOther(d, ours, theirs),
    label: `line ${d.line} · ${DISAGREEMENT_TITLES[d.kind].replace('only in A', 'only in this sidecar').replace('only in B', 'only in the other sidecar')}`,
    detail: `this: ${describe(d.a)} · other: ${describe(d.b)}`,
  }));
}

/** Where to mark the other side: its span, or ours when it has nothing there. */
export function compareMarks(items: readonly CompareItem[]): [number, number][] {
  return items.map(({ disagreement: d }) => {
    const s = (d.b ?? d.a)!;
    return [s.start, s.end];
  });
}
