import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DATA = join(__dirname, '..', '..', '..', 'src', 'core', 'extract', 'data');

describe('extract: country gazetteer data', () => {
  it('countries.json is exactly what scripts/generate-countries.mjs builds from world-countries (no drift)', async () => {
    const mod = (await import(pathToFileURL(join(__dirname, '..', '..', '..', 'scripts', 'generate-countries.mjs')).href)) as { buildCountries: () => string };
    assert.equal(readFileSync(join(DATA, 'countries.json'), 'utf8'), mod.buildCountries());
  });

  it('is compact and holds the guideline canonicals', () => {
    const raw = readFileSync(join(DATA, 'countries.json'), 'utf8');
    assert.ok(raw.length < 40_000, `countries.json is ${raw.length} bytes`);
    const names = (JSON.parse(raw) as [string][]).map((r) => r[0]);
    for (const n of ['United States', 'United Kingdom', 'China', 'Democratic Republic of the Congo', 'Türkiye']) assert.ok(names.includes(n), n);
  });
});
