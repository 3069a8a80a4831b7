import * as vscode from 'vscode';
import { plainNotice } from '../view';
import { Disposable } from './dispose';

export type NoticeLevel = 'error' | 'warning' | 'info';

/** Every notification Policy Lens shows, made safe in one place; the tests watch `onDidNotify`. */
export class Notifier extends Disposable {
  readonly #onDidNotify = this.register(new vscode.EventEmitter<{ level: NoticeLevel; message: string }>());
  readonly onDidNotify = this.#onDidNotify.event;

  show(level: NoticeLevel, message: string, ...actions: string[]): Thenable<string | undefined> {
    const safe = plainNotice(message);
    this.#onDidNotify.fire({ level, message: safe });
    const fn = level === 'error' ? vscode.window.showErrorMessage : level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    return fn(safe, ...actions);
  }

  error(message: string, ...actions: string[]): Thenable<string | undefined> {
    return this.show('error', message, ...actions);
  }

  warn(message: string, ...actions: string[]): Thenable<string | undefined> {
    return this.show('warning', message, ...actions);
  }
}
