import * as vscode from 'vscode';
import { VsCodeLogger } from './log';
import { ArticleTreeProvider } from './articleTree';

/** What the integration tests (and other extensions) can observe. */
export interface PolicyLensApi {
  readonly activatedInMs: number;
}

/** Composition root: creates each feature once and hands it what it needs. No logic here. */
export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const started = performance.now();
  const log = new VsCodeLogger();
  context.subscriptions.push(log);
  const tree = new ArticleTreeProvider();
  context.subscriptions.push(tree, vscode.window.createTreeView('policyLens.article', { treeDataProvider: tree, showCollapseAll: true }));
  const activatedInMs = performance.now() - started;
  log.info(`activated in ${activatedInMs.toFixed(1)} ms`);
  return { activatedInMs };
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
