// Reading the files the command line is given: only regular files, never more than a stated size,
// and only UTF-8 text. Every outcome is a value: the text (a UTF-8 byte-order mark dropped, as
// editors drop it, so offsets agree with the editor), `{ missing: true }` when there is no file at
// the path (ENOENT and nothing else), or `{ error }`, one line that names the file and the reason.
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { MAX_REGISTRY_BYTES } from '../core/registry';
import { MAX_SIDECAR_BYTES } from '../core/sidecar';
import { terminalSafe } from './escape';

/** Articles above this size are refused before they are read. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;
/** A NUL byte this close to the start means binary data, not text. */
export const SNIFF_BYTES = 8 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export type InputError = { error: string };
export type InputText = string | { missing: true } | InputError;

export function isInputError(x: InputText): x is InputError {
  return typeof x !== 'string' && 'error' in x;
}

/** An article's text, `{ missing: true }` when there is no such file, or why it cannot be used. */
export function readArticle(path: string): Promise<InputText> {
  return readTextFile(path, MAX_ARTICLE_BYTES);
}

/** A sidecar's text, `{ missing: true }` when there is none, or why it cannot be used. */
export function readSidecarFile(path: string): Promise<InputText> {
  return readTextFile(path, MAX_SIDECAR_BYTES);
}

/** An entity registry's text, `{ missing: true }` when there is none, or why it cannot be used. */
export function readRegistryFile(path: string): Promise<InputText> {
  return readTextFile(path, MAX_REGISTRY_BYTES);
}

/** One article from a stream (standard input), read up to `maxBytes` and no further. */
export async function readTextStream(stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, name = 'standard input', maxBytes = MAX_ARTICLE_BYTES): Promise<string | InputError> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxBytes) return { error: `${terminalSafe(name)} is larger than ${megabytes(maxBytes)}; refused` };
    chunks.push(bytes);
  }
  return decodeText(Buffer.concat(chunks), name);
}

/** UTF-8 text from bytes, or why they are not: a UTF-16/32 byte-order mark, a NUL byte, invalid UTF-8. */
export function decodeText(bytes: Uint8Array, name: string): string | InputError {
  const bom = byteOrderMark(bytes);
  if (bom) return notText(name, `a ${bom} byte-order mark`);
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) return notText(name, `a NUL byte at byte ${nul}: binary data`);
  let text: string;
  try {
    // `fatal` turns invalid sequences into an error instead of U+FFFD; a UTF-8 BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return notText(name, 'invalid UTF-8 byte sequence');
  }
  return text;
}

function notText(name: string, why: string): InputError {
  return { error: `${terminalSafe(name)} is not UTF-8 text (${why})` };
}

function byteOrderMark(b: Uint8Array): string | null {
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 && b.length >= 4 ? 'UTF-32 LE' : 'UTF-16 LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 BE';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 BE';
  return null;
}

async function readTextFile(path: string, maxBytes: number): Promise<InputText> {
  const bytes = await readRegularFile(path, maxBytes);
  return bytes instanceof Uint8Array ? decodeText(bytes, path) : bytes;
}

/**
 * The bytes of a regular file of at most `maxBytes`. Opened non-blocking and checked on the open
 * handle, so a FIFO or a device never blocks and a file swapped after a check cannot slip through;
 * read in chunks, so a file that grows while it is read still stops at the limit.
 */
async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array | { missing: true } | InputError> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true };
    return { error: `cannot read ${terminalSafe(path)} (${describeErrorCode(code, err)})` };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { error: `${terminalSafe(path)} is not a regular file (${fileKind(stats)})` };
    if (stats.size > maxBytes) return { error: `${terminalSafe(path)} is larger than ${megabytes(maxBytes)} (${megabytes(stats.size)}); refused` };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { error: `${terminalSafe(path)} is larger than ${megabytes(maxBytes)}; refused` };
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    return { error: `cannot read ${terminalSafe(path)} (${describeErrorCode((err as NodeJS.ErrnoException).code, err)})` };
  } finally {
    await handle.close();
  }
}

/** A short reason for a file-system error code. */
export function describeErrorCode(code: string | undefined, err?: unknown): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'a directory';
    case 'ELOOP': return 'too many symbolic links: a link loop?';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ENAMETOOLONG': return 'the name is too long';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    case 'EAGAIN': return 'not ready to be read';
    default: return code ?? (err instanceof Error ? err.message : String(err));
  }
}

function fileKind(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a file';
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

