// The token check before the organisation cue patterns: it skips them after most words, and never
// where one of them matches the text before a name.
import assert from 'node:assert/strict';
import { ORG_CUE_APPOSED, ORG_CUE_BEFORE, ORG_SLOT_BEFORE } from '../../../src/core/extract/actors/context';
import { cueMayEndAt } from '../../../src/core/extract/actors/rules/cueOrg';
import { tokenize } from '../../../src/core/extract/tokenize';
import { randomText } from './helpers';

/** Whether any cue pattern of cueOrganisation matches the text before offset `start`, read as it reads it. */
function cueMatches(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return ORG_CUE_BEFORE.test(before.slice(-30)) || ORG_SLOT_BEFORE.test(before) || ORG_CUE_APPOSED.test(before.slice(-32)) || /\p{L}-based\s+$/u.test(before);
}


const VOCABULARY = ['pollster', 'firm', 'start-up', 'analysts', 'at', 'its', 'Greek', 'manager', ',', 'shares', 'in', 'of', 'firms', 'led', 'by',
  'such', 'as', 'including', 'among', 'them', 'Dubai-based', 'the', 'said', 'Økofirm', 'agency', 'bank', 'Acme', 'and', 'Stakes', 'companies'];

describe('cue pattern token check', () => {
  it('skips the patterns after words that end none of them', () => {
    for (const w of ['the', 'said', 'Minister', 'of the', '.', undefined]) assert.equal(cueMayEndAt(w), false, String(w));
    for (const w of ['pollster', 'up', 'at', ',', 'including', 'them', 'based', 'Økofirm']) assert.equal(cueMayEndAt(w), true, w);
  });

  it('never skips them where one matches (random texts of cue words)', () => {
    let matched = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const text = randomText(seed, VOCABULARY, 10, 0.3, 'Kpler');
      const t = tokenize(text);
      for (let i = 1; i < t.words.length; i++) {
        if (!cueMatches(text, t.starts[i])) continue;
        matched++;
        assert.ok(cueMayEndAt(t.words[i - 1]), `seed ${seed}: "${text}" token ${i}`);
      }
    }
    assert.ok(matched > 300, `${matched} matches`);
  });
});
