// The JSON Schema contributed through yamlValidation must agree with the validator on the basics.
// ajv is only a transitive dev dependency (via @vscode/vsce); the suite skips if it is missing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as yamlParse } from 'yaml';
import { parseSidecar } from '../../../src/core/sidecar';
import { fixture } from './helpers';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

function loadAjv(): Validate | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = require('ajv') as new (o: object) => { compile(s: object): Validate };
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'sidecar.schema.json'), 'utf8')) as object;
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
    for (const [from, to] of [['version: 1', 'version: 2'], ['decision: confirmed\n    author', 'decision: maybe\n    author'], ['status: unverified', 'status: perhaps'], ['type: percent', 'type: person'], ['wikidata: Q114', 'wikidata: 114']]) {
      const text = base.replace(from, to);
      assert.equal(parseSidecar(text).ok, false, `validator accepted ${to}`);
      assert.equal(validate!(yamlParse(text)), false, `schema accepted ${to}`);
    }
  });
});
