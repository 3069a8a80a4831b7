// Builds countries.json, the compact country gazetteer the extractor bundles, from the
// `world-countries` package (whose full JSON is ~1 MB and must not reach the extension bundle).
// Run: node scripts/generate-countries.mjs   (a unit test checks the output has not drifted)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Non-independent entries that news still treats as countries. */
const EXTRA = new Set(['TW', 'PS', 'XK']);
/** Short English names required by the guidelines where `name.common` differs. */
const CANONICAL = { CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', CI: "Côte d'Ivoire" };
/** Alternative spellings kept although short or all upper case. */
const KEEP_SHORT = new Set(['US', 'UK', 'USA', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK']);
/** Capitals in their current romanisation, ahead of the older form the package gives ("Ulan Bator"), which stays too. */
const CAPITAL_SPELLINGS = { MN: ['Ulaanbaatar'] };
/** When two countries share a demonym, the one listed here owns it. */
const DEMONYM_OWNER = { Congolese: 'CD', Dominican: 'DO', Indian: 'IN', American: 'US', Norwegian: 'NO', French: 'FR', Dutch: 'NL' };

const latin = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;

export function buildCountries() {
  const all = require('world-countries');
  const rows = [];
  for (const c of all) {
    if (!c.independent && !EXTRA.has(c.cca2)) continue;
    const canonical = CANONICAL[c.cca2] ?? c.name.common;
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings ?? []) {
      if (alt.includes(',')) continue;
      if (!latin.test(alt)) continue;
      if (alt.length <= 4 && alt === alt.toUpperCase() && !KEEP_SHORT.has(alt)) continue;
      names.add(alt);
    }
    names.delete(canonical);
    const demonyms = new Set();
    const d = c.demonyms?.eng;
    for (const v of [d?.m, d?.f].flatMap((x) => (x ? x.split(/,\s*/) : []))) {
      const owner = DEMONYM_OWNER[v];
      if (owner && owner !== c.cca2) continue;
      demonyms.add(v);
    }
    const capitals = [...(CAPITAL_SPELLINGS[c.cca2] ?? []), ...(c.capital ?? []).filter((x) => latin.test(x))];
    rows.push([canonical, [...names].sort(), capitals, [...demonyms], Object.keys(c.currencies ?? {})]);
  }
  rows.sort((a, b) => a[0].localeCompare(b[0], 'en'));
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('../src/core/extract/data/countries.json', import.meta.url), buildCountries());
}
