import * as vscode from 'vscode';
import { ENTITY_TYPES, QID_PATTERN, addEntityToRegistry, addNeverToRegistry, normalizeName, type RegistryEntity } from '../core/registry';
import type { ActorType, ILogger } from '../core/types';
import { refOf } from '../view';
import { CommandId } from './commandIds';
import { registerCommand, type CommandController } from './commands';
import type { EntityRegistries } from './entityRegistry';
import type { Notifier } from './notify';

/** Answers to the Add prompts, passed by callers that already know them (tests, other commands). */
export interface EntityAnswers {
  name?: string;
  type?: ActorType;
  /** Comma-separated, or a list. */
  aliases?: string | string[];
  qid?: string;
}

/** The text a command is about: the mention under the cursor or tree node, else the selection. */
async function subject(commands: CommandController, arg: unknown): Promise<{ uri: vscode.Uri; text: string; type?: ActorType; canonical?: string } | undefined> {
  const t = await commands.target(refOf(arg));
  if (!t) return undefined;
  if (t.mention) {
    const m = t.mention;
    return m.kind === 'actor' ? { uri: t.doc.uri, text: m.text, type: m.type, canonical: m.canonical } : { uri: t.doc.uri, text: m.text };
  }
  const sel = t.editor?.selection;
  if (sel && !sel.isEmpty) return { uri: t.doc.uri, text: t.doc.getText(sel) };
  return undefined;
}

function splitList(x: string | string[] | undefined): string[] {
  const list = Array.isArray(x) ? x : (x ?? '').split(',');
  return [...new Set(list.map(normalizeName).filter(Boolean))];
}

/** "Add to Entity Registry" and "Never Mark This Text": edits of the workspace's registry file. */
export function registerRegistryCommands(commands: CommandController, registries: EntityRegistries, log: ILogger, notifier: Notifier): vscode.Disposable {
  const nothing = (): void => void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: put the cursor on a mention or select text in an article first.'));
  const add = registerCommand(CommandId.AddToEntityRegistry, async (arg, given) => {
    const s = await subject(commands, arg);
    if (!s) return nothing();
    const answers = (given ?? {}) as EntityAnswers;
    const name = answers.name ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Add to Entity Registry'), prompt: vscode.l10n.t('Canonical name'), value: s.canonical ?? normalizeName(s.text),
      validateInput: (v) => (normalizeName(v) ? undefined : vscode.l10n.t('A name is required')),
    });
    if (name === undefined || !normalizeName(name)) return;
    const type = answers.type ?? (await vscode.window.showQuickPick(
      ENTITY_TYPES.map((t) => ({ label: t, picked: t === s.type })),
      { title: vscode.l10n.t('Add to Entity Registry'), placeHolder: vscode.l10n.t('Type of {0}', name) },
    ))?.label as ActorType | undefined;
    if (!type || !ENTITY_TYPES.includes(type)) return;
    const canonical = normalizeName(name);
    const defaultAliases = [s.text, s.canonical].map((x) => (x ? normalizeName(x) : '')).filter((x) => x && x !== canonical);
    const aliases = answers.aliases ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Add to Entity Registry'), prompt: vscode.l10n.t('Aliases, comma-separated (optional)'), value: [...new Set(defaultAliases)].join(', '),
    });
    if (aliases === undefined) return;
    const qid = answers.qid ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Add to Entity Registry'), prompt: vscode.l10n.t('Wikidata QID such as Q1065 (optional)'),
      validateInput: (v) => (!v.trim() || QID_PATTERN.test(v.trim()) ? undefined : vscode.l10n.t('A QID is Q followed by digits')),
    });
    if (qid === undefined) return;
    if (qid.trim() && !QID_PATTERN.test(qid.trim())) throw new Error(vscode.l10n.t('{0} is not a Wikidata QID (Q followed by digits)', qid));
    const entity: RegistryEntity = { name: canonical, type, aliases: splitList(aliases).filter((a) => a !== canonical), metonyms: [] };
    if (qid.trim()) entity.qid = qid.trim();
    const { file, changed } = await registries.edit(s.uri, (text) => addEntityToRegistry(text, entity));
    log.info(`entity registry ${file.path}: ${changed ? 'added' : 'already had'} ${canonical}`);
    if (!changed) void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: the entity registry already has {0} with these names.', canonical));
  }, log, notifier);
  const never = registerCommand(CommandId.NeverMarkText, async (arg) => {
    const s = await subject(commands, arg);
    if (!s) return nothing();
    const { file, changed } = await registries.edit(s.uri, (text) => addNeverToRegistry(text, s.text));
    log.info(`entity registry ${file.path}: ${changed ? 'added' : 'already had'} a never entry`);
  }, log, notifier);
  return vscode.Disposable.from(add, never);
}
