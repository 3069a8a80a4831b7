import assert from 'node:assert/strict';
import { buildFigureLexicon, mayTrigger } from '../../../src/core/extract/figures/patterns';
import { getGazetteer } from '../../../src/core/extract/gazetteer';

const lex = buildFigureLexicon(getGazetteer());

/** Every casing of a word ("two", "Two", "tWo", … "TWO"): the number words are looked up in lower case. */
function casings(w: string): string[] {
  let out = [''];
  for (const ch of w) out = out.flatMap((s) => (ch.toUpperCase() === ch.toLowerCase() ? [s + ch] : [s + ch.toLowerCase(), s + ch.toUpperCase()]));
  return out;
}

describe('figure rules: gates', () => {
  it('let through every prefix as written and every number word in any casing', () => {
    let checked = 0;
    const words = [...lex.prefixes, ...[...lex.numberWords].flatMap(casings)];
    for (const w of words) {
      const c = w.charCodeAt(0);
      if (c >= 128 || (c >= 48 && c <= 57)) continue; // the token loop reads these without the gate
      checked++;
      assert.ok(mayTrigger(lex, w, c), `mayTrigger refused ${JSON.stringify(w)}`);
    }
    assert.ok(checked > 1000, `only ${checked} words were checked`);
  });

  it('turn away common words of a number word\'s first letter and length', () => {
    for (const w of ['the', 'from', 'fund', 'next', 'trade']) assert.ok(!mayTrigger(lex, w, w.charCodeAt(0)), w);
    // A second character that is no ASCII letter is not ruled out.
    for (const w of ['t\u212Aa', 'o2e']) assert.ok(mayTrigger(lex, w, w.charCodeAt(0)), w);
  });
});
