import * as vscode from 'vscode';
import type { AnchorResult } from '../core/anchor';
import { emptySidecar } from '../core/model';
import { mergeSidecars, parseSidecar, writeSidecar, type ParsedSidecar, type SidecarDiagnostic } from '../core/sidecar';
import type { ILogger } from '../core/types';
import type { PolicyLensConfig } from './config';
import { Disposable } from './dispose';
import { SidecarChangedError, type FileOps } from './fileOps';
import { Notifier } from './notify';
import { applyBatch, PendingDecisions, type DecisionBatch } from './pendingDecisions';
import { fileName, SidecarFiles, type SidecarFile } from './sidecarFiles';
import { UndoHistory, type UndoStep } from './undoHistory';

export type { DecisionBatch } from './pendingDecisions';
export type { UndoStep } from './undoHistory';

/** A change of an article's sidecar; `written` when it was our own decision, with its anchoring. */
export interface SidecarChange {
  article: vscode.Uri;
  written?: { articleText: string; parsed: ParsedSidecar; anchors: readonly AnchorResult[] };
}

/** The sidecar as the views show it: the file with kept decisions applied, and its problems. */
export interface EffectiveSidecar {
  parsed?: ParsedSidecar;
  problems: SidecarDiagnostic[];
  /** Decisions are kept that are not in the file yet. */
  pending: boolean;
}

/**
 * Writes decisions: each batch is one read-change-write of the article's sidecar (one parse, one
 * verified splice, one atomic write). Decisions that cannot be written yet are kept (pending) and
 * land once the file is readable; each written one can be undone.
 */
export class SidecarStore extends Disposable {
  readonly files: SidecarFiles;
  readonly #pending: PendingDecisions;
  readonly #undo = new UndoHistory();
  readonly #onDidChange = this.register(new vscode.EventEmitter<SidecarChange>());
  /** Fires when an article's sidecar content (on disk or pending) changed. */
  readonly onDidChange = this.#onDidChange.event;
  readonly onDidWrite: vscode.Event<vscode.Uri>;

  readonly #notifier: Notifier;

  constructor(
    config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly log: ILogger,
    /** Where kept decisions survive a window reload (workspace state). */
    keep: vscode.Memento,
    options: { notifier?: Notifier; ops?: FileOps } = {},
  ) {
    super();
    this.#notifier = options.notifier ?? this.register(new Notifier());
    this.files = this.register(new SidecarFiles(config, log, this.#notifier, options.ops));
    this.#pending = new PendingDecisions(keep, log, (key) => vscode.Uri.parse(key));
    this.onDidWrite = this.files.onDidWrite;
    this.register(this.files.onDidChangeOnDisk((article) => this.#background(this.#onDisk(article))));
    this.register(this.files.onDidMove(({ move, moved }) => {
      this.#pending.remap(move);
      this.#undo.remap(move);
      for (const article of moved) this.#onDidChange.fire({ article });
    }));
  }

  sidecarUri(article: vscode.Uri): vscode.Uri {
    return this.files.sidecarUri(article);
  }

  /** The reference date the sidecar records, when it is loaded (used when the article has none). */
  referenceDateHint(article: vscode.Uri): string | null {
    const parsed = this.files.peek(article)?.parsed;
    return (parsed?.sidecar ?? parsed?.bestEffort)?.referenceDate ?? null;
  }

  /**
   * True when the article has no sidecar as far as the workspace listing knows, none has been read
   * for it yet and no decisions are kept for it: its first marks need not wait for the read.
   */
  knownAbsent(article: vscode.Uri): boolean {
    return !this.#pending.has(article) && this.files.knownAbsent(article);
  }

  /** True once a read found a sidecar file (readable or not) for the article. */
  found(article: vscode.Uri): boolean {
    const file = this.files.peek(article);
    return file?.diskText !== undefined || file?.readError !== undefined;
  }

  /** The sidecar as loaded (parsed), loading it on first use. */
  async current(article: vscode.Uri): Promise<ParsedSidecar | undefined> {
    return (await this.#load(article)).parsed;
  }

  /** The sidecar with kept decisions applied, for the views (a broken file shows its valid decisions). */
  async effective(article: vscode.Uri): Promise<EffectiveSidecar> {
    const file = await this.#load(article);
    const pending = this.#pending.has(article);
    const parsed = pending ? this.#pending.applied(article, file.parsed, fileName(article)).ours : file.parsed;
    const problems = [...(file.parsed?.diagnostics ?? [])];
    if (file.readError) problems.push({ severity: 'error', code: 'unreadable', message: file.readError, offset: 0, line: 1, col: 1 });
    return { parsed, problems, pending };
  }

  /** The article was closed: drop its file state unless decisions are kept for it. */
  forget(article: vscode.Uri): void {
    if (!this.#pending.has(article)) this.files.forget(article);
  }

  /**
   * Applies a batch of decisions and writes it, re-reading the file first so edits made elsewhere
   * are kept. When the sidecar is broken (or the write fails) the batch is kept until it can be written.
   */
  async apply(article: vscode.Uri, batch: DecisionBatch): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      throw new Error(vscode.l10n.t('this workspace is not trusted, so Policy Lens does not write annotation files here.'));
    }
    if (!this.files.canHaveSidecar(article)) {
      throw new Error(vscode.l10n.t('save the article to a folder first: its decisions are stored in a file next to it.'));
    }
    const file = await this.#load(article);
    await this.files.serial(file, () => this.#retried(article, file, () => this.#applyNow(article, file, batch)));
  }

  /** Runs a read-change-write step again (up to three times) when the file changed before the write. */
  async #retried(article: vscode.Uri, file: SidecarFile, step: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await step();
      } catch (err) {
        if (!(err instanceof SidecarChangedError) || attempt >= 3) throw err;
        this.log.info(`${err.message}; reading it again (attempt ${attempt + 1})`);
      }
    }
  }

  async #applyNow(article: vscode.Uri, file: SidecarFile, batch: DecisionBatch): Promise<void> {
    if (await this.files.sync(article, file)) this.#onDidChange.fire({ article });
    if (file.readError) throw new Error(file.readError);
    if (file.parsed && !file.parsed.ok) {
      await this.#pending.add(article, batch, file.parsed, fileName(article));
      this.#onDidChange.fire({ article });
      void this.#notifier.warn(vscode.l10n.t('The annotations file {0} has errors, so it was not changed. Your decision is kept and will be saved once the file is fixed.', fileName(this.sidecarUri(article))));
      return;
    }
    // Decisions kept from a failed write go first, so they are retried with this one.
    if (this.#pending.has(article)) await this.#landPending(article, file);
    const before = file.diskText;
    const outcome = applyBatch(file.parsed, batch, fileName(article));
    if (!outcome.changed) return; // nothing changed: never rewrite
    try {
      await this.files.write(article, file, outcome.text, outcome.parsed);
    } catch (err) {
      if (err instanceof SidecarChangedError) throw err;
      await this.#pending.add(article, batch, file.parsed, fileName(article));
      this.#onDidChange.fire({ article });
      // A failed move can take the file with it: rebuild it now from the last text read.
      await this.files.sync(article, file);
      if (file.diskText === undefined && !file.readError && file.lastText !== undefined && (await this.#landPending(article, file).then(() => true, () => false))) {
        void this.#notifier.warn(vscode.l10n.t('{0} disappeared while it was being written; it was rebuilt with every decision ({1}).', fileName(this.sidecarUri(article)), err instanceof Error ? err.message : String(err)));
        return;
      }
      throw new Error(vscode.l10n.t('could not write {0} ({1}); the decision is kept and written with the next one.', fileName(this.sidecarUri(article)), err instanceof Error ? err.message : String(err)));
    }
    this.#undo.push({ article, before, after: outcome.text });
    this.#onDidChange.fire({ article, written: { articleText: batch.text, parsed: outcome.parsed, anchors: outcome.anchors } });
  }

  /**
   * When an article is saved, write the current positions and context of annotations that moved,
   * so the sidecar on disk matches the article on disk (for git diffs and `policy-lens check`).
   */
  async refreshAnchors(article: vscode.Uri, text: string, anchors?: DecisionBatch['anchors']): Promise<void> {
    const file = this.files.peek(article);
    if (!file?.parsed?.ok || this.#pending.has(article) || !vscode.workspace.isTrusted) return;
    await this.files.serial(file, async () => {
      await this.files.sync(article, file);
      if (!file.parsed?.ok || this.#pending.has(article)) return;
      const outcome = applyBatch(file.parsed, { text, decisions: [{ op: 'refreshAnchors' }], anchors }, fileName(article));
      if (!outcome.changed) return;
      await this.files.write(article, file, outcome.text, outcome.parsed);
      this.#onDidChange.fire({ article, written: { articleText: text, parsed: outcome.parsed, anchors: outcome.anchors } });
    });
  }

  /**
   * Reverts the last decision written from this window for the active article (or, with none
   * there, the last one anywhere). If the file changed since, the revert is merged into it by id.
   */
  async undo(active?: vscode.Uri): Promise<UndoStep | undefined> {
    const step = this.#undo.take(active);
    if (!step) return undefined;
    const file = await this.#load(step.article);
    await this.files.serial(file, async () => {
      await this.files.sync(step.article, file);
      if (file.diskText === step.after && step.before === undefined) {
        await this.files.delete(step.article, file);
      } else if (file.diskText === step.after) {
        await this.files.write(step.article, file, step.before!);
      } else {
        if (file.diskText === undefined || !file.parsed?.ok) {
          throw new Error(vscode.l10n.t('the annotations file {0} was removed or has errors; that decision cannot be undone.', fileName(this.sidecarUri(step.article))));
        }
        // Before the first decision there was no file: revert to an empty sidecar.
        const before = step.before ?? writeSidecar(emptySidecar(fileName(step.article)));
        const merged = mergeSidecars(step.after, before, file.diskText);
        if (merged.conflicts.length > 0) {
          throw new Error(vscode.l10n.t('the annotations file changed in the same place since that decision; undo it by editing {0}.', fileName(this.sidecarUri(step.article))));
        }
        if (merged.changed) await this.files.write(step.article, file, merged.text);
      }
      this.#onDidChange.fire({ article: step.article });
    });
    return step;
  }

  async #load(article: vscode.Uri): Promise<SidecarFile> {
    const fresh = !this.files.peek(article)?.loaded;
    const file = await this.files.load(article);
    if (fresh && this.#pending.restore(article)) {
      this.log.info(`${fileName(this.sidecarUri(article))}: restored decisions kept from an earlier session`);
      if (file.parsed?.ok !== false) await this.files.serial(file, () => this.#landPending(article, file));
    }
    return file;
  }

  /** The sidecar was changed on disk: tell the views, and write kept decisions if it is readable now. */
  async #onDisk(article: vscode.Uri): Promise<void> {
    const file = this.files.peek(article);
    if (file && file.parsed?.ok !== false && this.#pending.has(article)) await this.files.serial(file, () => this.#retried(article, file, () => this.#landPending(article, file)));
    this.#onDidChange.fire({ article });
  }

  /** The file is readable again (fixed by hand, or replaced): write what was kept meanwhile. */
  async #landPending(article: vscode.Uri, file: SidecarFile): Promise<void> {
    // A sidecar that vanished while decisions wait (a failed move, a crash between two steps) is
    // rebuilt from the last text read, never from nothing.
    const vanished = file.diskText === undefined && !file.readError && file.lastText !== undefined;
    if (vanished) this.log.warn(`${fileName(this.sidecarUri(article))} disappeared while decisions were kept; rebuilding it from the last text read`);
    const base = vanished ? parseSidecar(file.lastText!) : file.parsed;
    const { text, landed, failed } = this.#pending.land(article, base, fileName(article));
    if (text !== undefined && text !== file.diskText) await this.files.write(article, file, text);
    await this.#pending.landed(article, failed, file.parsed, fileName(article)); // only once the write succeeded
    this.log.info(`${fileName(this.sidecarUri(article))}: wrote ${landed} kept decision(s)`);
    if (failed.length > 0) {
      void this.#notifier.warn(vscode.l10n.t('{0} kept decision(s) no longer fit {1}; they are still kept (see the Policy Lens log).', failed.length, fileName(this.sidecarUri(article))));
    }
    this.#onDidChange.fire({ article });
  }

  #background(work: Promise<unknown>): void {
    work.catch((err: unknown) => {
      this.log.error(err instanceof Error ? err : new Error(String(err)));
      void this.#notifier.error(vscode.l10n.t('Policy Lens: {0}', err instanceof Error ? err.message : String(err)));
    });
  }
}
