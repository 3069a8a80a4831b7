import { promises as fs, constants as fsConstants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';

/**
 * The file operations the sidecar store needs, as a port: the real ones below, or (in fault tests)
 * ones that fail on purpose.
 */
export interface FileOps {
  /** The bytes of a file; throws vscode.FileSystemError FileNotFound when there is none. */
  read(uri: vscode.Uri): Promise<Uint8Array>;
  /**
   * Replaces the file's content atomically (readers see the old or the new text, never half), if
   * the file still holds `expected` (undefined: no file); else throws SidecarChangedError.
   */
  replace(uri: vscode.Uri, data: Uint8Array, expected: string | undefined): Promise<void>;
  delete(uri: vscode.Uri): Promise<void>;
}

/** Thrown when the sidecar is read-only: the person made it so, Policy Lens does not override it. */
/** Whether a `workspace.fs` error says the file (or a folder on its path) is not there. */
export function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound');
}

export class ReadOnlyFileError extends Error {}

/** The file changed on disk after it was read for this step: read it again and redo the step. */
export class SidecarChangedError extends Error {}

/** The text a file holds now; undefined when there is none; a marker when it is not UTF-8. */
function decodeOrMarker(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return '\u0000not UTF-8';
  }
}

async function localText(path: string): Promise<string | undefined> {
  try {
    return decodeOrMarker(await fs.readFile(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

const LOCK_STALE_MS = 10_000;

/**
 * Runs `step` holding `<target>.lock` (created exclusively), so two windows never interleave
 * their check-and-replace of one sidecar. A lock older than 10 s is taken as left by a crash.
 */
async function withLock<T>(target: string, step: () => Promise<T>): Promise<T> {
  const lock = join(dirname(target), `.${basename(target)}.lock`);
  for (let attempt = 0; ; attempt++) {
    try {
      await (await fs.open(lock, 'wx')).close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = await fs.stat(lock).then((st) => Date.now() - st.mtimeMs, () => 0);
      if (age > LOCK_STALE_MS) { await fs.rm(lock, { force: true }); continue; }
      if (attempt > 100) throw new Error(vscode.l10n.t('{0} is locked by another window', basename(target)));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  try {
    return await step();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

const RETRIES = [50, 200, 800];

function isTransient(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'EPERM' || code === 'EBUSY' || code === 'EACCES' || code === 'EAGAIN';
}

function tempSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
}

/** A temporary file beside the target (same folder, so the rename stays on one file system). */
function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${tempSuffix()}`);
}

/**
 * For `file:` sidecars: Node's rename replaces the target atomically (a `workspace.fs` rename with
 * overwrite deletes the target first, so a failed move loses it). Writes go through a symbolic
 * link to the file it points at, keep the file's mode, keep a hard-linked file's other names
 * (written in place), refuse a read-only file, retry a rename a lock got in the way of, and never
 * delete the temporary file after a failed rename (its path is in the error).
 */
async function replaceLocal(path: string, data: Uint8Array, expected: string | undefined): Promise<void> {
  const target = await fs.realpath(path).catch(() => path);
  await withLock(target, async () => {
    if ((await localText(target)) !== expected) throw new SidecarChangedError(vscode.l10n.t('{0} changed on disk meanwhile', basename(path)));
    await replaceUnlocked(target, data);
  });
}

async function replaceUnlocked(target: string, data: Uint8Array): Promise<void> {
  let mode: number | undefined;
  try {
    const st = await fs.stat(target);
    if ((st.mode & 0o222) === 0) throw new ReadOnlyFileError(vscode.l10n.t('{0} is read-only; Policy Lens does not change it.', basename(target)));
    mode = st.mode & 0o7777;
    if (st.nlink > 1) {
      // Renaming over a hard link would split it from its other names: write in place.
      await fs.access(target, fsConstants.W_OK);
      await fs.writeFile(target, data);
      return;
    }
  } catch (err) {
    if (err instanceof ReadOnlyFileError || (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const tmp = tempPath(target);
  await fs.writeFile(tmp, data, mode !== undefined ? { mode } : {});
  if (mode !== undefined) await fs.chmod(tmp, mode);
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(tmp, target);
      return;
    } catch (err) {
      if (attempt < RETRIES.length && isTransient(err)) {
        await new Promise((resolve) => setTimeout(resolve, RETRIES[attempt]));
        continue;
      }
      throw new Error(vscode.l10n.t('could not replace {0} ({1}); the new text is kept in {2}', target, (err as Error).message, tmp));
    }
  }
}

/** The real file operations: Node's for local files, `workspace.fs` for every other scheme. */
export const workspaceFileOps: FileOps = {
  read: async (uri) => vscode.workspace.fs.readFile(uri),
  async replace(uri, data, expected) {
    if (uri.scheme === 'file') return replaceLocal(uri.fsPath, data, expected);
    // Other file systems: the same check, without a lock.
    const now = await vscode.workspace.fs.readFile(uri).then(decodeOrMarker, (err: unknown) => {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    });
    if (now !== expected) throw new SidecarChangedError(vscode.l10n.t('{0} changed on disk meanwhile', uri.path.split('/').pop() ?? ''));
    const tmp = vscode.Uri.joinPath(uri, '..', `.${uri.path.split('/').pop()}.${tempSuffix()}`);
    await vscode.workspace.fs.writeFile(tmp, data);
    try {
      await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
    } catch (err) {
      throw new Error(vscode.l10n.t('could not replace {0} ({1}); the new text is kept in {2}', uri.path, (err as Error).message, tmp.path));
    }
  },
  delete: async (uri) => vscode.workspace.fs.delete(uri),
};
