// Steps on the editor's thread: the open article's index entry and the patch of its model are built
// in slices (SteppedWork takes steps for about 8 ms, then lets other work run), so what holds the
// thread is the longest single step. For a 1 MB article of the dev-set articles it prints, per part,
// the part run in one piece (the baseline, same run) against its longest step (a median over runs:
// a collection or the process waiting for a core falls in some step of every run) and its number of
// steps. It prints; it never asserts (test/unit/corpus/entrySteps.test.ts bounds each step's work by
// counting it). Run: npx tsx --expose-gc bench/steps.bench.ts
import { CONSISTENCY_CHECKS, figureMeasureSteps, sentenceSteps, type CheckInput } from '../src/core/checks';
import { changeStatementSteps } from '../src/core/checks/changes';
import { reviewFindingSteps } from '../src/core/checks/review';
import { entrySteps } from '../src/core/corpus';
import { extract } from '../src/core/extract';
import { buildModel, patchModelSteps } from '../src/core/model';
import { runSteps, type Stepped } from '../src/core/util';
import { buildCorpus } from './extract.bench';
import { median } from './timing';

const RUNS = 7;
const gc = (globalThis as { gc?: () => void }).gc;

interface StepTimes {
  wholeMs: number;
  longestMs: number;
  steps: number;
}

/** The median over RUNS of: the whole computation's time, its longest step, its number of steps. */
function stepTimes(start: () => Stepped<unknown>): StepTimes {
  const whole: number[] = [];
  const longest: number[] = [];
  let steps = 0;
  for (let k = 0; k < RUNS; k++) {
    gc?.();
    const t0 = performance.now();
    runSteps(start());
    whole.push(performance.now() - t0);
    gc?.();
    const s = start();
    let max = 0;
    steps = 0;
    for (;;) {
      const t = performance.now();
      const r = s.next();
      max = Math.max(max, performance.now() - t);
      steps++;
      if (r.done) break;
    }
    longest.push(max);
  }
  return { wholeMs: median(whole), longestMs: median(longest), steps };
}

export function runStepsBench(print: (line: string) => void): void {
  const text = buildCorpus(1_000_000);
  const extracted = extract(text).mentions;
  const model = buildModel(text, extracted, undefined);
  const sentences = runSteps(sentenceSteps(text, model.mentions));
  const input: CheckInput = { text, mentions: model.mentions, orphans: [], sentences };
  const statements = runSteps(changeStatementSteps(text, sentences));
  const figures = model.mentions.filter((m) => m.kind === 'figure').length;
  print(`1 MB article of the dev-set articles: ${model.mentions.length} mentions, ${figures} figures, ${sentences.length} sentences; medians of ${RUNS} runs, plain Node${gc ? '' : ' (run with --expose-gc to collect before each run)'}`);
  print('| part | in one piece | longest step | steps |');
  print('|---|---|---|---|');
  const parts: [string, () => Stepped<unknown>][] = [
    ['the whole index entry (entrySteps)', () => entrySteps(text, { referenceDate: null, mentions: model.mentions, orphans: [] })],
    ['sentences', () => sentenceSteps(text, model.mentions)],
    ['change statements (read by percent-vs-points and change-mismatch)', () => changeStatementSteps(text, sentences)],
    ...CONSISTENCY_CHECKS.map((c): [string, () => Stepped<unknown>] => [c.name, () => c.steps(input, sentences, statements)]),
    ['review findings', () => reviewFindingSteps(input)],
    ['figure measures', () => figureMeasureSteps(text, sentences)],
    ['model patch, every mention changed', () => patchModelSteps(model, { start: 0, deleteCount: model.mentions.length, insert: extracted, shift: 0 }, undefined)],
    ['model patch, one changed and the rest moved', () => patchModelSteps(model, { start: 1, deleteCount: 1, insert: [extracted[1]], shift: 1 }, undefined)],
  ];
  for (const [name, start] of parts) {
    const t = stepTimes(start);
    print(`| ${name} | ${t.wholeMs.toFixed(1)} ms | ${t.longestMs.toFixed(2)} ms (${(t.wholeMs / t.longestMs).toFixed(0)}× shorter) | ${t.steps} |`);
  }
}

if (require.main === module) runStepsBench((line) => console.log(line));
