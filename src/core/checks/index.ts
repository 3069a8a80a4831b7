// Checks over one article: its figures and dates against each other (consistency) and its review
// state. Pure: the article text and its model in, findings out.
import type { ModelMention } from '../model';
import type { SidecarAnnotation } from '../sidecar';
import { changeMismatchSteps } from './changeMismatch';
import { changeStatementSteps, type ChangeStatement } from './changes';
import { conflictingValueSteps } from './conflictingValues';
import { partsTotalMismatchSteps } from './partsTotalMismatch';
import { percentVsPointsSteps } from './percentVsPoints';
import { reviewFindingSteps } from './review';
import { sentenceSteps, type Sentence } from './sentences';
import { sharesOver100Steps } from './sharesOver100';
import type { CheckMeter, Finding, FindingCode } from './types';
import { runSteps, type StepMeter, type Stepped } from '../util';
import { weekdayMismatchSteps } from './weekdayMismatch';

export * from './types';
export { quoted } from './finding';
export {
  MAX_GROUP, crossFileConflictSteps, crossFileConflicts, figureMeasureSteps, figureMeasures, type CrossFileFinding, type CrossFileSpan, type FigureMeasure, type MeasuredArticle,
} from './crossFile';
export { sentenceSteps, sentencesOf, type Sentence } from './sentences';

export interface CheckInput {
  text: string;
  /** The article model's mentions (rejected ones included; they are skipped). */
  mentions: readonly ModelMention[];
  /** Annotations that could not be re-anchored. */
  orphans: readonly SidecarAnnotation[];
  /** When given, counts the comparisons the consistency rules make (growth tests bound it). */
  meter?: CheckMeter;
  /** sentencesOf(text, mentions), when the caller has it already. */
  sentences?: readonly Sentence[];
  /** When given, counts the items the checks handle in steps (growth tests bound one step's share). */
  steps?: StepMeter;
}

/** Findings where the article's figures and dates contradict each other. */
export function consistencyFindings(input: CheckInput): Finding[] {
  return runSteps(consistencySteps(input));
}

/** A consistency rule in steps; `statements` are the article's change statements, which two rules read. */
export type ConsistencyCheckSteps = (input: CheckInput, sentences: readonly Sentence[], statements: readonly ChangeStatement[]) => Stepped<Finding[]>;

/** The consistency rules in the order their findings are listed (before checkArticle sorts them). */
export const CONSISTENCY_CHECKS: readonly { readonly name: FindingCode; readonly steps: ConsistencyCheckSteps }[] = [
  { name: 'weekday-mismatch', steps: weekdayMismatchSteps },
  { name: 'percent-vs-points', steps: percentVsPointsSteps },
  { name: 'change-mismatch', steps: changeMismatchSteps },
  { name: 'parts-total-mismatch', steps: partsTotalMismatchSteps },
  { name: 'shares-over-100', steps: sharesOver100Steps },
  { name: 'conflicting-values', steps: conflictingValueSteps },
];

/** consistencyFindings, pausing after the sentences, the change statements, each check and every few hundred items within each. */
function* consistencySteps(input: CheckInput): Stepped<Finding[]> {
  const sentences = input.sentences ?? (yield* sentenceSteps(input.text, input.mentions, input.steps));
  const statements = yield* changeStatementSteps(input.text, sentences, input.meter, input.steps);
  yield;
  const findings: Finding[] = [];
  for (const check of CONSISTENCY_CHECKS) {
    for (const f of yield* check.steps(input, sentences, statements)) findings.push(f);
    yield;
  }
  return findings;
}

/** Every finding of every check, in text order. */
export function checkArticle(input: CheckInput): Finding[] {
  return runSteps(checkSteps(input));
}

/** checkArticle, pausing between its checks and every few hundred items within each (each check is linear in the article). */
export function* checkSteps(input: CheckInput): Stepped<Finding[]> {
  const findings = yield* consistencySteps(input);
  for (const f of yield* reviewFindingSteps(input)) findings.push(f);
  yield;
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
