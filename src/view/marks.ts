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

/** Past maxMarks, the marks drawn: those of the run view.mentions[first, end), grown around the part on screen. */
export interface MarkWindow {
  readonly first: number;
  readonly end: number;
  /** No drawable mention before `first`, or from `end` on: the run reaches that end of the text. */
  readonly atStart: boolean;
  readonly atEnd: boolean;
}

export interface PlannedMarks {
  marks: AppliedMarks;
  /** More mentions than options.maxMarks: only some are drawn. */
  capped: boolean;
  /** When capped, which are drawn. */
  window?: MarkWindow;
}

function isDrawn(m: ViewMention, options: MarkOptions): boolean {
  return isVisible(m) && options.kinds[m.kind];
}

/** The mention at the middle of the part on screen: the first one ending past it (mentions are sorted and flat). */
function middleIndex(mentions: readonly ViewMention[], shown: TextSpan): number {
  const middle = (shown.start + shown.end) / 2;
  return firstIndex(mentions.length, (k) => mentions[k].end > middle);
}

/**
 * The run of mentions holding up to `max` drawn ones, grown from index `mid` a mention each way in
 * turn. It reads only the mentions it takes (a 1 MB article has tens of thousands, of many shapes:
 * reading every one cost 5–20 ms per redraw in the extension host).
 */
function runAround(mentions: readonly ViewMention[], options: MarkOptions, max: number, mid: number): MarkWindow {
  let first = mid;
  let end = mid;
  let count = 0;
  while (count < max && (first > 0 || end < mentions.length)) {
    if (end < mentions.length && isDrawn(mentions[end++], options)) count++;
    if (count < max && first > 0 && isDrawn(mentions[--first], options)) count++;
  }
  let atStart = true;
  for (let k = first - 1; atStart && k >= 0; k--) atStart = !isDrawn(mentions[k], options);
  let atEnd = true;
  for (let k = end; atEnd && k < mentions.length; k++) atEnd = !isDrawn(mentions[k], options);
  return { first, end, atStart, atEnd };
}

/**
 * Plans the marks of one article under the current toggles: offsets per style, in text order. Past
 * maxMarks, the marks drawn are maxMarks centred on `around` (the part the editor shows, or the run
 * an earlier plan drew, to plan the same marks again), so a long article is marked wherever it is
 * read; without it, the first ones.
 */
export function planMarks(view: ArticleView, options: MarkOptions, around?: TextSpan | MarkWindow): PlannedMarks {
  const marks: AppliedMarks = {};
  if (!options.enabled) return { marks, capped: false };
  const ms = view.mentions;
  const run = around && 'first' in around ? around : runAround(ms, options, Math.max(0, options.maxMarks), around ? middleIndex(ms, around) : 0);
  for (let k = run.first; k < run.end; k++) {
    const m = ms[k];
    if (!isDrawn(m, options)) continue;
    (marks[styleOf(m)] ??= []).push([m.start, m.end]);
    if (m.note) (marks.note ??= []).push([m.end, m.end]);
  }
  const capped = !run.atStart || !run.atEnd;
  return capped ? { marks, capped, window: run } : { marks, capped };
}

/**
 * Whether the part on screen has moved a quarter of the drawn run or more away from its middle
 * (`mentions`: the list the run was planned from, or that list moved by edits), so scrolling on would
 * soon show text without marks. Towards an end of the text the run already reaches, nothing is due.
 */
export function windowDrifted(mentions: readonly ViewMention[], window: MarkWindow, shown: TextSpan): boolean {
  const mid = middleIndex(mentions, shown);
  const centre = (window.first + window.end) / 2;
  const quarter = Math.max(1, (window.end - window.first) / 4);
  return (mid > centre + quarter && !window.atEnd) || (mid < centre - quarter && !window.atStart);
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
