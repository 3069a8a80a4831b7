// The command line as users run it: src/cli/cli.ts bundled by esbuild (as esbuild.mjs bundles
// dist/cli.js) into a temporary folder once per test file, then run with node.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import bundleTarget from '../../../scripts/bundleTarget.json';
import { ROOT } from './helpers';

/** Bundles the CLI and returns the path of the bundle. */
export function bundleCli(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'policy-lens-bundle-')), 'cli.js');
  buildSync({
    entryPoints: [join(ROOT, 'src', 'cli', 'cli.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', ...bundleTarget,
    external: ['vscode'], logLevel: 'warning', banner: { js: '#!/usr/bin/env node' },
  });
  return outfile;
}

export interface BundleRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBundle(bundle: string, args: readonly string[], options: SpawnSyncOptions = {}): BundleRun {
  const r = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}
