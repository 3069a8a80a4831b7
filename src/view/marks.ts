// Which marks to draw: one style per kind × human state, under the user's toggles and cap.
import type { MentionKind } from '../core/types';
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

/** Plans the marks of one article under the current toggles: offsets per style, in text order. */
export function planMarks(view: ArticleView, options: MarkOptions): { marks: AppliedMarks; capped: boolean } {
  const marks: AppliedMarks = {};
  if (!options.enabled) return { marks, capped: false };
  let count = 0;
  let capped = false;
  for (const m of view.mentions) {
    if (!isVisible(m) || !options.kinds[m.kind]) continue;
    if (count >= options.maxMarks) {
      capped = true;
      break;
    }
    count++;
    (marks[styleOf(m)] ??= []).push([m.start, m.end]);
    if (m.note) (marks.note ??= []).push([m.end, m.end]);
  }
  return { marks, capped };
}
