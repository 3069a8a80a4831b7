import * as vscode from 'vscode';
import { describeDate, describeFigure } from '../core/describe';
import { figureStatus } from '../core/sidecar';
import type { ILogger, MentionKind } from '../core/types';
import { isUnverifiedFigure, isVisible, mentionAt, mentionOf, refOf, type MentionLink, type NodeRef, type ViewMention } from '../view';
import type { ArticleCache } from './articleCache';
import type { ArticleTreeProvider } from './articleTree';
import { CommandId } from './commandIds';
import { KIND_SETTING, type PolicyLensConfig } from './config';
import type { Decisions } from './decisions';
import { Disposable } from './dispose';
import type { Notifier } from './notify';
import type { SidecarStore } from './sidecarStore';
import type { Target } from './target';

/** Registers a command inside the error boundary every command runs in: it logs and tells the user. */
export function registerCommand(id: CommandId, fn: (...args: unknown[]) => unknown, log: ILogger, notifier: Notifier): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await fn(...args);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      log.error(error);
      void notifier.error(vscode.l10n.t('Policy Lens: {0}', error.message));
      return undefined;
    }
  });
}

/** Registers the commands on mentions, marks and the Article view; each runs inside registerCommand's boundary. */
export class CommandController extends Disposable {
  constructor(
    private readonly cache: ArticleCache,
    private readonly store: SidecarStore,
    private readonly tree: ArticleTreeProvider,
    private readonly decisions: Decisions,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
    private readonly notifier: Notifier,
  ) {
    super();
    const reg = (id: CommandId, fn: (...args: unknown[]) => unknown) => this.register(registerCommand(id, fn, log, notifier));
    // Menus and keybindings use `editorLangId in policyLens.languages`.
    const languagesContext = () => void vscode.commands.executeCommand('setContext', 'policyLens.languages', config().languages);
    languagesContext();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.languages')) languagesContext();
    }));
    reg(CommandId.ToggleMarks, () => this.#toggle('decorations.enabled'));
    reg(CommandId.ToggleActors, () => this.#toggle(KIND_SETTING.actor));
    reg(CommandId.ToggleFigures, () => this.#toggle(KIND_SETTING.figure));
    reg(CommandId.ToggleDates, () => this.#toggle(KIND_SETTING.date));
    reg(CommandId.ShowView, () => vscode.commands.executeCommand('policyLens.article.focus'));
    reg(CommandId.Reveal, (arg) => {
      const ref = refOf(arg);
      return ref?.kind === 'mention' ? this.#reveal(ref) : undefined;
    });
    reg(CommandId.NextMention, (kind) => this.#step(1, (m) => !kind || m.kind === kind));
    reg(CommandId.PreviousMention, (kind) => this.#step(-1, (m) => !kind || m.kind === kind));
    reg(CommandId.NextUnverifiedFigure, () => this.#step(1, isUnverifiedFigure));
    reg(CommandId.PreviousUnverifiedFigure, () => this.#step(-1, isUnverifiedFigure));
    reg(CommandId.OpenSidecar, () => this.#openSidecar());
    reg(CommandId.Reextract, () => this.#reextract());
    reg(CommandId.CopyCitation, (arg) => this.#copyCitation(arg));
    reg(CommandId.ShowAllMentions, (arg) => this.#showAll(arg));
    reg(CommandId.UndoLastDecision, async () => {
      const step = await this.store.undo(vscode.window.activeTextEditor?.document.uri);
      if (!step) void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: no decision to undo.'));
    });

    reg(CommandId.ConfirmMention, (arg) => this.#withMention(arg, (t) => this.decisions.decide(t, 'confirmed')));
    reg(CommandId.RejectMention, (arg) => this.#withMention(arg, (t) => this.decisions.decide(t, 'rejected')));
    reg(CommandId.ConfirmAllIdentical, (arg) => this.#withMention(arg, (t) => this.decisions.decideAllIdentical(t, 'confirmed')));
    reg(CommandId.RejectAllIdentical, (arg) => this.#withMention(arg, (t) => this.decisions.decideAllIdentical(t, 'rejected')));
    reg(CommandId.AddNote, (arg, note) => this.#withMention(arg, (t) => this.decisions.addNote(t, note as string | undefined)));
    reg(CommandId.EditMention, (arg) => this.#withMention(arg, (t) => this.decisions.editMeaning(t)));
    reg(CommandId.SetFigureStatus, (arg, status, source) => this.#withMention(arg, (t) => this.decisions.setFigureStatus(t, status as string | undefined, source as string | undefined)));
    reg(CommandId.VerifyFigure, (arg, source) => this.#withMention(arg, (t) => this.decisions.setFigureStatus(t, 'verified', source as string | undefined)));
    reg(CommandId.DisputeFigure, (arg, source) => this.#withMention(arg, (t) => this.decisions.setFigureStatus(t, 'disputed', source as string | undefined)));
    reg(CommandId.AddFigureSource, (arg, source) => this.#withMention(arg, (t) => this.decisions.addSource(t, source as string | undefined)));
    reg(CommandId.RenameEntity, (arg, name) => this.#withMention(arg, (t) => this.decisions.renameEntity(t, name as string | undefined)));
    reg(CommandId.EditSpan, (arg) => this.#withMention(arg, (t) => this.decisions.editSpan(t)));
    reg(CommandId.AnnotateActor, (type, canonical) => this.#annotate('actor', type as string | undefined, canonical as string | undefined));
    reg(CommandId.AnnotateFigure, (type, value) => this.#annotate('figure', type as string | undefined, value as string | undefined));
    reg(CommandId.AnnotateDate, (type, normalized) => this.#annotate('date', type as string | undefined, normalized as string | undefined));
    reg(CommandId.ReattachOrphan, (arg) => this.#reattach(arg));
  }

  async #toggle(key: string): Promise<void> {
    const c = vscode.workspace.getConfiguration('policyLens', vscode.window.activeTextEditor?.document.uri);
    const current = c.get<boolean>(key, true);
    const inspect = c.inspect<boolean>(key);
    // Flip the value where it is set, so a workspace setting is not shadowed by a user one.
    const target = inspect?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await c.update(key, !current, target);
  }

  /**
   * Resolves the article and mention a command is about: what a tree node or hover link refers
   * to, else the active editor and its cursor.
   */
  async target(ref: NodeRef | undefined): Promise<Target | undefined> {
    let doc: vscode.TextDocument | undefined;
    let editor: vscode.TextEditor | undefined;
    if (ref) {
      // Hover cards and the Article view point at open articles; the Review view also at closed
      // ones in the workspace, which are opened (not shown) so the decision meets their current text.
      doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ref.uri) ?? (await openWorkspaceArticle(ref.uri));
      editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    } else {
      editor = vscode.window.activeTextEditor;
      doc = editor?.document;
    }
    if (!doc || !this.cache.isArticle(doc)) return undefined;
    let snapshot = this.cache.get(doc.uri);
    if (!snapshot || snapshot.version !== doc.version) snapshot = await this.cache.analyse(doc);
    if (!snapshot) return undefined;
    let mention: ViewMention | undefined;
    if (ref) mention = mentionOf(ref, snapshot);
    else if (editor) mention = mentionAt(snapshot, doc.offsetAt(editor.selection.active));
    return { editor, doc, snapshot, mention };
  }

  async #withMention(arg: unknown, fn: (t: Target & { mention: ViewMention }) => Promise<unknown>): Promise<void> {
    const t = await this.target(refOf(arg));
    if (!t?.mention) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: put the cursor on a marked mention first.'));
      return;
    }
    await fn(t as Target & { mention: ViewMention });
  }

  async #annotate(kind: MentionKind, type?: string, meaning?: string): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty || !this.cache.isArticle(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: select the text to annotate in an article first.'));
      return;
    }
    const t = await this.target(undefined);
    if (!t) return;
    const start = editor.document.offsetAt(editor.selection.start);
    const end = editor.document.offsetAt(editor.selection.end);
    await this.decisions.annotate(t, kind, start, end, type, meaning);
  }

  async #reattach(arg: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const t = await this.target(undefined);
    if (!editor || !t || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: select the text the orphaned annotation belongs to, then re-attach it.'));
      return;
    }
    const ref = refOf(arg);
    let id = ref?.kind === 'orphan' ? ref.annotationId : undefined;
    if (!id) {
      const pick = await vscode.window.showQuickPick(t.snapshot.orphans.map((o) => ({ label: o.quote.exact, description: `${o.kind} · ${o.decision}`, id: o.id })), { placeHolder: vscode.l10n.t('Orphaned annotation to re-attach') });
      id = pick?.id;
    }
    if (!id) return;
    await this.decisions.reattach(t, id, editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end));
  }

  async #reveal(ref: MentionLink): Promise<void> {
    const uri = vscode.Uri.parse(ref.uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const range = new vscode.Range(doc.positionAt(ref.start), doc.positionAt(ref.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async #step(direction: 1 | -1, match: (m: ViewMention) => boolean): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const t = await this.target(undefined);
    if (!t) return;
    const here = editor.document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
    const candidates = t.snapshot.mentions.filter((m) => isVisible(m) && match(m));
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: no such mention in this article.'));
      return;
    }
    // Wrap around at either end, like "Go to Next Problem".
    const next = direction === 1
      ? candidates.find((m) => m.start >= here && !(m.start === editor.document.offsetAt(editor.selection.start) && m.end === here)) ?? candidates[0]
      : [...candidates].reverse().find((m) => m.end <= here) ?? candidates[candidates.length - 1];
    await this.#reveal({ uri: editor.document.uri.toString(), start: next.start, end: next.end });
    const node = this.tree.findMention(editor.document.uri, next.start, next.end);
    if (node && this.tree.view.visible) {
      this.tree.showRowOf(node); // a row on a later page of a long list
      await this.tree.view.reveal(node, { select: true, focus: false });
    }
  }

  async #openSidecar(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const uri = this.store.sidecarUri(editor.document.uri);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: {0} has no annotations file yet; it is created with the first decision.', editor.document.uri.path.split('/').pop() ?? ''));
      return;
    }
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside });
  }

  async #reextract(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc) await this.cache.analyse(doc);
  }

  async #copyCitation(arg: unknown): Promise<void> {
    const ref = refOf(arg);
    const t = await this.target(ref);
    const orphan = ref?.kind === 'orphan' ? t?.snapshot.orphans.find((o) => o.id === ref.annotationId) : undefined;
    if (!t || (!t.mention && !orphan)) return;
    const file = vscode.workspace.asRelativePath(t.doc.uri);
    let citation: string;
    if (t.mention) {
      const m = t.mention;
      const line = t.doc.positionAt(m.start).line + 1;
      const meaning = m.kind === 'actor' ? `${m.type}: ${m.canonical}${m.role ? `, ${m.role}` : ''}`
        : m.kind === 'figure' ? `${m.type}: ${describeFigure(m.value, m.unit)}, ${figureStatus(m)}${m.source ? `; source: ${m.source}` : ''}`
        : `${m.type}: ${describeDate(m.normalized)}`;
      citation = `“${m.text}” — ${file}:${line} (${meaning})`;
    } else {
      citation = `“${orphan!.quote.exact}” — ${file} (orphaned ${orphan!.kind} annotation ${orphan!.id})`;
    }
    await vscode.env.clipboard.writeText(citation);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', citation), 3000);
  }

  async #showAll(arg: unknown): Promise<void> {
    const ref = refOf(arg);
    const t = await this.target(ref);
    const canonical = ref?.kind === 'entity' ? ref.canonical : t?.mention?.kind === 'actor' ? t.mention.canonical : undefined;
    const snapshot = t?.snapshot ?? this.tree.snapshot;
    if (!snapshot || !canonical) return;
    const doc = t?.doc ?? (await vscode.workspace.openTextDocument(snapshot.uri));
    const locations = snapshot.mentions
      .filter((m) => m.kind === 'actor' && m.canonical === canonical && isVisible(m))
      .map((m) => new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))));
    if (locations.length === 0) return;
    await vscode.commands.executeCommand('editor.action.showReferences', doc.uri, locations[0].range.start, locations);
  }
}

/** A workspace file a reference names, opened without showing it; undefined for anything else. */
async function openWorkspaceArticle(uri: string): Promise<vscode.TextDocument | undefined> {
  const parsed = vscode.Uri.parse(uri);
  if (!vscode.workspace.getWorkspaceFolder(parsed)) return undefined;
  return vscode.workspace.openTextDocument(parsed);
}
