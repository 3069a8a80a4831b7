// The messages between a thread that owns documents and an extraction worker, and the worker's
// side of them. Pure: the same handler runs in a worker_threads worker or, as a fallback, in-process.
import { IncrementalExtractor, extract, type DateOrder, type ExtractOptions, type ExtractResult } from '../extract';
import { CompiledRegistry, type EntityRegistry } from '../registry';

export interface ExtractJobRequest {
  type: 'extract';
  id: number;
  /** A document key: its extractor keeps paragraph results between versions (edits are incremental). Without one, a one-off extraction. */
  doc?: string;
  text: string;
  referenceDate: string | null;
  /** The entity registry as plain data (a compiled one does not cross threads) and its content key. */
  registry?: { key: string; source: EntityRegistry };
  /** Day-month order of numeric dates from the setting (the article's front matter still wins). */
  dateOrder?: DateOrder | null;
}

/** Drops a document's cached paragraphs (the document was closed). */
export interface ForgetDocRequest {
  type: 'forget';
  doc: string;
}

export type ExtractWorkerRequest = ExtractJobRequest | ForgetDocRequest;

export type ExtractWorkerResponse =
  | { type: 'result'; id: number; result: ExtractResult; ms: number }
  | { type: 'error'; id: number; message: string };

/** One per worker: the per-document incremental extractors and the request dispatch. */
export class ExtractJobHandler {
  readonly #docs = new Map<string, IncrementalExtractor>();
  /** Registries compiled here, by content key: compiled once, not per job. */
  readonly #registries = new Map<string, CompiledRegistry>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  handle(request: ExtractWorkerRequest): ExtractWorkerResponse | undefined {
    if (request.type === 'forget') {
      this.#docs.delete(request.doc);
      return undefined;
    }
    const started = this.now();
    try {
      const options: ExtractOptions = { referenceDate: request.referenceDate };
      if (request.registry) options.registry = this.#registry(request.registry);
      if (request.dateOrder) options.dateOrder = request.dateOrder;
      const result = request.doc === undefined ? extract(request.text, options) : this.#extractor(request.doc).update(request.text, options);
      return { type: 'result', id: request.id, result, ms: this.now() - started };
    } catch (err) {
      return { type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Documents with cached paragraphs (for tests: a closed document's cache is dropped). */
  get documents(): number {
    return this.#docs.size;
  }

  #registry(sent: { key: string; source: EntityRegistry }): CompiledRegistry {
    let compiled = this.#registries.get(sent.key);
    if (!compiled) {
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
