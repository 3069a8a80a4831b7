// Codicon ids (https://microsoft.github.io/vscode-codicons) the tree and the hover cards share.
import { figureStatus } from '../core/sidecar';
import type { ViewMention } from './articleView';

/** Per mention type; callers pick their own fallback. */
export const TYPE_ICON: Readonly<Record<string, string>> = {
  person: 'person', state: 'globe', organization: 'organization',
  percent: 'symbol-operator', money: 'credit-card', count: 'symbol-number', quantity: 'dashboard',
  date: 'calendar', month: 'calendar', year: 'calendar', period: 'watch', relative: 'history',
};

/** A mention's row in the tree: figures show their check status, dates a calendar, actors none. */
export function mentionIcon(m: ViewMention): string | undefined {
  if (m.kind === 'date') return 'calendar';
  if (m.kind !== 'figure') return undefined;
  const status = figureStatus(m);
  return status === 'verified' ? 'verified' : status === 'disputed' ? 'warning' : 'circle-outline';
}
