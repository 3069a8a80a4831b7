import assert from 'node:assert/strict';
import { CONSISTENCY_CHECKS, figureMeasureSteps, sentenceSteps, sentencesOf, type CheckInput } from '../../../src/core/checks';
import { changeStatementSteps } from '../../../src/core/checks/changes';
import { reviewFindingSteps } from '../../../src/core/checks/review';
import { entryFromModel, entrySteps } from '../../../src/core/corpus';
import { extract } from '../../../src/core/extract';
import { buildModel, patchModel, patchModelSteps } from '../../../src/core/model';
import { runSteps, type Stepped } from '../../../src/core/util';
import { ITEMS_PER_STEP } from '../../../src/core/util/steps';
import { stepThrough } from '../../support/stepThrough';

// The editor builds an open article's index entry (and patches its model) on the extension host's
// thread in slices: SteppedWork takes steps for a few milliseconds, then lets other work run. A step
// that handles too much holds the thread however the slices are cut, so each step's work is bounded
// here by counting it (never by timing it) on a 1 MB article.

/** Every rule's shape, with several figures per sentence (so a loop that pauses only per sentence shows). */
const PARAGRAPH = 'On Monday, April 8, 2025, Kenya received a $2.5 billion loan, up from $2 billion in 2024, while Uganda got $1 billion, Tanzania $900 million and Rwanda $300 million. '
  + 'The $2.4 billion loan comprises $1 billion for roads and $1.2 billion for ports. China holds 40% of the shares, Japan 35% and Korea 30%. '
  + 'Exports rose 25% from 80 to 120 tonnes. Inflation rose from 3% to 5%, a rise of 2 percent.\n\n';
const TEXT = PARAGRAPH.repeat(Math.ceil(1024 * 1024 / PARAGRAPH.length));

/** The most items and characters any one step handled. */
const MAX_ITEMS_PER_STEP = 1000;
const MAX_CHARS_PER_STEP = 16 * 1024;

describe('corpus/entry steps on a 1 MB article', function () {
  this.timeout(60_000);
  const extracted = extract(TEXT).mentions;
  const model = buildModel(TEXT, extracted, undefined);
  const entryModel = { referenceDate: null, mentions: model.mentions, orphans: [] };
  const figures = model.mentions.filter((m) => m.kind === 'figure').length;

  it('no step of the entry handles more than a thousand items or 16 K characters, and the entry is the one built in one piece', () => {
    const run = stepThrough((meter) => entrySteps(TEXT, entryModel, meter));
    assert.deepEqual(run.value, entryFromModel(TEXT, entryModel));
    assert.ok(run.value.findings.length > figures, `${run.value.findings.length} findings: every rule reports on this text`);
    assert.ok(run.most.items <= MAX_ITEMS_PER_STEP, `a step handled ${run.most.items} items`);
    assert.ok(run.most.chars <= MAX_CHARS_PER_STEP, `a step read ${run.most.chars} characters`);
    // The meter saw the work: every character read, every mention looked at several times.
    assert.equal(run.total.chars, TEXT.length);
    assert.ok(run.total.items >= 4 * model.mentions.length, `${run.total.items} items counted for ${model.mentions.length} mentions`);
  });

  it('each part pauses per item, not per sentence: once per ITEMS_PER_STEP items in each of its loops, once per 16 K characters read', () => {
    // Counted without the meter (whose counting a removed pause could take along): the number of steps.
    const sentences = sentencesOf(TEXT, model.mentions);
    const input: CheckInput = { text: TEXT, mentions: model.mentions, orphans: [], sentences };
    const statements = runSteps(changeStatementSteps(TEXT, sentences));
    const mentions = model.mentions.length;
    assert.ok(figures > 3 * sentences.length, `${figures} figures in ${sentences.length} sentences`);
    assert.ok(statements.length > 4 * ITEMS_PER_STEP, `${statements.length} change statements`);
    // The items each loop of a part visits (at least): every loop has to pause on its own, so one
    // that loses its pause falls short of the sum even when another loop of the part visits more.
    const checkLoops = (name: string): number[] =>
      name === 'weekday-mismatch' ? [mentions] : name === 'percent-vs-points' || name === 'change-mismatch' ? [statements.length] : [figures];
    const parts: [string, Stepped<unknown>, number[], number][] = [
      // Characters read for the sentence ends, then a loop over the sentences and one over the mentions.
      ['sentences', sentenceSteps(TEXT, model.mentions), [sentences.length, mentions], TEXT.length],
      ['change statements', changeStatementSteps(TEXT, sentences), [figures], 0],
      ...CONSISTENCY_CHECKS.map((c): [string, Stepped<unknown>, number[], number] => [c.name, c.steps(input, sentences, statements), checkLoops(c.name), 0]),
      // Figures, then dates: two loops over the mentions.
      ['review findings', reviewFindingSteps(input), [mentions, mentions], 0],
      ['figure measures', figureMeasureSteps(TEXT, sentences), [figures], 0],
    ];
    for (const [name, steps, loops, chars] of parts) {
      const { steps: n } = stepThrough(() => steps);
      // A pacer pauses on its (ITEMS_PER_STEP + 1)th item, then every ITEMS_PER_STEP.
      const least = loops.reduce((sum, items) => sum + Math.floor(items / (ITEMS_PER_STEP + 1)), 0) + Math.floor(chars / (MAX_CHARS_PER_STEP + 1));
      assert.ok(n >= least, `${name}: ${n} steps, fewer than ${least} for loops over ${loops.join(' and ')} items${chars ? ` and ${chars} characters` : ''}`);
    }
  });

  it('patching the model moves and copies at most a thousand mentions per step, and gives what patchModel gives', () => {
    // Every mention changed (an edit that renames an actor named throughout), or one changed and the rest moved.
    const every = { start: 0, deleteCount: model.mentions.length, insert: extracted, shift: 0 };
    const moved = { start: 1, deleteCount: 1, insert: [extracted[1]], shift: 1 };
    for (const patch of [every, moved]) {
      const run = stepThrough((meter) => patchModelSteps(model, patch, undefined, meter));
      assert.deepEqual(run.value, patchModel(model, patch, undefined));
      assert.ok(run.most.items <= MAX_ITEMS_PER_STEP, `a step handled ${run.most.items} mentions`);
      assert.ok(run.total.items >= model.mentions.length - 2, `${run.total.items} mentions counted`);
    }
  });
});
