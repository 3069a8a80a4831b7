// The file-system events the workspace index follows: articles, and sidecars (as their articles),
// created, changed or deleted; the sidecar watcher follows policyLens.sidecar.pattern.
import * as vscode from 'vscode';
import { ARTICLE_GLOB, articleNameOfSidecar } from '../core/corpus';
import { sidecarGlob } from '../core/sidecar';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';
import { fileName } from './sidecarFiles';

export class IndexWatchers extends Disposable {
  #sidecars: vscode.FileSystemWatcher | undefined;

  constructor(
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    /** The articles the index knows (Uri strings): a sidecar's article is found among its folder's. */
    private readonly known: () => Iterable<string>,
    private readonly changed: (article: vscode.Uri) => void,
  ) {
    super();
    const articles = this.register(vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB));
    this.register(articles.onDidCreate(changed));
    this.register(articles.onDidChange(changed));
    this.register(articles.onDidDelete(changed));
    this.#watchSidecars();
    this.register(new vscode.Disposable(() => this.#sidecars?.dispose()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.sidecar.pattern')) this.#watchSidecars();
    }));
  }

  #watchSidecars(): void {
    this.#sidecars?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${sidecarGlob(this.config().sidecarPattern)}`);
    const changed = (sidecar: vscode.Uri) => {
      const article = this.#articleOfSidecar(sidecar);
      if (article) this.changed(article);
    };
    watcher.onDidCreate(changed);
    watcher.onDidChange(changed);
    watcher.onDidDelete(changed);
    this.#sidecars = watcher;
  }

  #articleOfSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.Uri.joinPath(sidecar, '..');
    const prefix = `${folder.toString()}/`;
    const siblings = [...this.known()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length));
    const name = articleNameOfSidecar(this.config(sidecar).sidecarPattern, fileName(sidecar), siblings.map(decodeURIComponent));
    return name === undefined ? undefined : vscode.Uri.joinPath(folder, name);
  }
}
