// `extract FOLDER`: the articles under a folder, in name order, as `check` finds them (hidden
// folders and node_modules skipped; sidecars are not articles).
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseSidecarName } from '../core/sidecar';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** The articles under `path` when it is a folder; undefined when it is anything else (or nothing). */
export async function articlesInFolder(path: string, sidecarPattern: string): Promise<string[] | undefined> {
  try {
    if (!(await stat(path)).isDirectory()) return undefined;
  } catch {
    return undefined; // not there: reading it as an article says why
  }
  const found: string[] = [];
  await walk(path, sidecarPattern, found);
  return found;
}

async function walk(dir: string, pattern: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, pattern, found);
    else if (e.isFile() && !parseSidecarName(pattern, e.name) && ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) found.push(p);
  }
}
