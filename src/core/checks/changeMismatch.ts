// change-mismatch: a stated change that the two stated values contradict ("rose 25% from 80 to
// 120" — that is 50%; "doubled from 40 to 100"; "fell by a third from 9,000 to 7,500").
import { describeFigure } from '../describe';
import { assess, changeStatementSteps, pairText, type Assessment, type ChangeStatement } from './changes';
import { inconsistency, quoted, restate } from './finding';
import type { CheckInput } from './index';
import { sentencesOf, type Sentence } from './sentences';
import { fmt } from './tolerance';
import type { Finding } from './types';
import { pacer, runSteps, type Stepped } from '../util';

function actualText(st: ChangeStatement, a: Assessment): string {
  const way = a.actual >= (a.measure === 'ratio' ? 1 : 0) ? 'a rise' : 'a fall';
  switch (a.measure) {
    case 'ratio': return st.multiplier?.inverse ? `a fall to 1/${fmt(a.actual)} of the earlier value` : `a change by a factor of ${fmt(a.actual)}`;
    case 'relative': return `${way} of ${fmt(Math.abs(a.actual))}%${a.points !== undefined ? ` (${fmt(Math.abs(a.points))} percentage points)` : ''}`;
    case 'difference': return `${way} of ${st.from.figure.unit === '%' ? describeFigure(Math.abs(a.actual), 'pp') : restate(Math.abs(a.actual), st.from.figure)}`;
  }
}

/** Stated changes that disagree with the values they connect. */
export function changeMismatches(input: CheckInput, sentences: readonly Sentence[] = sentencesOf(input.text, input.mentions)): Finding[] {
  return runSteps(changeMismatchSteps(input, sentences));
}

/** changeMismatches, pausing every few hundred sentences, figures or statements (`statements`: changeStatementSteps' answer, when the caller has it). */
export function* changeMismatchSteps(input: CheckInput, sentences: readonly Sentence[], statements?: readonly ChangeStatement[]): Stepped<Finding[]> {
  const out: Finding[] = [];
  const stated = statements ?? (yield* changeStatementSteps(input.text, sentences, input.meter, input.steps));
  const pace = pacer(input.steps);
  for (const st of stated) {
    if (pace()) yield;
    const a = assess(input.text, st);
    if (!a || a.verdict !== 'mismatch') continue;
    const main = st.change ?? st.multiplier;
    if (!main) continue;
    const said = st.change ? quoted(st.change.text) : quoted(st.multiplier?.word ?? '');
    const related = st.from.figure === st.to.figure
      ? [{ start: st.from.figure.start, end: st.from.figure.end, message: `the values ${quoted(st.from.figure.text)}` }]
      : [
        { start: st.from.figure.start, end: st.from.figure.end, message: `the earlier value ${quoted(st.from.figure.text)}` },
        { start: st.to.figure.start, end: st.to.figure.end, message: `the later value ${quoted(st.to.figure.text)}` },
      ];
    out.push(inconsistency('change-mismatch', main.start, main.end,
      `stated change ${said} does not match the values: ${pairText(st)} is ${actualText(st, a)}`, related));
  }
  return out;
}
