// The merge driver under real git: a temporary repository (its own HOME and no global or system
// git configuration, so the user's is never read or touched) with branches that edit one sidecar.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTarget } from '../../../src/core/anchor';
import { parseSidecar, writeSidecar, type SidecarAnnotation } from '../../../src/core/sidecar';
import { bundleCli, runBundle } from './bundle';

const TEXT = 'Kenya and Japan signed a deal on March 3, 2026.\nKenya will pay $5 million.\n';
const SIDECAR = 'deal.md.annotations.yaml';

function annotation(id: string, exact: string, fields: Partial<SidecarAnnotation> & Pick<SidecarAnnotation, 'kind' | 'type' | 'decision'>): SidecarAnnotation {
  const start = TEXT.indexOf(exact);
  const t = createTarget(TEXT, start, start + exact.length);
  return { id, quote: t.quote, start: t.start, end: t.end, ...fields };
}

const BASE = writeSidecar({
  version: 1, article: 'deal.md', referenceDate: null, entities: [], annotations: [
    annotation('a-japan', 'Japan', { kind: 'actor', type: 'state', decision: 'rejected' }),
    annotation('a-money', '$5 million', { kind: 'figure', type: 'money', value: 5000000, unit: 'USD', decision: 'confirmed' }),
  ],
});

/** Replaces the one occurrence of `from` (the test's own edits must hit exactly one place). */
function edit(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `one occurrence of ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

describe('policy-lens merge-driver (real git, bundled command line)', function () {
  this.timeout(60_000);
  const home = mkdtempSync(join(tmpdir(), 'policy-lens-git-home-'));
  const repo = mkdtempSync(join(tmpdir(), 'policy-lens-git-repo-'));
  const env = {
    ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org',
  };
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const ok = (...args: string[]) => {
    const r = git(...args);
    assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.out}`);
    return r.out;
  };
  const sidecar = () => readFileSync(join(repo, SIDECAR), 'utf8');
  const commit = (text: string, message: string) => {
    writeFileSync(join(repo, SIDECAR), text);
    ok('commit', '-qam', message);
  };

  before(() => {
    writeFileSync(join(home, 'gitconfig'), '');
    const bundle = bundleCli();
    ok('init', '-q', '-b', 'main');
    // The two lines the README shows.
    writeFileSync(join(repo, '.gitattributes'), '*.annotations.yaml merge=policy-lens\n');
    ok('config', 'merge.policy-lens.driver', `"${process.execPath}" "${bundle}" merge-driver %O %A %B %P`);
    ok('config', 'merge.policy-lens.name', 'Policy Lens sidecars');
    writeFileSync(join(repo, 'deal.md'), TEXT);
    writeFileSync(join(repo, SIDECAR), BASE);
    ok('add', '.');
    ok('commit', '-qm', 'base');
  });

  it('merges decisions from both branches cleanly, keeping our comments', () => {
    ok('checkout', '-qb', 'alice');
    commit(edit(sidecar(), '    decision: rejected\n', '    decision: rejected\n    note: Japan did sign\n'), 'alice notes why Japan is rejected');
    ok('checkout', '-q', 'main');
    commit(edit(sidecar(), '  - id: a-money\n', '  # Checked against the treasury release.\n  - id: a-money\n').replace('    decision: confirmed\n', '    decision: confirmed\n    status: verified\n'), 'main verifies the money');
    const r = git('merge', '--no-edit', 'alice');
    assert.equal(r.status, 0, r.out);
    const merged = sidecar();
    assert.match(merged, /# Checked against the treasury release\.\n {2}- id: a-money/);
    const parsed = parseSidecar(merged);
    assert.deepEqual(parsed.diagnostics, []);
    const [japan, money] = parsed.sidecar!.annotations;
    assert.deepEqual([japan.decision, japan.note, japan.conflict], ['rejected', 'Japan did sign', undefined]);
    assert.deepEqual([money.status, money.conflict], ['verified', undefined]);
    assert.equal(git('status', '--porcelain').out, '');
  });

  it('records a clash on the annotation, keeps the file valid and makes git report the conflict', () => {
    ok('checkout', '-qb', 'bob');
    commit(edit(sidecar(), '    status: verified\n', '    status: disputed\n'), 'bob disputes the money');
    ok('checkout', '-q', 'main');
    commit(edit(sidecar(), '    status: verified\n', '    status: unverified\n    source: https://treasury.example/2026\n').replace('    note: Japan did sign\n', '    note: signed in Nairobi\n'), 'main reopens the check and adds a source');
    ok('checkout', '-q', 'bob');
    commit(edit(sidecar(), '    note: Japan did sign\n', '    note: signed in Tokyo\n'), 'bob edits the note');
    ok('checkout', '-q', 'main');
    const r = git('merge', '--no-edit', 'bob');
    assert.notEqual(r.status, 0, 'git reports the conflict');
    assert.match(r.out, /a-money: status changed on both branches/);
    assert.match(git('status', '--porcelain').out, /^UU deal\.md\.annotations\.yaml$/m);
    const merged = sidecar();
    assert.doesNotMatch(merged, /^(<<<<<<<|>>>>>>>)/m, 'no conflict markers');
    const parsed = parseSidecar(merged);
    assert.deepEqual(parsed.diagnostics, []);
    const [japan, money] = parsed.sidecar!.annotations;
    assert.equal(money.status, 'unverified', 'ours is kept');
    assert.equal(money.source, 'https://treasury.example/2026');
    assert.deepEqual(money.conflict, { fields: ['status'], ours: '{"status":"unverified"}', theirs: '{"status":"disputed"}' });
    assert.equal(japan.note, 'signed in Nairobi');
    assert.deepEqual(japan.conflict, { fields: ['note'], ours: '{"note":"signed in Nairobi"}', theirs: '{"note":"signed in Tokyo"}' });
    ok('merge', '--abort');
  });

  it('leaves ours untouched and fails when a side is not a valid sidecar', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-driver-'));
    const broken = 'version: 1\narticle: deal.md\nannotations: [\n';
    writeFileSync(join(dir, 'O'), BASE);
    writeFileSync(join(dir, 'A'), BASE);
    writeFileSync(join(dir, 'B'), broken);
    const bundle = bundleCli();
    const r = runBundle(bundle, ['merge-driver', join(dir, 'O'), join(dir, 'A'), join(dir, 'B'), SIDECAR]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /deal\.md\.annotations\.yaml: theirs \(%B\) is not a valid sidecar \(line \d+, column \d+: .*\); left ours as it is/);
    assert.equal(readFileSync(join(dir, 'A'), 'utf8'), BASE);
    writeFileSync(join(dir, 'A'), broken);
    writeFileSync(join(dir, 'B'), BASE);
    const r2 = runBundle(bundle, ['merge-driver', join(dir, 'O'), join(dir, 'A'), join(dir, 'B')]);
    assert.equal(r2.status, 2);
    assert.match(r2.stderr, /ours \(%A\) is not a valid sidecar/);
    assert.equal(readFileSync(join(dir, 'A'), 'utf8'), broken);
  });
});
