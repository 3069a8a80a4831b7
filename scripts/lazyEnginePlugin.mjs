// esbuild plugin for the extension bundle: imports of the extraction engine's barrel (src/core/extract)
// get src/extension/lazyEngine.ts instead, which loads the engine from dist/engine.js only when the
// main thread needs it (the worker does the extracting). Used by esbuild.mjs and by the unit test
// that keeps the engine out of the extension bundle.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const ENGINE_BARREL = resolve(ROOT, 'src/core/extract');
const LAZY_ENGINE = resolve(ROOT, 'src/extension/lazyEngine.ts');

export const lazyEngine = {
  name: 'lazy-engine',
  setup(build) {
    build.onResolve({ filter: /extract$/ }, (args) => {
      if (args.importer === LAZY_ENGINE || resolve(args.resolveDir, args.path) !== ENGINE_BARREL) return undefined;
      return { path: LAZY_ENGINE };
    });
  },
};
