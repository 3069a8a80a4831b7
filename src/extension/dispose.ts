import * as vscode from 'vscode';

/** Disposes every item, continuing past failures, and rethrows the first error at the end. */
export function disposeAll(items: Iterable<vscode.Disposable>): void {
  let first: unknown;
  for (const item of items) {
    try {
      item.dispose();
    } catch (err) {
      first ??= err;
    }
  }
  if (first !== undefined) throw first;
}

/** Base class for features: owns its registrations and releases them in reverse order. */
export abstract class Disposable implements vscode.Disposable {
  #disposables: vscode.Disposable[] = [];
  #disposed = false;

  protected get isDisposed(): boolean {
    return this.#disposed;
  }

  protected register<T extends vscode.Disposable>(item: T): T {
    if (this.#disposed) {
      item.dispose();
    } else {
      this.#disposables.push(item);
    }
    return item;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const items = this.#disposables.reverse();
    this.#disposables = [];
    disposeAll(items);
  }
}
