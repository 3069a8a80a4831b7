import * as vscode from 'vscode';
import { compileRegistry, parseRegistry, type CompiledRegistry, type RegistryDiagnostic, type RegistryEdit, type RegistryEntity } from '../core/registry';
import type { ILogger } from '../core/types';
import type { PolicyLensConfig } from './config';
import { Disposable, disposeAll } from './dispose';
import { workspaceFileOps, type FileOps } from './fileOps';
import type { Notifier } from './notify';

interface Loaded {
  file: vscode.Uri;
  /** Undefined when there is no file or it has errors (then nothing is applied). */
  registry?: CompiledRegistry;
  /** The text last read, to skip reloads that change nothing. */
  text?: string;
}

/**
 * The team's entity registry of each workspace folder (policyLens.entityRegistry, relative to the
 * folder): loaded, compiled once, watched on disk, and re-announced when it changes so open
 * articles are re-extracted. Problems in the file go to the Problems panel; an invalid registry
 * is not applied (and said so once per change), never half-applied.
 */
export class EntityRegistries extends Disposable {
  readonly #folders = new Map<string, Loaded>();
  readonly #onDidChange = this.register(new vscode.EventEmitter<void>());
  /** Fires after a registry file was read with a new text (loaded, changed, invalid) or went away. */
  readonly onDidChange = this.#onDidChange.event;
  readonly #diagnostics = this.register(vscode.languages.createDiagnosticCollection('policy-lens-entities'));
  #watchers: vscode.Disposable[] = [];
  #ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
    private readonly notifier: Notifier,
    private readonly files: FileOps = workspaceFileOps,
  ) {
    super();
    this.register(new vscode.Disposable(() => disposeAll(this.#watchers)));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.#restart()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.entityRegistry')) this.#restart();
    }));
    this.#restart();
  }

  /** Resolves once every folder's registry has been read (after activation or a settings change). */
  whenLoaded(): Promise<void> {
    return this.#ready;
  }

  /** The compiled registry that applies to a file: its workspace folder's. */
  registryFor(uri: vscode.Uri): CompiledRegistry | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.#folders.get(folder.uri.toString())?.registry : undefined;
  }

  /** The registry entity an actor's canonical name belongs to, for the hover. */
  entityFor(uri: vscode.Uri, canonical: string): RegistryEntity | undefined {
    return this.registryFor(uri)?.entityNamed(canonical);
  }

  /** Where the registry of a file's workspace folder lives (the first folder's for files outside). */
  fileFor(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? registryFile(folder, this.config(folder.uri)) : undefined;
  }

  /**
   * Applies a text edit (core/registry edit functions) to the registry of a file's folder, creating
   * the file if missing, written atomically and only if it did not change meanwhile. Refuses when
   * the file has unsaved changes in an editor, so nothing the person typed is overwritten.
   */
  async edit(uri: vscode.Uri, edit: (text: string) => RegistryEdit): Promise<{ file: vscode.Uri; changed: boolean }> {
    const file = this.fileFor(uri);
    if (!file) throw new Error(vscode.l10n.t('open a workspace folder first: the entity registry lives at its root'));
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
    if (open?.isDirty) throw new Error(vscode.l10n.t('{0} has unsaved changes; save it first', file.path.split('/').pop() ?? ''));
    const before = await this.#read(file);
    const result = edit(before ?? '');
    if ('error' in result) throw new Error(result.error);
    if (result.changed) {
      await this.files.replace(file, new TextEncoder().encode(result.text), before);
      const folder = vscode.workspace.getWorkspaceFolder(file);
      if (folder) await this.#load(folder);
    }
    return { file, changed: result.changed };
  }

  #restart(): void {
    disposeAll(this.#watchers);
    this.#watchers = [];
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const key of [...this.#folders.keys()]) if (!folders.some((f) => f.uri.toString() === key)) this.#folders.delete(key);
    for (const folder of folders) {
      const file = registryFile(folder, this.config(folder.uri));
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, file.path.slice(folder.uri.path.length + 1)));
      const reload = (): void => void this.#loadSafely(folder);
      watcher.onDidCreate(reload);
      watcher.onDidChange(reload);
      watcher.onDidDelete(reload);
      this.#watchers.push(watcher);
    }
    this.#ready = Promise.all(folders.map((f) => this.#loadSafely(f))).then(() => undefined);
  }

  async #loadSafely(folder: vscode.WorkspaceFolder): Promise<void> {
    try {
      await this.#load(folder);
    } catch (err) {
      this.log.error(err instanceof Error ? err : new Error(String(err)));
    }
  }

  async #read(file: vscode.Uri): Promise<string | undefined> {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(await this.files.read(file));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
  }

  async #load(folder: vscode.WorkspaceFolder): Promise<void> {
    const file = registryFile(folder, this.config(folder.uri));
    const key = folder.uri.toString();
    const text = await this.#read(file);
    const had = this.#folders.get(key);
    if (had && had.file.toString() === file.toString() && had.text === text) return;
    const loaded: Loaded = { file, text };
    if (text === undefined) {
      this.#diagnostics.delete(file);
    } else {
      const parsed = parseRegistry(text);
      this.#diagnostics.set(file, parsed.diagnostics.map(toDiagnostic));
      if (parsed.ok) {
        loaded.registry = compileRegistry(parsed.registry!);
        this.log.info(`entity registry ${file.path}: ${loaded.registry.entities.length} entities, ${loaded.registry.neverCount} never strings`);
      } else {
        const first = parsed.diagnostics.find((d) => d.severity === 'error')!;
        this.log.warn(`entity registry ${file.path} not applied: line ${first.line}: ${first.message}`);
        void this.notifier.warn(vscode.l10n.t('Policy Lens: the entity registry {0} has errors and is not applied (line {1}: {2}).', file.path.split('/').pop() ?? '', first.line, first.message));
      }
    }
    this.#folders.set(key, loaded);
    // Fired on any change of the file (also invalid → gone), so listeners see every state; re-extraction is cheap.
    this.#onDidChange.fire();
  }
}

function registryFile(folder: vscode.WorkspaceFolder, config: PolicyLensConfig): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...config.entityRegistry.split('/'));
}

function toDiagnostic(d: RegistryDiagnostic): vscode.Diagnostic {
  const at = new vscode.Position(d.line - 1, d.col - 1);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at), d.message, d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = 'Policy Lens';
  diagnostic.code = d.code;
  return diagnostic;
}
