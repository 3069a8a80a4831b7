import * as vscode from 'vscode';
import type { ILogger } from '../core/types';
import { DECISION_STATES, MENTION_KINDS, MENTION_TYPES, articleFolders, folderLabel, parseWorkspaceFilter, type WorkspaceFilter } from '../view';
import { CommandId } from './commandIds';
import { registerCommand } from './commands';
import type { Notifier } from './notify';
import type { WorkspaceIndex } from './workspaceIndex';
import type { WorkspaceTreeProvider } from './workspaceTree';

/** The Workspace view's commands: show, filter, clear the filter, refresh. */
export function registerWorkspaceCommands(tree: WorkspaceTreeProvider, index: WorkspaceIndex, log: ILogger, notifier: Notifier): vscode.Disposable {
  return vscode.Disposable.from(
    registerCommand(CommandId.ShowWorkspace, () => vscode.commands.executeCommand('policyLens.workspace.focus'), log, notifier),
    registerCommand(CommandId.FilterWorkspace, async (arg) => {
      const filter = parseWorkspaceFilter(arg) ?? (await pickFilter(tree.filter, index));
      if (filter) tree.setFilter(filter);
    }, log, notifier),
    registerCommand(CommandId.ClearWorkspaceFilter, () => tree.setFilter({}), log, notifier),
    registerCommand(CommandId.RefreshWorkspace, () => index.rebuild(), log, notifier),
  );
}

type FilterItem = vscode.QuickPickItem & { field?: 'kinds' | 'types' | 'decisions' | 'folders'; value?: string };

/** One pick list of kinds, types, decisions and folders; none picked of a field means all of it. */
async function pickFilter(current: WorkspaceFilter, index: WorkspaceIndex): Promise<WorkspaceFilter | undefined> {
  const option = (field: NonNullable<FilterItem['field']>, value: string, label = value): FilterItem => ({
    label, field, value, picked: (current[field] as readonly string[] | undefined)?.includes(value) ?? false,
  });
  const items: FilterItem[] = [
    { label: vscode.l10n.t('Kind'), kind: vscode.QuickPickItemKind.Separator },
    ...MENTION_KINDS.map((k) => option('kinds', k)),
    { label: vscode.l10n.t('Type'), kind: vscode.QuickPickItemKind.Separator },
    ...MENTION_KINDS.flatMap((k) => MENTION_TYPES[k].map((t) => option('types', t))),
    { label: vscode.l10n.t('Decision'), kind: vscode.QuickPickItemKind.Separator },
    ...DECISION_STATES.map((d) => option('decisions', d, d === 'none' ? vscode.l10n.t('undecided') : d)),
    { label: vscode.l10n.t('Folder'), kind: vscode.QuickPickItemKind.Separator },
    ...articleFolders(index.articles()).map((f) => option('folders', f, folderLabel(f, vscode.l10n))),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Filter the Workspace view'),
    placeHolder: vscode.l10n.t('Kinds, types, decisions and folders to show; pick none of a field to show all of it'),
  });
  if (!picked) return undefined;
  const of = (field: FilterItem['field']) => picked.flatMap((p) => (p.field === field && p.value !== undefined ? [p.value] : []));
  return parseWorkspaceFilter({ kinds: of('kinds'), types: of('types'), decisions: of('decisions'), folders: of('folders') }) ?? {};
}
