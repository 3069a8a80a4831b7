// `policy-lens import SOURCE... --format brat|w3c --into DIR`: brat .ann files (with their .txt) or
// W3C Web Annotation JSON-LD into the sidecars of the matching articles in DIR. The placing and
// merging is pure (src/core/exchange/import.ts); this file matches files, reads and writes.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fromCodePoints, importSpans, parseBrat, parseW3c, type ImportedSpan } from '../core/exchange';
import { DEFAULT_SIDECAR_PATTERN, sidecarName } from '../core/sidecar';
import { collect, type Unit } from './checkCommand';
import { terminalSafe } from './escape';
import { isInputError, readArticle, readSidecarFile } from './readInput';

export interface ImportIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: ImportIo = { stdout: (t) => { process.stdout.write(t); }, stderr: (t) => { process.stderr.write(t); } };

const USAGE = `Usage: policy-lens import --format brat|w3c --into DIR SOURCE...

Adds annotations made elsewhere to the sidecars of the articles in DIR, as decisions of a person
(decision "added", or "confirmed" on a span the engine finds). SOURCE is a brat .ann file (its .txt
beside it) or a folder of them, or a W3C Web Annotation JSON-LD file. A brat file goes to the
article in DIR with the same name (and folder, when names repeat); a W3C annotation to the article
its target source names. Spans are placed at their offsets when the quote is still there, else
found again by quote; what cannot be placed is listed and nothing is written for it. Annotations
already in the sidecar are not added twice; the sidecar's comments are kept.

Exit status: 0 imported; 1 something could not be matched or placed; 2 usage error, unreadable
file, invalid sidecar`;

interface ImportOptions { sources: string[]; format: 'brat' | 'w3c'; into: string }

function parseArgs(args: readonly string[]): ImportOptions | 'help' | string {
  const sources: string[] = [];
  let format: string | undefined;
  let into: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--format' || flag === '--into') {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--format') format = value; else into = value;
    } else if (arg === '-h' || arg === '--help') return 'help';
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else sources.push(arg);
  }
  if (format !== 'brat' && format !== 'w3c') return `--format must be brat or w3c${format === undefined ? '' : `; got ${JSON.stringify(format)}`}`;
  if (!into) return 'no --into DIR given';
  if (!sources.length) return 'no SOURCE given';
  return { sources, format, into };
}

const slashes = (p: string): string => p.split(sep).join('/');
const stem = (p: string): string => basename(p, extname(p));

async function annFiles(p: string, out: string[] = []): Promise<string[]> {
  if ((await stat(p)).isDirectory()) {
    for (const e of (await readdir(p, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) await annFiles(join(p, e.name), out);
      else if (e.name.endsWith('.ann')) out.push(join(p, e.name));
    }
  } else out.push(p);
  return out;
}

/** The one article a name points to: same path inside DIR, else the same folder tail, else the only one with that name. */
function match(units: readonly Unit[], into: string, wanted: string, sameName: (u: Unit) => boolean): Unit | string {
  const candidates = units.filter(sameName);
  if (candidates.length <= 1) return candidates[0] ?? `no article in ${into} matches ${wanted}`;
  const tail = candidates.filter((u) => wanted.endsWith(slashes(relative(into, dirname(u.article)))));
  return tail.length === 1 ? tail[0] : `${wanted} matches ${candidates.length} articles in ${into}`;
}

export async function importCommand(args: string[], io: ImportIo = processIo): Promise<number> {
  const options = parseArgs(args);
  if (options === 'help') { io.stdout(`${USAGE}\n`); return 0; }
  if (typeof options === 'string') { io.stderr(`policy-lens import: ${terminalSafe(options)}\n${USAGE}\n`); return 2; }
  const units = await collect([options.into], DEFAULT_SIDECAR_PATTERN);
  if (typeof units === 'string') { io.stderr(`policy-lens import: ${terminalSafe(units)}\n`); return 2; }

  // Spans per article, gathered from every source first so one article is written once.
  const work = new Map<string, { unit: Unit; spans: ImportedSpan[]; codePoints: boolean }[]>();
  let status = 0;
  const problem = (text: string): void => { io.stderr(`policy-lens import: ${terminalSafe(text)}\n`); status = 1; };
  const add = (unit: Unit, spans: ImportedSpan[], codePoints: boolean): void => {
    const list = work.get(unit.article) ?? [];
    list.push({ unit, spans, codePoints });
    work.set(unit.article, list);
  };
  try {
    for (const source of options.sources) {
      if (options.format === 'brat') {
        for (const ann of await annFiles(source)) {
          const txtPath = ann.replace(/\.ann$/, '.txt');
          const [annText, txt] = await Promise.all([readFile(ann, 'utf8'), readFile(txtPath, 'utf8')]);
          const { spans, problems } = parseBrat(annText, txt);
          for (const p of problems) problem(`${ann}: ${p}`);
          const unit = match(units, options.into, slashes(ann.replace(/\.ann$/, '')), (u) => stem(u.article) === stem(ann));
          if (typeof unit === 'string') problem(unit); else add(unit, spans, false);
        }
      } else {
        const { bySource, problems } = parseW3c(await readFile(source, 'utf8'));
        for (const p of problems) problem(`${source}: ${p}`);
        for (const [name, { spans }] of bySource) {
          const unit = match(units, options.into, name, (u) => basename(u.article) === basename(name));
          if (typeof unit === 'string') problem(unit); else add(unit, spans, true);
        }
      }
    }
  } catch (err) {
    io.stderr(`policy-lens import: ${terminalSafe(err instanceof Error ? err.message : String(err))}\n`);
    return 2;
  }

  for (const [article, parts] of work) {
    const raw = await readArticle(article);
    if (typeof raw !== 'string') { io.stderr(`policy-lens import: ${isInputError(raw) ? raw.error : `${terminalSafe(article)}: missing`}\n`); return 2; }
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const sidecarPath = parts[0].unit.sidecar ?? join(dirname(article), sidecarName(DEFAULT_SIDECAR_PATTERN, basename(article)));
    const before = await readSidecarFile(sidecarPath);
    if (isInputError(before)) { io.stderr(`policy-lens import: ${before.error}\n`); return 2; }
    const sidecarText = typeof before === 'string' ? before : undefined;
    const spans = parts.flatMap((p) => (p.codePoints ? fromCodePoints(text, p.spans) : p.spans));
    let r;
    try {
      r = importSpans({ text, articleName: basename(article), ...(sidecarText !== undefined ? { sidecarText } : {}) }, spans);
    } catch (err) {
      io.stderr(`policy-lens import: ${terminalSafe(err instanceof Error ? err.message : String(err))}\n`);
      return 2;
    }
    if (r.changed && r.sidecarText !== undefined) {
      // Never overwrite a sidecar that changed while the import ran.
      const now = await readSidecarFile(sidecarPath);
      if ((typeof now === 'string' ? now : undefined) !== sidecarText) { problem(`${sidecarPath} changed during the import; not written`); continue; }
      await writeFile(sidecarPath, r.sidecarText);
    }
    io.stderr(`policy-lens import: ${terminalSafe(article)}: ${r.added} added, ${r.present} already there, ${r.moved} found by quote, ${r.unplaced.length} not placed\n`);
    for (const u of r.unplaced) problem(`${article}: could not place "${u.exact}" (${u.kind}/${u.type}, offsets ${u.start}–${u.end}); nothing written for it`);
  }
  return status;
}
