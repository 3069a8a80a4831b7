// The status bar's counts line.
import type { ArticleView } from './articleView';
import { visibleCounts } from './counts';

/**
 * Formats a message with {0}-style placeholders; the extension passes `vscode.l10n`, so the calls
 * below stay `l10n.t('…')` literals that the localisation tooling can extract.
 */
export interface Localizer {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** "Policy Lens: 14 actors · 9 figures (3 unverified) · 12 dates". */
export function statusText(view: ArticleView, l10n: Localizer): string {
  const c = visibleCounts(view);
  const figures = c.unverifiedFigures
    ? l10n.t('{0} figures ({1} unverified)', c.figures, c.unverifiedFigures)
    : l10n.t('{0} figures', c.figures);
  return l10n.t('Policy Lens: {0} actors · {1} · {2} dates', c.actors, figures, c.dates);
}
