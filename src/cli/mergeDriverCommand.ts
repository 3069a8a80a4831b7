// `policy-lens merge-driver %O %A %B [%P]`: git's custom merge driver for sidecars. Merges the two
// branches' sidecars by annotation id (core/sidecar mergeForGit) and writes the result over %A.
// Exit 0: merged cleanly. Exit 1: merged, but both branches changed the same annotation differently
// (recorded in the file under `conflict:`) or the same entity or top-level key (ours kept); git then
// reports the file as conflicted. Exit 2: an input is not a valid sidecar or cannot be read; %A is
// left exactly as it was, so git reports its own conflict.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mergeForGit } from '../core/sidecar';
import { terminalSafe } from './escape';
import { isInputError, readSidecarFile } from './readInput';

export interface MergeDriverIo {
  stderr(text: string): void;
}

const processIo: MergeDriverIo = { stderr: (t) => { process.stderr.write(t); } };

const USAGE = `usage: policy-lens merge-driver ANCESTOR OURS THEIRS [PATH]   (git: %O %A %B %P)`;

/** Writes next to the file and renames over it, so a failed write never leaves half a sidecar. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

export async function mergeDriverCommand(args: string[], io: MergeDriverIo = processIo): Promise<number> {
  const say = (message: string): void => io.stderr(`policy-lens merge-driver: ${message}\n`);
  if (args.length < 3 || args.length > 4 || args.some((a) => a.startsWith('-'))) {
    say(`expected the ancestor, ours and theirs (and optionally the path). ${USAGE}`);
    return 2;
  }
  const [basePath, oursPath, theirsPath] = args;
  const name = terminalSafe(args[3] ?? oursPath);
  const texts: string[] = [];
  for (const [i, p] of [basePath, oursPath, theirsPath].entries()) {
    const t = await readSidecarFile(p);
    if (typeof t === 'string') texts.push(t);
    else if (i === 0 && !isInputError(t)) texts.push(''); // no common ancestor
    else {
      say(`${name}: ${isInputError(t) ? t.error : `${terminalSafe(p)} does not exist`}; nothing merged`);
      return 2;
    }
  }
  const [base, ours, theirs] = texts;
  const result = mergeForGit(base, ours, theirs);
  if (!result.ok) {
    say(`${name}: ${terminalSafe(result.error)}; left ours as it is (resolve by hand)`);
    return 2;
  }
  if (result.text !== ours) await writeAtomically(oursPath, result.text);
  for (const c of result.conflicts) say(`${name}: conflict: ${terminalSafe(c.message)}`);
  if (result.conflicts.length) {
    say(`${name}: ${result.conflicts.length} conflict(s); the file is valid: decide each annotation marked "conflict:" (in the editor or by hand), then git add it`);
    return 1;
  }
  return 0;
}
