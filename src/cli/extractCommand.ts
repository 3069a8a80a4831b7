// `policy-lens extract FILE... [--reference-date YYYY-MM-DD] [--format json|yaml|table]`:
// reads each article, runs the core extractor and prints the mentions. Exit 0 on success,
// 2 on a bad argument or an unreadable file (one line on stderr).
import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { extract, referenceDateFor } from '../core/extract';
import { DEFAULT_SIDECAR_PATTERN, sidecarPatternProblem } from '../core/sidecar';
import type { Mention } from '../core/types';
import { jsonText, terminalSafe } from './escape';

export type ExtractFormat = 'json' | 'yaml' | 'table';

export interface FileResult {
  file: string;
  referenceDate: string | null;
  mentions: Mention[];
}

/** Applies the human decisions of the article's sidecar (named by `pattern`) to the automatic mentions. */
export type ApplySidecarDecisions = (file: string, text: string, mentions: Mention[], pattern: string) => Promise<Mention[]>;

export interface ExtractCommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(file: string): Promise<string>;
  applySidecarDecisions: ApplySidecarDecisions;
  /** The sidecar's `reference_date`, used when neither the flag nor front matter gives one. */
  sidecarReferenceDate?: (file: string, pattern: string) => Promise<string | null>;
}

const defaultIO: ExtractCommandIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readText: (file) => readFile(file, 'utf8'),
  applySidecarDecisions: async (_file, _text, mentions) => mentions,
};

const USAGE = `usage: policy-lens extract FILE... [--reference-date YYYY-MM-DD] [--format json|yaml|table] [--sidecar-pattern PATTERN (default ${DEFAULT_SIDECAR_PATTERN})]`;

interface ParsedArgs {
  files: string[];
  referenceDate: string | null;
  format: ExtractFormat;
  sidecarPattern: string;
}

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Parses the arguments; returns an error message instead of throwing. */
export function parseExtractArgs(args: string[]): ParsedArgs | string {
  const out: ParsedArgs = { files: [], referenceDate: null, format: 'json', sidecarPattern: DEFAULT_SIDECAR_PATTERN };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flag === '--reference-date' || flag === '--format' || flag === '--sidecar-pattern') {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--sidecar-pattern') {
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
  return out;
}

function describe(m: Mention): string {
  if (m.kind === 'actor') return m.canonical + (m.role ? ` [${m.role}]` : '');
  if (m.kind === 'figure') return `${Array.isArray(m.value) ? `${m.value[0]}–${m.value[1]}` : m.value} ${m.unit}${m.approx ? ' (approx)' : ''}`.trim();
  return m.normalized ?? '—';
}

/** A readable, aligned text table: one block per file; text from the article is escaped (escape.ts). */
export function formatTable(results: FileResult[]): string {
  const blocks: string[] = [];
  for (const r of results) {
    const rows = [['start', 'end', 'kind', 'type', 'text', 'normalised'], ...r.mentions.map((m) => [
      String(m.start), String(m.end), m.kind, m.type, terminalSafe(m.text.replace(/\s+/g, ' ')), terminalSafe(describe(m)),
    ])];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => [...row[c]].length)));
    const line = (row: string[]): string => row.map((cell, c) => (c < 2 ? cell.padStart(widths[c]) : cell + ' '.repeat(widths[c] - [...cell].length))).join('  ').trimEnd();
    blocks.push([`${terminalSafe(r.file)} (reference date: ${terminalSafe(r.referenceDate ?? 'none')}, ${r.mentions.length} mentions)`, line(rows[0]),
      widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

export async function extractCommand(args: string[], io: ExtractCommandIO = defaultIO): Promise<number> {
  const parsed = parseExtractArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`policy-lens extract: ${terminalSafe(parsed)}. ${USAGE}\n`);
    return 2;
  }
  const results: FileResult[] = [];
  for (const file of parsed.files) {
    let text: string;
    try {
      text = await io.readText(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      io.stderr(`policy-lens extract: cannot read ${terminalSafe(file)} (${terminalSafe(code)})\n`);
      return 2;
    }
    const sidecar = parsed.referenceDate ? null : await io.sidecarReferenceDate?.(file, parsed.sidecarPattern);
    const result = extract(text, { referenceDate: referenceDateFor(text, { given: parsed.referenceDate, sidecar }) });
    const mentions = await io.applySidecarDecisions(file, text, result.mentions, parsed.sidecarPattern);
    results.push({ file, referenceDate: result.referenceDate, mentions });
  }
  if (parsed.format === 'table') io.stdout(formatTable(results));
  else {
    const data = results.length === 1 ? results[0] : results;
    io.stdout(parsed.format === 'yaml' ? stringify(data) : `${jsonText(data)}\n`);
  }
  return 0;
}
