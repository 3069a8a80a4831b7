// YAML front matter at the top of a Markdown article: its extent and its `date:` field.

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DATE_LINE = /^date:[ \t]*["']?(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?["']?[ \t]*\r?$/m;

/** Front matter is looked for in the first 64 KB only, so a missing closing fence costs nothing on big texts. */
function head(text: string): string {
  return text.startsWith('---') || text.startsWith('\uFEFF---') ? text.slice(0, 65536) : '';
}

/** Length of the front-matter block (0 when there is none); nothing inside it is extracted. */
export function frontMatterLength(text: string): number {
  const m = FRONT_MATTER.exec(head(text));
  return m ? m[0].length : 0;
}

/** The `date:` of the front matter as YYYY-MM-DD, or null. */
export function frontMatterDate(text: string): string | null {
  const m = FRONT_MATTER.exec(head(text));
  if (!m) return null;
  const d = DATE_LINE.exec(m[1]);
  return d ? d[1] : null;
}
