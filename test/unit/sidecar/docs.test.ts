import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAll } from '../../../src/core/anchor';
import {
  alwaysRequired, ANNOTATION_FIELDS, ENTITY_FIELDS, KIND_PLURALS, parseSidecar, QUOTE_FIELDS, TOP_FIELDS, type FieldSpec,
} from '../../../src/core/sidecar';
import { fixture } from './helpers';

const md = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'sidecar-format.md'), 'utf8');

interface FieldRow { keys: string[]; cell: Record<string, string> }

/** Rows of the first table under `## heading`: the backticked keys of the `key` column, and every cell by column name. */
function fieldTable(heading: string): FieldRow[] {
  const section = md.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  assert.ok(section, `docs/sidecar-format.md has a "## ${heading}" section`);
  const lines = section.split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
  const [header, , ...rows] = lines.slice(first, end < 0 ? undefined : end).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  return rows.map((cells) => {
    const cell = Object.fromEntries(header.map((name, i) => [name, cells[i]]));
    return { keys: [...cell.key.matchAll(/`([^`]+)`/g)].map((m) => m[1]), cell };
  });
}

/** The documented fields in table order, each with the row that documents it. */
function documented(heading: string): [string, FieldRow][] {
  return fieldTable(heading).flatMap((row) => row.keys.map((key): [string, FieldRow] => [key, row]));
}

function appliesTo(f: FieldSpec): string {
  return f.kinds ? f.kinds.map((k) => KIND_PLURALS[k]).join(', ') : 'all';
}

describe('docs/sidecar-format.md', () => {
  it('its example is a valid sidecar whose annotations all anchor in the fixture article', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(md)![1];
    const p = parseSidecar(example);
    assert.deepEqual(p.diagnostics, []);
    assert.ok(p.scan, 'the example should be in canonical style');
    const results = anchorAll(fixture('call.md'), p.sidecar!.annotations);
    assert.deepEqual(results.map((r) => r.status), results.map(() => 'anchored'));
  });

  for (const [heading, fields] of [['Top level', TOP_FIELDS], ['Entities', ENTITY_FIELDS]] as const) {
    it(`"${heading}" documents exactly the field table's keys, in key order, and which are required`, () => {
      const doc = documented(heading);
      assert.deepEqual(doc.map(([key]) => key), fields.map((f) => f.key));
      for (const f of fields) {
        assert.equal(doc.find(([key]) => key === f.key)![1].cell.required, alwaysRequired(f) ? 'yes' : 'no', `required column of ${f.key}`);
      }
    });
  }

  it('"Annotations" documents exactly the field table\'s keys, in key order, and the kinds each applies to', () => {
    const doc = documented('Annotations');
    assert.deepEqual(doc.map(([key]) => key), ANNOTATION_FIELDS.map((f) => f.key));
    for (const f of ANNOTATION_FIELDS) {
      assert.equal(doc.find(([key]) => key === f.key)![1].cell['applies to'], appliesTo(f), `"applies to" column of ${f.key}`);
    }
  });

  it('the quote row names the keys of the quote', () => {
    const meaning = documented('Annotations').find(([key]) => key === 'quote')![1].cell.meaning;
    assert.deepEqual(QUOTE_FIELDS.map((f) => f.key).filter((k) => !meaning.includes(`\`${k}\``)), []);
  });
});
