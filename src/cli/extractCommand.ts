// `policy-lens extract FILE... [--reference-date YYYY-MM-DD] [--format json|yaml|table]`:
// reads each article (`-` is standard input), runs the core extractor, applies the decisions of
// the article's sidecar and prints the mentions. Exit 0 on success, 2 on a bad argument or a file
// that cannot be used (one line each on stderr, nothing on stdout).
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { extract, frontMatterDateProblem, isCalendarDate, referenceDateFor } from '../core/extract';
import { applyDecisions } from '../core/model';
import { DEFAULT_SIDECAR_PATTERN, parseSidecar, sidecarName, sidecarPatternProblem, type ParsedSidecar } from '../core/sidecar';
import type { Mention } from '../core/types';
import { RegistryLoader } from './entityRegistry';
import { jsonText, terminalSafe } from './escape';
import { readArticle, readSidecarFile, readTextStream, type InputText } from './readInput';

export type ExtractFormat = 'json' | 'yaml' | 'table';

/** The file name that stands for standard input. */
export const STDIN = '-';

export interface FileResult {
  file: string;
  referenceDate: string | null;
  mentions: Mention[];
}

export interface ExtractCommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** An article's text, `{ missing: true }` or why it cannot be used; `-` is standard input. */
  readArticle(file: string): Promise<InputText>;
  /** A sidecar's text, `{ missing: true }` when there is none, or why it cannot be used. */
  readSidecar(path: string): Promise<InputText>;
}

const defaultIO: ExtractCommandIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readArticle: (file) => (file === STDIN ? readTextStream(process.stdin) : readArticle(file)),
  readSidecar: readSidecarFile,
};

const USAGE = `usage: policy-lens extract FILE...|- [--reference-date YYYY-MM-DD] [--format json|yaml|table] [--sidecar-pattern PATTERN (default ${DEFAULT_SIDECAR_PATTERN})] [--entities FILE (default: the nearest policy-lens.entities.yaml up to the repository root)]`;

interface ParsedArgs {
  files: string[];
  referenceDate: string | null;
  format: ExtractFormat;
  sidecarPattern: string;
  /** --entities: the registry for every file, instead of the one found next to each. */
  entities?: string;
}

/** Parses the arguments; returns an error message instead of throwing. */
export function parseExtractArgs(args: string[]): ParsedArgs | string {
  const out: ParsedArgs = { files: [], referenceDate: null, format: 'json', sidecarPattern: DEFAULT_SIDECAR_PATTERN };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flag === '--reference-date' || flag === '--format' || flag === '--sidecar-pattern' || flag === '--entities') {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--entities') out.entities = value;
      else if (flag === '--sidecar-pattern') {
        const problem = sidecarPatternProblem(value);
        if (problem) return problem;
        out.sidecarPattern = value;
      } else if (flag === '--reference-date') {
        if (!isCalendarDate(value)) return `--reference-date must be a date YYYY-MM-DD, got "${value}"`;
        out.referenceDate = value;
      } else {
        if (value !== 'json' && value !== 'yaml' && value !== 'table') return `--format must be json, yaml or table, got "${value}"`;
        out.format = value;
      }
    } else if (arg === '--') {
      out.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else out.files.push(arg);
  }
  if (out.files.length === 0) return 'no input file';
  if (out.files.filter((f) => f === STDIN).length > 1) return 'standard input (-) can be read only once';
  return out;
}

function describe(m: Mention): string {
  if (m.kind === 'actor') return m.canonical + (m.role ? ` [${m.role}]` : '');
  if (m.kind === 'figure') return `${Array.isArray(m.value) ? `${m.value[0]}–${m.value[1]}` : m.value} ${m.unit}${m.approx ? ' (approx)' : ''}`.trim();
  return m.normalized ?? '—';
}

/** A readable, aligned text table: one block per file. */
export function formatTable(results: FileResult[]): string {
  const blocks: string[] = [];
  for (const r of results) {
    const rows = [['start', 'end', 'kind', 'type', 'text', 'normalised'], ...r.mentions.map((m) => [
      String(m.start), String(m.end), m.kind, m.type, terminalSafe(m.text.replace(/\s+/g, ' ')), terminalSafe(describe(m)),
    ])];
    // A loop, not Math.max(...cells): spreading 125,000 and more rows overflows the call stack.
    const widths = rows[0].map(() => 0);
    for (const row of rows) row.forEach((cell, c) => { widths[c] = Math.max(widths[c], [...cell].length); });
    const line = (row: string[]): string => row.map((cell, c) => (c < 2 ? cell.padStart(widths[c]) : cell + ' '.repeat(widths[c] - [...cell].length))).join('  ').trimEnd();
    blocks.push([`${terminalSafe(r.file)} (reference date: ${terminalSafe(r.referenceDate ?? 'none')}, ${r.mentions.length} mentions)`, line(rows[0]),
      widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

function sidecarPathFor(file: string, pattern: string): string {
  return join(dirname(file), sidecarName(pattern, basename(file)));
}

/** The article's sidecar, parsed; null when there is none; a message when it cannot be read. */
async function sidecarOf(file: string, pattern: string, io: ExtractCommandIO): Promise<ParsedSidecar | null | { error: string }> {
  if (file === STDIN) return null; // standard input has no place, so no sidecar
  const read = await io.readSidecar(sidecarPathFor(file, pattern));
  if (typeof read !== 'string') return 'missing' in read ? null : read;
  return parseSidecar(read);
}

/** The mentions with the sidecar's decisions applied: rejected ones left out, added ones in, each with its origin. */
function withDecisions(file: string, text: string, mentions: Mention[], sidecar: ParsedSidecar | null, pattern: string, io: ExtractCommandIO): Mention[] {
  if (sidecar?.ok) return applyDecisions(mentions, sidecar, text);
  if (sidecar) {
    const first = sidecar.diagnostics.find((d) => d.severity === 'error');
    io.stderr(`policy-lens extract: ${terminalSafe(sidecarPathFor(file, pattern))}:${first?.line ?? 1}:${first?.col ?? 1}: ${terminalSafe(first?.message ?? 'invalid sidecar')}; its decisions were not applied\n`);
  }
  return mentions.map((m) => ({ ...m, origin: 'auto' }));
}

export async function extractCommand(args: string[], io: ExtractCommandIO = defaultIO): Promise<number> {
  const parsed = parseExtractArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`policy-lens extract: ${terminalSafe(parsed)}. ${USAGE}\n`);
    return 2;
  }
  const results: FileResult[] = [];
  let failed = false;
  const fail = (message: string): void => {
    io.stderr(`policy-lens extract: ${message}\n`);
    failed = true;
  };
  const registries = new RegistryLoader(parsed.entities, (line) => io.stderr(`policy-lens extract: ${line}\n`));
  // Every file is read and checked; after the first failure the rest are only checked, and nothing is printed.
  for (const file of parsed.files) {
    const text = await io.readArticle(file);
    if (typeof text !== 'string') {
      fail('error' in text ? text.error : `cannot read ${terminalSafe(file)} (no such file)`);
      continue;
    }
    const sidecar = await sidecarOf(file, parsed.sidecarPattern, io);
    if (sidecar && 'error' in sidecar) {
      fail(sidecar.error);
      continue;
    }
    const registry = await registries.forArticle(file);
    if (registry && 'error' in registry) {
      fail(registry.error);
      continue;
    }
    if (failed) continue;
    const dateProblem = parsed.referenceDate ? null : frontMatterDateProblem(text);
    if (dateProblem) io.stderr(`policy-lens extract: warning: ${terminalSafe(file)}: ${dateProblem}\n`);
    const referenceDate = referenceDateFor(text, { given: parsed.referenceDate, sidecar: sidecar?.sidecar?.referenceDate });
    const result = extract(text, registry ? { referenceDate, registry } : { referenceDate });
    const mentions = withDecisions(file, text, result.mentions, sidecar, parsed.sidecarPattern, io);
    results.push({ file, referenceDate: result.referenceDate, mentions });
  }
  if (failed) return 2;
  if (parsed.format === 'table') io.stdout(formatTable(results));
  else {
    const data = results.length === 1 ? results[0] : results;
    io.stdout(parsed.format === 'yaml' ? stringify(data) : `${jsonText(data)}\n`);
  }
  return 0;
}
