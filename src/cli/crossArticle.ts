// Cross-article conflicting values for `policy-lens check`: the figures of the checked articles
// that state one quantity with values it cannot have (core/checks/crossFile.ts, the rule the
// Workspace view shows), as located items on both sides, each pointing at the other article's
// figure (SARIF relatedLocations). Only the figures' measures and line starts are kept per article.
import { FINDING_KIND, crossFileConflicts, type MeasuredArticle } from '../core/checks';
import type { CheckMeter } from '../core/checks';
import { positionAt } from '../core/sidecar';
import type { ArticleMeasures, CheckItem, CheckedFile, Located } from './checkArticleText';

/** One checked article as the cross-article rule reads it: its path is its identity. */
export interface MeasuredFile extends ArticleMeasures {
  article: string;
}

function span(file: string, starts: number[], start: number, end: number): Located {
  const s = positionAt(starts, start);
  const e = positionAt(starts, end);
  return { file, line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

/**
 * The cross-article findings, ordered by article path and offset, counted in each article's
 * `inconsistent` (files are matched by article path). The rule caps each group of comparable
 * figures (MAX_GROUP), so the work stays bounded however many articles are checked.
 */
export function crossArticleItems(measured: readonly MeasuredFile[], files: readonly CheckedFile[], meter?: CheckMeter): CheckItem[] {
  if (measured.length < 2) return [];
  const byPath = new Map(measured.map((m) => [m.article, m]));
  const articles: MeasuredArticle[] = measured.map((m) => ({ uri: m.article, path: m.article, referenceDate: m.referenceDate, measures: m.measures }));
  const items: CheckItem[] = [];
  for (const f of crossFileConflicts(articles, meter)) {
    const own = byPath.get(f.uri)!;
    const file = files.find((x) => x.article === f.uri);
    if (file) file.inconsistent++;
    items.push({
      ...span(f.uri, own.lineStarts, f.start, f.end), code: f.code, kind: FINDING_KIND[f.code], level: 'warning', message: f.message,
      related: f.related.map((r) => ({ ...span(r.uri, byPath.get(r.uri)!.lineStarts, r.start, r.end), message: r.message })),
    });
  }
  return items;
}
