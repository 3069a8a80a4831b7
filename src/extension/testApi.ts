import type * as vscode from 'vscode';
import type { ArticleCache } from './articleCache';
import type { ArticleTreeProvider } from './articleTree';
import type { Comparison, CompareController } from './compare';
import type { EntityRegistries } from './entityRegistry';
import type { ReviewTreeProvider } from './reviewTree';
import type { DecorationController, MarkState } from './decorations';
import type { ExtractedIn, ExtractionStats, ExtractionService } from './extractionService';
import type { Notifier, NoticeLevel } from './notify';
import type { SidecarStore } from './sidecarStore';
import type { ArticleSnapshot } from './snapshot';
import type { StatusBarController } from './statusBar';
import type { VsCodeIndexCacheFolder } from './indexCacheFile';
import type { IndexStats, WorkspaceIndex } from './workspaceIndex';
import type { WorkspaceTreeProvider } from './workspaceTree';

/**
 * What activate() returns: a small read-only window on the extension's state, so the integration
 * tests can wait on real events and check what the editor shows without reaching into internals.
 */
export interface PolicyLensApi {
  readonly activatedInMs: number;
  snapshot(uri: vscode.Uri): ArticleSnapshot | undefined;
  marks(uri: vscode.Uri): MarkState | undefined;
  readonly onDidApplyMarks: vscode.Event<{ uri: vscode.Uri; state: MarkState }>;
  readonly onDidChangeSnapshot: vscode.Event<ArticleSnapshot>;
  readonly onDidWriteSidecar: vscode.Event<vscode.Uri>;
  sidecarUri(article: vscode.Uri): vscode.Uri;
  readonly tree: ArticleTreeProvider;
  /** What the status bar item shows now (undefined while hidden). */
  statusBarText(): string | undefined;
  /** Every notification shown, as shown (after making values from files safe). */
  readonly onDidNotify: vscode.Event<{ level: NoticeLevel; message: string }>;
  /** Milliseconds from recent edits to their fresh snapshot (typing delay included). */
  readonly updateTimes: readonly number[];
  /** The Review view's provider (its roots, items and filter). */
  readonly review: ReviewTreeProvider;
  /** Fires with the articles whose workspace-index entries changed. */
  readonly onDidChangeIndex: vscode.Event<readonly vscode.Uri[]>;
  /** Resolves once the workspace index has been built (building it if nobody asked yet), with its size and build time. */
  indexBuilt(): Promise<IndexStats>;
  /** "Compare Annotations With…": the article's current comparison, and when one is (re)computed. */
  comparison(article: vscode.Uri): Comparison | undefined;
  readonly onDidCompare: vscode.Event<Comparison>;
  /** Resolves once the workspace folders' entity registries have been read. */
  registriesLoaded(): Promise<void>;
  /** Fires after an entity registry was loaded, changed or went away (before open articles are re-extracted). */
  readonly onDidChangeRegistry: vscode.Event<void>;
  /** The Workspace view's provider (its roots, items and filter). */
  readonly workspace: WorkspaceTreeProvider;
  /**
   * Resolves once the workspace index has nothing left to do: no scan running, no file event queued
   * (read at once) and no cache write scheduled (written at once). Await it instead of sleeping or polling.
   */
  indexIdle(): Promise<void>;
  /** The folder of the index's cache on disk (one record file per article); undefined without workspace storage. */
  readonly indexCacheFolder: vscode.Uri | undefined;
  /** Forgets the index in memory and builds it as a newly opened window does (from the cache on disk); with its stats. */
  reopenIndex(): Promise<IndexStats>;
  /** The index's size and counters now (articles analysed, entries from the cache). */
  indexStats(): IndexStats;
  /** True when the workspace's sidecar listing says this article has none (and none was read yet): its first marks do not wait for the read. */
  sidecarKnownAbsent(uri: vscode.Uri): boolean;
  /** Where open articles were extracted (worker or main thread), jobs superseded, each published snapshot (and whether its sidecar had been read), and models patched from a mention diff. */
  extraction(): { stats: ExtractionStats; applied: readonly { uri: string; version: number; partial: boolean; where: ExtractedIn; sidecarRead: boolean }[]; modelsPatched: number };
}

export function createTestApi(parts: {
  activatedInMs: number;
  cache: ArticleCache;
  extraction: ExtractionService;
  decorations: DecorationController;
  tree: ArticleTreeProvider;
  store: SidecarStore;
  statusBar: StatusBarController;
  notifier: Notifier;
  index: WorkspaceIndex;
  review: ReviewTreeProvider;
  compare: CompareController;
  registries: EntityRegistries;
  workspace: WorkspaceTreeProvider;
  indexCache: VsCodeIndexCacheFolder;
}): PolicyLensApi {
  const { cache, decorations, tree, store, statusBar, index, review } = parts;
  return {
    activatedInMs: parts.activatedInMs,
    snapshot: (uri) => cache.get(uri),
    marks: (uri) => decorations.applied(uri),
    onDidApplyMarks: decorations.onDidApply,
    onDidChangeSnapshot: cache.onDidChange,
    onDidWriteSidecar: store.onDidWrite,
    sidecarUri: (uri) => store.sidecarUri(uri),
    tree,
    updateTimes: cache.updateTimes,
    statusBarText: () => statusBar.visibleText,
    onDidNotify: parts.notifier.onDidNotify,
    review,
    onDidChangeIndex: index.onDidChange,
    comparison: (uri) => parts.compare.comparison(uri),
    onDidCompare: parts.compare.onDidUpdate,
    registriesLoaded: () => parts.registries.whenLoaded(),
    onDidChangeRegistry: parts.registries.onDidChange,
    extraction: () => ({ stats: { ...parts.extraction.stats, running: parts.extraction.stats.running.map((r) => ({ ...r })) }, applied: [...cache.applied], modelsPatched: cache.modelsPatched }),
    indexBuilt: async () => {
      await index.whenBuilt();
      return index.stats();
    },
    workspace: parts.workspace,
    indexIdle: () => index.idle(),
    indexCacheFolder: parts.indexCache.uri,
    reopenIndex: async () => {
      await index.reopen();
      return index.stats();
    },
    indexStats: () => index.stats(),
    sidecarKnownAbsent: (uri) => store.knownAbsent(uri),
  };
}
