// Checks over one article: its figures and dates against each other (consistency) and its review
// state. Pure: the article text and its model in, findings out.
import type { ModelMention } from '../model';
import type { SidecarAnnotation } from '../sidecar';
import { changeMismatches } from './changeMismatch';
import { conflictingValues } from './conflictingValues';
import { partsTotalMismatches } from './partsTotalMismatch';
import { percentVsPoints } from './percentVsPoints';
import { reviewFindings } from './review';
import { sentencesOf, type Sentence } from './sentences';
import { sharesOver100 } from './sharesOver100';
import type { CheckMeter, Finding } from './types';
import { weekdayMismatches } from './weekdayMismatch';

export * from './types';
export { quoted } from './finding';
export {
  MAX_GROUP, crossFileConflicts, figureMeasures, type CrossFileFinding, type CrossFileSpan, type FigureMeasure, type MeasuredArticle,
} from './crossFile';
export { sentencesOf, type Sentence } from './sentences';

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
}

/** Findings where the article's figures and dates contradict each other. */
export function consistencyFindings(input: CheckInput): Finding[] {
  const sentences = input.sentences ?? sentencesOf(input.text, input.mentions);
  return [
    ...weekdayMismatches(input),
    ...percentVsPoints(input, sentences),
    ...changeMismatches(input, sentences),
    ...partsTotalMismatches(input, sentences),
    ...sharesOver100(input, sentences),
    ...conflictingValues(input, sentences),
  ];
}

/** Every finding of every check, in text order. */
export function checkArticle(input: CheckInput): Finding[] {
  return [...consistencyFindings(input), ...reviewFindings(input)]
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
