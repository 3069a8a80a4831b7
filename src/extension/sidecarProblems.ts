import * as vscode from 'vscode';
import { conflictProblems, type ParsedSidecar, type SidecarDiagnostic } from '../core/sidecar';
import type { ILogger } from '../core/types';
import { PROBLEM_SOURCE } from '../view';
import { Disposable } from './dispose';
import type { Notifier } from './notify';

/** Problems of sidecar files in the Problems panel; a broken file is also said once in a notification. */
export class SidecarProblems extends Disposable {
  readonly #diagnostics = this.register(vscode.languages.createDiagnosticCollection('policyLens'));
  /** Sidecar text last reported as broken, per sidecar uri. */
  readonly #reported = new Map<string, string>();

  constructor(private readonly log: ILogger, private readonly notifier: Notifier) {
    super();
  }

  publish(uri: vscode.Uri, parsed: ParsedSidecar | undefined): void {
    // Merge conflicts recorded by the git merge driver are warnings at their annotation's block.
    const conflicts = conflictProblems(parsed?.sidecar).map((c): SidecarDiagnostic => ({ severity: 'warning', code: c.code, message: c.message, ...(parsed!.annotationPosition(c.annotationId) ?? { offset: 0, line: 1, col: 1 }) }));
    if (!parsed || parsed.diagnostics.length + conflicts.length === 0) {
      this.#diagnostics.delete(uri);
      return;
    }
    this.#diagnostics.set(uri, [...parsed.diagnostics, ...conflicts].map((d) => {
      const pos = new vscode.Position(d.line - 1, d.col - 1);
      const diag = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), d.message,
        d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      diag.source = PROBLEM_SOURCE;
      diag.code = d.code;
      return diag;
    }));
    const firstError = parsed.diagnostics.find((d) => d.severity === 'error');
    if (firstError && this.#reported.get(uri.toString()) !== parsed.text) {
      // Say it once per broken state of the file, not on every analysis.
      this.#reported.set(uri.toString(), parsed.text);
      const where = `${uri.path.split('/').pop()}:${firstError.line}:${firstError.col}`;
      this.log.warn(`${uri.path}:${firstError.line}:${firstError.col}: ${firstError.message}`);
      const open = vscode.l10n.t('Open File');
      // The message may quote the file: it goes to the Problems panel and the log, not the notification.
      void this.notifier.error(vscode.l10n.t('Policy Lens: {0} has errors (see the Problems panel). The file is left as it is; decisions are kept until it is fixed.', where), open)
        .then((choice) => (choice === open ? vscode.window.showTextDocument(uri, { selection: new vscode.Range(firstError.line - 1, firstError.col - 1, firstError.line - 1, firstError.col - 1) }) : undefined));
    }
  }
}
