// The cheap pre-check before the title regex: it must be on (the pattern's shape read) and never say
// no at a token where the regex matches.
import assert from 'node:assert/strict';
import { TITLE_PATTERN } from '../../../src/core/extract/lexicon/titles';
import { newSteps } from '../../../src/core/extract/steps';
import { buildTitleIndex, titleMayStartAt } from '../../../src/core/extract/titles';
import { tokenize } from '../../../src/core/extract/tokenize';
import { randomText } from './helpers';

const TITLE_AT = new RegExp(`${TITLE_PATTERN}(?=[\\s,])`, 'iuy');

/** The check's answer at every token of `text`, and the tokens where the regex matches. */
function answers(text: string): { may: boolean[]; matches: boolean[]; words: string[] } {
  const t = tokenize(text);
  const memo = new Uint8Array(t.words.length);
  const steps = newSteps();
  const may = t.words.map((_, i) => titleMayStartAt(t.lower, memo, i, steps));
  const matches = t.starts.map((start) => { TITLE_AT.lastIndex = start; return TITLE_AT.test(text); });
  return { may, matches, words: t.words };
}


const VOCABULARY = ['former', 'deputy', 'Central', 'bank', 'defence', 'and', 'Mineral', 'resources', 'Lt.', 'minister', 'Minister', 'of', 'for',
  'Trade', 'secretary-general', 'Secretary', 'general', 'the', 'Treasury', 'chief', 'staff', 'spokeswoman', 'Dr.', 'Mr', 'president-elect',
  'said', 'Ana', 'Ruiz', 'ministers', 'chair', 'chairman', 'state', 'Prime', 'head', 'ſenator', 'Kingdom', '-', ',', '.', 'in', 'a'];

describe('title pre-check', () => {
  it('reads the title pattern (without its index every token would run the regex)', () => {
    assert.ok(buildTitleIndex(TITLE_PATTERN));
    // The shape it reads, with and without a word joining two modifiers.
    assert.ok(buildTitleIndex(String.raw`(?:(?:deputy|foreign)[\s-]+)*(?:minister)`));
    assert.ok(buildTitleIndex(String.raw`(?:(?:deputy|foreign)(?:\s+and)?[\s-]+)*(?:minister)`));
    assert.equal(buildTitleIndex(String.raw`(?:minister|\p{Lu}+)`), null);
  });

  it('says no at common words that start no title', () => {
    const { may, words } = answers('Talks of the deal in the end stalled for a day, and the first round failed.');
    for (const w of ['of', 'the', 'in', 'for', 'and', 'first']) assert.equal(may[words.indexOf(w)], false, w);
  });

  it('says yes along a chain of modifiers that ends in a title', () => {
    const { may, words } = answers('the former deputy defence and security minister, Ana Ruiz');
    assert.deepEqual(words.slice(1, 7).map((_, k) => may[k + 1]), [true, true, true, true, true, true]);
    assert.equal(may[0], false);
  });

  it('never says no where the title regex matches (random chains of title words)', () => {
    let matched = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, VOCABULARY, 12, 0.5, 'Ana');
      const { may, matches } = answers(text);
      matches.forEach((m, i) => { if (m) { matched++; assert.ok(may[i], `seed ${seed}: "${text}" token ${i}`); } });
    }
    // The generator reaches the regex often enough to test the check.
    assert.ok(matched > 400, `${matched} matches`);
  });

  it('walks each token once however often it is asked (a long run of modifiers)', () => {
    const t = tokenize('former deputy '.repeat(2000));
    const memo = new Uint8Array(t.words.length);
    const steps = newSteps();
    for (let i = 0; i < t.words.length; i++) titleMayStartAt(t.lower, memo, i, steps);
    assert.ok(steps.n <= t.words.length, `${steps.n} steps for ${t.words.length} tokens`);
  });
});
