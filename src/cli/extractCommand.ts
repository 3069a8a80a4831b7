// `policy-lens extract FILE|FOLDER... [--reference-date YYYY-MM-DD] [--date-order dmy|mdy] [--format json|yaml|table|jsonl] [--jobs N]`:
// reads each article (`-` is standard input), runs the core extractor (with several files, on the
// calling thread and jobs − 1 worker threads), applies the decisions of the article's sidecar and
// prints the mentions. Exit 0 on success, 2 on a bad argument or a file that cannot be used (one line each on
// stderr; nothing on stdout, except with jsonl, which streams the other files as they finish).
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { extract, frontMatterDateProblem, isCalendarDate, referenceDateFor, type DateOrder } from '../core/extract';
import { DATE_ORDER_FLAG, parseDateOrderOption } from './dateOrderOption';
import { applyDecisions } from '../core/model';
import { DEFAULT_SIDECAR_PATTERN, parseSidecar, sidecarName, sidecarPatternProblem, type ParsedSidecar } from '../core/sidecar';
import type { Mention } from '../core/types';
import { autoRecord } from '../core/jobs';
import { ExtractPool, WorkerFailedError, locateWorkerScript, type ExtractJob, type ExtractJobResult } from '../worker/extractPool';
import { articlesInFolder } from './articleFolder';
import type { CompiledRegistry } from '../core/registry';
import { RegistryLoader } from './entityRegistry';
import { jsonLine, jsonText, terminalSafe } from './escape';
import { ProgressBar } from './progress';
import { readArticle, readSidecarFile, readTextStream, type InputText } from './readInput';

export type ExtractFormat = 'json' | 'yaml' | 'table' | 'jsonl';

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
  /** The articles under a folder; undefined when the path is not a folder. */
  listFolder?(path: string, sidecarPattern: string): Promise<string[] | undefined>;
  /** A file's size in bytes, undefined when unknown (standard input, a file gone): the default --jobs counts them. */
  sizeOf?(file: string): Promise<number | undefined>;
  /** Draw a progress bar on stderr (stderr is a terminal). */
  progress?: boolean;
  /** The runner for `jobs` threads (tests count where the files were extracted); default a new ExtractRunner. */
  runner?(jobs: number): ExtractRunner;
}

const defaultIO: ExtractCommandIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readArticle: (file) => (file === STDIN ? readTextStream(process.stdin) : readArticle(file)),
  readSidecar: readSidecarFile,
  listFolder: articlesInFolder,
  sizeOf: (file) => (file === STDIN ? Promise.resolve(undefined) : stat(file).then((s) => s.size, () => undefined)),
  progress: process.stderr.isTTY === true,
};

const USAGE = `usage: policy-lens extract FILE|FOLDER...|- [--reference-date YYYY-MM-DD] [--date-order dmy|mdy (default: the article's front matter, else its own numeric dates)] [--format json|yaml|table|jsonl] [--jobs N (threads that extract: the command's own and N − 1 workers; default: the number of cores, at most one per 3 MB of input)] [--sidecar-pattern PATTERN (default ${DEFAULT_SIDECAR_PATTERN})] [--entities FILE (default: the nearest policy-lens.entities.yaml up to the repository root)]`;

interface ParsedArgs {
  files: string[];
  referenceDate: string | null;
  format: ExtractFormat;
  sidecarPattern: string;
  /** Threads that extract: the calling one and jobs − 1 workers; 1 starts no worker. Undefined: defaultJobs. */
  jobs?: number;
  /** --entities: the registry for every file, instead of the one found next to each. */
  entities?: string;
  /** --date-order: the day-month order of numeric dates (an article's front matter wins). */
  dateOrder?: DateOrder;
}

/** Parses the arguments; returns an error message instead of throwing. */
export function parseExtractArgs(args: string[]): ParsedArgs | string {
  const out: ParsedArgs = { files: [], referenceDate: null, format: 'json', sidecarPattern: DEFAULT_SIDECAR_PATTERN };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flag === '--reference-date' || flag === '--format' || flag === '--sidecar-pattern' || flag === '--jobs' || flag === '--entities' || flag === DATE_ORDER_FLAG) {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--entities') out.entities = value;
      else if (flag === DATE_ORDER_FLAG) {
        const order = parseDateOrderOption(value);
        if (order !== 'DMY' && order !== 'MDY') return order;
        out.dateOrder = order;
      }
      else if (flag === '--jobs') {
        if (!/^[1-9]\d{0,3}$/.test(value)) return `--jobs must be a whole number from 1 to 9999, got "${value}"`;
        out.jobs = Number(value);
      } else if (flag === '--sidecar-pattern') {
        const problem = sidecarPatternProblem(value);
        if (problem) return problem;
        out.sidecarPattern = value;
      } else if (flag === '--reference-date') {
        if (!isCalendarDate(value)) return `--reference-date must be a date YYYY-MM-DD, got "${value}"`;
        out.referenceDate = value;
      } else {
        if (value !== 'json' && value !== 'yaml' && value !== 'table' && value !== 'jsonl') return `--format must be json, yaml, table or jsonl, got "${value}"`;
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

/** One file's outcome: its result (or, streamed, its record) or why it cannot be used, and the warnings it printed. */
interface FileOutcome {
  result?: FileResult;
  /** The JSON Lines record, when it was built where the file was extracted (a file without a sidecar). */
  record?: string;
  error?: string;
  warnings: string[];
}

/**
 * A file this long (UTF-16 code units; a tenth to a quarter of a second of extraction) waits for a worker
 * rather than run on the calling thread: while this thread extracts, no worker's answer is read and
 * no worker is given its next file.
 */
export const LONG_FILE = 256 * 1024;

/**
 * Input per extracting thread below which a worker does not pay for itself: a worker takes about
 * 0.3 s to load and warm its engine (about 1 MB of extraction), and a thread's share must be a few
 * times that. Measured over batches of 40 KB articles on 2 cores: a second thread lost 10–25 % up
 * to 4 MB and gained from 8 MB.
 */
export const BYTES_PER_THREAD = 3 * 1024 * 1024;

/** The default --jobs: a thread per core, but no more than one per BYTES_PER_THREAD of input (at least one). */
export function defaultJobs(cores: number, bytes: number): number {
  return Math.max(1, Math.min(cores, Math.floor(bytes / BYTES_PER_THREAD)));
}

/**
 * The threads for these files: --jobs as given, else defaultJobs over their bytes (unknown sizes
 * count as none; an IO that cannot tell sizes, the cores); never more than the files, so a single
 * file is not sized at all.
 */
async function jobsFor(files: string[], given: number | undefined, io: ExtractCommandIO): Promise<number> {
  const sizeOf = io.sizeOf;
  if (given !== undefined || files.length <= 1 || !sizeOf) return Math.min(given ?? availableParallelism(), files.length);
  const sizes = await Promise.all(files.map((f) => sizeOf(f)));
  return Math.min(defaultJobs(availableParallelism(), sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0)), files.length);
}

/** Lanes that read and hand out files: two per thread, so reading runs ahead of extraction. */
export function lanes(jobs: number, files: number): number {
  return Math.min(files, Math.max(2, jobs * 2));
}

/**
 * Extracts on `jobs` threads: the calling thread and jobs − 1 workers. A file goes to a worker that
 * is ready and idle, or busy with one file and none behind it (runSoon: it starts the file the
 * moment it is done, while this thread may be busy with its own); when none is (all full, or still
 * starting), the calling thread extracts it itself, so a batch starts at once and a worker joins
 * when its engine is warm. One job, or no worker that can start: everything in-process.
 */
export class ExtractRunner {
  readonly #pool?: ExtractPool;
  /** Files extracted on the calling thread (the ones a failed worker gave back included). */
  inProcess = 0;
  /** Files handed to a worker. */
  toWorkers = 0;
  /** Files a worker answered for. */
  onWorkers = 0;
  /** Files handed to a worker that failed before answering, then extracted here. */
  fellBack = 0;
  /** The calling thread's turns: one file extracted here at a time (see #inTurn). */
  #turn: Promise<void> = Promise.resolve();

  constructor(jobs: number, script = jobs > 1 ? locateWorkerScript(__dirname) : undefined) {
    if (script && jobs > 1) this.#pool = new ExtractPool({ size: jobs - 1, script, startAll: true });
  }

  /** Worker threads started (0 with one job). */
  get workersStarted(): number {
    return this.#pool?.workersStarted ?? 0;
  }

  /** Whether there is a worker pool (with one job there is none, and nothing of it is made). */
  get pooled(): boolean {
    return this.#pool !== undefined;
  }

  /** Resolves once every worker is ready, or none can start (the bench and tests start warm). */
  whenReady(): Promise<void> {
    return this.#pool?.whenReady() ?? Promise.resolve();
  }

  /** `registry` is the compiled form of `job.registry`, used in-process (a worker compiles its own once). */
  run(job: ExtractJob, registry?: CompiledRegistry): Promise<ReturnType<typeof extract>> {
    return this.#place(job, (answer) => answer.result, () => this.#inProcess(job, registry));
  }

  /**
   * The JSON Lines record of a file without a sidecar (autoRecord), formatted where it was
   * extracted: turning every result into JSON on the writing thread kept it busy most of a batch.
   */
  record(job: ExtractJob, file: string, registry?: CompiledRegistry): Promise<string> {
    return this.#place({ ...job, record: { file } }, (answer) => answer.record, () => autoRecord(file, this.#inProcess(job, registry)));
  }

  /**
   * On a worker (runSoon), else (a long file) queued for the next free worker, else here; here too
   * if its worker fails. A worker's answer without what was asked is a protocol error: thrown, not
   * covered by extracting the file a second time.
   */
  async #place<T>(job: ExtractJob, fromWorker: (answer: ExtractJobResult) => T | undefined, here: () => T): Promise<T> {
    const pool = this.#pool;
    if (!pool) return here();
    const placed = await this.#inTurn((): { sent: Promise<ExtractJobResult> } | { done: T } => {
      const sent = pool.unavailable ? undefined : pool.runSoon(job) ?? (this.#waitsForWorker(job, pool) ? pool.run(job) : undefined);
      if (!sent) return { done: here() };
      this.toWorkers++;
      return { sent };
    });
    if (!('sent' in placed)) return placed.done;
    let answer: ExtractJobResult;
    try {
      answer = await placed.sent;
    } catch (err) {
      if (!(err instanceof WorkerFailedError)) throw err;
      this.fellBack++;
      return this.#inTurn(here);
    }
    this.onWorkers++;
    const value = fromWorker(answer);
    if (value === undefined) throw new Error('the extraction worker did not answer with what the job asked for');
    return value;
  }

  /**
   * A long file waits for a worker (ready or starting: with startAll one that stops is replaced at
   * once, and #place has checked that workers can run) unless another already waits.
   */
  #waitsForWorker(job: ExtractJob, pool: ExtractPool): boolean {
    return job.text.length >= LONG_FILE && pool.waiting === 0;
  }

  /**
   * Runs `fn` on the calling thread's next turn: after the previous turn and after a pass of the
   * event loop. Extraction here is synchronous; yielding between files lets the workers' answers in,
   * so a worker that finished is given the next file instead of waiting behind a run of them.
   */
  async #inTurn<T>(fn: () => T): Promise<T> {
    const previous = this.#turn;
    let done: () => void = () => undefined;
    this.#turn = new Promise<void>((resolve) => { done = resolve; });
    try {
      await previous;
      await new Promise<void>((resolve) => setImmediate(resolve));
      return fn();
    } finally {
      done();
    }
  }

  #inProcess(job: ExtractJob, registry?: CompiledRegistry): ReturnType<typeof extract> {
    this.inProcess++;
    return extract(job.text, { referenceDate: job.referenceDate, ...(registry ? { registry } : {}), ...(job.dateOrder ? { dateOrder: job.dateOrder } : {}) });
  }

  close(): Promise<void> {
    return this.#pool?.close() ?? Promise.resolve();
  }
}

/** Reads one article and its sidecar, extracts and applies the decisions. */
async function extractFile(file: string, parsed: ParsedArgs, io: ExtractCommandIO, extractor: ExtractRunner, registries: RegistryLoader): Promise<FileOutcome> {
  const warnings: string[] = [];
  const text = await io.readArticle(file);
  if (typeof text !== 'string') return { error: 'error' in text ? text.error : `cannot read ${terminalSafe(file)} (no such file)`, warnings };
  const sidecar = await sidecarOf(file, parsed.sidecarPattern, io);
  if (sidecar && 'error' in sidecar) return { error: sidecar.error, warnings };
  const registry = await registries.forArticle(file);
  if (registry && 'error' in registry) return { error: registry.error, warnings };
  const dateProblem = parsed.referenceDate ? null : frontMatterDateProblem(text);
  if (dateProblem) warnings.push(`policy-lens extract: warning: ${terminalSafe(file)}: ${dateProblem}\n`);
  const referenceDate = referenceDateFor(text, { given: parsed.referenceDate, sidecar: sidecar?.sidecar?.referenceDate });
  const job = { text, referenceDate, registry: registry ? { key: registry.key, source: registry.source } : undefined, ...(parsed.dateOrder ? { dateOrder: parsed.dateOrder } : {}) };
  if (parsed.format === 'jsonl' && sidecar === null) return { record: await extractor.record(job, file, registry ?? undefined), warnings };
  const result = await extractor.run(job, registry ?? undefined);
  const mentions = withDecisions(file, text, result.mentions, sidecar, parsed.sidecarPattern, { ...io, stderr: (t) => warnings.push(t) });
  return { result: { file, referenceDate: result.referenceDate, mentions }, warnings };
}

/** The files named, with each folder replaced by the articles under it. */
async function expand(files: string[], parsed: ParsedArgs, io: ExtractCommandIO): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const inFolder = file === STDIN ? undefined : await io.listFolder?.(file, parsed.sidecarPattern);
    if (inFolder) out.push(...inFolder);
    else out.push(file);
  }
  return out;
}

export async function extractCommand(args: string[], io: ExtractCommandIO = defaultIO): Promise<number> {
  const parsed = parseExtractArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`policy-lens extract: ${terminalSafe(parsed)}. ${USAGE}\n`);
    return 2;
  }
  const files = await expand(parsed.files, parsed, io);
  const registries = new RegistryLoader(parsed.entities, (line) => io.stderr(`policy-lens extract: ${line}\n`));
  const streaming = parsed.format === 'jsonl';
  const jobs = await jobsFor(files, parsed.jobs, io);
  const extractor = io.runner?.(jobs) ?? new ExtractRunner(jobs);
  const progress = io.progress && files.length > 1 ? new ProgressBar(files.length, io.stderr) : undefined;
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  // Reading runs a little ahead of the threads that extract, so they never wait for the disk.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const outcome = await extractFile(files[i], parsed, io, extractor, registries);
      outcomes[i] = outcome;
      progress?.clear();
      if (streaming) {
        for (const w of outcome.warnings) io.stderr(w);
        if (outcome.error) io.stderr(`policy-lens extract: ${outcome.error}\n`);
        io.stdout(`${outcome.record ?? jsonLine(outcome.result ?? { file: files[i], error: outcome.error })}\n`);
      }
      progress?.tick();
    }
  };
  try {
    await Promise.all(Array.from({ length: lanes(jobs, files.length) }, lane));
  } finally {
    progress?.clear();
    await extractor.close();
  }
  const failed = outcomes.some((o) => o.error !== undefined);
  if (streaming) return failed ? 2 : 0;
  // As before: messages in file order, and after the first failure only the other failures.
  let seenFailure = false;
  for (const o of outcomes) {
    if (o.error !== undefined) {
      io.stderr(`policy-lens extract: ${o.error}\n`);
      seenFailure = true;
    } else if (!seenFailure) for (const w of o.warnings) io.stderr(w);
  }
  if (failed) return 2;
  const results = outcomes.map((o) => o.result as FileResult);
  if (parsed.format === 'table') io.stdout(formatTable(results));
  else {
    const data = results.length === 1 ? results[0] : results;
    io.stdout(parsed.format === 'yaml' ? stringify(data) : `${jsonText(data)}\n`);
  }
  return 0;
}
