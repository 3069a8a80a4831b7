// One full scan of the workspace for the index: list the article files, drop the entries of those
// gone, read each file (yielding between files), under a cancellable progress notification.
import * as vscode from 'vscode';
import { ARTICLE_GLOB, EXCLUDE_GLOB } from '../core/corpus';
import type { ILogger } from '../core/types';
import type { ArticleReader } from './articleReader';
import type { IndexEntry } from './indexTypes';
import type { PersistedEntries } from './persistedEntries';

/** Most files one scan reads. */
const MAX_FILES = 5000;

export interface ScanHost {
  readonly entries: Map<string, IndexEntry>;
  readonly reader: ArticleReader;
  readonly persisted: PersistedEntries;
  /** Reads one article and applies what was found. */
  read(uri: vscode.Uri): Promise<unknown>;
  readonly log: ILogger;
}

export interface ScanResult {
  /** 'overtaken': a newer scan started, which reports instead. */
  readonly outcome: 'done' | 'cancelled' | 'overtaken';
  /** The articles whose entries were dropped because their files are gone. */
  readonly gone: readonly string[];
  readonly findFilesMs?: number;
}

/**
 * Scans the workspace; `current()` turns false when a newer scan overtook this one. `readsAtStart`:
 * the reader's counts when the scan began, before the cache and registries were loaded.
 */
export async function scanWorkspace(host: ScanHost, current: () => boolean, started: number, readsAtStart: ReadonlyMap<string, number>): Promise<ScanResult> {
  const gone: string[] = [];
  let findFilesMs: number | undefined;
  const outcome = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: vscode.l10n.t('Policy Lens: indexing the workspace’s articles'),
    cancellable: true,
  }, async (progress, token): Promise<ScanResult['outcome']> => {
    const uris = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_FILES, token);
    findFilesMs = performance.now() - started;
    if (uris.length >= MAX_FILES) host.log.warn(`index: stopped at ${MAX_FILES} files; articles beyond them are not listed`);
    const found = new Set(uris.map((u) => u.toString()));
    // An article read since the scan began (created meanwhile, after the listing) is not gone.
    gone.push(...[...host.entries.values()].filter((e) => e.origin === 'disk' && !found.has(e.uri) && host.reader.readCount(e.uri) === readsAtStart.get(e.uri)).map((e) => e.uri));
    for (const key of gone) host.entries.delete(key);
    host.persisted.retain(found);
    for (const [i, uri] of uris.entries()) {
      if (!current()) return 'overtaken';
      if (token.isCancellationRequested) return 'cancelled';
      try {
        await host.read(uri);
      } catch (err) {
        host.log.error(err instanceof Error ? err : new Error(String(err)));
      }
      progress.report({ increment: 100 / uris.length, message: vscode.l10n.t('{0} of {1}', i + 1, uris.length) });
      // Give the extension host back between files, so typing and marks never wait on the scan.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return 'done';
  });
  return { outcome, gone, findFilesMs };
}
