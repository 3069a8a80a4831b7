// The messages between a thread that owns documents and an extraction worker, and the worker's
// side of them. Pure: the same handler runs in a worker_threads worker or, as a fallback, in-process.
import { IncrementalExtractor, extract, type DateOrder, type ExtractOptions, type ExtractResult } from '../extract';
import { CompiledRegistry, type EntityRegistry } from '../registry';
import type { Mention } from '../types';
import { mentionDiff, type DocSync, type MentionDiff } from './docSync';
import { autoRecord } from './record';

export interface ExtractJobRequest {
  type: 'extract';
  id: number;
  /** A document key: its extractor keeps paragraph results between versions (edits are incremental). Without one, a one-off extraction. */
  doc?: string;
  text: string;
  referenceDate: string | null;
  /**
   * The entity registry by its content key, with its plain data (a compiled one does not cross
   * threads) the first time a worker gets that key; later jobs send the key alone.
   */
  registry?: { key: string; source?: EntityRegistry };
  /** Day-month order of numeric dates from the setting (the article's front matter still wins). */
  dateOrder?: DateOrder | null;
  /** With a document: the job's text as an edit of an earlier job's, and a diff wanted back (docSync.ts). */
  sync?: DocSync;
  /**
   * A one-off job for the command line's JSON Lines output of a file without a sidecar: the answer
   * is the file's record, formatted here (autoRecord), and no mentions.
   */
  record?: { file: string };
  /** Answer a long mention list in parts (answerParts.ts): the editor's thread reads one part per turn. */
  parts?: boolean;
}

/** Drops a document's cached paragraphs (the document was closed). */
export interface ForgetDocRequest {
  type: 'forget';
  doc: string;
}

/** The next part of an answer sent in parts (answerParts.ts); with `drop`, none: the rest is not wanted. */
export interface NextPartRequest {
  type: 'next-part';
  id: number;
  drop?: boolean;
}

export type ExtractWorkerRequest = ExtractJobRequest | ForgetDocRequest | NextPartRequest;

export type ExtractWorkerResponse =
  /** With `parts`, the answer's mention list (the diff's inserted mentions, else the result's) continues in that many parts. */
  | { type: 'result'; id: number; result: ExtractResult; ms: number; diff?: MentionDiff; record?: string; parts?: number }
  /** The next part of that list. */
  | { type: 'part'; id: number; mentions: Mention[] }
  /** The job's edit was made against a text this worker does not hold: send the whole text. */
  | { type: 'resync'; id: number }
  /** The job named a registry by key alone and this worker does not hold it: send its data. */
  | { type: 'registry-needed'; id: number }
  | { type: 'error'; id: number; message: string }
  /** The worker's engine is loaded and warm: from now on a job starts at once. */
  | { type: 'ready' };

/** A synced document's last job: its number and its text's length (the extractor holds the text). */
interface Held {
  seq: number;
  length: number;
}

/** One per worker: the per-document incremental extractors and the request dispatch. */
export class ExtractJobHandler {
  readonly #docs = new Map<string, IncrementalExtractor>();
  /** Registries compiled here, by content key: compiled once, not per job. */
  readonly #registries = new Map<string, CompiledRegistry>();
  /** Per synced document: the last job's number and length (what the next edit and diff build on). */
  readonly #held = new Map<string, Held>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  handle(request: ExtractJobRequest | ForgetDocRequest): ExtractWorkerResponse | undefined {
    if (request.type === 'forget') {
      this.#docs.delete(request.doc);
      this.#held.delete(request.doc);
      return undefined;
    }
    if (request.registry && !request.registry.source && !this.#registries.has(request.registry.key)) return { type: 'registry-needed', id: request.id };
    if (request.sync && request.doc !== undefined) return this.#handleSynced(request, request.doc, request.sync);
    // A job outside the sync protocol moves the document's extractor on: the held text no longer matches it.
    if (request.doc !== undefined) this.#held.delete(request.doc);
    const started = this.now();
    try {
      const options = this.#options(request);
      const result = request.doc === undefined ? extract(request.text, options) : this.#extractor(request.doc).update(request.text, options);
      if (request.record && request.doc === undefined) {
        // Formatted where it was extracted: the thread that writes the records only writes them.
        const record = autoRecord(request.record.file, result);
        return { type: 'result', id: request.id, result: { referenceDate: result.referenceDate, mentions: [] }, record, ms: this.now() - started };
      }
      return { type: 'result', id: request.id, result, ms: this.now() - started };
    } catch (err) {
      return { type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** What a request asks the extractor for: its reference date, registry and day-month order. */
  #options(request: ExtractJobRequest): ExtractOptions {
    const options: ExtractOptions = { referenceDate: request.referenceDate };
    if (request.registry) options.registry = this.#registry(request.registry);
    if (request.dateOrder) options.dateOrder = request.dateOrder;
    return options;
  }

  /** Documents with cached paragraphs (for tests: a closed document's cache is dropped). */
  get documents(): number {
    return this.#docs.size;
  }

  /**
   * A job that sends an edit instead of the text and gets the change to its mentions back: the
   * extractor takes the edit itself and answers with the change to its previous list (an entity
   * registry applied per paragraph), so neither the whole new text nor the rest of the article's
   * mentions are built.
   */
  #handleSynced(request: ExtractJobRequest, doc: string, sync: DocSync): ExtractWorkerResponse {
    const started = this.now();
    const held = this.#held.get(doc);
    if (sync.edit && (!held || held.seq !== sync.base || sync.edit.start + sync.edit.deleteCount > held.length)) {
      this.#held.delete(doc);
      return { type: 'resync', id: request.id };
    }
    try {
      const options = this.#options(request);
      const extractor = this.#extractor(doc);
      const { referenceDate, change } = extractor.updateChange(sync.edit ?? request.text, options);
      this.#held.set(doc, { seq: sync.seq, length: extractor.length });
      if (held && sync.known === held.seq && change) {
        return { type: 'result', id: request.id, result: { referenceDate, mentions: [] }, diff: mentionDiff(held.seq, change), ms: this.now() - started };
      }
      return { type: 'result', id: request.id, result: { referenceDate, mentions: extractor.mentions() }, ms: this.now() - started };
    } catch (err) {
      this.#held.delete(doc);
      return { type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) };
    }
  }

  #registry(sent: { key: string; source?: EntityRegistry }): CompiledRegistry {
    let compiled = this.#registries.get(sent.key);
    if (!compiled) {
      if (!sent.source) throw new Error(`entity registry ${sent.key} is not held here and came without its data`);
      if (this.#registries.size >= 4) this.#registries.clear(); // one per workspace folder is usual
      compiled = new CompiledRegistry(sent.source);
      this.#registries.set(sent.key, compiled);
    }
    return compiled;
  }

  #extractor(doc: string): IncrementalExtractor {
    let extractor = this.#docs.get(doc);
    if (!extractor) {
      extractor = new IncrementalExtractor();
      this.#docs.set(doc, extractor);
    }
    return extractor;
  }
}
