// The articles and sidecars under a folder, in name order, as `extract`, `check` and `agree` find
// them (hidden folders and node_modules skipped; sidecars are not articles).
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseSidecarName } from '../core/sidecar';

/** Files a folder walk takes as articles; a file named on the command line is read whatever its extension. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** The articles under `path` when it is a folder; undefined when it is anything else (or nothing). */
export async function articlesInFolder(path: string, sidecarPattern: string): Promise<string[] | undefined> {
  try {
    if (!(await stat(path)).isDirectory()) return undefined;
  } catch {
    return undefined; // not there: reading it as an article says why
  }
  const found: string[] = [];
  await walkFolder(path, sidecarPattern, found, []);
  return found;
}

/** Articles and sidecars under a folder, in name order; hidden folders and node_modules skipped. */
export async function walkFolder(dir: string, pattern: string, articles: string[], sidecars: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walkFolder(p, pattern, articles, sidecars);
    else if (!e.isFile()) continue;
    else if (parseSidecarName(pattern, e.name)) sidecars.push(p);
    else if (ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) articles.push(p);
  }
}
