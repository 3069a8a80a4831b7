import * as vscode from 'vscode';
import { describeDate, describeFigure } from '../core/describe';
import { unresolvedDateReason } from '../core/extract';
import { classifySource, describeCheck } from '../core/review';
import { figureStatus } from '../core/sidecar';
import { TYPE_ICON, isVisible, mentionAt, type MentionLink, type ViewMention } from '../view';
import type { ArticleCache } from './articleCache';
import type { PolicyLensConfig } from './config';
import { CommandId } from './commandIds';
import { Disposable } from './dispose';
import type { ArticleSnapshot } from './snapshot';
import type { WorkspaceIndex } from './workspaceIndex';
import type { EntityRegistries } from './entityRegistry';
import { wikidataUrl, type RegistryEntity } from '../core/registry';

/** Commands a hover may run; nothing else is enabled in its links. */
const HOVER_COMMANDS: string[] = [
  CommandId.ConfirmMention, CommandId.RejectMention, CommandId.EditMention, CommandId.AddNote,
  CommandId.VerifyFigure, CommandId.DisputeFigure, CommandId.ShowAllMentions, CommandId.OpenSource,
];

/** Arguments of the open-source link: a workspace file named by a figure's source. */
export interface SourceLink {
  article: string;
  path: string;
  line?: number;
}

/** A source as the hover shows it: a web link, a link that opens a workspace file, or plain words. */
function sourceMarkdown(article: string, source: string): string {
  const ref = classifySource(source);
  if (ref.kind === 'url') return `[${escapeMarkdown(ref.url)}](${ref.url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
  if (ref.kind === 'path') {
    const args: SourceLink = { article, path: ref.path, ...(ref.line ? { line: ref.line } : {}) };
    return `[${escapeMarkdown(source)}](command:${CommandId.OpenSource}?${encodeURIComponent(JSON.stringify([args]))} "${vscode.l10n.t('Open the source')}")`;
  }
  return escapeMarkdown(ref.text);
}

/** Escapes text from articles and sidecars so it is shown, never interpreted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function link(label: string, command: CommandId, ref: MentionLink, tooltip: string): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([ref]))} "${tooltip}")`;
}

/** Builds the card's Markdown; exported so tests can read the same text the editor shows. */
export function hoverMarkdown(snapshot: ArticleSnapshot, m: ViewMention, workspaceCount?: number, entity?: RegistryEntity): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  const state = m.decision ?? 'detected';
  md.appendMarkdown(`$(${TYPE_ICON[m.type] ?? 'tag'}) **${m.kind}** · ${m.type} · _${state}_${m.origin === 'manual' ? ' · added by hand' : ''}\n\n`);
  if (m.kind === 'actor') {
    const same = snapshot.mentions.filter((o) => o.kind === 'actor' && o.canonical === m.canonical && isVisible(o));
    const aliases = [...new Set(same.map((o) => o.text))].filter((t) => t !== m.canonical);
    md.appendMarkdown(`### ${escapeMarkdown(m.canonical)}\n\n`);
    if (m.role) md.appendMarkdown(`${vscode.l10n.t('Role: {0}', escapeMarkdown(m.role))}  \n`);
    if (aliases.length) md.appendMarkdown(`${vscode.l10n.t('Seen as: {0}', aliases.map(escapeMarkdown).join(', '))}  \n`);
    md.appendMarkdown(vscode.l10n.t('Mentions: {0} in this article', same.length));
    if (workspaceCount !== undefined) md.appendMarkdown(` · ${vscode.l10n.t('{0} in the workspace', workspaceCount)}`);
    md.appendMarkdown('\n\n');
    if (entity) md.appendMarkdown(registryMarkdown(entity));
  } else if (m.kind === 'figure') {
    md.appendMarkdown(`### ${escapeMarkdown(describeFigure(m.value, m.unit))}${m.approx ? ` ${vscode.l10n.t('(approximate)')}` : ''}\n\n`);
    md.appendMarkdown(`${vscode.l10n.t('Status: {0}', `**${escapeMarkdown(describeCheck({ status: figureStatus(m), checkedBy: m.checkedBy, checkedAt: m.checkedAt }))}**`)}  \n`);
    if (m.source) md.appendMarkdown(`${vscode.l10n.t('Source: {0}', sourceMarkdown(snapshot.uri.toString(), m.source))}  \n`);
  } else {
    md.appendMarkdown(`### ${escapeMarkdown(describeDate(m.normalized))}\n\n`);
    md.appendMarkdown(vscode.l10n.t('Normalised: {0}', escapeMarkdown(m.normalized ?? 'null')));
    if (snapshot.referenceDate) md.appendMarkdown(` · ${vscode.l10n.t('against {0}', escapeMarkdown(snapshot.referenceDate))}`);
    md.appendMarkdown('\n\n');
    // An unresolved date says why (an impossible day, an unknown day-month order).
    const why = m.normalized === null ? unresolvedDateReason(m.text) : null;
    if (why) md.appendMarkdown(`$(info) ${escapeMarkdown(why)}\n\n`);
  }
  if (m.note) md.appendMarkdown(`$(note) ${escapeMarkdown(m.note)}\n\n`);
  const ref: MentionLink = { uri: snapshot.uri.toString(), start: m.start, end: m.end };
  const actions = [
    link(`$(check) ${vscode.l10n.t('Confirm')}`, CommandId.ConfirmMention, ref, vscode.l10n.t('Confirm this mention')),
    link(`$(close) ${vscode.l10n.t('Reject')}`, CommandId.RejectMention, ref, vscode.l10n.t('Reject this mention')),
    link(`$(edit) ${vscode.l10n.t('Edit')}`, CommandId.EditMention, ref, vscode.l10n.t('Edit its meaning')),
    link(`$(note) ${vscode.l10n.t('Note')}`, CommandId.AddNote, ref, vscode.l10n.t('Add a note')),
  ];
  if (m.kind === 'figure') {
    actions.push(link(`$(verified) ${vscode.l10n.t('Verify')}`, CommandId.VerifyFigure, ref, vscode.l10n.t('Mark the figure verified')));
    actions.push(link(`$(warning) ${vscode.l10n.t('Dispute')}`, CommandId.DisputeFigure, ref, vscode.l10n.t('Mark the figure disputed')));
  }
  if (m.kind === 'actor') actions.push(link(`$(references) ${vscode.l10n.t('All mentions')}`, CommandId.ShowAllMentions, ref, vscode.l10n.t('Show every mention of this actor')));
  md.appendMarkdown(actions.join(' · '));
  return md;
}

/** What the team's entity registry says about the actor: its QID as a Wikidata link (validated, so safe in a link), role and note. */
function registryMarkdown(e: RegistryEntity): string {
  const url = wikidataUrl(e.qid);
  const parts = [`$(book) ${vscode.l10n.t('In the entity registry')}${url ? ` · [${e.qid}](${url})` : ''}`];
  if (e.role) parts.push(vscode.l10n.t('Registry role: {0}', escapeMarkdown(e.role)));
  if (e.note) parts.push(escapeMarkdown(e.note));
  return `${parts.join('  \n')}\n\n`;
}

/** Hover cards computed lazily from the cache (not attached to decorations). */
export class MentionHoverProvider extends Disposable implements vscode.HoverProvider {
  #registration: vscode.Disposable | undefined;

  constructor(
    private readonly cache: ArticleCache,
    private readonly index: WorkspaceIndex,
    private readonly config: () => PolicyLensConfig,
    private readonly registries?: EntityRegistries,
  ) {
    super();
    this.#registerFor(config().languages);
    this.register(new vscode.Disposable(() => this.#registration?.dispose()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.languages')) this.#registerFor(this.config().languages);
    }));
  }

  #registerFor(languages: string[]): void {
    this.#registration?.dispose();
    this.#registration = vscode.languages.registerHoverProvider(languages.map((language) => ({ language })), this);
  }

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const snapshot = this.cache.get(doc.uri);
    if (!snapshot || snapshot.version !== doc.version) return undefined;
    const m = mentionAt(snapshot, doc.offsetAt(position));
    if (!m || !isVisible(m)) return undefined;
    const workspaceCount = m.kind === 'actor' ? await this.index.countMentions(m.canonical, token) : undefined;
    if (token.isCancellationRequested) return undefined;
    const entity = m.kind === 'actor' ? this.registries?.entityFor(doc.uri, m.canonical) : undefined;
    return new vscode.Hover(hoverMarkdown(snapshot, m, workspaceCount, entity), new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
  }
}
