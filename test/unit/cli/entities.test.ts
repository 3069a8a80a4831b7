// `--entities FILE` and the registry found at the repository root, for extract and check, through
// the CLI as a child process (the bundle dist/cli.js when it is up to date: `node esbuild.mjs`).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRegistryFile } from '../../../src/cli/entityRegistry';
import { ROOT, runCli } from './helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'registry');

interface Out { mentions: { text: string; kind: string; canonical?: string }[] }

describe('policy-lens extract/check with an entity registry', () => {
  // repo/.git, repo/policy-lens.entities.yaml, repo/articles/deep/sadc-observers.md
  const repo = mkdtempSync(join(tmpdir(), 'policy-lens-entities-'));
  const deep = join(repo, 'articles', 'deep');
  mkdirSync(join(repo, '.git'));
  mkdirSync(deep, { recursive: true });
  copyFileSync(join(FIXTURES, 'team.entities.yaml'), join(repo, 'policy-lens.entities.yaml'));
  copyFileSync(join(FIXTURES, 'sadc-observers.md'), join(deep, 'sadc-observers.md'));
  const article = join('articles', 'deep', 'sadc-observers.md');

  it('finds the registry at the repository root and applies it', () => {
    const r = runCli(['extract', article], repo);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Out;
    assert.ok(out.mentions.some((m) => m.text === 'Africa Corps' && m.canonical === 'Wagner Group'), r.stdout);
    assert.ok(!out.mentions.some((m) => m.text === 'Lusaka Group'));
  });

  it('takes --entities FILE instead, and an invalid one is an error with its line (exit 2, nothing printed)', () => {
    const bad = join(repo, 'bad.yaml');
    writeFileSync(bad, 'entities:\n  - name: X\n    type: country\n');
    const r = runCli(['extract', article, '--entities', bad], repo);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /invalid entity registry: .*bad\.yaml:3:11: error: type must be one of state, organization, person/);
    const other = join(repo, 'other.yaml');
    writeFileSync(other, 'entities:\n  - {name: Gaborone Office, type: organization, aliases: [Gaborone secretariat]}\n');
    const ok = runCli(['extract', article, `--entities=${other}`], repo);
    assert.equal(ok.status, 0, ok.stderr);
    const out = JSON.parse(ok.stdout) as Out;
    assert.ok(out.mentions.some((m) => m.text === 'Gaborone secretariat' && m.canonical === 'Gaborone Office'));
    assert.ok(out.mentions.some((m) => m.text === 'Lusaka Group'), 'the root registry is not used');
  });

  it('check exits 2 on an invalid registry at the root, and 0 or 1 with a valid one', () => {
    const r = runCli(['check', '--entities', join(repo, 'bad.yaml'), article], repo);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /policy-lens check: invalid entity registry/);
    const good = runCli(['check', '--json', article], repo);
    assert.ok(good.status === 0 || good.status === 1, good.stderr);
    assert.equal(JSON.parse(good.stdout).summary.articles, 1);
  });

  it('stops the search at the repository root', async () => {
    const inner = join(repo, 'articles', 'sub');
    mkdirSync(join(inner, '.git'), { recursive: true });
    assert.equal(await findRegistryFile(join(inner, 'a.md')), null);
    assert.equal(await findRegistryFile(join(deep, 'a.md')), join(repo, 'policy-lens.entities.yaml'));
  });
});
