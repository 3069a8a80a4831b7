// The day-month order of an article's numeric dates (03/04/2026): its front matter's `dateOrder:`,
// else the editor setting or CLI option, else the article's own unambiguous numeric dates.
import { frontMatterDateOrder, type DateOrder } from './frontMatter';

/** A setting or option value as the engine's order: `auto` (or anything else) leaves it to the article. */
export function dateOrderOfChoice(choice: unknown): DateOrder | null {
  if (typeof choice !== 'string') return null;
  const v = choice.toLowerCase();
  return v === 'dmy' ? 'DMY' : v === 'mdy' ? 'MDY' : null;
}

/** Front matter wins over the setting, the setting over the article's evidence (asked for only when needed). */
export function resolveDateOrder(frontMatter: DateOrder | null, setting: DateOrder | null | undefined, evidence: () => DateOrder | null): DateOrder | null {
  return frontMatter ?? setting ?? evidence();
}

/**
 * The order to hand the engine for an article: its front matter's, else the setting's; null leaves
 * it to the article's evidence. Resolved on the whole text, so a window of it keeps the front matter's order.
 */
export function articleDateOrder(text: string, setting: DateOrder | null | undefined): DateOrder | null {
  return frontMatterDateOrder(text) ?? setting ?? null;
}
