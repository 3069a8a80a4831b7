import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import type { SourceLink } from './hover';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a figure's source that names a workspace file (`sources/budget.md:12`): relative to the
 * article's folder, else to the workspace folder; at the line when one is given.
 */
export function registerSourceLinks(): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.OpenSource, async (link: SourceLink) => {
    const article = vscode.Uri.parse(link.article);
    const folder = vscode.workspace.getWorkspaceFolder(article)?.uri;
    const candidates = [vscode.Uri.joinPath(article, '..', link.path), ...(folder ? [vscode.Uri.joinPath(folder, link.path)] : [])];
    for (const uri of candidates) {
      // Only files inside the workspace folder (a source is text from the sidecar).
      if (folder && !uri.path.startsWith(`${folder.path}/`)) continue;
      if (!(await exists(uri))) continue;
      const line = Math.max(0, (link.line ?? 1) - 1);
      await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
      return;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: the source file was not found in the workspace.'));
  });
}
