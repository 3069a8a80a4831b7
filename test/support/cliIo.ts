// A command-line IO that records what a command prints, for the CLI tests.
import { readArticle } from '../../src/cli/readInput';
import type { ExtractCommandIO } from '../../src/cli/extractCommand';

export function recordingIo(overrides: Partial<ExtractCommandIO> = {}): { io: ExtractCommandIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: ExtractCommandIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readArticle,
    readSidecar: async () => ({ missing: true }),
    ...overrides,
  };
  return { io, out, err };
}
