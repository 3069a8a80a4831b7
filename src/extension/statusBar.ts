import * as vscode from 'vscode';
import { statusText } from '../view';
import type { ArticleCache } from './articleCache';
import type { ArticleSnapshot } from './snapshot';
import { CommandId } from './commandIds';
import type { PolicyLensConfig } from './config';
import type { DecorationController } from './decorations';
import { Disposable } from './dispose';

/** The counts of the active article (click opens the view) and a one-click toggle of all marks. */
export class StatusBarController extends Disposable {
  readonly item: vscode.StatusBarItem;
  /** A one-click toggle of all marks beside the counts. */
  readonly toggle: vscode.StatusBarItem;
  #visible = false;

  get visibleText(): string | undefined {
    return this.#visible ? this.item.text : undefined;
  }

  constructor(
    private readonly cache: ArticleCache,
    private readonly decorations: DecorationController,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
  ) {
    super();
    this.item = this.register(vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Left, 50));
    this.item.name = 'Policy Lens';
    this.item.command = CommandId.ShowView;
    this.toggle = this.register(vscode.window.createStatusBarItem('policyLens.toggle', vscode.StatusBarAlignment.Left, 49));
    this.toggle.name = vscode.l10n.t('Policy Lens marks');
    this.toggle.command = CommandId.ToggleMarks;
    this.register(cache.onDidChange(() => this.update()));
    this.register(decorations.onDidApply(() => this.update()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.update();
  }

  /** The counts' text of the last snapshot shown: the bar updates after each analysis and again after its marks are drawn. */
  #counted?: { snapshot: ArticleSnapshot; text: string };

  #textOf(snapshot: ArticleSnapshot): string {
    if (this.#counted?.snapshot !== snapshot) this.#counted = { snapshot, text: statusText(snapshot, vscode.l10n) };
    return this.#counted.text;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const snapshot = editor && this.cache.get(editor.document.uri);
    if (!editor || !snapshot) {
      this.#visible = false;
      this.item.hide();
      this.toggle.hide();
      return;
    }
    const config = this.config(editor.document.uri);
    let text = this.#textOf(snapshot);
    const tooltip = [vscode.l10n.t('Show the Policy Lens article view')];
    if (!config.decorations.enabled) {
      text = `$(eye-closed) ${text}`;
      tooltip.push(vscode.l10n.t('Marks are hidden (Policy Lens: Toggle All Marks).'));
    }
    if (snapshot.partial && !snapshot.partial.preview) {
      text = `$(warning) ${text}`;
      tooltip.push(vscode.l10n.t('Large file: only the visible part is analysed (policyLens.largeFileThresholdKB).'));
    }
    if (this.decorations.applied(editor.document.uri)?.capped) {
      tooltip.push(vscode.l10n.t('{0} marks are drawn, around the part on screen (policyLens.decorations.maxMarks).', config.decorations.maxMarks));
    }
    if (snapshot.sidecarProblems.some((p) => p.severity === 'error')) {
      text = `$(error) ${text}`;
      tooltip.push(vscode.l10n.t('The sidecar has errors and is not being written; decisions are kept until it is fixed.'));
    }
    this.item.text = text;
    this.item.tooltip = tooltip.join('\n');
    this.#visible = true;
    this.item.show();
    this.toggle.text = config.decorations.enabled ? '$(eye)' : '$(eye-closed)';
    this.toggle.tooltip = config.decorations.enabled ? vscode.l10n.t('Hide Policy Lens marks') : vscode.l10n.t('Show Policy Lens marks');
    this.toggle.show();
  }
}
