// Comment-preserving edits of the registry file (src/core/registry/edit.ts).
import assert from 'node:assert/strict';
import { addEntityToRegistry, addNeverToRegistry, parseRegistry, type RegistryEdit } from '../../../src/core/registry';

const HAND = `# Our actors. Keep sorted by type.
entities:
  # States first
  - name: Kenya   # short name
    type: state
    aliases: [Republic of Kenya]
never:
  - Lima Group # not an actor here
`;

function text(e: RegistryEdit): string {
  assert.ok(!('error' in e), 'error' in e ? e.error : '');
  return e.text;
}

describe('registry edits (core/registry/edit)', () => {
  it('adds an entity keeping every comment and the existing entries as written', () => {
    const out = text(addEntityToRegistry(HAND, { name: 'Amara Okafor', type: 'person', aliases: ['Okafor'], metonyms: [], qid: 'Q42' }));
    for (const line of ['# Our actors. Keep sorted by type.', '  # States first', '  - name: Kenya # short name', '    aliases: [ Republic of Kenya ]', '  - Lima Group # not an actor here']) {
      assert.ok(out.includes(line) || out.includes(line.replace('[ ', '[').replace(' ]', ']')), `lost: ${line}\n${out}`);
    }
    const p = parseRegistry(out);
    assert.ok(p.ok);
    assert.deepEqual(p.registry!.entities[1], { name: 'Amara Okafor', type: 'person', aliases: ['Okafor'], metonyms: [], qid: 'Q42' });
  });

  it('merges new aliases into an entity of the same name, and reports no change when nothing is new', () => {
    const out = text(addEntityToRegistry(HAND, { name: 'Kenya', type: 'state', aliases: ['Republic of Kenya', 'Nairobi government'], metonyms: [] }));
    assert.deepEqual(parseRegistry(out).registry!.entities[0].aliases, ['Republic of Kenya', 'Nairobi government']);
    const again = addEntityToRegistry(out, { name: 'Kenya', type: 'state', aliases: ['Nairobi government'], metonyms: [] });
    assert.deepEqual(again, { text: out, changed: false });
  });

  it('refuses a different type for a known name', () => {
    assert.match((addEntityToRegistry(HAND, { name: 'Kenya', type: 'organization', aliases: [], metonyms: [] }) as { error: string }).error, /already in the registry as state/);
  });

  it('creates a registry from an empty file with a header', () => {
    const out = text(addEntityToRegistry('', { name: 'SADC', type: 'organization', aliases: [], metonyms: [] }));
    assert.match(out, /^# policy-lens\.entities\.yaml/);
    assert.deepEqual(parseRegistry(out).registry!.entities.map((e) => e.name), ['SADC']);
  });

  it('keeps a comment-only file\'s comments when it adds the first entity', () => {
    const out = text(addNeverToRegistry('# mine\n', 'Lima Group'));
    assert.match(out, /^# mine\n/);
    assert.deepEqual(parseRegistry(out).registry!.never, ['Lima Group']);
  });

  it('adds a never string once', () => {
    const out = text(addNeverToRegistry(HAND, 'Paris Club'));
    assert.deepEqual(parseRegistry(out).registry!.never, ['Lima Group', 'Paris Club']);
    assert.ok(out.includes('# not an actor here'));
    assert.deepEqual(addNeverToRegistry(out, 'Paris  Club'), { text: out, changed: false });
  });

  it('never edits a registry with errors', () => {
    const bad = 'entities:\n  - name: A\n    type: country\n';
    assert.match((addNeverToRegistry(bad, 'x') as { error: string }).error, /has errors \(line 3/);
  });
});
