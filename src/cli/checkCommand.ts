// `policy-lens check PATH...`: runs the checks on every article under the given files and folders,
// with or without a sidecar, validates the sidecars and re-anchors them, and prints the findings
// and problems as text, JSON or SARIF. The exit status is the CI gate (see USAGE).
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, normalize } from 'node:path';
import { FINDING_KIND, type FindingKind } from '../core/checks';
import { DEFAULT_SIDECAR_PATTERN, parseSidecarName, sidecarName, sidecarPatternProblem } from '../core/sidecar';
import { checkArticleText, type CheckedFile, type CheckItem } from './checkArticleText';
import { crossArticleItems, type MeasuredFile } from './crossArticle';
import { ARTICLE_EXTENSIONS, walkFolder } from './articleFolder';
import { jsonText, terminalSafe } from './escape';
import { TOOL_HOMEPAGE, TOOL_NAME, TOOL_VERSION } from './manifest';
import { RegistryLoader } from './entityRegistry';
import { toSarif } from './sarif';
import { isInputError, readArticle, readSidecarFile } from './readInput';
import type { DateOrder } from '../core/extract';
import { DATE_ORDER_FLAG, parseDateOrderOption } from './dateOrderOption';

export type { CheckedFile, CheckItem } from './checkArticleText';

export interface CheckIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** SARIF file URIs are relative to this folder (default: the process's working directory). */
  cwd?: string;
}

const processIo: CheckIo = {
  stdout: (t) => { process.stdout.write(t); },
  stderr: (t) => { process.stderr.write(t); },
};

/** The kinds `--fail-on` accepts: the groups of the core's finding codes. */
export const FINDING_KINDS: readonly FindingKind[] = [...new Set(Object.values(FINDING_KIND))];

export type CheckFormat = 'text' | 'json' | 'sarif';

const USAGE = `Usage: policy-lens check [--fail-on KINDS] [--format text|json|sarif] [--json] [--sidecar-pattern PATTERN] [--entities FILE] [--date-order dmy|mdy] PATH...

Checks every article (${ARTICLE_EXTENSIONS.join(', ')}) under PATH (files or folders; a file named
here is checked whatever its extension, a sidecar named here checks its article), with or without
a sidecar: figures not yet verified or disputed, figures and dates that disagree (within an
article, and the same quantity given conflicting values by two of the checked articles),
annotations that no longer match; and validates each sidecar and re-anchors it against its article.

Options:
  --fail-on KINDS       comma-separated, any of: ${FINDING_KINDS.join(', ')};
                        exit 1 only for findings of these kinds (see Exit status)
  --format FORMAT       text (default): one line per item, file:line:col: level: message [code]
                        json: { version, files, findings, problems, summary }
                        sarif: SARIF 2.1.0 (one run), file URIs relative to the working directory
  --json                the same as --format json
  --sidecar-pattern P   the sidecar's file name next to its article: {name} = the article's file
                        name, {stem} = without its extension (default ${DEFAULT_SIDECAR_PATTERN},
                        as the editor's policyLens.sidecar.pattern)
  --entities FILE       the entity registry for every article (default: the nearest
                        policy-lens.entities.yaml from the article up to the folder
                        holding .git); an invalid registry exits 2
  --date-order ORDER    dmy or mdy: how numeric dates such as 03/04/2026 are read when
                        both parts are 12 or less (an article's front matter dateOrder
                        wins; default: the article's own numeric dates, else unresolved
                        and reported as ambiguous-date)

Levels: error   = orphaned annotation, invalid sidecar, sidecar without its article
        warning = disputed figure, inconsistency, moved or changed quote, sidecar naming
                  another article, sidecar warning
        note    = unverified figure (annotated or not)

Exit status:
  0  nothing below
  1  without --fail-on: any error or warning (notes never fail);
     with --fail-on: any finding of a listed kind;
     in both cases: a sidecar with validation errors, or a sidecar whose article is missing
  2  usage error (unknown option or kind, missing value, no PATH, a PATH that does not exist),
     a file that cannot be read, or an entity registry that is missing or invalid`;

export interface CheckOptions {
  paths: string[];
  pattern: string;
  format: CheckFormat;
  /** undefined: fail on any error or warning. */
  failOn?: ReadonlySet<FindingKind>;
  /** --entities: the entity registry for every article, instead of the one found next to each. */
  entities?: string;
  /** --date-order: the day-month order of numeric dates (an article's front matter wins). */
  dateOrder?: DateOrder;
  /** -h or --help: print the usage and do nothing else. */
  help?: boolean;
}

function parseFailOn(value: string): ReadonlySet<FindingKind> | string {
  const kinds = value.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !(FINDING_KINDS as readonly string[]).includes(k));
  if (unknown.length) return `--fail-on: unknown kind ${unknown.map((k) => JSON.stringify(k)).join(', ')} (use ${FINDING_KINDS.join(', ')})`;
  return new Set(kinds as FindingKind[]);
}

/** The options, or why they are unusable (a usage error, exit 2). */
export function parseCheckArgs(args: readonly string[]): CheckOptions | string {
  const out: CheckOptions = { paths: [], pattern: DEFAULT_SIDECAR_PATTERN, format: 'text' };
  let failOn: Set<FindingKind> | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--sidecar-pattern' || flag === '--fail-on' || flag === '--format' || flag === '--entities' || flag === DATE_ORDER_FLAG) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--entities') out.entities = value;
      else if (flag === DATE_ORDER_FLAG) {
        const order = parseDateOrderOption(value);
        if (order !== 'DMY' && order !== 'MDY') return order;
        out.dateOrder = order;
      }
      else if (flag === '--sidecar-pattern') {
        const problem = sidecarPatternProblem(value);
        if (problem) return problem;
        out.pattern = value;
      } else if (flag === '--fail-on') {
        const kinds = parseFailOn(value);
        if (typeof kinds === 'string') return kinds;
        failOn = new Set([...(failOn ?? []), ...kinds]);
      } else {
        if (value !== 'text' && value !== 'json' && value !== 'sarif') return `--format must be text, json or sarif, got ${JSON.stringify(value)}`;
        out.format = value;
      }
    } else if (arg === '--json') out.format = 'json';
    else if (arg === '-h' || arg === '--help') out.help = true;
    else if (arg === '--') { out.paths.push(...args.slice(i + 1)); break; }
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else out.paths.push(arg);
  }
  if (!out.paths.length && !out.help) return 'no PATH given';
  if (failOn) out.failOn = failOn;
  return out;
}

/**
 * 1 when the check fails: an error that is not a finding (a sidecar that does not validate, a
 * missing article) always fails; then either a finding of a `failOn` kind, or without `failOn`
 * any error or warning. 0 otherwise.
 */
export function exitStatus(items: readonly CheckItem[], failOn?: ReadonlySet<FindingKind>): 0 | 1 {
  const fails = (i: CheckItem): boolean => {
    if (i.kind === undefined && i.level === 'error') return true;
    if (failOn) return i.kind !== undefined && failOn.has(i.kind);
    return i.level === 'error' || i.level === 'warning';
  };
  return items.some(fails) ? 1 : 0;
}

async function kindOf(p: string): Promise<'file' | 'folder' | undefined> {
  try {
    const s = await stat(p);
    return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : undefined;
  } catch {
    return undefined; // does not exist (or cannot be reached): the caller says so
  }
}

/** The article a sidecar belongs to: by name, or for a {stem} pattern the one file with that stem. */
async function articleOf(sidecar: string, pattern: string): Promise<string> {
  const read = parseSidecarName(pattern, basename(sidecar))!;
  if ('name' in read) return join(dirname(sidecar), read.name);
  const siblings = (await readdir(dirname(sidecar))).filter((n) => n !== basename(sidecar) && !parseSidecarName(pattern, n) && n.startsWith(`${read.stem}.`) && !n.slice(read.stem.length + 1).includes('.')).sort();
  return join(dirname(sidecar), siblings[0] ?? read.stem);
}

export interface Unit { article: string; sidecar?: string }

/** Every article to check with its sidecar (if it has one), and sidecars whose article is missing. */
export async function collect(paths: readonly string[], pattern: string): Promise<Unit[] | string> {
  const articles: string[] = [];
  const sidecars: string[] = [];
  for (const p of paths) {
    const kind = await kindOf(p);
    if (kind === undefined) return `${p}: no such file or folder`;
    if (kind === 'folder') await walkFolder(p, pattern, articles, sidecars);
    else (parseSidecarName(pattern, basename(p)) ? sidecars : articles).push(normalize(p));
  }
  const units = new Map<string, Unit>();
  for (const sidecar of sidecars) {
    const article = await articleOf(sidecar, pattern);
    if (!units.has(article)) units.set(article, { article, sidecar });
  }
  for (const article of articles) {
    if (units.has(article)) continue;
    const sidecar = join(dirname(article), sidecarName(pattern, basename(article)));
    // With a {stem} pattern two articles can share a name; the sidecar belongs to one of them.
    const owned = await kindOf(sidecar) === 'file' && await articleOf(sidecar, pattern) === article;
    units.set(article, owned ? { article, sidecar } : { article });
  }
  return [...units.values()].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function textLine(i: CheckItem): string {
  return `${terminalSafe(i.file)}:${i.line}:${i.column}: ${i.level}: ${terminalSafe(i.message)} [${terminalSafe(i.code)}]\n`;
}

export async function checkCommand(args: string[], io: CheckIo = processIo): Promise<number> {
  const options = parseCheckArgs(args);
  if (typeof options === 'string') { io.stderr(`policy-lens check: ${terminalSafe(options)}\n${USAGE}\n`); return 2; }
  if (options.help) { io.stdout(`${USAGE}\n`); return 0; }
  const units = await collect(options.paths, options.pattern);
  if (typeof units === 'string') { io.stderr(`policy-lens check: ${terminalSafe(units)}\n`); return 2; }

  const items: CheckItem[] = [];
  const files: CheckedFile[] = [];
  const measured: MeasuredFile[] = [];
  const registries = new RegistryLoader(options.entities, (line) => io.stderr(`policy-lens check: ${line}\n`));
  for (const unit of units) {
    const registry = await registries.forArticle(unit.article);
    if (registry && 'error' in registry) { io.stderr(`policy-lens check: ${registry.error}\n`); return 2; }
    // One unreadable file is reported and the run goes on (only a missing file means "none").
    const sidecarText = unit.sidecar ? await readSidecarFile(unit.sidecar) : { missing: true as const };
    const article = await readArticle(unit.article);
    const unreadable = [unit.sidecar && isInputError(sidecarText) ? { file: unit.sidecar, error: sidecarText.error } : undefined,
      isInputError(article) ? { file: unit.article, error: article.error } : undefined].filter((x) => x !== undefined);
    if (unreadable.length > 0) {
      for (const u of unreadable) items.push({ file: u.file, line: 1, column: 1, code: 'unreadable', level: 'error', message: u.error });
      continue;
    }
    const sidecar = unit.sidecar && typeof sidecarText === 'string' ? { path: unit.sidecar, text: sidecarText } : undefined;
    const articleText = typeof article === 'string' ? article : undefined;
    const r = checkArticleText({ article: unit.article, articleText, sidecar, registry: registry ?? undefined, ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}) });
    items.push(...r.items);
    files.push(r.file);
    if (r.measured) measured.push({ article: unit.article, ...r.measured });
  }
  // Figures that disagree across the checked articles, after every article's own items.
  items.push(...crossArticleItems(measured, files));

  const count = (level: CheckItem['level']): number => items.filter((i) => i.level === level).length;
  const summary = { articles: files.length, sidecars: files.filter((f) => f.sidecar !== null).length, errors: count('error'), warnings: count('warning'), notes: count('note') };
  if (options.format === 'json') {
    const findings = items.filter((i) => i.kind !== undefined);
    const problems = items.filter((i) => i.kind === undefined);
    io.stdout(`${jsonText({ version: 2, files, findings, problems, summary })}\n`);
  } else if (options.format === 'sarif') {
    io.stdout(`${jsonText(toSarif(items, { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_HOMEPAGE }, io.cwd ?? process.cwd()))}\n`);
  } else {
    for (const i of items) io.stdout(textLine(i));
    io.stderr(`${plural(files.length, 'article')} checked (${summary.sidecars} with a sidecar): ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notes, 'note')}\n`);
  }
  return exitStatus(items, options.failOn);
}
