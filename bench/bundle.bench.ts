// Size of the production bundles (minified, as packaged: the extension with the engine loaded
// lazily from its own bundle, as esbuild.mjs builds it), against the 400 KB target.
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import bundleTarget from '../scripts/bundleTarget.json';

export async function runBundleBench(print: (line: string) => void): Promise<void> {
  const root = resolve(__dirname, '..');
  const out = mkdtempSync(join(tmpdir(), 'policy-lens-bundle-'));
  const { lazyEngine } = (await import(pathToFileURL(join(root, 'scripts', 'lazyEnginePlugin.mjs')).href)) as { lazyEngine: Plugin };
  try {
    for (const [name, entry, plugins] of [['extension', 'src/extension/extension.ts', [lazyEngine]], ['engine', 'src/core/extract/index.ts', []], ['cli', 'src/cli/cli.ts', []]] as const) {
      const outfile = join(out, `${name}.js`);
      await build({ entryPoints: [join(root, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', ...bundleTarget, minify: true, external: ['vscode'], logLevel: 'silent', plugins: [...plugins] });
      const kb = statSync(outfile).size / 1024;
      const target = name === 'extension' ? ` (target ≤ 400 KB: ${(kb / 400).toFixed(2)}× of budget)` : '';
      print(`bundle  ${name.padEnd(9)} ${kb.toFixed(0).padStart(6)} KB minified${target}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runBundleBench((l) => console.log(l));
}
