// Which workspace files are articles, and which article a sidecar file belongs to: the rules the
// workspace index applies to file names (it never opens a file to learn its language).
import { parseSidecarName } from '../sidecar';

/** File extensions of articles and the language ids a file with each one opens in. */
const ARTICLE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  md: ['markdown'],
  markdown: ['markdown'],
  txt: ['plaintext', 'policy-lens-text'],
};

/** A glob for every file that may be an article (any folder, the extensions above). */
export const ARTICLE_GLOB = `**/*.{${Object.keys(ARTICLE_EXTENSIONS).join(',')}}`;

/** Folders the index never looks into. */
export const EXCLUDED_FOLDERS: readonly string[] = ['node_modules'];
export const EXCLUDE_GLOB = `**/{${EXCLUDED_FOLDERS.join(',')}}/**`;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * An article of the workspace: its extension opens in one of the configured languages, it is not
 * itself a sidecar (a pattern may end in .md), and no folder on its path is excluded.
 */
export function isArticlePath(path: string, languages: readonly string[], sidecarPattern: string): boolean {
  const segments = path.split('/');
  const name = segments[segments.length - 1];
  if (segments.some((s) => EXCLUDED_FOLDERS.includes(s))) return false;
  const opensAs = ARTICLE_EXTENSIONS[extensionOf(name)];
  if (!opensAs || !opensAs.some((l) => languages.includes(l))) return false;
  return parseSidecarName(sidecarPattern, name) === undefined;
}

/**
 * The file name of the article a sidecar belongs to: by name for `{name}` patterns; for `{stem}`
 * patterns the first of `siblings` (article file names in the same folder) with that stem.
 */
export function articleNameOfSidecar(sidecarPattern: string, sidecarFileName: string, siblings: readonly string[]): string | undefined {
  const read = parseSidecarName(sidecarPattern, sidecarFileName);
  if (!read) return undefined;
  if ('name' in read) return read.name;
  return [...siblings].sort().find((n) => n !== sidecarFileName && n.startsWith(`${read.stem}.`) && !n.slice(read.stem.length + 1).includes('.'));
}
