// Which marks to draw: one style per kind × human state, under the user's toggles and cap.
import type { MentionKind } from '../core/types';
import { firstIndex, type TextEdit } from '../core/util';
import { isVisible, type ArticleView, type ViewMention } from './articleView';

/** One decoration type per style: kind × human state, plus the note marker. */
export type MarkStyle =
  | 'actor.detected' | 'actor.confirmed'
  | 'figure.detected' | 'figure.confirmed' | 'figure.verified' | 'figure.disputed'
  | 'date.detected' | 'date.confirmed'
  | 'note';

/** Offsets per style, as last applied to an editor; what the test API reports. */
export type AppliedMarks = Partial<Record<MarkStyle, [number, number][]>>;

/** The mark settings (`policyLens.decorations.*`). */
export interface MarkOptions {
  enabled: boolean;
  kinds: Record<MentionKind, boolean>;
  /** At most this many mentions are drawn; the rest are reported as `capped`. */
  maxMarks: number;
}

/** The style a mention is drawn with (rejected mentions are not drawn at all). */
export function styleOf(m: ViewMention): MarkStyle {
  const decided = m.decision === 'confirmed' || m.decision === 'added';
  if (m.kind === 'figure') {
    if (m.status === 'verified') return 'figure.verified';
    if (m.status === 'disputed') return 'figure.disputed';
  }
  return `${m.kind}.${decided ? 'confirmed' : 'detected'}` as MarkStyle;
}

/** A span of the text, in offsets: the part an editor shows. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Past maxMarks, the marks drawn: a run of the drawable mentions (indices into the view's mentions, in text order) from `from`. */
export interface MarkWindow {
  readonly drawable: readonly number[];
  readonly from: number;
}

export interface PlannedMarks {
  marks: AppliedMarks;
  /** More mentions than options.maxMarks: only some are drawn. */
  capped: boolean;
  /** When capped, which are drawn. */
  window?: MarkWindow;
}

/** The mentions drawn under the toggles, as indices into the view's mentions. */
function drawableOf(view: ArticleView, options: MarkOptions): number[] {
  const ms = view.mentions;
  const drawable: number[] = [];
  for (let i = 0; i < ms.length; i++) if (isVisible(ms[i]) && options.kinds[ms[i].kind]) drawable.push(i);
  return drawable;
}

/** Where a run of `max` of the drawable mentions centred on the part on screen starts. */
function windowStart(mentions: readonly ViewMention[], drawable: readonly number[], max: number, shown: TextSpan): number {
  const middle = (shown.start + shown.end) / 2;
  // Mentions are sorted and flat: their ends grow with their starts.
  const at = firstIndex(drawable.length, (k) => mentions[drawable[k]].end > middle);
  return Math.max(0, Math.min(at - Math.floor(max / 2), drawable.length - max));
}

/**
 * Plans the marks of one article under the current toggles: offsets per style, in text order. Past
 * maxMarks, the marks drawn are maxMarks centred on `around` (the part the editor shows, or where an
 * earlier plan's run started, to plan the same marks again), so a long article is marked wherever it
 * is read; without it, the first ones.
 */
export function planMarks(view: ArticleView, options: MarkOptions, around?: TextSpan | number): PlannedMarks {
  const marks: AppliedMarks = {};
  if (!options.enabled) return { marks, capped: false };
  const ms = view.mentions;
  const drawable = drawableOf(view, options);
  const capped = drawable.length > options.maxMarks;
  const max = Math.max(0, options.maxMarks);
  const from = !capped || around === undefined ? 0
    : typeof around === 'number' ? Math.max(0, Math.min(around, drawable.length - max))
      : windowStart(ms, drawable, max, around);
  const to = capped ? from + max : drawable.length;
  for (let k = from; k < to; k++) {
    const m = ms[drawable[k]];
    (marks[styleOf(m)] ??= []).push([m.start, m.end]);
    if (m.note) (marks.note ??= []).push([m.end, m.end]);
  }
  return capped ? { marks, capped, window: { drawable, from } } : { marks, capped };
}

/**
 * Whether marks planned around the part on screen now would start a quarter of maxMarks or more away
 * from the drawn ones (`mentions`: the list they were planned from, or that list moved by edits):
 * then scrolling on would soon show text without marks. Near the text's ends the run cannot move, and
 * nothing is due.
 */
export function windowDrifted(mentions: readonly ViewMention[], window: MarkWindow, maxMarks: number, shown: TextSpan): boolean {
  return Math.abs(windowStart(mentions, window.drawable, maxMarks, shown) - window.from) >= Math.max(1, maxMarks / 4);
}

/** How an article's mentions changed with an edit: previous[start, start + deleteCount) became next[start, start + insertCount), the rest moved. */
export interface MentionChange {
  readonly edit: TextEdit;
  readonly start: number;
  readonly deleteCount: number;
  readonly insertCount: number;
}

/** Whether `b` draws what `a` drew, at `a`'s place moved through the edit (`at`). */
function drawsSame(a: ViewMention, b: ViewMention, at: (x: number) => number): boolean {
  return b.start === at(a.start) && b.end === at(a.end) && a.kind === b.kind && isVisible(a) === isVisible(b) && styleOf(a) === styleOf(b) && !a.note === !b.note;
}

/** An offset of the text before `edit` at its place after it (offsets in the edited range move to its end). */
function movedThrough(edit: TextEdit): (x: number) => number {
  const shift = edit.insert.length - edit.deleteCount;
  return (x) => (x < edit.start ? x : x + shift);
}

/**
 * For a mention list built again whole (an annotated article's model): the run of `next` that does
 * not draw what `previous` drew moved through the edit, as a change marksOnlyMoved can read. Before
 * the run the mentions kept their places, after it they moved with the edit.
 */
export function changedRun(previous: readonly ViewMention[], next: readonly ViewMention[], edit: TextEdit): { start: number; deleteCount: number; insertCount: number } {
  const at = movedThrough(edit);
  const most = Math.min(previous.length, next.length);
  let head = 0;
  // The head is what lies before the edit; what lies after it is the tail.
  while (head < most && previous[head].end < edit.start && drawsSame(previous[head], next[head], at)) head++;
  let tail = 0;
  while (tail < most - head && drawsSame(previous[previous.length - 1 - tail], next[next.length - 1 - tail], at)) tail++;
  return { start: head, deleteCount: previous.length - head - tail, insertCount: next.length - head - tail };
}

/**
 * Whether the marks of `next` are the marks of `previous` moved through the edit the way an editor
 * moves decorations it already draws (later ones shift; one touching the edited range would grow),
 * so none need sending again: no mention touches the edited range, and each changed mention draws
 * the same style, note and visibility at its moved place. Mentions are sorted and flat.
 */
export function marksOnlyMoved(previous: readonly ViewMention[], next: readonly ViewMention[], change: MentionChange): boolean {
  if (previous.length !== next.length) return false; // before the counts, which a rebuilt list's change works out when read
  const { start, deleteCount, insertCount } = change;
  if (deleteCount !== insertCount) return false;
  const edit = change.edit; // may cost a scan of the texts: read once the counts agree
  const editEnd = edit.start + edit.deleteCount;
  // Flat spans: ends grow with starts, so only the mentions just before the first one past the edit can touch it.
  for (let i = firstIndex(previous.length, (k) => previous[k].start > editEnd) - 1; i >= 0 && previous[i].end >= edit.start; i--) {
    if (previous[i].start <= editEnd) return false;
  }
  const at = movedThrough(edit);
  for (let k = start; k < start + deleteCount; k++) if (!drawsSame(previous[k], next[k], at)) return false;
  // The mentions around the changed run kept their places (before the edit) or moved with it (after it).
  const before = previous[start - 1];
  const after = next[start + insertCount];
  return (!before || before.end < edit.start) && (!after || after.start >= edit.start + edit.insert.length);
}
