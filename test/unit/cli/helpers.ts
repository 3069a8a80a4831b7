// Shared by the command-line tests: a captured CheckIo, sidecars written by the core writer, and
// the CLI run as a child process (the bundle when it is up to date, else the sources through tsx).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTarget } from '../../../src/core/anchor';
import { writeSidecar, type FigureStatus, type SidecarAnnotation } from '../../../src/core/sidecar';
import type { CheckIo } from '../../../src/cli/checkCommand';

export const ROOT = resolve(__dirname, '../../..');

export function capture(cwd?: string): CheckIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (t: string) => { io.out += t; }, stderr: (t: string) => { io.err += t; } };
  return io;
}

export interface AnnotationSpec {
  id: string;
  kind: SidecarAnnotation['kind'];
  type: string;
  /** The annotated text: its first occurrence in the article, or `at` when the article lacks it (an orphan). */
  exact: string;
  at?: number;
  decision?: SidecarAnnotation['decision'];
  status?: FigureStatus;
  note?: string;
}

/** A valid sidecar for `article` (its file name) and `text`, written as the editor writes it. */
export function sidecarFor(article: string, text: string, specs: readonly AnnotationSpec[]): string {
  const annotations = specs.map((s): SidecarAnnotation => {
    const start = text.includes(s.exact) ? text.indexOf(s.exact) : s.at ?? 0;
    const target = text.includes(s.exact)
      ? createTarget(text, start, start + s.exact.length)
      : { quote: { exact: s.exact, prefix: '', suffix: '' }, start, end: start + s.exact.length };
    const a: SidecarAnnotation = { id: s.id, kind: s.kind, type: s.type, quote: target.quote, start: target.start, end: target.end, decision: s.decision ?? 'confirmed' };
    if (s.status !== undefined) a.status = s.status;
    if (s.note !== undefined) a.note = s.note;
    return a;
  });
  return writeSidecar({ version: 1, article, referenceDate: null, entities: [], annotations });
}

function newestUnder(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** dist/cli.js when it is newer than every source and the manifest; otherwise undefined. */
function freshBundle(): string | undefined {
  const bundle = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(bundle)) return undefined;
  const sources = Math.max(newestUnder(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs);
  return statSync(bundle).mtimeMs >= sources ? bundle : undefined;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Which CLI ran: the bundle or the sources through tsx. */
  via: 'bundle' | 'tsx';
}

/** Runs `policy-lens ARGS` in `cwd` as a child process. */
export function runCli(args: readonly string[], cwd: string): CliRun {
  const bundle = freshBundle();
  const argv = bundle
    ? [bundle, ...args]
    : ['--import', pathToFileURL(require.resolve('tsx')).href, join(ROOT, 'src', 'cli', 'cli.ts'), ...args];
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, via: bundle ? 'bundle' : 'tsx' };
}
