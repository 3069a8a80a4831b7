// What the views and hovers ask of the index's entries: pure counting over them.
import type { IndexEntry, IndexStats } from './indexTypes';

/** The counters the index keeps besides its entries. */
export type IndexCounters = Pick<IndexStats, 'skipped' | 'buildMs' | 'findFilesMs' | 'extracted' | 'fromCache' | 'analysedPaths'>;

/** The size of the workspace's articles (`articles`: the entries in the workspace). */
export function indexStats(articles: Iterable<IndexEntry>, counters: IndexCounters): IndexStats {
  const stats: IndexStats = { ...counters, analysedPaths: [...counters.analysedPaths], articles: 0, mentions: 0, figures: 0, findings: 0, open: 0 };
  for (const e of articles) {
    stats.articles++;
    if (e.origin === 'editor') stats.open++;
    stats.mentions += e.mentions.length;
    stats.figures += e.mentions.filter((m) => m.kind === 'figure' && m.decision !== 'rejected').length;
    stats.findings += e.findings.length;
  }
  return stats;
}

/** How often an actor is mentioned (not rejected) across the articles, for hover cards. */
export function actorMentionCount(articles: Iterable<IndexEntry>, canonical: string): number {
  let total = 0;
  for (const e of articles) {
    for (const m of e.mentions) if (m.kind === 'actor' && m.canonical === canonical && m.decision !== 'rejected') total++;
  }
  return total;
}
