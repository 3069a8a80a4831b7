import * as vscode from 'vscode';
import { articleDateOrder, extract } from '../core/extract';
import { meaningOf, type DecisionOp, type Meaning } from '../core/model';
import { ACTOR_TYPES, DATE_TYPES, FIGURE_TYPES, FIGURE_STATUSES, figureStatus, type Decision, type FigureStatus } from '../core/sidecar';
import type { ActorType, DateType, FigureType, MentionKind } from '../core/types';
import type { PolicyLensConfig } from './config';
import type { GitUser } from './gitUser';
import type { SidecarStore } from './sidecarStore';
import type { Target } from './target';
import { isVisible, parseFigureAnswer, type ViewMention } from '../view';


/**
 * Turns the user's decisions into data (core/model's DecisionOp), asking for whatever a command
 * was not given, and hands them to the store as one batch.
 */
export class Decisions {
  constructor(
    private readonly store: SidecarStore,
    private readonly config: (uri?: vscode.Uri) => PolicyLensConfig,
    private readonly gitUser: GitUser,
  ) {}

  /** Sends decisions to the store as one batch: one read, one verified patch, one write. */
  async #apply(t: Target, decisions: DecisionOp[]): Promise<void> {
    // Offsets come from the snapshot; if the article changed while the user was choosing, they
    // would point at other text.
    if (t.doc.version !== t.snapshot.version) {
      throw new Error(vscode.l10n.t('the article changed meanwhile; please try again.'));
    }
    // The store's change event re-analyses the article once the decision is written.
    await this.store.apply(t.doc.uri, {
      text: t.snapshot.text,
      decisions,
      anchors: t.snapshot.sidecar && { sidecarText: t.snapshot.sidecar.text, results: t.snapshot.sidecar.anchors },
      referenceDate: t.snapshot.referenceDate,
      now: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      author: this.config(t.doc.uri).author || (await this.gitUser.name(t.doc.uri)) || undefined,
    });
  }

  /** Applies decisions already made as data (e.g. taking the other side of a comparison) as one batch. */
  async applyAll(t: Target, decisions: DecisionOp[]): Promise<void> {
    if (decisions.length) await this.#apply(t, decisions);
  }

  async decide(t: Target & { mention: ViewMention }, decision: Extract<Decision, 'confirmed' | 'rejected'>): Promise<void> {
    const m = t.mention;
    await this.#apply(t, [{ op: decision === 'confirmed' ? 'confirm' : 'reject', mention: m }]);
  }

  async decideAllIdentical(t: Target & { mention: ViewMention }, decision: Extract<Decision, 'confirmed' | 'rejected'>): Promise<void> {
    const same = t.snapshot.mentions.filter((m) => isVisible(m) && m.kind === t.mention.kind && m.text === t.mention.text);
    await this.#apply(t, same.map((mention) => ({ op: decision === 'confirmed' ? 'confirm' : 'reject', mention })));
    vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Lens: {0} mention(s) of “{1}” {2}', same.length, t.mention.text, decision), 4000);
  }

  async addNote(t: Target & { mention: ViewMention }, given?: string): Promise<void> {
    const note = given ?? (await vscode.window.showInputBox({
      title: vscode.l10n.t('Note on “{0}”', t.mention.text),
      value: t.mention.note ?? '',
      prompt: vscode.l10n.t('Leave empty to remove the note.'),
    }));
    if (note === undefined) return;
    await this.#apply(t, [{ op: 'note', mention: t.mention, note: note.trim() || undefined }]);
  }

  async setFigureStatus(t: Target & { mention: ViewMention }, givenStatus?: string, givenSource?: string): Promise<void> {
    if (t.mention.kind !== 'figure') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: only figures have a check status.'));
      return;
    }
    let status = givenStatus as FigureStatus | undefined;
    if (!status) {
      const pick = await vscode.window.showQuickPick(FIGURE_STATUSES.map((s) => ({ label: s, picked: s === t.mention.status })), { title: vscode.l10n.t('Status of {0}', t.mention.text) });
      status = pick?.label;
    }
    if (!status || !FIGURE_STATUSES.includes(status)) return;
    let source = givenSource;
    if (source === undefined && status !== 'unverified') {
      source = await vscode.window.showInputBox({
        title: vscode.l10n.t('Source for {0}', t.mention.text),
        value: t.mention.source ?? '',
        prompt: vscode.l10n.t('A URL or citation that supports this status (optional).'),
      });
      if (source === undefined) return;
    }
    const m = t.mention;
    await this.#apply(t, [{ op: 'figureCheck', mention: m, check: { status, ...(source !== undefined ? { source: source.trim() } : {}) } }]);
  }

  /** A source for a figure; its status stays as it is. */
  async addSource(t: Target & { mention: ViewMention }, given?: string): Promise<void> {
    const m = t.mention;
    if (m.kind !== 'figure') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: only figures have a source.'));
      return;
    }
    const source = given ?? (await vscode.window.showInputBox({
      title: vscode.l10n.t('Source for {0}', m.text),
      value: m.source ?? '',
      prompt: vscode.l10n.t('A URL or citation for this figure; its status ({0}) stays. Empty removes the source.', figureStatus(m)),
    }));
    if (source === undefined) return;
    await this.#apply(t, [{ op: 'figureCheck', mention: m, check: { source: source.trim() } }]);
  }

  /** Actors: rename (or merge into another entity); figures: value and unit; dates: normalised form. */
  async editMeaning(t: Target & { mention: ViewMention }): Promise<void> {
    const m = t.mention;
    if (m.kind === 'actor') return this.renameEntity(t);
    const current = m.kind === 'figure' ? `${Array.isArray(m.value) ? m.value.join('-') : m.value} ${m.unit}` : m.normalized ?? '';
    const answer = await vscode.window.showInputBox({
      title: vscode.l10n.t('Meaning of “{0}”', m.text),
      value: current,
      prompt: m.kind === 'figure' ? vscode.l10n.t('Value and unit, e.g. "2500000000 USD" or "3-5 %"') : vscode.l10n.t('ISO-8601 date, e.g. 2025-06-03, 2025-Q3, P60D'),
    });
    if (answer === undefined || answer.trim() === current) return;
    const meaning = m.kind === 'figure' ? parseFigureAnswer(answer, m.type) : { kind: 'date' as const, type: m.type, normalized: answer.trim() || null };
    if (!meaning) throw new Error(vscode.l10n.t('“{0}” is not a value and unit.', answer));
    await this.#apply(t, [{ op: 'correct', mention: m, meaning }]);
  }

  /** Renames the actor for every mention of it in this article; an existing name merges them (the old name stays an alias). */
  async renameEntity(t: Target & { mention: ViewMention }, given?: string): Promise<void> {
    const m = t.mention;
    if (m.kind !== 'actor') return;
    const name = given ?? (await pickEntityName(t, m.canonical, m.canonical));
    if (!name || name === m.canonical) return;
    const mentions = t.snapshot.mentions.filter((o) => o.kind === 'actor' && o.type === m.type && o.canonical === m.canonical && isVisible(o));
    await this.#apply(t, [{ op: 'renameActor', type: m.type, from: m.canonical, to: name, mentions }]);
  }

  async editSpan(t: Target & { mention: ViewMention }): Promise<void> {
    const sel = t.editor?.selection;
    if (!sel || sel.isEmpty) return;
    const start = t.doc.offsetAt(sel.start);
    const end = t.doc.offsetAt(sel.end);
    const m = t.mention;
    await this.#apply(t, [m.annotationId ? { op: 'reattach', annotationId: m.annotationId, start, end } : { op: 'add', start, end, meaning: meaningOf(m) }]);
  }

  async annotate(t: Target, kind: MentionKind, start: number, end: number, givenType?: string, givenMeaning?: string): Promise<void> {
    const text = t.doc.getText().slice(start, end);
    // Suggestions come from running the extractor on the selection itself.
    const guess = extract(text, { referenceDate: t.snapshot.referenceDate, dateOrder: articleDateOrder(t.doc.getText(), this.config(t.doc.uri).dateOrder) }).mentions.find((m) => m.kind === kind);
    const types: readonly string[] = kind === 'actor' ? ACTOR_TYPES : kind === 'figure' ? FIGURE_TYPES : DATE_TYPES;
    const type = givenType ?? (await vscode.window.showQuickPick(types.map((label) => ({ label, picked: label === guess?.type })), { title: vscode.l10n.t('Type of “{0}”', text) }))?.label;
    if (!type || !types.includes(type)) return;
    let meaning: Meaning | undefined;
    if (kind === 'actor') {
      const canonical = givenMeaning ?? (await pickEntityName(t, guess?.kind === 'actor' ? guess.canonical : text.trim(), text));
      if (!canonical) return;
      meaning = { kind: 'actor', type: type as ActorType, canonical };
    } else if (kind === 'figure') {
      const suggestion = guess?.kind === 'figure' ? `${Array.isArray(guess.value) ? guess.value.join('-') : guess.value} ${guess.unit}` : '';
      const answer = givenMeaning ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Value and unit of “{0}”', text), value: suggestion, prompt: vscode.l10n.t('e.g. "2500000000 USD", "12 %", "4000 troops"') }));
      if (answer === undefined) return;
      meaning = parseFigureAnswer(answer, type as FigureType);
      if (!meaning) throw new Error(vscode.l10n.t('“{0}” is not a value and unit.', answer));
    } else {
      const suggestion = guess?.kind === 'date' ? guess.normalized ?? '' : '';
      const answer = givenMeaning ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Normalised form of “{0}”', text), value: suggestion, prompt: vscode.l10n.t('ISO-8601, e.g. 2025-06-03, 2025-Q3, P60D; empty if it cannot be resolved') }));
      if (answer === undefined) return;
      meaning = { kind: 'date', type: type as DateType, normalized: answer.trim() || null };
    }
    await this.#apply(t, [{ op: 'add', start, end, meaning }]);
  }

  async reattach(t: Target, annotationId: string, start: number, end: number): Promise<void> {
    await this.#apply(t, [{ op: 'reattach', annotationId, start, end }]);
  }
}

/** A quick pick of the article's known actors plus whatever the user types (merge or rename). */
async function pickEntityName(t: Target, value: string, subject: string): Promise<string | undefined> {
  const known = [...new Set(t.snapshot.mentions.filter((m) => m.kind === 'actor' && isVisible(m)).map((m) => (m.kind === 'actor' ? m.canonical : '')))].sort();
  const qp = vscode.window.createQuickPick();
  qp.title = vscode.l10n.t('Actor for “{0}”: pick one to merge, or type a name', subject);
  qp.value = value;
  const refresh = () => {
    const typed = qp.value.trim();
    const items = known.map((label) => ({ label, description: vscode.l10n.t('existing actor') }));
    qp.items = typed && !known.includes(typed) ? [{ label: typed, description: vscode.l10n.t('new name') }, ...items] : items;
  };
  refresh();
  qp.onDidChangeValue(refresh);
  return new Promise<string | undefined>((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.label ?? (qp.value.trim() || undefined));
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}
