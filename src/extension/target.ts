import type * as vscode from 'vscode';
import type { ViewMention } from '../view';
import type { ArticleSnapshot } from './snapshot';

/** A resolved command target: the article, its snapshot and (usually) one mention. */
export interface Target {
  editor?: vscode.TextEditor;
  doc: vscode.TextDocument;
  snapshot: ArticleSnapshot;
  mention?: ViewMention;
}
