import * as vscode from 'vscode';
import { parseIndexCache, serializeIndexCache, type CachedEntry } from '../core/corpus';
import type { ILogger } from '../core/types';

/** The cache file's name in the extension's workspace storage. */
export const INDEX_CACHE_FILE = 'workspace-index.json';

/** Where the workspace index is kept between windows, and how it is read and written. */
export interface IIndexCacheFile {
  /** The entries saved by this engine; empty (with a log line) when there is none or it is unreadable, corrupt or another engine's. */
  load(): Promise<Map<string, CachedEntry>>;
  save(entries: ReadonlyMap<string, CachedEntry>): Promise<void>;
}

function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound');
}

/** The index cache as one JSON file under `context.storageUri`, read and written through `workspace.fs`. */
export class VsCodeIndexCacheFile implements IIndexCacheFile {
  constructor(private readonly folder: vscode.Uri | undefined, private readonly engine: string, private readonly log: ILogger) {}

  get uri(): vscode.Uri | undefined {
    return this.folder && vscode.Uri.joinPath(this.folder, INDEX_CACHE_FILE);
  }

  async load(): Promise<Map<string, CachedEntry>> {
    const uri = this.uri;
    if (!uri) return new Map();
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      if (!isNotFound(err)) this.log.warn(`index cache: could not read ${uri.fsPath} (${err instanceof Error ? err.message : String(err)}); building afresh`);
      return new Map();
    }
    const parsed = parseIndexCache(new TextDecoder('utf-8').decode(bytes), this.engine);
    if (!parsed.ok) {
      this.log.warn(`index cache: ignored ${uri.fsPath}: ${parsed.reason}; building afresh`);
      return new Map();
    }
    if (parsed.dropped) this.log.warn(`index cache: ${parsed.dropped} malformed entries of ${uri.fsPath} ignored`);
    this.log.info(`index cache: ${parsed.entries.size} entries read from ${uri.fsPath} (${(bytes.byteLength / 1024).toFixed(0)} KB)`);
    return parsed.entries;
  }

  /** Written to a temporary file, then renamed over the cache, so a window closed mid-write leaves the old one. */
  async save(entries: ReadonlyMap<string, CachedEntry>): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.folder) return;
    const started = performance.now();
    const bytes = new TextEncoder().encode(serializeIndexCache(this.engine, entries));
    await vscode.workspace.fs.createDirectory(this.folder);
    const temp = vscode.Uri.joinPath(this.folder, `${INDEX_CACHE_FILE}.tmp`);
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
    this.log.info(`index cache: ${entries.size} entries written to ${uri.fsPath} (${(bytes.byteLength / 1024).toFixed(0)} KB) in ${(performance.now() - started).toFixed(0)} ms`);
  }
}
