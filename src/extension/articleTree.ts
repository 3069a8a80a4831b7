import * as vscode from 'vscode';
import { Disposable } from './dispose';

export type ArticleTreeNode = never;

/** The "Article" view. Empty until an article is analysed; the welcome view covers that state. */
export class ArticleTreeProvider extends Disposable implements vscode.TreeDataProvider<ArticleTreeNode> {
  readonly #onDidChange = this.register(new vscode.EventEmitter<ArticleTreeNode | undefined>());
  readonly onDidChangeTreeData = this.#onDidChange.event;

  getTreeItem(element: ArticleTreeNode): vscode.TreeItem {
    return element;
  }

  getChildren(): ArticleTreeNode[] {
    return [];
  }
}
