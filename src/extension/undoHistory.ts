import type * as vscode from 'vscode';

export interface UndoStep {
  article: vscode.Uri;
  before: string | undefined;
  after: string;
}

/** Decisions written from this window, newest last, for Undo Last Decision. */
export class UndoHistory {
  #steps: UndoStep[] = [];

  constructor(private readonly limit = 100) {}

  push(step: UndoStep): void {
    this.#steps.push(step);
    if (this.#steps.length > this.limit) this.#steps.shift();
  }

  /** Takes the last step of the active article, or with none there the last one anywhere. */
  take(active?: vscode.Uri): UndoStep | undefined {
    let at = this.#steps.length - 1;
    if (active) {
      const mine = this.#steps.map((s) => s.article.toString()).lastIndexOf(active.toString());
      if (mine >= 0) at = mine;
    }
    if (at < 0) return undefined;
    return this.#steps.splice(at, 1)[0];
  }

  /** Articles were renamed: their steps follow them. */
  remap(move: (uri: vscode.Uri) => vscode.Uri | undefined): void {
    this.#steps = this.#steps.map((s) => ({ ...s, article: move(s.article) ?? s.article }));
  }
}
