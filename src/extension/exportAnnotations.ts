// "Export Annotations…": the current article or every workspace article in one of the exchange
// formats (src/core/exchange), written through workspace.fs. Callers that know the answers (tests,
// other commands) pass them as arguments and skip the pickers and the save dialog.
import * as vscode from 'vscode';
import { ARTICLE_GLOB, EXCLUDE_GLOB, articleInputs, isArticlePath, withoutBom } from '../core/corpus';
import {
  articleRows, EXPORT_FORMATS, toBrat, toConll, toCsv, toJsonLines, toW3c, type ExchangeArticle, type ExportFormat,
} from '../core/exchange';
import { sidecarName } from '../core/sidecar';
import type { ILogger } from '../core/types';
import { CommandId } from './commandIds';
import { registerCommand } from './commands';
import { readConfig } from './config';
import type { EntityRegistries } from './entityRegistry';
import type { Notifier } from './notify';
import type { IndexExtractor } from './articleReader';

export interface ExportAnswers {
  format?: ExportFormat;
  /** 'article': the active editor's article (its text as shown, unsaved edits included). */
  scope?: 'article' | 'workspace';
  /** The file (csv, jsonl, w3c, conll) or folder (brat) to write. */
  target?: vscode.Uri;
}

const EXTENSION: Record<Exclude<ExportFormat, 'brat'>, string> = { csv: 'csv', jsonl: 'jsonl', w3c: 'jsonld', conll: 'conll' };

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}

function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1).replace(/\\/g, '/');
}

/** An article as the editor shows it: an open document's text (unsaved edits too), else the file. */
async function exchangeArticle(uri: vscode.Uri, registries: EntityRegistries, extractor: IndexExtractor): Promise<ExchangeArticle | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const text = open ? open.getText() : await readText(uri);
  if (text === undefined) return undefined;
  const config = readConfig(uri);
  const sidecar = vscode.Uri.joinPath(uri, '..', sidecarName(config.sidecarPattern, uri.path.slice(uri.path.lastIndexOf('/') + 1)));
  const sidecarText = await readText(sidecar);
  const registry = registries.registryFor(uri);
  const body = withoutBom(text);
  const { referenceDate } = articleInputs(body, sidecarText);
  const mentions = await extractor(body, referenceDate, registry, config.dateOrder);
  if (!mentions) throw new Error(vscode.l10n.t('The analysis of {0} was stopped; nothing was exported.', relativePath(uri)));
  return articleRows({
    article: relativePath(uri), text: body, extracted: { referenceDate, mentions },
    ...(sidecarText !== undefined ? { sidecarText } : {}),
  });
}

async function workspaceArticles(): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB);
  return found.filter((u) => {
    const c = readConfig(u);
    return isArticlePath(relativePath(u), c.languages, c.sidecarPattern);
  }).sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
}

async function pickTarget(format: ExportFormat, near: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (format === 'brat') {
    const folders = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export Here'), defaultUri: near });
    return folders?.[0];
  }
  return vscode.window.showSaveDialog({ defaultUri: near && vscode.Uri.joinPath(near, `annotations.${EXTENSION[format]}`), filters: { [format]: [EXTENSION[format]] } });
}

/** Writes the export; returns the files written. */
async function write(format: ExportFormat, articles: readonly ExchangeArticle[], target: vscode.Uri): Promise<vscode.Uri[]> {
  if (format !== 'brat') {
    const body = format === 'csv' ? toCsv(articles) : format === 'jsonl' ? toJsonLines(articles) : format === 'w3c' ? toW3c(articles) : toConll(articles);
    await vscode.workspace.fs.writeFile(target, encoder.encode(body));
    return [target];
  }
  const written: vscode.Uri[] = [];
  for (const a of articles) {
    // The article's workspace path below the folder, so two NAME.md in two folders never clash.
    const base = a.article.replace(/\.[^./]*$/, '');
    const files = toBrat(a);
    for (const [ext, text] of [['txt', files.txt], ['ann', files.ann]] as const) {
      const uri = vscode.Uri.joinPath(target, `${base}.${ext}`);
      await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
      written.push(uri);
    }
  }
  return written;
}

export function registerExportCommand(registries: EntityRegistries, extractor: IndexExtractor, log: ILogger, notifier: Notifier): vscode.Disposable {
  return registerCommand(CommandId.ExportAnnotations, async (given) => {
    const answers = (given ?? {}) as ExportAnswers;
    const format = answers.format ?? (await vscode.window.showQuickPick(
      EXPORT_FORMATS.map((f) => ({ label: f })), { title: vscode.l10n.t('Export Annotations'), placeHolder: vscode.l10n.t('Format') },
    ))?.label as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) return undefined;
    const active = vscode.window.activeTextEditor?.document.uri;
    const scope = answers.scope ?? (active ? (await vscode.window.showQuickPick(
      [{ label: vscode.l10n.t('Current article'), scope: 'article' as const }, { label: vscode.l10n.t('Whole workspace'), scope: 'workspace' as const }],
      { title: vscode.l10n.t('Export Annotations') },
    ))?.scope : 'workspace');
    if (!scope) return undefined;
    if (scope === 'article' && !active) throw new Error(vscode.l10n.t('Open an article to export it.'));
    const uris = scope === 'article' && active ? [active] : await workspaceArticles();
    await registries.whenLoaded();
    const articles: ExchangeArticle[] = [];
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Policy Lens: analysing articles to export') }, async (progress) => {
      for (const uri of uris) {
        progress.report({ message: relativePath(uri), increment: 100 / uris.length });
        const a = await exchangeArticle(uri, registries, extractor);
        if (a) articles.push(a);
      }
    });
    const target = answers.target ?? await pickTarget(format, vscode.workspace.workspaceFolders?.[0]?.uri);
    if (!target) return undefined;
    const written = await write(format, articles, target);
    log.info(`exported ${articles.length} article(s) as ${format} to ${target.toString()}`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: exported {0} article(s) as {1}.', articles.length, format));
    return written;
  }, log, notifier);
}
