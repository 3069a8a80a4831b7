import * as vscode from 'vscode';
import { ArticleCache } from './articleCache';
import { ArticleTreeProvider } from './articleTree';
import { CommandController } from './commands';
import { CompareController } from './compare';
import { readConfig } from './config';
import { Decisions } from './decisions';
import { EntityRegistries } from './entityRegistry';
import { GitUser } from './gitUser';
import { DecorationController } from './decorations';
import { ExtractionService } from './extractionService';
import { FindingDiagnostics } from './findingDiagnostics';
import { MentionHoverProvider } from './hover';
import { VsCodeLogger } from './log';
import { Notifier } from './notify';
import { FindingQuickFixes } from './quickFixes';
import { registerExportCommand } from './exportAnnotations';
import { registerRegistryCommands } from './registryCommands';
import { registerReviewCommands } from './reviewCommands';
import { ReviewTreeProvider } from './reviewTree';
import { SidecarStore } from './sidecarStore';
import { registerSourceLinks } from './sourceLinks';
import { StatusBarController } from './statusBar';
import { registerShowMoreRows } from './treePages';
import { createTestApi, type PolicyLensApi } from './testApi';
import { VsCodeIndexCacheFolder } from './indexCacheFile';
import { IndexStore } from './indexStore';
import { WorkspaceIndex } from './workspaceIndex';
import { registerWorkspaceCommands } from './workspaceCommands';
import { WorkspaceTreeProvider } from './workspaceTree';
import { engineKey } from '../core/corpus';
import type { IndexExtractor } from './articleReader';

export type { PolicyLensApi } from './testApi';

/** Composition root: creates each feature once and hands it what it needs. No logic here. */
export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const started = performance.now();
  const log = new VsCodeLogger();
  const config = (uri?: vscode.Uri) => readConfig(uri);
  const notifier = new Notifier();
  const store = new SidecarStore(config, log, context.workspaceState, { notifier });
  const registries = new EntityRegistries(config, log, notifier);
  const extraction = new ExtractionService(log, undefined, undefined, true);
  const cache = new ArticleCache(store, config, log, extraction, registries);
  const decorations = new DecorationController(cache, config);
  const tree = new ArticleTreeProvider(cache, log);
  const decisions = new Decisions(store, config, new GitUser());
  const indexCache = new VsCodeIndexCacheFolder(context.storageUri, log);
  const indexStore = context.storageUri && new IndexStore(indexCache, engineKey(String(context.extension.packageJSON.version)), log);
  // The index analyses closed articles in a worker of its own, so a scan never delays open articles' marks.
  const indexExtraction = new ExtractionService(log);
  const extractClosed: IndexExtractor = async (text, referenceDate, registry, dateOrder) => (await indexExtraction.extractOnce(text, referenceDate, registry, dateOrder))?.result.mentions;
  const index = new WorkspaceIndex(cache, store, config, log, indexStore, extractClosed, registries);
  const review = new ReviewTreeProvider(index);
  const hover = new MentionHoverProvider(cache, index, config, registries);
  const workspace = new WorkspaceTreeProvider(index, (err) => log.error(err));
  const statusBar = new StatusBarController(cache, decorations, config);
  const commands = new CommandController(cache, store, tree, decisions, config, log, notifier);
  const compare = new CompareController(cache, decisions, (ref) => commands.target(ref), extractClosed, log, notifier);
  context.subscriptions.push(
    log, notifier, registries, store, extraction, indexExtraction, cache, decorations, tree, index, review, workspace, hover, statusBar,
    new FindingDiagnostics(index, config),
    new FindingQuickFixes(index, config),
    commands,
    compare,
    registerRegistryCommands(commands, registries, log, notifier),
    registerExportCommand(registries, extractClosed, log, notifier),
    registerReviewCommands(review, index, context.extensionUri, log, notifier),
    registerWorkspaceCommands(workspace, index, log, notifier),
    registerSourceLinks(),
    registerShowMoreRows([tree.pages, review.pages, workspace.pages]),
  );
  const activatedInMs = performance.now() - started;
  log.info(`activated in ${activatedInMs.toFixed(1)} ms`);
  return createTestApi({ activatedInMs, cache, decorations, tree, store, statusBar, notifier, index, review, compare, registries, workspace, indexCache, extraction });
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
