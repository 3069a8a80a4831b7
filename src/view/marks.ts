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

/** A span of the text, in offsets: the part an editor shows, or the part its drawn marks cover. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The text a capped plan's marks cover; an end where they reach the text's own start or end is open. */
export interface CoveredText extends TextSpan {
  fromTextStart: boolean;
  toTextEnd: boolean;
}

export interface PlannedMarks {
  marks: AppliedMarks;
  /** More mentions than options.maxMarks: only some are drawn. */
  capped: boolean;
  /** When capped, the text the drawn marks cover (a view that leaves its middle calls for another plan). */
  covers?: CoveredText;
}

/**
 * Plans the marks of one article under the current toggles: offsets per style, in text order. Past
 * maxMarks, the marks drawn are maxMarks around `focus` (the part the editor shows), half before it
 * and half from it on, so a long article is marked wherever it is read; without a focus, the first.
 */
export function planMarks(view: ArticleView, options: MarkOptions, focus?: TextSpan): PlannedMarks {
  const marks: AppliedMarks = {};
  if (!options.enabled) return { marks, capped: false };
  const ms = view.mentions;
  const drawn: number[] = [];
  for (let i = 0; i < ms.length; i++) if (isVisible(ms[i]) && options.kinds[ms[i].kind]) drawn.push(i);
  const capped = drawn.length > options.maxMarks;
  let from = 0;
  let to = drawn.length;
  if (capped) {
    // Mentions are sorted and flat: their ends grow with their starts.
    const first = focus ? firstIndex(drawn.length, (k) => ms[drawn[k]].end > focus.start) : 0;
    from = Math.max(0, Math.min(first - Math.floor(options.maxMarks / 2), drawn.length - options.maxMarks));
    to = from + options.maxMarks;
  }
  for (let k = from; k < to; k++) {
    const m = ms[drawn[k]];
    (marks[styleOf(m)] ??= []).push([m.start, m.end]);
    if (m.note) (marks.note ??= []).push([m.end, m.end]);
  }
  if (!capped || to <= from) return { marks, capped };
  const covers = { start: ms[drawn[from]].start, end: ms[drawn[to - 1]].end, fromTextStart: from === 0, toTextEnd: to === drawn.length };
  return { marks, capped, covers };
}

/**
 * Whether marks planned around the view again would serve it better than the ones drawn: the view
 * has left the middle half of the text they cover (on a side where they do not reach the text's own
 * start or end), so scrolling on would soon show text without marks.
 */
export function leavesCoveredMiddle(covers: CoveredText, view: TextSpan): boolean {
  const quarter = (covers.end - covers.start) / 4;
  return (!covers.fromTextStart && view.start < covers.start + quarter) || (!covers.toTextEnd && view.end > covers.end - quarter);
}

/** A span (what marks cover, or a view) at its place after `edit`, as the editor moves what it draws. */
export function movedSpan<T extends TextSpan>(span: T, edit: TextEdit): T {
  const at = movedThrough(edit);
  return { ...span, start: at(span.start), end: at(span.end) };
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
