// The incremental entry: one extractor per document keeps the paragraph cache between updates.
import type { Mention } from '../types';
import type { SpanListPatch, TextEdit } from '../util';
import { joinText, newCache, type Cache, type WorkCounts } from './paragraphCache';
import { currentMentions, runIncremental, type ExtractOptions, type ExtractResult } from './pipeline';

export type { TextEdit, WorkCounts };

/** An update answered as the change to the previous update's mention list. */
export interface ExtractChange {
  referenceDate: string | null;
  /** Applied to the previous update's mentions (patchSpans) it gives this update's; null when there is no list to change (the first update, or the one after a failed update). */
  change: SpanListPatch<Mention> | null;
}

/**
 * Re-extraction for an edited document: only the paragraphs an edit touched are extracted again
 * (results are cached by paragraph text, per reference date, and per day-month order where it
 * matters); the document context (coreference, acronyms, currency choice, dominant state) is
 * updated by what those paragraphs contributed, and only paragraphs that read a changed part of it
 * are assembled again. An entity registry is applied per paragraph too: only to the paragraphs
 * assembled again and to those whose bare surnames read a registry person's first full naming
 * that moved (a change of registry applies it to every paragraph). Treat returned mentions as immutable.
 */
export class IncrementalExtractor {
  #cache: Cache = newCache();

  /** The whole mention list of `text` (the CLI's and the tests' path). */
  update(text: string, options?: ExtractOptions): ExtractResult {
    const { referenceDate } = this.#run(text, options);
    return { referenceDate, mentions: currentMentions(this.#cache) };
  }

  /**
   * The same update answered as the change to the previous update's list, built from the
   * paragraphs that changed without materialising the rest (the editor's path through the worker).
   * `next` is the new text, or an edit of the previous update's text: then the new text is never
   * built whole (unless the front matter or the reference date changes).
   */
  updateChange(next: string | TextEdit, options?: ExtractOptions): ExtractChange {
    const diffable = this.#cache.prev !== null;
    const { referenceDate, change } = this.#run(next, options);
    return { referenceDate, change: diffable ? change : null };
  }

  /** The current text (put together from the paragraphs when the last update came as an edit). */
  text(): string {
    return this.#cache.text ?? joinText(this.#cache);
  }

  /** Characters in the current text. */
  get length(): number {
    return this.#cache.prev?.length ?? 0;
  }

  /** The current mention list (with the last update's registry, if any), as the last update left it. */
  mentions(): Mention[] {
    return currentMentions(this.#cache);
  }

  /** Work counted since this extractor was created (tests bound an edit's work by these, not by time). */
  get work(): Readonly<WorkCounts & { contextCounted: number }> {
    return { ...this.#cache.work, contextCounted: this.#cache.tally.placesCounted };
  }

  /** Paragraphs extracted (not served from the cache) since this extractor was created. */
  get paragraphsExtracted(): number {
    return this.#cache.work.extracted;
  }

  /** Characters scanned for day-month order evidence since this extractor was created (only edited paragraphs are rescanned). */
  get evidenceCharsScanned(): number {
    return this.#cache.work.evidenceChars;
  }

  #run(next: string | TextEdit, options: ExtractOptions | undefined): ReturnType<typeof runIncremental> {
    try {
      return runIncremental(this.#cache, next, options);
    } catch (err) {
      // A half-applied update cannot be built on: start again from nothing next time.
      const work = this.#cache.work;
      this.#cache = newCache();
      this.#cache.work = work;
      throw err;
    }
  }
}
