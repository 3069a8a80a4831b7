// The workspace index's data as the views, hovers and diagnostics see it.
import type { CorpusEntry } from '../core/corpus';
import type { WorkspaceArticle } from '../view';
import type { RegistrySource } from './articleCache';

/** One article of the index: its corpus entry, where it is, and where the entry comes from. */
export interface IndexEntry extends CorpusEntry, WorkspaceArticle {
  /** 'editor': the open document's snapshot (at `version`); 'disk': the file and its sidecar as saved. */
  readonly origin: 'editor' | 'disk';
  readonly version?: number;
  /**
   * An article file in a workspace folder. Open articles elsewhere (untitled buffers, other folders)
   * are indexed for their diagnostics but listed nowhere.
   */
  readonly inWorkspace: boolean;
  /** Disk entries: the contentHash of the article and sidecar texts (and the registry) they were built from. */
  readonly hash?: string;
  /** Disk entries: the key of the entity registry they were analysed under (undefined: none). */
  readonly registryKey?: string;
}

/** The registries the index analyses closed articles with: the article cache's, so both agree. */
export interface IndexRegistries extends RegistrySource {
  /** Resolves once every folder's registry has been read, so the first scan applies it. */
  whenLoaded?(): Promise<void>;
}

/** 'idle': not needed yet; 'cancelled': the user stopped the first scan (Refresh runs it again). */
export type IndexState = 'idle' | 'building' | 'cancelled' | 'ready';

export interface IndexStats {
  articles: number;
  mentions: number;
  figures: number;
  findings: number;
  /** Files left out for their size at the last scan. */
  skipped: number;
  /** Milliseconds the last full scan took, and how much of it went to finding the files. */
  buildMs?: number;
  findFilesMs?: number;
  /** Articles analysed from their text since the index was opened, and entries taken from the cache on disk instead. */
  extracted: number;
  fromCache: number;
  /** The workspace-relative paths of the articles analysed (the first 1,000): what a reopened index could not take from the cache. */
  analysedPaths: string[];
  /** Articles indexed from their open document instead of the file. */
  open: number;
}
