// `--date-order dmy|mdy` on extract, check and export, through the CLI as a child process: the
// option settles an ambiguous numeric date, an article's front matter still wins, and a bad value is
// a usage error.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDateOrderOption } from '../../../src/cli/dateOrderOption';
import { runCli } from './helpers';

interface Out { mentions: { text: string; normalized?: string | null }[] }

describe('policy-lens extract/check/export --date-order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-date-order-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'plain.md'), '---\ndate: 2026-02-10\n---\n\nThe decree of 03/04/2026 took effect.\n');
  writeFileSync(join(dir, 'fronted.md'), '---\ndate: 2026-02-10\ndateOrder: DMY\n---\n\nThe decree of 03/04/2026 took effect.\n');
  const normalized = (file: string, ...args: string[]): string | null | undefined => {
    const r = runCli(['extract', file, ...args], dir);
    assert.equal(r.status, 0, r.stderr);
    return (JSON.parse(r.stdout) as Out).mentions.find((m) => m.text === '03/04/2026')?.normalized;
  };

  it('parses dmy and mdy only', () => {
    assert.equal(parseDateOrderOption('dmy'), 'DMY');
    assert.equal(parseDateOrderOption('mdy'), 'MDY');
    assert.match(parseDateOrderOption('auto'), /--date-order must be dmy or mdy, got "auto"/);
  });

  it('extract: the option reads an ambiguous date, the front matter wins over it', () => {
    assert.equal(normalized('plain.md'), null);
    assert.equal(normalized('plain.md', '--date-order', 'mdy'), '2026-03-04');
    assert.equal(normalized('plain.md', '--date-order=dmy'), '2026-04-03');
    assert.equal(normalized('fronted.md', '--date-order', 'mdy'), '2026-04-03');
  });

  it('check: an ambiguous date is an ambiguous-date finding until the option settles it', () => {
    const without = runCli(['check', '--format', 'json', 'plain.md'], dir);
    assert.match(without.stdout, /"code": ?"ambiguous-date"/);
    assert.match(without.stdout, /3 April or 4 March 2026/);
    const withOrder = runCli(['check', '--format', 'json', '--date-order', 'dmy', 'plain.md'], dir);
    assert.doesNotMatch(withOrder.stdout, /ambiguous-date/);
  });

  it('export: rows carry the date as the option reads it', () => {
    const r = runCli(['export', '--format', 'jsonl', '--date-order', 'mdy', 'plain.md'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2026-03-04/);
  });

  it('a value other than dmy or mdy is a usage error (exit 2) on every command', () => {
    for (const command of [['extract', 'plain.md'], ['check', 'plain.md'], ['export', '--format', 'csv', 'plain.md']]) {
      const r = runCli([...command, '--date-order', 'ymd'], dir);
      assert.equal(r.status, 2, command.join(' '));
      assert.match(r.stderr, /--date-order must be dmy or mdy, got "ymd"/);
    }
  });
});
