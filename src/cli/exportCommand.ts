// `policy-lens export PATH... --format csv|jsonl|w3c|brat|conll [--out FILE|DIR]`: the mentions of
// every article as the editor shows them (extraction merged with the sidecar's decisions), written
// in an exchange format. The formats are pure (src/core/exchange); this file only reads and writes.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import {
  articleRows, EXPORT_FORMATS, toBrat, toConll, toCsv, toJsonLines, toW3c, type ExchangeArticle, type ExportFormat,
} from '../core/exchange';
import { DEFAULT_SIDECAR_PATTERN } from '../core/sidecar';
import { collect } from './checkCommand';
import { RegistryLoader } from './entityRegistry';
import { terminalSafe } from './escape';
import { isInputError, readArticle, readSidecarFile } from './readInput';
import type { DateOrder } from '../core/extract';
import { DATE_ORDER_FLAG, parseDateOrderOption } from './dateOrderOption';

export interface ExportIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: ExportIo = { stdout: (t) => { process.stdout.write(t); }, stderr: (t) => { process.stderr.write(t); } };

const USAGE = `Usage: policy-lens export --format csv|jsonl|w3c|brat|conll [--out FILE|DIR] [--entities FILE] [--date-order dmy|mdy] PATH...

Writes the mentions of every article under PATH (files or folders) as the editor shows them: the
engine's extraction merged with the decisions of the article's sidecar.

Formats:
  csv     one mention per row (RFC 4180; cells starting with = + - @ get a leading ')
  jsonl   JSON Lines, one mention per line (same fields as csv)
  w3c     W3C Web Annotation JSON-LD collection (positions in code points)
  brat    NAME.txt + NAME.ann per article in the folder --out (required)
  conll   CoNLL BIO tokens (TOKEN<TAB>LABEL), -DOCSTART- per article

Numeric dates such as 03/04/2026 are read day first (dmy) or month first (mdy) as --date-order
says, unless an article's front matter has its own dateOrder; by default, by the article's own
numeric dates.

Rejected mentions are rows of csv and jsonl (decision "rejected") and left out of w3c, brat and conll.
Without --out the result goes to standard output (not for brat).

Exit status: 0 written; 2 usage error, missing or unreadable file, invalid entity registry`;

interface ExportOptions {
  paths: string[];
  format: ExportFormat;
  out?: string;
  entities?: string;
  dateOrder?: DateOrder;
  help?: boolean;
}

function parseArgs(args: readonly string[]): ExportOptions | string {
  const paths: string[] = [];
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let entities: string | undefined;
  let dateOrder: DateOrder | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--format' || flag === '--out' || flag === '--entities' || flag === DATE_ORDER_FLAG) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--format') {
        if (!(EXPORT_FORMATS as readonly string[]).includes(value)) return `--format must be ${EXPORT_FORMATS.join(', ')}; got ${JSON.stringify(value)}`;
        format = value as ExportFormat;
      } else if (flag === '--out') out = value;
      else if (flag === DATE_ORDER_FLAG) {
        const order = parseDateOrderOption(value);
        if (order !== 'DMY' && order !== 'MDY') return order;
        dateOrder = order;
      } else entities = value;
    } else if (arg === '-h' || arg === '--help') return { paths, format: 'csv', help: true };
    else if (arg === '--') { paths.push(...args.slice(i + 1)); break; }
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else paths.push(arg);
  }
  if (!format) return 'no --format given';
  if (!paths.length) return 'no PATH given';
  if (format === 'brat' && !out) return 'brat writes one .txt and .ann per article: give --out DIR';
  return { paths, format, out, entities, ...(dateOrder ? { dateOrder } : {}) };
}

const slashes = (p: string): string => p.split(sep).join('/');

export async function exportCommand(args: string[], io: ExportIo = processIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') { io.stderr(`policy-lens export: ${terminalSafe(options)}\n${USAGE}\n`); return 2; }
  if (options.help) { io.stdout(`${USAGE}\n`); return 0; }
  const units = await collect(options.paths, DEFAULT_SIDECAR_PATTERN);
  if (typeof units === 'string') { io.stderr(`policy-lens export: ${terminalSafe(units)}\n`); return 2; }

  const registries = new RegistryLoader(options.entities, (line) => io.stderr(`policy-lens export: ${line}\n`));
  const articles: ExchangeArticle[] = [];
  for (const unit of units) {
    const registry = await registries.forArticle(unit.article);
    if (registry && 'error' in registry) { io.stderr(`policy-lens export: ${registry.error}\n`); return 2; }
    const text = await readArticle(unit.article);
    if (typeof text !== 'string') {
      // A sidecar whose article is gone has nothing to export from: said, and the run stops.
      io.stderr(`policy-lens export: ${isInputError(text) ? text.error : `${terminalSafe(unit.article)}: no such article`}\n`);
      return 2;
    }
    const sidecarText = unit.sidecar ? await readSidecarFile(unit.sidecar) : undefined;
    if (sidecarText !== undefined && isInputError(sidecarText)) { io.stderr(`policy-lens export: ${sidecarText.error}\n`); return 2; }
    articles.push(articleRows({
      article: slashes(unit.article), text, registry: registry ?? undefined, ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
      ...(typeof sidecarText === 'string' ? { sidecarText } : {}),
    }));
  }

  if (options.format === 'brat') {
    const dir = options.out!;
    for (const a of articles) {
      // NAME.txt/NAME.ann keep the article's folder below the output folder, so names never clash.
      const rel = relative(process.cwd(), a.article).replace(/^(\.\.[/\\])+/, '');
      const base = join(dir, rel.replace(/\.[^./\\]*$/, ''));
      const files = toBrat(a);
      await mkdir(dirname(base), { recursive: true });
      await writeFile(`${base}.txt`, files.txt);
      await writeFile(`${base}.ann`, files.ann);
    }
    io.stderr(`policy-lens export: ${articles.length} article(s) written to ${terminalSafe(dir)}\n`);
    return 0;
  }
  const body = options.format === 'csv' ? toCsv(articles)
    : options.format === 'jsonl' ? toJsonLines(articles)
      : options.format === 'w3c' ? toW3c(articles)
        : toConll(articles);
  if (options.out) {
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, body);
  } else io.stdout(body);
  return 0;
}
