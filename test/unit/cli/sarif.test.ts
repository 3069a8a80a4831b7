// `policy-lens check --format sarif` run as a command on a small repository of articles, its output
// validated against the SARIF 2.1.0 JSON Schema (the OASIS errata01 schema, vendored under
// test/fixtures/sarif) and against what GitHub code scanning needs on top of it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { CheckItem } from '../../../src/cli/checkCommand';
import { artifactLocation, toSarif, type SarifLog } from '../../../src/cli/sarif';
import { ROOT, runCli, sidecarFor } from './helpers';

const SCHEMA_FILE = join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');

type Schema = Record<string, unknown>;

/** Keywords that mean the same in draft-04 and draft-07 (no boolean exclusiveMinimum, no subschema `id`). */
const SHARED_KEYWORDS = new Set([
  '$schema', '$ref', 'title', 'description', 'default', 'type', 'enum', 'format', 'pattern', 'minimum', 'maximum',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'items', 'properties', 'additionalProperties',
  'patternProperties', 'required', 'anyOf', 'oneOf', 'allOf', 'not', 'definitions', 'dependencies',
]);

/** Every keyword used at a schema position (property names under `properties` are not keywords). */
function keywords(schema: Schema, out = new Set<string>()): Set<string> {
  for (const [k, v] of Object.entries(schema)) {
    out.add(k);
    const sub = (s: unknown): void => { if (typeof s === 'object' && s !== null && !Array.isArray(s)) keywords(s as Schema, out); };
    if (k === 'properties' || k === 'definitions' || k === 'patternProperties') Object.values(v as Schema).forEach(sub);
    else if (k === 'anyOf' || k === 'oneOf' || k === 'allOf' || (k === 'items' && Array.isArray(v))) (v as unknown[]).forEach(sub);
    else if (k === 'items' || k === 'additionalProperties' || k === 'not') sub(v);
  }
  return out;
}

/**
 * The OASIS schema declares draft-04, which Ajv 8 does not ship; every keyword it uses means the
 * same in draft-07 (asserted below), so it is compiled as draft-07 with its `id` as `$id`.
 */
function asDraft07(schema: Schema): Schema {
  const { id, $schema: _draft04, ...rest } = schema;
  return { ...rest, $schema: 'http://json-schema.org/draft-07/schema#', $id: id };
}

const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

function compileSarifSchema(): ((data: unknown) => boolean) & { errors?: unknown } {
  const ajv = new Ajv({ allErrors: true, strictTypes: true, strictTuples: true });
  // The formats the schema uses (Ajv leaves formats to the ajv-formats package), per RFC 3986 / 3339.
  ajv.addFormat('uri-reference', URI_REFERENCE);
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URI_REFERENCE.test(s));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
  return ajv.compile(asDraft07(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema));
}

/** What GitHub code scanning needs beyond the schema: rules for every result, relative files, start lines. */
function assertUploadable(log: SarifLog): void {
  assert.equal(log.runs.length, 1);
  const { driver } = log.runs[0].tool;
  assert.equal(driver.name, 'policy-lens');
  assert.equal(driver.version, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  assert.ok(!('informationUri' in driver), 'package.json has no homepage');
  const ids = driver.rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'one rule per code');
  assert.deepEqual(ids.sort(), [...new Set(log.runs[0].results.map((r) => r.ruleId))].sort(), 'a rule for each code used, no other');
  for (const r of driver.rules) assert.ok(r.shortDescription.text && r.help.text, r.id);
  for (const result of log.runs[0].results) {
    assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.ok(result.message.text);
    for (const { physicalLocation: p } of [...result.locations, ...(result.relatedLocations ?? [])]) {
      assert.equal(p.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.match(p.artifactLocation.uri, /^(?![a-z][a-z0-9+.-]*:)[^/\\][^\\]*$/i, 'relative, forward slashes');
      assert.ok(p.region.startLine >= 1 && p.region.startColumn >= 1);
    }
  }
}

describe('policy-lens check --format sarif', function () {
  const validate = compileSarifSchema();
  let repo: string;

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'pl-sarif-'));
    const write = (path: string, text: string): void => {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      writeFileSync(join(repo, path), text);
    };
    const talks = 'Turkey pledged 300 troops and Chile will pay $2 billion by December 31.\n';
    write('articles/europe/talks.md', talks);
    write('articles/europe/talks.md.annotations.yaml', sidecarFor('talks.md', talks, [
      { id: 'a-1', kind: 'figure', type: 'money', exact: '$2 billion', status: 'verified' },
      { id: 'a-2', kind: 'figure', type: 'count', exact: '300 troops', status: 'disputed', note: 'Ankara says 200' },
      { id: 'a-3', kind: 'date', type: 'date', exact: 'March 3, 2026', at: 5 },
    ]));
    write('articles/asia/press review.md', '# Press review\n\nTokyo said 12 percent of the 40,000 tonnes arrived.\n');
    write('articles/broken.md', 'Brazil sent 5 ships.\n');
    write('articles/broken.md.annotations.yaml', 'version: 1\narticle: broken.md\nannotations: [\n');
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('is valid SARIF 2.1.0 that GitHub code scanning accepts, with URIs relative to the working directory', () => {
    const run = runCli(['check', 'articles', '--format', 'sarif'], repo);
    assert.equal(run.status, 1, `a broken sidecar fails (${run.via}): ${run.stderr}`);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assertUploadable(log);
    const byRule = (id: string): string[] => log.runs[0].results.filter((r) => r.ruleId === id).map((r) => {
      const { artifactLocation: a, region } = r.locations[0].physicalLocation;
      return `${a.uri}:${region.startLine}:${region.startColumn}:${r.level}`;
    });
    assert.deepEqual(byRule('unverified-figure'), [
      'articles/asia/press%20review.md:3:12:note', 'articles/asia/press%20review.md:3:30:note', 'articles/broken.md:1:13:note',
    ]);
    assert.deepEqual(byRule('disputed-figure'), ['articles/europe/talks.md:1:16:warning']);
    assert.equal(byRule('orphaned-annotation').length, 1);
    assert.match(byRule('orphaned-annotation')[0], /^articles\/europe\/talks\.md\.annotations\.yaml:\d+:5:error$/);
    assert.ok(log.runs[0].results.some((r) => r.ruleId.startsWith('yaml-') && r.level === 'error' && r.locations[0].physicalLocation.artifactLocation.uri === 'articles/broken.md.annotations.yaml'), 'the broken sidecar');
  });

  it('related locations and fixes are valid SARIF too', () => {
    const at = (line: number, column: number, endColumn: number) => ({ file: 'articles/a.md', line, column, endLine: line, endColumn });
    const items: CheckItem[] = [{
      ...at(2, 5, 15), code: 'percent-vs-points', kind: 'inconsistent', level: 'warning', message: 'a change of 5 "percent" between 40% and 45%',
      related: [{ ...at(1, 1, 4), message: 'from 40%' }, { ...at(1, 9, 12), message: 'to 45%' }],
      fix: { title: 'say "percentage points"', edits: [{ ...at(2, 7, 14), newText: 'percentage points' }, { ...at(3, 1, 1), newText: 'Inserted. ' }] },
    }];
    const log = toSarif(items, { name: 'policy-lens', version: '0.1.0' }, ROOT);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const result = log.runs[0].results[0];
    assert.deepEqual(result.relatedLocations?.map((r) => [r.id, r.message.text, r.physicalLocation.region.startColumn]), [[1, 'from 40%', 1], [2, 'to 45%', 9]]);
    assert.deepEqual(result.fixes, [{
      description: { text: 'say "percentage points"' },
      artifactChanges: [{
        artifactLocation: { uri: 'articles/a.md', uriBaseId: '%SRCROOT%' },
        replacements: [
          { deletedRegion: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 14 }, insertedContent: { text: 'percentage points' } },
          { deletedRegion: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 1 }, insertedContent: { text: 'Inserted. ' } },
        ],
      }],
    }]);
    assert.deepEqual(toSarif(items, { name: 'policy-lens', version: '1.2.3', informationUri: 'https://example.org/policy-lens' }, ROOT).runs[0].tool.driver.informationUri, 'https://example.org/policy-lens');
  });

  it('an empty check is a valid log with no rules and no results', () => {
    const log = toSarif([], { name: 'policy-lens', version: '0.1.0' }, ROOT);
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.deepEqual([log.runs[0].tool.driver.rules, log.runs[0].results], [[], []]);
  });

  it('artifact URIs: relative with forward slashes and percent-encoded segments; outside the working directory a file: URI', () => {
    const cwd = join(tmpdir(), 'repo');
    assert.deepEqual(artifactLocation(join('articles', 'asia', 'a b.md'), cwd), { uri: 'articles/asia/a%20b.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactLocation(join(cwd, 'x:y#1.md'), cwd), { uri: 'x%3Ay%231.md', uriBaseId: '%SRCROOT%' });
    const outside = artifactLocation(join(cwd, '..', 'elsewhere', 'a.md'), cwd);
    assert.equal(outside.uriBaseId, undefined);
    assert.match(outside.uri, /^file:\/\/.*\/elsewhere\/a\.md$/);
  });

  it('the vendored schema uses only keywords that draft-04 and draft-07 read alike', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;
    assert.equal(schema.$schema, 'http://json-schema.org/draft-04/schema#');
    assert.equal(schema.id, 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    const { id: _root, ...rest } = schema;
    assert.deepEqual([...keywords(rest)].filter((k) => !SHARED_KEYWORDS.has(k)), []);
  });
});
