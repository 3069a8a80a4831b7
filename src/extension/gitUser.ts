import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

/**
 * The git `user.name` of a workspace folder, for the audit trail when `policyLens.author` is not
 * set; '' when git is not there or has no name. Asked once per folder.
 */
export class GitUser {
  readonly #names = new Map<string, Promise<string>>();

  name(resource: vscode.Uri): Promise<string> {
    const folder = vscode.workspace.getWorkspaceFolder(resource)?.uri;
    if (!folder || folder.scheme !== 'file') return Promise.resolve('');
    let name = this.#names.get(folder.toString());
    if (!name) {
      name = new Promise<string>((resolve) => {
        execFile('git', ['config', 'user.name'], { cwd: folder.fsPath, timeout: 3000, windowsHide: true }, (err, stdout) => resolve(err ? '' : stdout.trim()));
      });
      this.#names.set(folder.toString(), name);
    }
    return name;
  }
}
