// Where an article's sidecar lives: a file in the same folder named by a pattern, `{name}` being
// the article's file name and `{stem}` the name without its extension. The editor's setting
// `policyLens.sidecar.pattern` and the CLI's `--sidecar-pattern` both go through here.

export const DEFAULT_SIDECAR_PATTERN = '{name}.annotations.yaml';

/** Why a pattern cannot name sidecars, or undefined when it can. */
export function sidecarPatternProblem(pattern: string): string | undefined {
  if (!/\{(?:name|stem)\}/.test(pattern)) return 'the sidecar pattern must contain {name} or {stem}';
  if (/[/\\]/.test(pattern)) return 'the sidecar pattern names a file in the article\'s folder; it cannot contain / or \\';
  if (pattern.replace(/\{(?:name|stem)\}/g, '') === '') return 'the sidecar pattern must add something to the article\'s name';
  return undefined;
}

function stemOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The sidecar's file name for an article's file name. */
export function sidecarName(pattern: string, articleName: string): string {
  return pattern.replace(/\{name\}/g, articleName).replace(/\{stem\}/g, stemOf(articleName));
}

/** A glob for every sidecar the pattern names ({name}.annotations.yaml → *.annotations.yaml). */
export function sidecarGlob(pattern: string): string {
  return pattern.replace(/\{(?:name|stem)\}/g, '*');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a file name as a sidecar name: the article's name (for `{name}`) or stem (for `{stem}`),
 * or undefined when the pattern does not name it.
 */
export function parseSidecarName(pattern: string, fileName: string): { name: string } | { stem: string } | undefined {
  const slots: ('name' | 'stem')[] = [];
  const source = pattern.split(/(\{(?:name|stem)\})/).map((part) => {
    if (part === '{name}' || part === '{stem}') { slots.push(part === '{name}' ? 'name' : 'stem'); return '(.+)'; }
    return escapeRegExp(part);
  }).join('');
  const m = new RegExp(`^${source}$`).exec(fileName);
  if (!m || slots.length === 0) return undefined;
  // Every slot must read the same article.
  const name = slots.includes('name') ? m[slots.indexOf('name') + 1] : undefined;
  const stem = name !== undefined ? stemOf(name) : m[slots.indexOf('stem') + 1];
  for (let i = 0; i < slots.length; i++) {
    if ((slots[i] === 'name' && m[i + 1] !== name) || (slots[i] === 'stem' && m[i + 1] !== stem)) return undefined;
  }
  return name !== undefined ? { name } : { stem };
}
