// The date relative dates resolve against, in one order for the editor, the CLI and extract():
// an explicit date (a command-line flag), else the article's front matter, else the sidecar's
// `reference_date`. An impossible day (2026-13-45) from the front matter or the sidecar is ignored.
import { isCalendarDate } from './calendar';
import { frontMatterDate } from './frontMatter';

export interface ReferenceDateSources {
  /** Given explicitly (YYYY-MM-DD, a longer ISO timestamp is cut to its date). */
  given?: string | null;
  /** The sidecar's reference_date. */
  sidecar?: string | null;
}

export function referenceDateFor(text: string, sources: ReferenceDateSources = {}): string | null {
  return referenceDateOf(() => frontMatterDate(text), sources);
}

/** The same order with the front matter's date already read (or read only when needed). */
export function referenceDateOf(frontMatter: () => string | null, sources: ReferenceDateSources = {}): string | null {
  if (sources.given) return /^\d{4}-\d{2}-\d{2}/.exec(sources.given)?.[0] ?? null;
  return frontMatter() ?? (sources.sidecar && isCalendarDate(sources.sidecar) ? sources.sidecar : null);
}
