// percent-vs-points: "percent" used for the difference of two percentages ("from 3% to 5%, a rise
// of 2 percent" — 2 percentage points, a relative rise of 66.67%). Fix: "percentage points".
import { assess, changeStatementSteps, pairText, type ChangeStatement } from './changes';
import { inconsistency, quoted } from './finding';
import type { CheckInput } from './index';
import { sentencesOf, type Sentence } from './sentences';
import { fmt } from './tolerance';
import type { Finding } from './types';
import { pacer, runSteps, type Stepped } from '../util';

/** The unit words at the end of a percent figure ("%", " percent", " per cent", " pct"). */
const PERCENT_WORDS = /\s*(?:%|per\s*cent|pct\.?)$/i;

/** Changes stated in percent that are the point difference of two stated percentages. */
export function percentVsPoints(input: CheckInput, sentences: readonly Sentence[] = sentencesOf(input.text, input.mentions)): Finding[] {
  return runSteps(percentVsPointsSteps(input, sentences));
}

/** percentVsPoints, pausing every few hundred sentences, figures or statements (`statements`: changeStatementSteps' answer, when the caller has it). */
export function* percentVsPointsSteps(input: CheckInput, sentences: readonly Sentence[], statements?: readonly ChangeStatement[]): Stepped<Finding[]> {
  const out: Finding[] = [];
  const stated = statements ?? (yield* changeStatementSteps(input.text, sentences, input.meter, input.steps));
  const pace = pacer(input.steps);
  for (const st of stated) {
    if (pace()) yield;
    const c = st.change;
    const a = c && assess(input.text, st);
    if (!c || !a || a.verdict !== 'points' || a.points === undefined) continue;
    const words = PERCENT_WORDS.exec(c.text);
    const points = Math.abs(a.points);
    const fix = words
      ? { title: 'Say "percentage points"', edits: [{ start: c.start + words.index, end: c.end, newText: ` percentage point${c.value === 1 ? '' : 's'}` }] }
      : undefined;
    out.push(inconsistency('percent-vs-points', c.start, c.end,
      `${quoted(c.text)} is the difference in percentage points ${pairText(st)} (${fmt(points)} points); in percent the change is ${a.actual >= 0 ? 'a rise' : 'a fall'} of ${fmt(Math.abs(a.actual))}%`,
      [
        { start: st.from.figure.start, end: st.from.figure.end, message: `from ${quoted(st.from.figure.text)}` },
        ...(st.to.figure === st.from.figure ? [] : [{ start: st.to.figure.start, end: st.to.figure.end, message: `to ${quoted(st.to.figure.text)}` }]),
      ], fix));
  }
  return out;
}
