// `policy-lens agree A B [--json]`: agreement between two annotators. A and B are two sidecars of
// one article, or two folders of sidecars matched by their path inside the folder. Each side is the
// engine's mentions as that sidecar decided them; B is scored against A. Exit 0 with a report; 2 on
// a usage error, a missing article, a mismatched pair or a malformed sidecar (nothing on stdout).
import { stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import {
  acceptedMentions, addComparison, agreementReport, compareMentions, emptyComparison, DISAGREEMENT_TITLES,
  type AgreementReport, type Disagreement, type Side,
} from '../core/agree';
import { extract, referenceDateFor } from '../core/extract';
import { DEFAULT_SIDECAR_PATTERN, parseSidecar, parseSidecarName, type ParsedSidecar, type Sidecar } from '../core/sidecar';
import { walkFolder } from './articleFolder';
import { jsonText, terminalSafe } from './escape';
import { isInputError, readArticle, readSidecarFile } from './readInput';

export interface AgreeIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: AgreeIo = { stdout: (t) => { process.stdout.write(t); }, stderr: (t) => { process.stderr.write(t); } };

const USAGE = `Usage: policy-lens agree A B [--json]

Agreement between two annotators of the same articles. A and B are two sidecars of one article
(${DEFAULT_SIDECAR_PATTERN.replace('{name}', 'ARTICLE')}), or two folders of sidecars matched by their path inside the folder.
The article is read next to A's sidecar, else next to B's. Each side is the engine's mentions as
that sidecar decided them (rejected ones left out); B is scored against A:
precision/recall/F1 per kind and type (strict: same span; overlap: overlapping spans), Cohen's
kappa on token labels, agreement on meaning for spans both marked, and every disagreement.

Options:
  --json   machine-readable report

Exit status: 0 report printed; 2 usage error, missing article, mismatched pair, malformed sidecar`;

/** A usage or input problem: reported on stderr with exit status 2. */
class AgreeError extends Error {}

interface Pair {
  /** Path of the pair inside the folders (or A's file name). */
  name: string;
  a: string;
  b: string;
}

export interface ArticleAgreement {
  article: string;
  a: string;
  b: string;
  scores: AgreementReport;
  disagreements: Disagreement[];
}

async function kindOf(p: string): Promise<'file' | 'folder'> {
  try {
    const s = await stat(p);
    if (s.isDirectory()) return 'folder';
    if (s.isFile()) return 'file';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AgreeError(`${terminalSafe(p)} does not exist`);
    throw err;
  }
  throw new AgreeError(`${terminalSafe(p)} is neither a file nor a folder`);
}

async function sidecarsUnder(root: string): Promise<string[]> {
  const sidecars: string[] = [];
  await walkFolder(root, DEFAULT_SIDECAR_PATTERN, [], sidecars);
  return sidecars.map((p) => relative(root, p)).sort();
}

async function pairsOf(a: string, b: string, io: AgreeIo): Promise<Pair[]> {
  const [ka, kb] = await Promise.all([kindOf(a), kindOf(b)]);
  if (ka !== kb) throw new AgreeError(`mismatched pair: ${terminalSafe(a)} is a ${ka} and ${terminalSafe(b)} a ${kb}; give two sidecars or two folders`);
  if (ka === 'file') return [{ name: basename(a), a, b }];
  const [la, lb] = await Promise.all([sidecarsUnder(a), sidecarsUnder(b)]);
  const inB = new Set(lb);
  const inA = new Set(la);
  for (const x of la) if (!inB.has(x)) io.stderr(`policy-lens agree: warning: ${terminalSafe(x)} is only in ${terminalSafe(a)}; skipped\n`);
  for (const x of lb) if (!inA.has(x)) io.stderr(`policy-lens agree: warning: ${terminalSafe(x)} is only in ${terminalSafe(b)}; skipped\n`);
  const pairs = la.filter((x) => inB.has(x)).map((x) => ({ name: x.split(sep).join('/'), a: join(a, x), b: join(b, x) }));
  if (!pairs.length) throw new AgreeError(`no sidecar (${DEFAULT_SIDECAR_PATTERN}) has the same path in ${terminalSafe(a)} and ${terminalSafe(b)}`);
  return pairs;
}

async function readSidecar(path: string): Promise<{ parsed: ParsedSidecar; sidecar: Sidecar }> {
  const text = await readSidecarFile(path);
  if (typeof text !== 'string') throw new AgreeError(isInputError(text) ? text.error : `${terminalSafe(path)} does not exist`);
  const parsed = parseSidecar(text);
  const first = parsed.diagnostics.find((d) => d.severity === 'error');
  if (!parsed.ok || !parsed.sidecar) throw new AgreeError(`malformed sidecar ${terminalSafe(path)}:${first?.line ?? 1}:${first?.col ?? 1}: ${terminalSafe(first?.message ?? 'invalid sidecar')}`);
  return { parsed, sidecar: parsed.sidecar };
}

/** The article's file name a sidecar belongs to: from its own file name, else its `article:`. */
function articleName(path: string, sidecar: Sidecar): string {
  const read = parseSidecarName(DEFAULT_SIDECAR_PATTERN, basename(path));
  return read && 'name' in read ? read.name : sidecar.article;
}

async function articleText(path: string): Promise<string | undefined> {
  const t = await readArticle(path);
  if (typeof t === 'string') return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
  if (isInputError(t)) throw new AgreeError(t.error);
  return undefined;
}

async function comparePair(pair: Pair): Promise<{ result: ArticleAgreement; counts: ReturnType<typeof compareMentions> }> {
  const A = await readSidecar(pair.a);
  const B = await readSidecar(pair.b);
  const nameA = articleName(pair.a, A.sidecar);
  const nameB = articleName(pair.b, B.sidecar);
  if (nameA !== nameB || A.sidecar.article !== B.sidecar.article) {
    throw new AgreeError(`mismatched pair: ${terminalSafe(pair.a)} annotates ${terminalSafe(A.sidecar.article)} and ${terminalSafe(pair.b)} annotates ${terminalSafe(B.sidecar.article)}`);
  }
  const nextToA = join(dirname(pair.a), nameA);
  const nextToB = join(dirname(pair.b), nameB);
  const textA = await articleText(nextToA);
  const textB = nextToB === nextToA ? textA : await articleText(nextToB);
  const text = textA ?? textB;
  if (text === undefined) throw new AgreeError(`article ${terminalSafe(nameA)} not found next to ${terminalSafe(pair.a)} or ${terminalSafe(pair.b)}`);
  if (textA !== undefined && textB !== undefined && textA.replace(/\r\n/g, '\n') !== textB.replace(/\r\n/g, '\n')) {
    throw new AgreeError(`mismatched pair: ${terminalSafe(nextToA)} and ${terminalSafe(nextToB)} differ; both sidecars must annotate the same text`);
  }
  // Each side's engine mentions resolve dates against that side's reference date.
  const mentionsFor = (sc: Sidecar) => extract(text, { referenceDate: referenceDateFor(text, { sidecar: sc.referenceDate }) }).mentions;
  const mA = mentionsFor(A.sidecar);
  const mB = A.sidecar.referenceDate === B.sidecar.referenceDate ? mA : mentionsFor(B.sidecar);
  const counts = compareMentions(text, acceptedMentions(text, mA, A.parsed), acceptedMentions(text, mB, B.parsed));
  const article = textA !== undefined ? nextToA : nextToB;
  return { result: { article, a: pair.a, b: pair.b, scores: agreementReport(counts), disagreements: counts.disagreements }, counts };
}

function parseArgs(args: string[]): { a: string; b: string; json: boolean } | 'help' {
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--') { files.push(...args.slice(i + 1)); break; } else if (arg.startsWith('-')) throw new AgreeError(`unknown option ${terminalSafe(arg)}`);
    else files.push(arg);
  }
  if (files.length !== 2) throw new AgreeError(`expected two sidecars or two folders, got ${files.length}`);
  return { a: files[0], b: files[1], json };
}

const pct = (x: number | null): string => (x === null ? '   –' : `${(100 * x).toFixed(1).padStart(5)}`);
const ratio = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

function describeSide(s: Side): string {
  return `${s.kind}/${s.type} ${JSON.stringify(s.text)} (${s.meaning})`;
}

function disagreementLine(article: string, d: Disagreement): string {
  const parts = [d.a && `A: ${describeSide(d.a)}`, d.b && `B: ${describeSide(d.b)}`].filter(Boolean).join('; ');
  return `${terminalSafe(article)}:${d.line}: ${DISAGREEMENT_TITLES[d.kind]}: ${terminalSafe(parts)}`;
}

/** The scores as an aligned table. */
export function formatReport(r: AgreementReport): string {
  const rows = [['group', 'A', 'B', 'strict P', 'R', 'F1', 'overlap P', 'R', 'F1']];
  for (const g of r.groups) rows.push([g.group, String(g.strict.a), String(g.strict.b), pct(g.strict.precision), pct(g.strict.recall), pct(g.strict.f1), pct(g.overlap.precision), pct(g.overlap.recall), pct(g.overlap.f1)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const k = r.kappa;
  const meaning = r.meaning.map((m) => `${m.kind} ${m.same}/${m.matched}`).join(', ');
  return [line(rows[0]), ...rows.slice(1).map(line),
    `Cohen's kappa on ${k.tokens} tokens: ${ratio(k.kappa)} (observed ${ratio(k.observed)}, chance ${ratio(k.expected)})`,
    `Same meaning on spans both marked: ${meaning}`].join('\n');
}

export async function agreeCommand(args: string[], io: AgreeIo = processIo): Promise<number> {
  try {
    const parsed = parseArgs(args);
    if (parsed === 'help') { io.stdout(`${USAGE}\n`); return 0; }
    const pairs = await pairsOf(parsed.a, parsed.b, io);
    const total = emptyComparison();
    const articles: ArticleAgreement[] = [];
    for (const pair of pairs) {
      const { result, counts } = await comparePair(pair);
      addComparison(total, counts);
      articles.push(result);
    }
    const summary = agreementReport(total);
    if (parsed.json) {
      io.stdout(`${jsonText({ version: 1, a: parsed.a, b: parsed.b, total: summary, articles })}\n`);
      return 0;
    }
    const blocks = articles.map((x) => [`${terminalSafe(x.article)} (A: ${terminalSafe(x.a)}, B: ${terminalSafe(x.b)})`, formatReport(x.scores),
      x.disagreements.length ? `${x.disagreements.length} disagreement(s):\n${x.disagreements.map((d) => `  ${disagreementLine(x.article, d)}`).join('\n')}` : 'No disagreements.'].join('\n'));
    if (articles.length > 1) blocks.push([`All ${articles.length} articles`, formatReport(summary)].join('\n'));
    io.stdout(`${blocks.join('\n\n')}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof AgreeError)) throw err;
    io.stderr(`policy-lens agree: ${err.message}\n`);
    return 2;
  }
}
