// Tests of src/cli/checkCommand.ts (`policy-lens check`) on temporary folders of articles.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand, exitStatus, FINDING_KINDS, parseCheckArgs, type CheckItem } from '../../../src/cli/checkCommand';
import type { FindingKind } from '../../../src/core/checks';
import { fixture } from '../sidecar/helpers';
import { capture, sidecarFor } from './helpers';

/** Every subset of the kinds, the empty one included. */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);
}

describe('policy-lens check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-check-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'call.md'), fixture('call.md'));
    writeFileSync(join(dir, 'drafts', 'call.md.annotations.yaml'), fixture('call.md.annotations.yaml'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const art = (): string => join(dir, 'drafts', 'call.md');
  const sc = (): string => join(dir, 'drafts', 'call.md.annotations.yaml');

  it('reports unverified figures as notes at their article position; notes alone exit 0', async () => {
    const io = capture();
    assert.equal(await checkCommand([dir], io), 0, io.out);
    assert.equal(io.out, [
      `${art()}:4:94: note: unverified figure "40 percent" (40%) [unverified-figure]`,
      // The sidecar rejects "4,000" alone; the extractor's "4,000 tonnes" is still to verify.
      `${art()}:7:37: note: unverified figure "4,000 tonnes" (4,000 tonnes) [unverified-figure]`,
      '',
    ].join('\n'));
    assert.equal(io.err, '1 article checked (1 with a sidecar): 0 errors, 0 warnings, 2 notes\n');
    assert.equal(await checkCommand(['--fail-on', 'unverified', dir], capture()), 1);
  });

  it('reports a consistency finding with its code and fails on it when inconsistent is listed', async () => {
    const file = join(dir, 'drafts', 'weekday.md');
    writeFileSync(file, '---\ndate: 2025-04-10\n---\nThe talks opened on Monday, April 8, 2025, in Nairobi.\n');
    const io = capture();
    assert.equal(await checkCommand(['--fail-on', 'inconsistent', file], io), 1);
    assert.match(io.out, /weekday\.md:4:\d+: warning: .*Monday.*\[weekday-mismatch\]/);
    assert.equal(await checkCommand(['--fail-on', 'disputed', file], capture()), 0, 'not listed: reported, not failed');
  });

  it('reports an unreadable article and goes on with the others', async () => {
    writeFileSync(join(dir, 'drafts', 'binary.md'), Buffer.from([0x4b, 0x65, 0x00, 0x6e, 0x79, 0x61, 0x00, 0x00]));
    const io = capture();
    assert.equal(await checkCommand([dir], io), 1);
    assert.match(io.out, /binary\.md:1:1: error: .*not UTF-8 text.*\[unreadable\]/);
    assert.match(io.out, /call\.md:\d+:\d+: note: unverified figure/, 'the other article is still checked');
  });

  it('warns on a quote too long to be matched approximately, at its annotation in the sidecar', async () => {
    const long = `${'The delegations agreed on a long communiqué. '.repeat(8)}End.`;
    const file = join(dir, 'drafts', 'long.md');
    writeFileSync(file, `${long}\n`);
    writeFileSync(`${file}.annotations.yaml`, sidecarFor('long.md', `${long}\n`, [{ id: 'a-long', kind: 'date', type: 'year', exact: long.trim(), decision: 'added' }]).replace('decision: added', 'decision: added\n    normalized: null'));
    const io = capture();
    await checkCommand([file], io);
    assert.match(io.out, /long\.md\.annotations\.yaml:\d+:\d+: warning: annotation a-long quotes \d+ characters.*\[oversized-quote\]/);
  });

  it('a verified figure is not reported', async () => {
    writeFileSync(sc(), readFileSync(sc(), 'utf8').replace('status: unverified', 'status: verified'));
    const io = capture();
    assert.equal(await checkCommand([art()], io), 0);
    assert.ok(!io.out.includes('40 percent'), io.out);
  });

  it('an article without a sidecar yields an unverified-figure finding for each figure', async () => {
    rmSync(sc());
    const io = capture();
    assert.equal(await checkCommand(['--json', art()], io), 0);
    const r = JSON.parse(io.out) as { files: { sidecar: string | null; valid: boolean | null }[]; findings: { code: string; kind: string; level: string; message: string; annotationId?: string }[] };
    assert.deepEqual(r.files.map((f) => [f.sidecar, f.valid]), [[null, null]]);
    assert.deepEqual(r.findings.map((f) => [f.code, f.kind, f.level]), [
      ['unverified-figure', 'unverified', 'note'], ['unverified-figure', 'unverified', 'note'], ['unverified-figure', 'unverified', 'note'],
    ]);
    assert.deepEqual(r.findings.map((f) => /"([^"]+)"/.exec(f.message)?.[1]), ['$2.5 billion', '40 percent', '4,000 tonnes']);
    assert.ok(r.findings.every((f) => f.annotationId === undefined));
  });

  it('a folder walk checks .md, .markdown and .txt articles and nothing else', async () => {
    const figure = 'Turkey pledged 300 troops.\n';
    for (const name of ['a.markdown', 'b.txt', 'c.rst', 'd.MD']) writeFileSync(join(dir, name), figure);
    const io = capture();
    await checkCommand([dir], io);
    const files = [...new Set(io.out.trim().split('\n').map((l) => l.slice(0, l.indexOf(':'))))];
    assert.deepEqual(files, [join(dir, 'a.markdown'), join(dir, 'b.txt'), join(dir, 'd.MD'), art()]);
    const named = capture();
    await checkCommand([join(dir, 'c.rst')], named);
    assert.match(named.out, /c\.rst:1:16: note: unverified figure "300" \(300 troops\)/, 'a file named on the command line is checked whatever its extension');
  });

  it('reports orphans at the annotation in the sidecar and moved ones in the article', async () => {
    writeFileSync(art(), 'Correction appended.\n\n' + fixture('call.md').replace('March 3, 2026', 'early March'));
    const io = capture();
    assert.equal(await checkCommand([sc()], io), 1);
    const lines = io.out.trim().split('\n');
    const orphan = lines.find((l) => l.includes('orphaned'))!;
    const line = fixture('call.md.annotations.yaml').split('\n').findIndex((l) => l === '  - id: a-4n6t5ye') + 1;
    assert.ok(orphan.startsWith(`${sc()}:${line}:5: error: annotation a-4n6t5ye "March 3, 2026" no longer matches the article`), orphan);
    assert.ok(orphan.endsWith('[orphaned-annotation]'), orphan);
    const moved = lines.find((l) => l.includes('a-0k3x9qz'))!;
    assert.ok(moved.startsWith(`${art()}:5:28: warning: annotation a-0k3x9qz "Amara Okafor" moved`), moved);
    assert.ok(moved.endsWith('[moved]'), moved);
    assert.ok(lines.indexOf(orphan) < lines.indexOf(moved), 'sidecar items before article items');
  });

  it('reports validation errors with sidecar line and column; --json is machine-readable', async () => {
    writeFileSync(sc(), readFileSync(sc(), 'utf8').replace('decision: confirmed\n    author', 'decision: maybe\n    author'));
    const io = capture();
    assert.equal(await checkCommand(['--json', dir], io), 1);
    const r = JSON.parse(io.out) as { version: number; problems: CheckItem[]; findings: CheckItem[]; summary: Record<string, number> };
    assert.equal(r.version, 2);
    assert.deepEqual(r.problems.map((p) => [p.code, p.line, p.column, p.level]), [['bad-value', 37, 5, 'error']]);
    assert.deepEqual(r.summary, { articles: 1, sidecars: 1, errors: 1, warnings: 0, notes: 2 });
  });

  it('--json: findings and problems carry code, file, line, column, end, level, message and annotationId', async () => {
    writeFileSync(art(), 'Correction appended.\n\n' + fixture('call.md'));
    const io = capture();
    await checkCommand(['--json', dir], io);
    const r = JSON.parse(io.out) as { files: Record<string, unknown>[]; findings: CheckItem[]; problems: CheckItem[] };
    const finding = r.findings.find((f) => f.annotationId === 'a-3r1c8wm')!;
    assert.deepEqual(finding, {
      file: art(), line: 6, column: 94, endLine: 6, endColumn: 104, code: 'unverified-figure', kind: 'unverified', level: 'note',
      message: 'unverified figure "40 percent" (40%)', annotationId: 'a-3r1c8wm',
    });
    const moved = r.problems.find((p) => p.annotationId === 'a-0k3x9qz')!;
    assert.deepEqual(Object.keys(moved).sort(), ['annotationId', 'code', 'column', 'endColumn', 'endLine', 'file', 'level', 'line', 'message']);
    assert.deepEqual([moved.code, moved.line, moved.column, moved.endLine, moved.endColumn], ['moved', 5, 28, 5, 40]);
    assert.deepEqual(r.files, [{
      article: art(), sidecar: sc(), valid: true, referenceDate: '2026-03-04',
      annotations: 6, anchored: 0, moved: 6, orphaned: 0, unverified: 2, disputed: 0, inconsistent: 0,
    }]);
  });

  describe('--fail-on', () => {
    /** One folder per kind, each with exactly one finding of that kind and nothing else. */
    function byKind(): Partial<Record<FindingKind, string>> {
      const one = (name: string, text: string, sidecar?: string): string => {
        const folder = join(dir, name);
        mkdirSync(folder);
        writeFileSync(join(folder, 'a.md'), text);
        if (sidecar !== undefined) writeFileSync(join(folder, 'a.md.annotations.yaml'), sidecar);
        return folder;
      };
      const troops = 'Turkey pledged 300 troops.\n';
      return {
        unverified: one('unverified', troops),
        disputed: one('disputed', troops, sidecarFor('a.md', troops, [{ id: 'a-1', kind: 'figure', type: 'count', exact: '300 troops', status: 'disputed', note: 'Ankara says 200' }])),
        orphaned: one('orphaned', 'Nothing to count.\n', sidecarFor('a.md', 'Nothing to count.\n', [{ id: 'a-2', kind: 'date', type: 'date', exact: 'March 3, 2026', at: 3 }])),
      };
    }

    it('fails on a finding exactly when its kind is listed (every subset of the kinds)', async () => {
      const folders = byKind();
      for (const [kind, folder] of Object.entries(folders) as [FindingKind, string][]) {
        const json = capture();
        await checkCommand(['--json', folder], json);
        const r = JSON.parse(json.out) as { findings: CheckItem[]; problems: CheckItem[] };
        assert.deepEqual([r.findings.map((f) => f.kind), r.problems.length], [[kind], 0], `${kind}: ${json.out}`);
        for (const listed of subsets(FINDING_KINDS).filter((s) => s.length > 0)) {
          const expected = listed.includes(kind) ? 1 : 0;
          assert.equal(await checkCommand(['--fail-on', listed.join(','), folder], capture()), expected, `${kind} with --fail-on ${listed.join(',')}`);
        }
      }
    });

    it('exitStatus: each kind (inconsistent too) fails exactly when listed; other warnings do not', () => {
      const item = (kind: FindingKind | undefined, level: CheckItem['level']): CheckItem => ({ file: 'a.md', line: 1, column: 1, code: kind ? `x-${kind}` : 'moved', level, message: 'm', ...(kind ? { kind } : {}) });
      const level: Record<FindingKind, CheckItem['level']> = { unverified: 'note', disputed: 'warning', orphaned: 'error', inconsistent: 'warning' };
      for (const kind of FINDING_KINDS) {
        for (const listed of subsets(FINDING_KINDS)) {
          assert.equal(exitStatus([item(kind, level[kind])], new Set(listed)), listed.includes(kind) ? 1 : 0, `${kind} with ${listed.join(',') || 'an empty list'}`);
        }
      }
      assert.equal(exitStatus([item(undefined, 'warning')], new Set(FINDING_KINDS)), 0, 'moved/quote-changed/article-mismatch warnings do not fail with --fail-on');
      assert.equal(exitStatus([item(undefined, 'warning')]), 1, 'but do without it');
      assert.equal(exitStatus([item('unverified', 'note')]), 0, 'notes never fail without --fail-on');
      assert.equal(exitStatus([item('disputed', 'warning')]), 1);
      assert.equal(exitStatus([item(undefined, 'error')], new Set()), 1, 'an error that is not a finding always fails');
    });

    it('without --fail-on: notes pass, warnings and errors fail', async () => {
      const folders = byKind();
      assert.equal(await checkCommand([folders.unverified!], capture()), 0);
      assert.equal(await checkCommand([folders.disputed!], capture()), 1);
      assert.equal(await checkCommand([folders.orphaned!], capture()), 1);
    });

    it('a broken sidecar or a missing article exits 1 whatever is listed', async () => {
      writeFileSync(sc(), 'version: 1\nannotations: [\n');
      assert.equal(await checkCommand(['--fail-on', 'disputed', dir], capture()), 1);
      writeFileSync(sc(), fixture('call.md.annotations.yaml'));
      rmSync(art());
      const io = capture();
      assert.equal(await checkCommand(['--fail-on', 'disputed', dir], io), 1);
      assert.equal(io.out, `${sc()}:1:1: error: article call.md not found next to the sidecar [article-missing]\n`);
    });

    it('accepts repeated and = forms; unknown or empty kinds are usage errors (exit 2)', async () => {
      const parsed = parseCheckArgs(['--fail-on=unverified', '--fail-on', 'disputed,orphaned', 'x']);
      assert.ok(typeof parsed !== 'string');
      assert.deepEqual([...parsed.failOn!].sort(), ['disputed', 'orphaned', 'unverified']);
      for (const bad of [['--fail-on', 'unverifed', dir], ['--fail-on', '', dir], ['--fail-on', 'unverified,', dir], [dir, '--fail-on']]) {
        const io = capture();
        assert.equal(await checkCommand(bad, io), 2, bad.join(' '));
        assert.match(io.err, /^policy-lens check: /);
      }
    });
  });

  it('exits 2 on usage errors', async () => {
    assert.equal(await checkCommand([], capture()), 2);
    assert.equal(await checkCommand(['--frobnicate', dir], capture()), 2);
    assert.equal(await checkCommand([join(dir, 'nope')], capture()), 2);
    assert.equal(await checkCommand(['--format', 'xml', dir], capture()), 2);
    assert.equal(await checkCommand(['--sidecar-pattern', 'no-slot.yaml', dir], capture()), 2);
    const help = capture();
    assert.equal(await checkCommand(['--help'], help), 0);
    assert.match(help.out, /--fail-on KINDS/);
  });

  it('prints values from files escaped: no raw line breaks, ANSI escapes or workflow commands', async () => {
    writeFileSync(sc(), sidecarFor('call.md', fixture('call.md'), [
      { id: 'a-9', kind: 'figure', type: 'percent', exact: '40 percent', status: 'disputed', note: 'see below\n::error file=x::forged \u001b[31mred\u001b[0m' },
    ]));
    const io = capture();
    assert.equal(await checkCommand([dir], io), 1);
    const line = io.out.split('\n').find((l) => l.includes('a-9') || l.includes('disputed'))!;
    assert.equal(line, `${art()}:4:94: warning: disputed figure "40 percent" (40%): see below\\n::error file=x::forged \\x1b[31mred\\x1b[0m [disputed-figure]`);
    assert.ok(!io.out.split('\n').some((l) => /^\s*::/.test(l)), 'no line starts a workflow command');
    assert.ok(!io.out.includes('\u001b'), 'no raw ESC');
    const json = capture();
    await checkCommand(['--json', dir], json);
    assert.ok(!json.out.includes('\u001b') && !json.out.split('\n').some((l) => /^\s*::/.test(l)));
    assert.equal((JSON.parse(json.out) as { findings: CheckItem[] }).findings.find((f) => f.kind === 'disputed')!.message.endsWith('\u001b[31mred\u001b[0m'), true, 'JSON keeps the value, escaped as JSON');
  });
});
