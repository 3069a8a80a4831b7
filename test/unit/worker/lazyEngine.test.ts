// The extension bundle does not carry the extraction engine: src/extension/lazyEngine.ts stands in
// for the engine's barrel (scripts/lazyEnginePlugin.mjs) and loads the engine only when called.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import bundleTarget from '../../../scripts/bundleTarget.json';
import * as barrel from '../../../src/core/extract';
import * as lazy from '../../../src/extension/lazyEngine';

const ROOT = join(__dirname, '..', '..', '..');
/** The extension bundle's size target (production build, minified). */
const MAX_EXTENSION_BYTES = 400 * 1024;
/** The engine's files the extension may still bundle: the light date and front-matter helpers, the tokenizer the registry uses. */
const LIGHT = new Set(['calendar.ts', 'dateOrder.ts', 'frontMatter.ts', 'referenceDate.ts', 'tokenize.ts']);

describe('lazy extraction engine of the extension', function () {
  this.timeout(60_000);

  it('exports what the engine\'s barrel exports, and gives the same results', () => {
    const own = new Set(['loadEngine', 'engineLoaded']);
    assert.deepEqual(Object.keys(lazy).filter((k) => !own.has(k)).sort(), Object.keys(barrel).sort());
    const text = 'President Joko Widodo met Anthony Albanese in Jakarta on 5 March 2024.\n\nThey signed a $3.2 billion deal.\n';
    assert.deepEqual(lazy.extract(text), barrel.extract(text));
    assert.deepEqual(new lazy.IncrementalExtractor().update(text, { referenceDate: '2024-03-06' }), new barrel.IncrementalExtractor().update(text, { referenceDate: '2024-03-06' }));
    assert.equal(lazy.impossibleDateNote('April 31'), barrel.impossibleDateNote('April 31'));
    assert.equal(lazy.unresolvedDateReason('04/05/2025'), barrel.unresolvedDateReason('04/05/2025'));
    assert.equal(lazy.ambiguousDateNote('04/05/2025'), barrel.ambiguousDateNote('04/05/2025'));
    assert.equal(lazy.engineLoaded(), true);
  });

  it('the production extension bundle leaves the engine out and stays under its size target', async () => {
    const plugin = (await import(pathToFileURL(join(ROOT, 'scripts', 'lazyEnginePlugin.mjs')).href) as { lazyEngine: Plugin }).lazyEngine;
    const r = await build({
      absWorkingDir: ROOT, entryPoints: ['src/extension/extension.ts'], bundle: true, platform: 'node', format: 'cjs', ...bundleTarget,
      minify: true, external: ['vscode'], write: false, outfile: 'dist/extension.js', metafile: true, logLevel: 'warning', plugins: [plugin],
    });
    const out = Object.values(r.metafile.outputs).find((o) => o.entryPoint);
    assert.ok(out);
    const engineFiles = Object.keys(out.inputs).filter((f) => f.startsWith('src/core/extract/')).map((f) => f.slice('src/core/extract/'.length));
    assert.deepEqual(engineFiles.filter((f) => !LIGHT.has(f)), [], 'engine files in the extension bundle');
    assert.ok(out.bytes <= MAX_EXTENSION_BYTES, `extension bundle ${out.bytes} bytes, target ${MAX_EXTENSION_BYTES}`);
  });
});
