// The JSON Schema contributed through yamlValidation is generated from the field table and must agree
// with the validator. ajv is only a transitive dev dependency (via @vscode/vsce); the suite that
// validates with it skips if it is missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as yamlParse } from 'yaml';
import { parseSidecar } from '../../../src/core/sidecar';
import { fixture } from './helpers';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

const root = join(__dirname, '..', '..', '..');

describe('schemas/sidecar.schema.json generation', () => {
  it('the checked-in JSON is what scripts/build-schema.ts builds from the field table', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-schema.ts'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });
});

function loadAjv(): Validate | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = require('ajv') as new (o: object) => { compile(s: object): Validate };
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'sidecar.schema.json'), 'utf8')) as object;
    return new Ajv({ allErrors: true, strict: false }).compile(schema);
  } catch {
    return undefined;
  }
}

describe('schemas/sidecar.schema.json', function () {
  const validate = loadAjv();
  before(function () { if (!validate) this.skip(); });

  it('accepts the fixtures', () => {
    for (const f of ['call.md.annotations.yaml', 'hand-edited.md.annotations.yaml']) {
      assert.ok(validate!(yamlParse(fixture(f))), `${f}: ${JSON.stringify(validate!.errors)}`);
    }
  });

  it('rejects what the validator rejects', () => {
    const base = fixture('call.md.annotations.yaml');
    for (const [from, to] of [
      ['version: 1', 'version: 2'], ['decision: confirmed\n    author', 'decision: maybe\n    author'], ['status: unverified', 'status: perhaps'],
      ['type: percent', 'type: person'], ['wikidata: Q114', 'wikidata: 114'],
      // Conditional requirements, patterns and types from the field table.
      ['    entity: e-kenya\n', ''], ['decision: rejected #', 'decision: added #'], ['start: 75', 'start: -1'], ['canonical: Kenya', 'canonical: ""'],
      ['exact: Kenya', 'exact: ""'], ['id: a-1b7m2pd', 'id: "a 1b7m2pd"'], ['reference_date: 2026-03-04', 'reference_date: 2026-3-4'],
      ['normalized: 2026-03-03', 'normalized: 5'], ['approx: true', 'approx: 1'], ['value: 40\n', 'value: [40]\n'], ['tags: [pledge, headline]', 'tags: [pledge, 2]'],
    ]) {
      const text = base.replace(from, to);
      assert.equal(parseSidecar(text).ok, false, `validator accepted ${to}`);
      assert.equal(validate!(yamlParse(text)), false, `schema accepted ${to}`);
    }
  });
});
