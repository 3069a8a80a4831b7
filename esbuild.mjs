// One bundle per entry point: the extension (vscode external), the CLI (with a shebang), the
// extraction worker both of them start, the engine the extension loads lazily,
// and the integration-test files run inside the extension host (the development suite and the
// packaged-VSIX suite). (The benchmark runs through tsx and bundles the engine itself to time it as shipped.)
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { lazyEngine } from './scripts/lazyEnginePlugin.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The Node version the bundles run on (scripts/bundleTarget.json, shared with the tests and the bench).
// esbuild's table does not credit Node 20 with Unicode property escapes (\p{Lu}): without the
// `supported` entry every such regex literal became `new RegExp(source, flags)`, built again at each
// call on the engine's hot path (68 of them; 3–7 % of the engine's time).
const bundleTarget = JSON.parse(readFileSync(new URL('./scripts/bundleTarget.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  ...bundleTarget,
  sourcemap: production ? false : 'linked',
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
};

const entriesIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`) : []);
const integrationEntries = entriesIn('test/integration');
// The packaged-VSIX suite (npm run test:vsix): its own folder, so the runner loads only its tests.
const vsixEntries = entriesIn('test/integration-vsix');

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', plugins: [lazyEngine] },
  // The engine for the extension's main thread, loaded on first use (lazyEngine.ts).
  { ...common, entryPoints: ['src/core/extract/index.ts'], outfile: 'dist/engine.js' },
  { ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The extraction worker (worker_threads), started by both the extension and the CLI from dist/.
  { ...common, entryPoints: ['src/worker/extractWorker.ts'], outfile: 'dist/extractWorker.js' },
];
if (!production) {
  builds.push({ ...common, entryPoints: integrationEntries, outdir: 'out/test/integration', external: ['vscode', 'mocha'] });
  if (vsixEntries.length) builds.push({ ...common, entryPoints: vsixEntries, outdir: 'out/test/integration-vsix', external: ['vscode', 'mocha'] });
  builds.push({ ...common, entryPoints: ['test/runElectron.ts'], outdir: 'out/test', external: ['vscode', '@vscode/test-electron'] });
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
