import * as vscode from 'vscode';
import { extract } from '../core/extract';
import type { ILogger } from '../core/types';
import type { ArticleCache } from './articleCache';

const ARTICLE_GLOB = '**/*.{md,markdown,txt}';
const MAX_FILES = 500;
const MAX_FILE_BYTES = 1024 * 1024;

interface FileEntry {
  mtime: number;
  /** canonical → mentions in that file */
  counts: Map<string, number>;
}

/**
 * Actor counts across the workspace's articles, for hover cards. Computed on first use and kept
 * per file by modification time; open articles count from the live cache instead of the disk
 * (closed files count what extraction finds, without their sidecar's rejections).
 */
export class WorkspaceIndex {
  readonly #files = new Map<string, FileEntry>();

  constructor(
    private readonly cache: ArticleCache,
    private readonly log: ILogger,
  ) {}

  async countMentions(canonical: string, token?: vscode.CancellationToken): Promise<number | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) return undefined;
    try {
      const uris = await vscode.workspace.findFiles(ARTICLE_GLOB, '**/node_modules/**', MAX_FILES, token);
      const open = new Map(this.cache.all().map((s) => [s.uri.toString(), s]));
      let total = 0;
      for (const uri of uris) {
        if (token?.isCancellationRequested) return undefined;
        const live = open.get(uri.toString());
        if (live) {
          total += live.mentions.filter((m) => m.kind === 'actor' && m.canonical === canonical && m.decision !== 'rejected').length;
          continue;
        }
        total += (await this.#fileCounts(uri))?.get(canonical) ?? 0;
        // Give the extension host back between files, so typing and marks never wait on a hover.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return total;
    } catch (err) {
      this.log.error(err instanceof Error ? err : new Error(String(err)));
      return undefined;
    }
  }

  async #fileCounts(uri: vscode.Uri): Promise<Map<string, number> | undefined> {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_FILE_BYTES) return undefined;
    const key = uri.toString();
    const known = this.#files.get(key);
    if (known && known.mtime === stat.mtime) return known.counts;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const counts = new Map<string, number>();
    for (const m of extract(text).mentions) {
      if (m.kind === 'actor') counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
    }
    this.#files.set(key, { mtime: stat.mtime, counts });
    return counts;
  }
}
