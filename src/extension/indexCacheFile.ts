import * as vscode from 'vscode';
import type { ILogger } from '../core/types';
import type { IIndexStoreFolder } from './indexStore';
import { isNotFound } from './fileOps';

/** The cache folder's name in the extension's workspace storage. */
export const INDEX_CACHE_FOLDER = 'workspace-index';
/** The single-file cache of earlier versions, removed when the folder is first listed. */
const LEGACY_CACHE_FILE = 'workspace-index.json';

/** The index cache's folder under `context.storageUri`, read and written through `workspace.fs`. */
export class VsCodeIndexCacheFolder implements IIndexStoreFolder {
  #legacyChecked = false;

  constructor(private readonly storage: vscode.Uri | undefined, private readonly log: ILogger) {}

  /** Undefined without a workspace (no storage): nothing is kept. */
  get uri(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, INDEX_CACHE_FOLDER);
  }

  get location(): string {
    return this.uri?.fsPath ?? '(no workspace storage)';
  }

  async list(): Promise<string[] | undefined> {
    const uri = this.uri;
    if (!uri) return undefined;
    await this.#removeLegacy();
    try {
      await vscode.workspace.fs.stat(uri); // a missing folder is normal (a first window); readDirectory would log it as an error
      return (await vscode.workspace.fs.readDirectory(uri)).filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  read(name: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(this.#file(name)));
  }

  async write(name: string, bytes: Uint8Array): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.uri!);
    const temp = this.#file(`${name}.tmp`);
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, this.#file(name), { overwrite: true });
  }

  async delete(name: string): Promise<void> {
    try {
      await vscode.workspace.fs.delete(this.#file(name));
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  #file(name: string): vscode.Uri {
    if (!this.uri) throw new Error('no workspace storage for the index cache');
    return vscode.Uri.joinPath(this.uri, name);
  }

  /** An earlier version's one-file cache is of no use to this one: removed once, so it does not hold disk space. */
  async #removeLegacy(): Promise<void> {
    if (this.#legacyChecked || !this.storage) return;
    this.#legacyChecked = true;
    const legacy = vscode.Uri.joinPath(this.storage, LEGACY_CACHE_FILE);
    try {
      await vscode.workspace.fs.delete(legacy);
      this.log.info(`index cache: removed the earlier one-file cache ${legacy.fsPath}`);
    } catch (err) {
      if (!isNotFound(err)) this.log.warn(`index cache: could not remove ${legacy.fsPath} (${err instanceof Error ? err.message : String(err)})`);
    }
  }
}
