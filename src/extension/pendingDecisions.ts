import type * as vscode from 'vscode';
import type { AnchorResult } from '../core/anchor';
import { decide, emptySidecar, type DecisionOp } from '../core/model';
import { mergeSidecars, parseSidecar, writeSidecar, type ParsedSidecar } from '../core/sidecar';
import type { ILogger } from '../core/types';

/** Decisions on one article, as data: what they are about and when they were made. */
export interface DecisionBatch {
  /** The article text the decisions' offsets refer to. */
  text: string;
  decisions: DecisionOp[];
  /** Anchoring of the sidecar's annotations in `text`, when the caller has it (skips re-anchoring). */
  anchors?: { sidecarText: string; results: readonly AnchorResult[] };
  referenceDate?: string | null;
  now?: string;
  author?: string;
}

/** A kept decision: a batch made in this window, or what an earlier window kept (two texts to merge by id). */
export type Kept = { batch: DecisionBatch } | { merged: { base: string; ours: string } };

/** `batch` on `current`: the new sidecar text (unchanged text when it decides nothing new). */
export function applyBatch(current: ParsedSidecar | undefined, batch: DecisionBatch, articleName: string): ReturnType<typeof decide> {
  const anchors = batch.anchors && current && batch.anchors.sidecarText === current.text ? batch.anchors.results : undefined;
  return decide({ text: batch.text, sidecar: current, anchors, articleName, referenceDate: batch.referenceDate, now: batch.now, author: batch.author }, batch.decisions);
}

function applyKept(current: ParsedSidecar | undefined, kept: Kept, articleName: string): string | undefined {
  if ('batch' in kept) {
    const out = applyBatch(current, kept.batch, articleName);
    return out.changed ? out.text : current?.text;
  }
  const { base, ours } = kept.merged;
  // Merged by id into whatever the file holds now, so what was fixed or added there meanwhile stays.
  return current === undefined ? ours : mergeSidecars(base || writeSidecar(emptySidecar(articleName)), ours, current.text).text;
}

/**
 * Decisions that could not be written yet (the sidecar is broken, or a write failed), per article.
 * They survive a window reload in workspace state, as two texts — the readable decisions and the
 * same with the kept ones applied — whose difference is merged into the file once it can be written.
 */
export class PendingDecisions {
  readonly #kept = new Map<string, Kept[]>();

  constructor(private readonly memento: vscode.Memento, private readonly log: ILogger, private readonly uriParse: (key: string) => vscode.Uri) {}

  has(article: vscode.Uri): boolean {
    return (this.#kept.get(article.toString())?.length ?? 0) > 0;
  }

  /** The readable decisions of `file` and the same with every kept decision applied. */
  applied(article: vscode.Uri, file: ParsedSidecar | undefined, articleName: string): { base?: ParsedSidecar; ours?: ParsedSidecar } {
    const base = file?.ok ? file : file?.bestEffort ? parseSidecar(writeSidecar(file.bestEffort)) : undefined;
    let ours = base;
    for (const kept of this.#kept.get(article.toString()) ?? []) {
      try {
        const text = applyKept(ours, kept, articleName);
        if (text !== undefined && text !== ours?.text) ours = parseSidecar(text);
      } catch (err) {
        this.log.error(err instanceof Error ? err : new Error(String(err)));
      }
    }
    return { base, ours };
  }

  async add(article: vscode.Uri, batch: DecisionBatch, file: ParsedSidecar | undefined, articleName: string): Promise<void> {
    const list = this.#kept.get(article.toString()) ?? [];
    list.push({ batch });
    this.#kept.set(article.toString(), list);
    await this.#save(article, file, articleName);
  }

  /** After a reload: decisions kept before it come back as one kept step. True when there were some. */
  restore(article: vscode.Uri): boolean {
    const saved = this.memento.get<{ base: string; ours: string }>(`pending:${article.toString()}`);
    if (!saved?.ours || this.has(article)) return false;
    this.#kept.set(article.toString(), [{ merged: saved }]);
    return true;
  }

  /**
   * The kept decisions applied to `current` (the file, readable again): the text to write, with
   * how many applied and the ones that no longer fit (kept).
   */
  land(article: vscode.Uri, current: ParsedSidecar | undefined, articleName: string): { text: string | undefined; landed: number; failed: Kept[] } {
    let text = current?.text;
    const failed: Kept[] = [];
    const list = this.#kept.get(article.toString()) ?? [];
    for (const kept of list) {
      try {
        text = applyKept(text === undefined ? undefined : text === current?.text ? current : parseSidecar(text), kept, articleName);
      } catch (err) {
        failed.push(kept);
        this.log.error(err instanceof Error ? err : new Error(String(err)));
      }
    }
    return { text, landed: list.length - failed.length, failed };
  }

  /** The write of land() succeeded: keep only what failed. */
  async landed(article: vscode.Uri, failed: Kept[], file: ParsedSidecar | undefined, articleName: string): Promise<void> {
    if (failed.length) this.#kept.set(article.toString(), failed); else this.#kept.delete(article.toString());
    await this.#save(article, file, articleName);
  }

  remap(move: (uri: vscode.Uri) => vscode.Uri | undefined): void {
    for (const [key, list] of [...this.#kept]) {
      const to = move(this.#uriOf(key));
      if (to) { this.#kept.delete(key); this.#kept.set(to.toString(), list); }
    }
  }

  #uriOf(key: string): vscode.Uri {
    return this.uriParse(key);
  }

  async #save(article: vscode.Uri, file: ParsedSidecar | undefined, articleName: string): Promise<void> {
    const key = `pending:${article.toString()}`;
    if (!this.has(article)) {
      await this.memento.update(key, undefined);
      return;
    }
    const { base, ours } = this.applied(article, file, articleName);
    // With nothing readable in the file, the kept decisions are what they add to an empty sidecar.
    await this.memento.update(key, { base: base?.text ?? writeSidecar(emptySidecar(articleName)), ours: ours?.text ?? '' });
  }
}
