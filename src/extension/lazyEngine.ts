// What the extension bundle gets for `core/extract` (esbuild.mjs redirects that barrel here): the
// small date and front-matter helpers as they are, and the extraction engine itself loaded from
// dist/engine.js on first use. Extraction normally runs in the worker, so the engine is loaded on
// the main thread only for the fallback and the few commands that extract a snippet; the
// extension's own bundle stays small and starts fast. test/unit/extension/lazyEngine.test.ts keeps
// the exports in step with the barrel.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Barrel from '../core/extract';
import type { ExtractOptions, ExtractResult } from '../core/extract';

export type { DateOrder, ExtractOptions, ExtractResult, ReferenceDateSources } from '../core/extract';
// The light parts of the barrel, taken file by file so the engine stays out of this bundle.
/* eslint-disable no-restricted-imports */
export { frontMatterDate, frontMatterDateOrder, frontMatterDateProblem, MAX_FRONT_MATTER_CHARS } from '../core/extract/frontMatter';
export { isCalendarDate } from '../core/extract/calendar';
export { referenceDateFor } from '../core/extract/referenceDate';
export { articleDateOrder, dateOrderOfChoice } from '../core/extract/dateOrder';
/* eslint-enable no-restricted-imports */

type Engine = typeof Barrel;
let engine: Engine | undefined;

/** The engine: dist/engine.js next to the bundle, or the sources when running from them (tests). */
export function loadEngine(): Engine {
  if (!engine) {
    const bundled = join(__dirname, 'engine.js');
    const load = createRequire(__filename);
    engine = load(existsSync(bundled) ? bundled : join(__dirname, '..', 'core', 'extract')) as Engine;
  }
  return engine;
}

/** Whether the engine has been loaded on this thread (for tests: the worker does the extracting). */
export function engineLoaded(): boolean {
  return engine !== undefined;
}

export function extract(text: string, options?: ExtractOptions): ExtractResult {
  return loadEngine().extract(text, options);
}

export function impossibleDateNote(written: string): string | null {
  return loadEngine().impossibleDateNote(written);
}

export function ambiguousDateNote(written: string): string | null {
  return loadEngine().ambiguousDateNote(written);
}

export function unresolvedDateReason(written: string): string | null {
  return loadEngine().unresolvedDateReason(written);
}

export class IncrementalExtractor {
  readonly #inner = new (loadEngine().IncrementalExtractor)();
  update(text: string, options?: ExtractOptions): ExtractResult {
    return this.#inner.update(text, options);
  }

  get paragraphsExtracted(): number {
    return this.#inner.paragraphsExtracted;
  }
}
