// The incremental entry: one extractor per document keeps the paragraph cache between updates.
import { newCache, type Cache } from './paragraphCache';
import { run, type ExtractOptions, type ExtractResult } from './pipeline';

/**
 * Re-extraction for an edited document: paragraph results are cached by paragraph text (per
 * reference date) and only changed paragraphs are re-extracted; the document pass (coreference,
 * acronyms, currency choice) always reruns, and a paragraph's output is reused when neither its
 * position nor the document context changed. Treat returned mentions as immutable.
 */
export class IncrementalExtractor {
  readonly #cache: Cache = newCache();
  update(text: string, options?: ExtractOptions): ExtractResult {
    return run(text, options, this.#cache);
  }

  /** Paragraphs extracted (not served from the cache) since this extractor was created. */
  get paragraphsExtracted(): number {
    return this.#cache.extracted;
  }

  /** Characters scanned for day-month order evidence since this extractor was created (only edited paragraphs are rescanned). */
  get evidenceCharsScanned(): number {
    return this.#cache.evidenceChars;
  }
}
