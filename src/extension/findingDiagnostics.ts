import * as vscode from 'vscode';
import type { Finding } from '../core/checks';
import { lineOf } from '../core/corpus';
import { PROBLEM_SOURCE, problemSeverity, shownFindings, type ProblemSeverity } from '../view';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';
import type { IndexEntry, WorkspaceIndex } from './workspaceIndex';

const SEVERITY: Record<ProblemSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

/** An offset of an indexed article as a position, from its line starts (the file need not be open). */
export function positionOf(entry: Pick<IndexEntry, 'lineStarts'>, offset: number): vscode.Position {
  const line = lineOf(entry.lineStarts, offset) - 1;
  return new vscode.Position(line, Math.max(0, offset - entry.lineStarts[line]));
}

export function rangeOf(entry: Pick<IndexEntry, 'lineStarts'>, start: number, end: number): vscode.Range {
  return new vscode.Range(positionOf(entry, start), positionOf(entry, end));
}

/**
 * Check findings in the Problems panel: for every article the workspace index holds (open ones
 * always, closed ones once the index was built), filtered by `policyLens.diagnostics`.
 */
export class FindingDiagnostics extends Disposable {
  readonly #collection = this.register(vscode.languages.createDiagnosticCollection('policyLens.findings'));

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
  ) {
    super();
    this.register(index.onDidChange((uris) => {
      for (const uri of uris) this.#publish(uri);
    }));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.diagnostics')) this.#publishAll();
    }));
    this.#publishAll();
  }

  #publishAll(): void {
    this.#collection.clear();
    for (const entry of this.index.all()) this.#publish(vscode.Uri.parse(entry.uri));
  }

  #publish(uri: vscode.Uri): void {
    const entry = this.index.entry(uri);
    const shown = entry ? shownFindings(entry.findings, this.config(uri).diagnostics) : [];
    if (!entry || shown.length === 0) {
      this.#collection.delete(uri);
      return;
    }
    this.#collection.set(uri, shown.map((f) => diagnosticOf(uri, entry, f)));
  }
}

function diagnosticOf(uri: vscode.Uri, entry: IndexEntry, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(entry, f.start, f.end), f.message, SEVERITY[problemSeverity(f.level)]);
  d.source = PROBLEM_SOURCE;
  d.code = f.code;
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, rangeOf(entry, r.start, r.end)), r.message));
  }
  return d;
}
