// What the Article view's rows say beside their labels.
import { describeFigure } from '../core/describe';
import { describeCheck } from '../core/review';
import { figureStatus } from '../core/sidecar';
import type { ViewMention } from './articleView';
import type { ArticleTreeNode } from './treeModel';

/** Mentions (and orphans) under a node: the count beside a group. */
export function countMentions(node: ArticleTreeNode): number {
  if (node.type === 'mention' || node.type === 'orphan') return 1;
  return node.children.reduce((n, c) => n + countMentions(c), 0);
}

/** Marks a mention whose annotation carries a merge conflict. */
export const CONFLICT_MARK = '⚠ merge conflict · ';

/** "✓ US$2,500,000,000 · verified by Jane Doe on 6 December 2026", "2025-06-02", "✓ Foreign Minister": decided ones get a tick. */
export function mentionDescription(m: ViewMention): string {
  const state = (m.conflict ? CONFLICT_MARK : '') + (m.decision === 'confirmed' || m.decision === 'added' ? '✓ ' : '');
  if (m.kind === 'figure') return `${state}${describeFigure(m.value, m.unit)} · ${describeCheck({ status: figureStatus(m), checkedBy: m.checkedBy, checkedAt: m.checkedAt })}`;
  if (m.kind === 'date') return `${state}${m.normalized ?? 'unresolved'}`;
  return `${state}${m.role ?? ''}`.trim();
}
