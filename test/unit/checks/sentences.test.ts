import assert from 'node:assert/strict';
import { sentenceSpans, sentenceSteps, sentencesOf } from '../../../src/core/checks/sentences';
import { extract } from '../../../src/core/extract';
import { buildModel } from '../../../src/core/model';
import { inputOf } from './helpers';

function texts(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

describe('checks: sentences', () => {
  it('splits at full stops, question and exclamation marks, keeping closing quotes', () => {
    assert.deepEqual(texts('Aid rose. Did it? "Yes!" she said.'), ['Aid rose.', 'Did it?', '"Yes!" she said.']);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    assert.deepEqual(texts('The U.S. Treasury and Mr. Ruto met on Tue. April 8 to sign a $2.5 billion deal. It held.'),
      ['The U.S. Treasury and Mr. Ruto met on Tue. April 8 to sign a $2.5 billion deal.', 'It held.']);
    assert.deepEqual(texts('It rose approx. five percent.'), ['It rose approx. five percent.']);
  });

  it('ends a sentence at a paragraph break, a heading line and a list item', () => {
    assert.deepEqual(texts('# Aid to Kenya\nThe IMF lent\n\nmore money:\n- $4 billion for roads\n- $5 billion'), ['# Aid to Kenya', 'The IMF lent', 'more money:', '- $4 billion for roads', '- $5 billion']);
  });

  it('puts each non-rejected mention into its sentence', () => {
    const text = 'Kenya got $2 billion on May 3. Uganda got $1 billion.';
    const ss = sentencesOf(text, inputOf(text, { reject: ['$1 billion'] }).mentions);
    assert.deepEqual(ss.map((s) => [s.actors.map((a) => a.text), s.figures.map((f) => f.text), s.dates.map((d) => d.text)]), [
      [['Kenya'], ['$2 billion'], ['May 3']],
      [['Uganda'], [], []],
    ]);
  });

  it('in steps, pauses every 64 K characters read and every 4,000 mentions placed, and gives the same sentences', () => {
    const paragraph = 'Kenya got $2 billion on May 3. Uganda got $1 billion from the IMF.\n\n';
    const text = paragraph.repeat(Math.ceil(512 * 1024 / paragraph.length));
    const { mentions } = buildModel(text, extract(text).mentions, undefined);
    const steps = sentenceSteps(text, mentions);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.deepEqual(r.value, sentencesOf(text, mentions));
    const expected = Math.floor(text.length / (64 * 1024)) + Math.floor(mentions.length / 4000);
    assert.ok(pauses >= expected, `${pauses} pauses, at least ${expected} expected`);
  });
});
