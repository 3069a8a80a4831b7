import assert from 'node:assert/strict';
import { sentenceSpans, sentencesOf } from '../../../src/core/checks/sentences';
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
});
