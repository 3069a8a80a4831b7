import * as vscode from 'vscode';
import type { Finding } from '../core/checks';
import { PROBLEM_SOURCE, figureActions, figureOfFinding, findingAt, type FigureAction, type MentionRef, type ViewMention } from '../view';
import { CommandId } from './commandIds';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';
import type { WorkspaceIndex } from './workspaceIndex';

const ACTION_COMMAND: Record<FigureAction, CommandId> = {
  verify: CommandId.VerifyFigure,
  dispute: CommandId.DisputeFigure,
  addSource: CommandId.AddFigureSource,
};

function actionTitle(action: FigureAction, m: ViewMention): string {
  switch (action) {
    case 'verify': return vscode.l10n.t('Verify “{0}”…', m.text);
    case 'dispute': return vscode.l10n.t('Dispute “{0}”…', m.text);
    case 'addSource': return vscode.l10n.t('Add Source to “{0}”…', m.text);
  }
}

/**
 * Quick fixes on the findings in the Problems panel: the finding's own text fix (a WorkspaceEdit),
 * and Verify / Dispute / Add Source on the figure it is about (the figure-status commands).
 */
export class FindingQuickFixes extends Disposable implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  #registration: vscode.Disposable | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
  ) {
    super();
    this.#registerFor();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.languages')) this.#registerFor();
    }));
    this.register(new vscode.Disposable(() => this.#registration?.dispose()));
  }

  #registerFor(): void {
    this.#registration?.dispose();
    const selector = this.config().languages.map((language) => ({ language }));
    this.#registration = vscode.languages.registerCodeActionsProvider(selector, this, FindingQuickFixes.metadata);
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const ours = context.diagnostics.filter((d) => d.source === PROBLEM_SOURCE);
    const entry = this.index.entry(doc.uri);
    // Findings are offsets into one version of the text; after an edit they wait for the next analysis.
    if (ours.length === 0 || !entry || entry.origin !== 'editor' || entry.version !== doc.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      const finding = findingAt(entry.findings, code, doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end));
      if (!finding) continue;
      if (finding.fix) actions.push(textFix(doc, finding, diagnostic));
      const figure = figureOfFinding(entry.mentions, finding);
      if (!figure) continue;
      const ref: MentionRef = { kind: 'mention', uri: doc.uri.toString(), start: figure.start, end: figure.end };
      for (const action of figureActions(figure)) {
        const fix = new vscode.CodeAction(actionTitle(action, figure), vscode.CodeActionKind.QuickFix);
        fix.command = { command: ACTION_COMMAND[action], title: fix.title, arguments: [ref] };
        fix.diagnostics = [diagnostic];
        actions.push(fix);
      }
    }
    return actions;
  }
}

function textFix(doc: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const fix = finding.fix!;
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) action.edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}
