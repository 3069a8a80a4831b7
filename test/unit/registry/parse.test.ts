// Parsing and validating the entity registry (src/core/registry/parse.ts) and its JSON Schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, MAX_REGISTRY_BYTES, parseRegistry, wikidataUrl } from '../../../src/core/registry';

const ROOT = join(__dirname, '..', '..', '..');

describe('registry parser (core/registry/parse)', () => {
  it('reads the sample registry without diagnostics', () => {
    const p = parseRegistry(readFileSync(join(ROOT, 'samples', 'policy-lens.entities.yaml'), 'utf8'));
    assert.deepEqual(p.diagnostics, []);
    assert.ok(p.registry!.entities.length >= 3);
  });

  it('reads an entity with every field, whitespace in names collapsed', () => {
    const p = parseRegistry('entities:\n  - name: "Amara   Okafor"\n    type: person\n    aliases: [Okafor A.]\n    metonyms: []\n    role: Foreign Minister\n    qid: Q42\n    note: n\nnever: [Lima Group]\n');
    assert.ok(p.ok);
    assert.deepEqual(p.registry, { entities: [{ name: 'Amara Okafor', type: 'person', aliases: ['Okafor A.'], metonyms: [], role: 'Foreign Minister', qid: 'Q42', note: 'n' }], never: ['Lima Group'] });
  });

  it('reads an empty file or one with only comments as an empty registry', () => {
    assert.deepEqual(parseRegistry('').registry, { entities: [], never: [] });
    assert.deepEqual(parseRegistry('# nothing yet\n').registry, { entities: [], never: [] });
  });

  it('reports bad entities as errors with their line, and uses nothing', () => {
    const p = parseRegistry('entities:\n  - name: A\n    type: person\n  - name: B\n    type: country\n  - name: C\n    type: state\n    qid: 42\n');
    assert.equal(p.ok, false);
    assert.equal(p.registry, undefined);
    const errors = p.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line]);
    assert.deepEqual(errors, [['bad-type', 5], ['bad-qid', 8]]);
    assert.match(p.diagnostics[0].message, /one of state, organization, person/);
  });

  it('reports unknown keys and duplicate names as warnings, not errors', () => {
    const p = parseRegistry('version: 1\nentities:\n  - name: A\n    type: state\n    colour: red\n  - name: B\n    type: state\n    aliases: [A]\n');
    assert.ok(p.ok);
    assert.deepEqual(p.diagnostics.map((d) => [d.severity, d.code, d.line]), [['warning', 'unknown-key', 1], ['warning', 'unknown-key', 5], ['warning', 'duplicate-name', 8]]);
  });

  it('reports malformed YAML with a line number', () => {
    const p = parseRegistry('entities:\n  - name: A\n   type: [state\n');
    assert.equal(p.ok, false);
    assert.ok(p.diagnostics[0].line >= 2, JSON.stringify(p.diagnostics));
    assert.match(p.diagnostics[0].code, /^yaml-/);
  });

  it('refuses a registry that is too large or too deeply nested before composing it', () => {
    assert.equal(parseRegistry(' '.repeat(MAX_REGISTRY_BYTES + 1)).diagnostics[0].code, 'too-large');
    assert.equal(parseRegistry(`entities: ${'['.repeat(100)}${']'.repeat(100)}\n`).diagnostics[0].code, 'too-deep');
  });

  it('refuses a missing name, a non-list and a name that is not a string', () => {
    const p = parseRegistry('entities:\n  - type: state\n  - name: [x]\n    type: state\nnever: Lima\n');
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['not-a-name', 'not-a-name', 'not-a-list']);
  });

  it('links a valid QID to Wikidata and nothing else', () => {
    assert.equal(wikidataUrl('Q1065'), 'https://www.wikidata.org/wiki/Q1065');
    assert.equal(wikidataUrl('Q1065 javascript:'), null);
    assert.equal(wikidataUrl(undefined), null);
  });

  it('agrees with its JSON Schema on the types, the QID pattern and the keys', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'entities.schema.json'), 'utf8'));
    const entity = schema.definitions.entity;
    assert.deepEqual(entity.properties.type.enum, ENTITY_TYPES);
    assert.equal(entity.properties.qid.pattern, '^Q[0-9]+$');
    assert.deepEqual(Object.keys(entity.properties).sort(), ['aliases', 'metonyms', 'name', 'note', 'qid', 'role', 'type']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.yamlValidation.some((v: { url: string }) => v.url === './schemas/entities.schema.json'));
  });
});
