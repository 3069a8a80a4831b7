import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, describeErrorCode, MAX_ARTICLE_BYTES, readArticle, readSidecarFile, readTextStream } from '../../../src/cli/readInput';
import { terminalSafe } from '../../../src/cli/escape';
import { MAX_SIDECAR_BYTES } from '../../../src/core/sidecar';

const posix = process.platform !== 'win32';

/** A sparse file of `size` bytes: its size is real, its blocks are not written. */
function sparse(path: string, size: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
}

describe('cli/readInput: the files the command line reads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-read-'));

  it('reads UTF-8 text and drops a leading byte-order mark', async () => {
    writeFileSync(join(dir, 'plain.md'), 'Kenya – Japan\n');
    writeFileSync(join(dir, 'bom.md'), '\uFEFFKenya – Japan\n');
    assert.equal(await readArticle(join(dir, 'plain.md')), 'Kenya – Japan\n');
    assert.equal(await readArticle(join(dir, 'bom.md')), 'Kenya – Japan\n');
  });

  it('says "missing" for a path with no file (ENOENT) and nothing else', async () => {
    assert.deepEqual(await readSidecarFile(join(dir, 'none.yaml')), { missing: true });
    assert.deepEqual(await readArticle(join(dir, 'none.md')), { missing: true });
  });

  it('refuses a directory, a link loop and an unreadable file with a message naming the file', async () => {
    mkdirSync(join(dir, 'folder.yaml'));
    assert.deepEqual(await readSidecarFile(join(dir, 'folder.yaml')), { error: `${join(dir, 'folder.yaml')} is not a regular file (a directory)` });
    if (!posix) return;
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    assert.deepEqual(await readSidecarFile(join(dir, 'loop-a.yaml')), { error: `cannot read ${join(dir, 'loop-a.yaml')} (too many symbolic links: a link loop?)` });
    assert.equal(describeErrorCode('EACCES'), 'permission denied');
    writeFileSync(join(dir, 'locked.yaml'), 'version: 1\n');
    chmodSync(join(dir, 'locked.yaml'), 0o000);
    if (process.getuid?.() !== 0) { // root reads it anyway
      assert.deepEqual(await readSidecarFile(join(dir, 'locked.yaml')), { error: `cannot read ${join(dir, 'locked.yaml')} (permission denied)` });
    }
  });

  it('never blocks on a FIFO or a device', async function () {
    if (!posix || spawnSync('mkfifo', [join(dir, 'pipe.md')]).status !== 0) this.skip();
    assert.deepEqual(await readArticle(join(dir, 'pipe.md')), { error: `${join(dir, 'pipe.md')} is not a regular file (a FIFO)` });
    if (existsSync('/dev/zero')) assert.deepEqual(await readArticle('/dev/zero'), { error: '/dev/zero is not a regular file (a character device)' });
  });

  it('refuses files over the size limits before reading them', async () => {
    sparse(join(dir, 'huge.md'), 600 * 1024 * 1024);
    assert.deepEqual(await readArticle(join(dir, 'huge.md')), { error: `${join(dir, 'huge.md')} is larger than 50 MB (600 MB); refused` });
    sparse(join(dir, 'edge.md'), MAX_ARTICLE_BYTES + 1);
    assert.match((await readArticle(join(dir, 'edge.md')) as { error: string }).error, /is larger than 50 MB/);
    sparse(join(dir, 'huge.yaml'), MAX_SIDECAR_BYTES + 1);
    assert.match((await readSidecarFile(join(dir, 'huge.yaml')) as { error: string }).error, /huge\.yaml is larger than 20 MB \(20\.0 MB\); refused/);
  });

  it('tells binary data, UTF-16 and UTF-32 and invalid UTF-8 from text', () => {
    const text = Buffer.from('Tokyo protested on Monday.\n', 'utf16le');
    const cases: [number[] | Buffer, string][] = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), text]), 'a UTF-16 LE byte-order mark'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), text.swap16()]), 'a UTF-16 BE byte-order mark'],
      [[0xff, 0xfe, 0, 0, 0x54, 0, 0, 0], 'a UTF-32 LE byte-order mark'],
      [[0, 0, 0xfe, 0xff, 0, 0, 0, 0x54], 'a UTF-32 BE byte-order mark'],
      [Buffer.from('Tokyo protested on Monday.\n', 'utf16le'), 'a NUL byte at byte 1: binary data'],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'a NUL byte at byte 8: binary data'],
      [[...Buffer.from('caf'), 0xe9, 0x0a], 'invalid UTF-8 byte sequence'],
    ];
    for (const [bytes, why] of cases) assert.deepEqual(decodeText(Uint8Array.from(bytes), 'a.md'), { error: `a.md is not UTF-8 text (${why})` });
    const late = Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]);
    assert.equal(decodeText(late, 'a.md'), late.toString('utf8'), 'a NUL after the first 8 KB is text');
    assert.equal(decodeText(Buffer.from('\uFEFF---\n'), 'a.md'), '---\n');
  });

  it('reads a stream up to the article limit and no further', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) { pulled++; yield Buffer.alloc(1024, 0x61); }
    }
    assert.deepEqual(await readTextStream(endless(), 'standard input', 64 * 1024), { error: 'standard input is larger than 0.1 MB; refused' });
    assert.equal(pulled, 65);
    assert.equal(await readTextStream([Buffer.from('\uFEFFTokyo.'), 'Kenya.']), 'Tokyo.Kenya.');
  });

  it('keeps a message on one line whatever the file is called', async () => {
    assert.equal(terminalSafe('a\nb\u001b[31m.md'), 'a\\nb\\x1b[31m.md');
    const r = await readArticle(join(tmpdir(), 'no\nsuch\u001b[31m.md'));
    assert.ok(typeof r !== 'string' && !('error' in r && (r.error.includes('\n') || r.error.includes('\u001b'))));
  });
});
