// Which mention the cursor or the mouse is on.
import { firstIndex } from '../core/util';
import { isVisible, type ArticleView, type ViewMention } from './articleView';

/**
 * The visible mention at an offset: one the offset is inside, else one it touches at its end (a
 * cursor just after a word). Rejected mentions are never returned.
 */
export function mentionAt(view: ArticleView, offset: number): ViewMention | undefined {
  // Mentions are sorted and flat; a binary search keeps hovers cheap on long articles.
  const list = view.mentions;
  let touching: ViewMention | undefined;
  for (let i = firstIndex(list.length, (k) => list[k].end >= offset); i < list.length && list[i].start <= offset; i++) {
    const m = list[i];
    if (!isVisible(m)) continue;
    if (offset < m.end) return m;
    touching ??= m;
  }
  return touching;
}
