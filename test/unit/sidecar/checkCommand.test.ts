// Tests of src/cli/checkCommand.ts (the CLI over the sidecar core) with a temporary workspace.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand, type CheckIo } from '../../../src/cli/checkCommand';
import { fixture } from './helpers';

function capture(): CheckIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => { io.out += t; }, stderr: (t: string) => { io.err += t; } };
  return io;
}

describe('policy-lens check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-check-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'call.md'), fixture('call.md'));
    writeFileSync(join(dir, 'drafts', 'call.md.annotations.yaml'), fixture('call.md.annotations.yaml'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the unverified figure with its article position and exits 1', async () => {
    const io = capture();
    const code = await checkCommand([dir], io);
    assert.equal(code, 1);
    assert.equal(io.out, `${join(dir, 'drafts', 'call.md')}:4:94: warning: unverified figure "40 percent" (a-3r1c8wm)\n`);
  });

  it('exits 0 on a clean sidecar', async () => {
    const sc = join(dir, 'drafts', 'call.md.annotations.yaml');
    writeFileSync(sc, readFileSync(sc, 'utf8').replace('status: unverified', 'status: verified'));
    const io = capture();
    assert.equal(await checkCommand([join(dir, 'drafts', 'call.md')], io), 0);
    assert.equal(io.out, '');
  });

  it('reports orphans at the annotation in the sidecar and moved ones in the article', async () => {
    const art = join(dir, 'drafts', 'call.md');
    writeFileSync(art, 'Correction appended.\n\n' + fixture('call.md').replace('March 3, 2026', 'early March'));
    const io = capture();
    assert.equal(await checkCommand([join(dir, 'drafts', 'call.md.annotations.yaml')], io), 1);
    const lines = io.out.trim().split('\n');
    const orphan = lines.find((l) => l.includes('orphaned'))!;
    const scLines = fixture('call.md.annotations.yaml').split('\n');
    const line = scLines.findIndex((l) => l === '  - id: a-4n6t5ye') + 1;
    assert.ok(orphan.startsWith(`${join(dir, 'drafts', 'call.md.annotations.yaml')}:${line}:5: error: annotation a-4n6t5ye "March 3, 2026"`), orphan);
    const moved = lines.find((l) => l.includes('a-0k3x9qz'))!;
    assert.ok(moved.startsWith(`${art}:5:28: warning: annotation a-0k3x9qz "Amara Okafor" moved`), moved);
  });

  it('reports validation errors with sidecar line and column; --json is machine-readable', async () => {
    const sc = join(dir, 'drafts', 'call.md.annotations.yaml');
    writeFileSync(sc, readFileSync(sc, 'utf8').replace('decision: confirmed\n    author', 'decision: maybe\n    author'));
    const io = capture();
    assert.equal(await checkCommand(['--json', dir], io), 1);
    const r = JSON.parse(io.out) as { problems: { file: string; line: number; col: number; level: string; code: string }[]; summary: { errors: number } };
    assert.deepEqual(r.problems.map((p) => [p.code, p.line, p.col, p.level]), [['bad-value', 37, 5, 'error']]);
    assert.equal(r.summary.errors, 1);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal(await checkCommand([], capture()), 2);
    assert.equal(await checkCommand(['--frobnicate', dir], capture()), 2);
    assert.equal(await checkCommand([join(dir, 'nope')], capture()), 2);
  });
});
