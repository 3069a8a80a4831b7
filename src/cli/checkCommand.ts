// `policy-lens check PATH...`: validate sidecars, re-anchor them against their articles, report
// orphans, moved annotations and unverified figures as `file:line:col: level: message`.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { anchorAll } from '../core/anchor';
import { DEFAULT_SIDECAR_PATTERN, figureStatus, lineStarts, parseSidecar, parseSidecarName, positionAt, sidecarName, sidecarPatternProblem } from '../core/sidecar';

export type Level = 'error' | 'warning' | 'note';

export interface CheckProblem {
  file: string;
  line: number;
  col: number;
  level: Level;
  code: string;
  message: string;
  annotationId?: string;
}

export interface CheckedFile {
  sidecar: string;
  article: string;
  valid: boolean;
  annotations: number;
  anchored: number;
  moved: number;
  orphaned: number;
  unverified: number;
}

export interface CheckIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CheckIo = {
  stdout: (t) => { process.stdout.write(t); },
  stderr: (t) => { process.stderr.write(t); },
};

const USAGE = `Usage: policy-lens check [--json] [--sidecar-pattern PATTERN] PATH...

Validates every sidecar found in PATH (files or folders; an article path checks the sidecar next
to it), re-anchors it against its article and reports problems as file:line:col: level: message.
Sidecars are named by PATTERN ({name} = the article's file name, {stem} = without its extension;
default ${DEFAULT_SIDECAR_PATTERN}, as the editor's policyLens.sidecar.pattern).
Exit status: 0 clean, 1 problems found, 2 usage error.`;

function excerpt(s: string, max = 40): string {
  const one = s.replace(/\r?\n/g, ' ');
  return JSON.stringify(one.length > max ? one.slice(0, max - 1) + '…' : one);
}

async function isFile(p: string): Promise<boolean | undefined> {
  try {
    const s = await stat(p);
    return s.isFile() ? true : s.isDirectory() ? false : undefined;
  } catch {
    return undefined;
  }
}

async function walk(dir: string, pattern: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, pattern, out);
    else if (e.isFile() && parseSidecarName(pattern, e.name)) out.push(p);
  }
}

/** The article a sidecar belongs to: by name, or for a {stem} pattern the one file with that stem. */
async function articleOf(sidecar: string, pattern: string): Promise<string> {
  const read = parseSidecarName(pattern, basename(sidecar))!;
  if ('name' in read) return join(dirname(sidecar), read.name);
  const siblings = (await readdir(dirname(sidecar))).filter((n) => n !== basename(sidecar) && !parseSidecarName(pattern, n) && n.startsWith(`${read.stem}.`) && !n.slice(read.stem.length + 1).includes('.')).sort();
  return join(dirname(sidecar), siblings[0] ?? read.stem);
}

/** Check one sidecar against its article (texts in, problems out). */
export function checkSidecarText(sidecarPath: string, sidecarText: string, articlePath: string, articleText: string | undefined): { problems: CheckProblem[]; file: CheckedFile } {
  const problems: CheckProblem[] = [];
  const file: CheckedFile = { sidecar: sidecarPath, article: articlePath, valid: false, annotations: 0, anchored: 0, moved: 0, orphaned: 0, unverified: 0 };
  const parsed = parseSidecar(sidecarText);
  for (const d of parsed.diagnostics) problems.push({ file: sidecarPath, line: d.line, col: d.col, level: d.severity, code: d.code, message: d.message });
  file.valid = parsed.ok;
  const sc = parsed.sidecar;
  if (!sc) return { problems, file };
  file.annotations = sc.annotations.length;
  if (sc.article && sc.article !== basename(articlePath)) {
    const p = parsed.locate(['article']);
    problems.push({ file: sidecarPath, line: p.line, col: p.col, level: 'warning', code: 'article-mismatch', message: `"article" says ${sc.article} but the sidecar sits next to ${basename(articlePath)}` });
  }
  if (articleText === undefined) {
    problems.push({ file: sidecarPath, line: 1, col: 1, level: 'error', code: 'article-missing', message: `article ${basename(articlePath)} not found next to the sidecar` });
    return { problems, file };
  }
  const results = anchorAll(articleText, sc.annotations);
  let starts: number[] | undefined;
  const at = (offset: number): { line: number; col: number } => {
    const { line, col } = positionAt(starts ??= lineStarts(articleText), offset);
    return { line, col };
  };
  sc.annotations.forEach((a, i) => {
    const r = results[i];
    const where = parsed.annotationPosition(a.id) ?? { line: 1, col: 1 };
    if (r.status === 'orphaned') {
      file.orphaned++;
      problems.push({ file: sidecarPath, line: where.line, col: where.col, level: 'error', code: 'orphaned', annotationId: a.id, message: `annotation ${a.id} ${excerpt(a.quote.exact)} not found in ${basename(articlePath)} (orphaned; kept in the sidecar)` });
      return;
    }
    const pos = at(r.start);
    if (r.status === 'moved') {
      file.moved++;
      if (!r.exact) {
        problems.push({ file: articlePath, ...pos, level: 'warning', code: 'quote-changed', annotationId: a.id, message: `annotation ${a.id}: text changed from ${excerpt(a.quote.exact)} to ${excerpt(articleText.slice(r.start, r.end))}; review the decision` });
      } else {
        problems.push({ file: articlePath, ...pos, level: 'warning', code: 'moved', annotationId: a.id, message: `annotation ${a.id} ${excerpt(a.quote.exact)} moved (saved at offset ${a.start}, now ${r.start}); saving in the editor updates the sidecar` });
      }
    } else file.anchored++;
    if (a.kind === 'figure' && a.decision !== 'rejected') {
      const status = figureStatus(a);
      if (status === 'unverified') {
        file.unverified++;
        problems.push({ file: articlePath, ...pos, level: 'warning', code: 'unverified', annotationId: a.id, message: `unverified figure ${excerpt(articleText.slice(r.start, r.end))} (${a.id})` });
      } else if (status === 'disputed') {
        problems.push({ file: articlePath, ...pos, level: 'note', code: 'disputed', annotationId: a.id, message: `disputed figure ${excerpt(articleText.slice(r.start, r.end))} (${a.id})${a.note ? ': ' + a.note : ''}` });
      }
    }
  });
  return { problems, file };
}

export async function checkCommand(args: string[], io: CheckIo = processIo): Promise<number> {
  let json = false;
  let pattern = DEFAULT_SIDECAR_PATTERN;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--sidecar-pattern' || a.startsWith('--sidecar-pattern=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      const problem = value === undefined ? '--sidecar-pattern needs a value' : sidecarPatternProblem(value);
      if (problem) { io.stderr(`policy-lens check: ${problem}\n${USAGE}\n`); return 2; }
      pattern = value!;
    }
    else if (a === '-h' || a === '--help') { io.stdout(USAGE + '\n'); return 0; }
    else if (a === '--') continue;
    else if (a.startsWith('-')) { io.stderr(`policy-lens check: unknown option ${a}\n${USAGE}\n`); return 2; }
    else paths.push(a);
  }
  if (!paths.length) { io.stderr(`policy-lens check: no PATH given\n${USAGE}\n`); return 2; }

  const sidecars: string[] = [];
  const notes: CheckProblem[] = [];
  for (const p of paths) {
    const kind = await isFile(p);
    if (kind === undefined) { io.stderr(`policy-lens check: ${p}: no such file or folder\n`); return 2; }
    if (kind === false) { await walk(p, pattern, sidecars); continue; }
    if (parseSidecarName(pattern, basename(p))) { sidecars.push(p); continue; }
    const sc = join(dirname(p), sidecarName(pattern, basename(p)));
    if (await isFile(sc)) sidecars.push(sc);
    else notes.push({ file: p, line: 1, col: 1, level: 'note', code: 'no-sidecar', message: 'no sidecar; nothing to check' });
  }
  const unique = [...new Set(sidecars)];
  const problems: CheckProblem[] = [...notes];
  const files: CheckedFile[] = [];
  for (const sc of unique) {
    const articlePath = await articleOf(sc, pattern);
    const text = await readFile(sc, 'utf8');
    let article: string | undefined;
    if (await isFile(articlePath)) article = await readFile(articlePath, 'utf8');
    // Editors drop a UTF-8 BOM from the document text, so offsets in sidecars never count it.
    if (article?.charCodeAt(0) === 0xfeff) article = article.slice(1);
    const r = checkSidecarText(sc, text, articlePath, article);
    problems.push(...r.problems);
    files.push(r.file);
  }
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.filter((p) => p.level === 'warning').length;
  if (json) {
    io.stdout(JSON.stringify({ version: 1, files, problems, summary: { sidecars: files.length, errors, warnings } }, null, 2) + '\n');
  } else {
    for (const p of problems) io.stdout(`${p.file}:${p.line}:${p.col}: ${p.level}: ${p.message}\n`);
    io.stderr(`${files.length} sidecar${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  return errors || warnings ? 1 : 0;
}
