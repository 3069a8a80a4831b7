import * as vscode from 'vscode';
import { ArticleCache } from './articleCache';
import { ArticleTreeProvider } from './articleTree';
import { CommandController } from './commands';
import { readConfig } from './config';
import { Decisions } from './decisions';
import { GitUser } from './gitUser';
import { DecorationController } from './decorations';
import { ExtractionService } from './extractionService';
import { FindingDiagnostics } from './findingDiagnostics';
import { MentionHoverProvider } from './hover';
import { VsCodeLogger } from './log';
import { Notifier } from './notify';
import { FindingQuickFixes } from './quickFixes';
import { registerReviewCommands } from './reviewCommands';
import { ReviewTreeProvider } from './reviewTree';
import { SidecarStore } from './sidecarStore';
import { registerSourceLinks } from './sourceLinks';
import { StatusBarController } from './statusBar';
import { createTestApi, type PolicyLensApi } from './testApi';
import { WorkspaceIndex } from './workspaceIndex';

export type { PolicyLensApi } from './testApi';

/** Composition root: creates each feature once and hands it what it needs. No logic here. */
export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const started = performance.now();
  const log = new VsCodeLogger();
  const config = (uri?: vscode.Uri) => readConfig(uri);
  const notifier = new Notifier();
  const store = new SidecarStore(config, log, context.workspaceState, { notifier });
  const extraction = new ExtractionService(log);
  const cache = new ArticleCache(store, config, log, extraction);
  const decorations = new DecorationController(cache, config);
  const tree = new ArticleTreeProvider(cache);
  const decisions = new Decisions(store, config, new GitUser());
  const index = new WorkspaceIndex(cache, store, config, log);
  const review = new ReviewTreeProvider(index);
  const hover = new MentionHoverProvider(cache, index, config);
  const statusBar = new StatusBarController(cache, decorations, config);
  context.subscriptions.push(
    log, notifier, store, extraction, cache, decorations, tree, index, review, hover, statusBar,
    new FindingDiagnostics(index, config),
    new FindingQuickFixes(index, config),
    new CommandController(cache, store, tree, decisions, config, log, notifier),
    registerReviewCommands(review, index, context.extensionUri, log, notifier),
    registerSourceLinks(),
  );
  const activatedInMs = performance.now() - started;
  log.info(`activated in ${activatedInMs.toFixed(1)} ms`);
  return createTestApi({ activatedInMs, cache, extraction, decorations, tree, store, statusBar, notifier, index, review });
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
