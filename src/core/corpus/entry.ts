// One article as the workspace index keeps it: every mention merged with its sidecar's decisions,
// the orphaned annotations, the check findings and where its lines start. Built from the article's
// text and its sidecar's text (a closed file), or from the model the editor already holds (an open
// one). Kept general, so views across articles (figures to review, actors, dates) read the same entry.
import { checkSteps, figureMeasureSteps, sentenceSteps, type FigureMeasure, type Finding, type Sentence } from '../checks';
import { extract, referenceDateFor, type DateOrder } from '../extract';
import { buildModel, type ModelMention } from '../model';
import type { CompiledRegistry } from '../registry';
import { lineStarts, parseSidecar, type SidecarAnnotation } from '../sidecar';
import type { Mention } from '../types';
import { firstIndex, pacer, runSteps, type StepMeter, type Stepped } from '../util';

export interface CorpusEntry {
  readonly referenceDate: string | null;
  /** Every mention, rejected ones included (decision 'rejected'), sorted by start. */
  readonly mentions: readonly ModelMention[];
  readonly orphans: readonly SidecarAnnotation[];
  /** What checkArticle reports, in text order. */
  readonly findings: readonly Finding[];
  /** Offsets where each line starts (line 1 at index 0), to turn offsets into lines without the text. */
  readonly lineStarts: readonly number[];
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  /**
   * The sentences that hold a visible date or figure (what the Timeline and Figures views quote),
   * each cut to MAX_SENTENCE characters: the entry keeps these, never the whole text.
   */
  readonly sentences: readonly SentenceText[];
  /** What each visible figure measures, for conflicting values across articles. */
  readonly measures: readonly FigureMeasure[];
}

export interface SentenceText {
  readonly start: number;
  readonly end: number;
  /** The sentence's text, at most MAX_SENTENCE characters (then ending in "…"). */
  readonly text: string;
}

/** Longest sentence an entry quotes. */
export const MAX_SENTENCE = 240;

/** The sentences with a visible date or figure, whitespace folded and cut to MAX_SENTENCE; pausing every few hundred sentences. */
function* quotedSentenceSteps(text: string, sentences: readonly Sentence[], meter?: StepMeter): Stepped<SentenceText[]> {
  const out: SentenceText[] = [];
  const pace = pacer(meter);
  for (const s of sentences) {
    if (pace()) yield;
    if (s.dates.length === 0 && s.figures.length === 0) continue;
    const raw = text.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE * 2)).replace(/\s+/g, ' ').trim();
    out.push({ start: s.start, end: s.end, text: raw.length > MAX_SENTENCE ? `${raw.slice(0, MAX_SENTENCE - 1)}…` : raw });
  }
  return out;
}

/** The quoted sentence holding an offset, if the entry keeps it. */
export function sentenceAt(sentences: readonly SentenceText[], offset: number): SentenceText | undefined {
  const s = sentences[firstIndex(sentences.length, (i) => sentences[i].end > offset)];
  return s && s.start <= offset ? s : undefined;
}

/** The article model an editor already holds (mentions merged with decisions) as an entry. */
export function entryFromModel(text: string, model: EntryModel): CorpusEntry {
  return runSteps(entrySteps(text, model));
}

export interface EntryModel { referenceDate: string | null; mentions: readonly ModelMention[]; orphans: readonly SidecarAnnotation[] }

/**
 * entryFromModel in steps, pausing after each part (the sentences, each check, the figure measures,
 * the quoted sentences) and within each every few hundred items (16 K characters when reading the
 * text): the editor builds a long open article's entry between other work instead of holding its
 * thread for the whole (a quarter of a second for 1 MB), each step about a millisecond or less in
 * plain Node. `meter`, when given, counts the items each step handles (tests bound them).
 */
export function* entrySteps(text: string, model: EntryModel, meter?: StepMeter): Stepped<CorpusEntry> {
  const sentences = yield* sentenceSteps(text, model.mentions, meter);
  yield;
  const findings = yield* checkSteps({ text, mentions: model.mentions, orphans: model.orphans, sentences, steps: meter });
  const measures = yield* figureMeasureSteps(text, sentences, meter);
  yield;
  const quoted = yield* quotedSentenceSteps(text, sentences, meter);
  yield;
  return {
    referenceDate: model.referenceDate,
    mentions: model.mentions,
    orphans: model.orphans,
    findings,
    lineStarts: lineStarts(text),
    length: text.length,
    sentences: quoted,
    measures,
  };
}

/**
 * A closed article: extraction, then the sidecar's decisions (a sidecar with errors contributes
 * what it validly says, as in the editor), then the checks. The reference date comes from the
 * article, else from the sidecar, as in the editor and the CLI. `registry` is the team's entity
 * registry that applies to the article (the one the editor extracts its open documents with), so a
 * closed article reads the same as an open one.
 */
export function analyseArticle(text: string, sidecarText: string | undefined, registry?: CompiledRegistry, dateOrder?: DateOrder | null): CorpusEntry {
  const inputs = articleInputs(text, sidecarText);
  return entryFromExtraction(text, inputs, extract(text, { referenceDate: inputs.referenceDate, registry, dateOrder }).mentions);
}

/** What analysing a closed article needs besides extraction (which may run elsewhere, e.g. in a worker). */
export interface ArticleInputs {
  parsed: ReturnType<typeof parseSidecar> | undefined;
  referenceDate: string | null;
}

export function articleInputs(text: string, sidecarText: string | undefined): ArticleInputs {
  const parsed = sidecarText === undefined ? undefined : parseSidecar(sidecarText);
  const hint = (parsed?.sidecar ?? parsed?.bestEffort)?.referenceDate ?? null;
  return { parsed, referenceDate: referenceDateFor(text, { sidecar: hint }) };
}

/** The entry of a closed article from its extracted mentions: the sidecar's decisions, then the checks. */
export function entryFromExtraction(text: string, inputs: ArticleInputs, mentions: Mention[]): CorpusEntry {
  const model = buildModel(text, mentions, inputs.parsed);
  return entryFromModel(text, { referenceDate: inputs.referenceDate ?? model.referenceDate, mentions: model.mentions, orphans: model.orphans });
}

/** The 1-based line of an offset. */
export function lineOf(starts: readonly number[], offset: number): number {
  return Math.max(1, firstIndex(starts.length, (i) => starts[i] > offset));
}

/** Editors drop a UTF-8 byte-order mark from the document text, so offsets never count it. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
