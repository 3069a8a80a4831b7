import * as vscode from 'vscode';
import { EXCLUDE_GLOB } from '../core/corpus';
import type { ILogger } from '../core/types';
import {
  REVIEW_GROUP_IDS, articleFolders, folderLabel, parseReviewFilter, reviewGroupLabel, type ReviewFilter, type ReviewGroupId,
} from '../view';
import { CommandId } from './commandIds';
import { registerCommand } from './commands';
import type { Notifier } from './notify';
import type { ReviewTreeProvider } from './reviewTree';
import type { WorkspaceIndex } from './workspaceIndex';

/** The sample the walkthrough opens; shipped in the package (see .vscodeignore). */
const SAMPLE_ARTICLE = 'indonesia-australia-trade-pact.md';

/** The Review view's commands (show, filter, clear, refresh) and the walkthrough's Open Sample. */
export function registerReviewCommands(review: ReviewTreeProvider, index: WorkspaceIndex, extensionUri: vscode.Uri, log: ILogger, notifier: Notifier): vscode.Disposable {
  return vscode.Disposable.from(
    registerCommand(CommandId.ShowReview, () => vscode.commands.executeCommand('policyLens.review.focus'), log, notifier),
    registerCommand(CommandId.FilterReview, async (arg) => {
      const filter = parseReviewFilter(arg) ?? (await pickFilter(review.filter, index));
      if (filter) review.setFilter(filter);
    }, log, notifier),
    registerCommand(CommandId.ClearReviewFilter, () => review.setFilter({}), log, notifier),
    registerCommand(CommandId.RefreshReview, () => index.rebuild(), log, notifier),
    registerCommand(CommandId.OpenSample, () => openSample(extensionUri), log, notifier),
  );
}

type FilterItem = vscode.QuickPickItem & { group?: ReviewGroupId; folder?: string };

/** One pick list of statuses and folders; none picked of a kind means all of it. */
async function pickFilter(current: ReviewFilter, index: WorkspaceIndex): Promise<ReviewFilter | undefined> {
  const items: FilterItem[] = [
    { label: vscode.l10n.t('Status'), kind: vscode.QuickPickItemKind.Separator },
    ...REVIEW_GROUP_IDS.map((group) => ({ label: reviewGroupLabel(group, vscode.l10n), group, picked: current.groups?.includes(group) ?? false })),
    { label: vscode.l10n.t('Folder'), kind: vscode.QuickPickItemKind.Separator },
    ...articleFolders(index.articles()).map((folder) => ({ label: folderLabel(folder, vscode.l10n), folder, picked: current.folders?.includes(folder) ?? false })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Filter the Review view'),
    placeHolder: vscode.l10n.t('Statuses and folders to show; pick none of a kind to show all of it'),
  });
  if (!picked) return undefined;
  return parseReviewFilter({
    groups: picked.flatMap((p) => (p.group ? [p.group] : [])),
    folders: picked.flatMap((p) => (p.folder !== undefined ? [p.folder] : [])),
  });
}

/**
 * Opens a sample article: the workspace's own samples/ folder if it has one, else a copy of the
 * bundled sample saved where the user picks (decisions are written next to the article).
 */
async function openSample(extensionUri: vscode.Uri): Promise<void> {
  const inWorkspace = (await vscode.workspace.findFiles('samples/*.md', EXCLUDE_GLOB, 20)).filter((u) => !/\/README\.md$/i.test(u.path));
  inWorkspace.sort((a, b) => (a.path < b.path ? -1 : 1));
  if (inWorkspace.length > 0) {
    await vscode.window.showTextDocument(inWorkspace.find((u) => u.path.endsWith(`/${SAMPLE_ARTICLE}`)) ?? inWorkspace[0]);
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Save the sample article (its decisions are saved next to it)'),
    defaultUri: folder && vscode.Uri.joinPath(folder, SAMPLE_ARTICLE),
    filters: { Markdown: ['md'] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'samples', SAMPLE_ARTICLE)));
  await vscode.window.showTextDocument(target);
}
