// The gazetteer's phrase trie (walked token by token by the actor scan) against its string keys.
import assert from 'node:assert/strict';
import countries from '../../../src/core/extract/data/countries.json';
import { getGazetteer, phraseKey } from '../../../src/core/extract/gazetteer';
import { EXTRA_CAPITALS, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, ORGANIZATIONS, SEAT_ORGS } from '../../../src/core/extract/lexicon';
import { tokenize } from '../../../src/core/extract/tokenize';

type CountryRow = [string, string[], string[], string[], string[]];

/** Every phrase the gazetteer is built from. */
function phrases(): string[] {
  const out: string[] = [];
  for (const [canonical, names, capitals, demonyms] of countries as unknown as CountryRow[]) out.push(canonical, ...names, ...capitals, ...demonyms, ...demonyms.map((d) => `${d}s`));
  out.push(...Object.keys(EXTRA_CAPITALS), ...EXTRA_DEMONYMS.map(([d]) => d), ...EXTRA_COUNTRY_NAMES.map(([n]) => n), ...Object.keys(SEAT_ORGS));
  for (const [names] of ORGANIZATIONS) out.push(...names);
  return out;
}

describe('gazetteer: phrase trie', () => {
  it('reaches, token by token, the entry and every prefix its string keys hold', () => {
    const gaz = getGazetteer();
    const all = phrases();
    let found = 0;
    for (const phrase of all) {
      const t = tokenize(phrase);
      if (!t.words.length) continue;
      let node = gaz.firstToken(t.words[0]);
      let key = t.words[0];
      for (let i = 1; node && i < t.words.length; i++) {
        assert.ok(gaz.hasPrefix(key), key);
        const spaced = t.starts[i] > t.ends[i - 1];
        key += (spaced ? ' ' : '') + t.words[i];
        node = (spaced ? node.spaced : node.tight)?.get(t.words[i]);
      }
      // Plural demonyms not built ("Benineses") have neither a key nor a path.
      const entry = gaz.get(phraseKey(phrase));
      if (entry) found++;
      assert.equal(node?.entry, entry, phrase);
    }
    assert.ok(found > 500);
  });

  it('keeps a tight join apart from a spaced one', () => {
    const gaz = getGazetteer();
    const al = gaz.firstToken('Al');
    assert.ok(al?.tight?.get('-'), 'Al- opens a phrase');
    assert.equal(al?.spaced?.get('-'), undefined);
  });
});
