import * as vscode from 'vscode';
import type { ILogger } from '../core/types';

/** The core's logger port over a LogOutputChannel ("Policy Lens" in the Output view). */
export class VsCodeLogger implements ILogger, vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;

  constructor() {
    this.channel = vscode.window.createOutputChannel('Policy Lens', { log: true });
  }

  trace(message: string): void {
    this.channel.trace(message);
  }
  info(message: string): void {
    this.channel.info(message);
  }
  warn(message: string): void {
    this.channel.warn(message);
  }
  error(message: string | Error): void {
    this.channel.error(message instanceof Error ? `${message.message}\n${message.stack ?? ''}` : message);
  }
  dispose(): void {
    this.channel.dispose();
  }
}
