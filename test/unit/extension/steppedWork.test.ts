import assert from 'node:assert/strict';
import { SteppedWork } from '../../../src/extension/steppedWork';
import type { Stepped } from '../../../src/core/util';

/** A computation of `n` steps that logs each step and returns `value`. */
function* counted<T>(log: string[], name: string, n: number, value: T): Stepped<T> {
  for (let i = 0; i < n; i++) { log.push(`${name}${i}`); yield; }
  return value;
}

const unexpected = (err: unknown): never => assert.fail(String(err));

describe('extension/steppedWork', () => {
  it('lets other work run between slices and hands over the result', async () => {
    const log: string[] = [];
    const work = new SteppedWork<string>(unexpected, 0); // one step per slice
    const result = new Promise((resolve) => work.start('a', counted(log, 'a', 3, 42), resolve));
    setImmediate(() => log.push('other'));
    assert.equal(await result, 42);
    assert.ok(log.indexOf('other') > 0 && log.indexOf('other') < log.indexOf('a2'), log.join());
  });

  it('drops an older computation for the same key, keeps other keys', async () => {
    const log: string[] = [];
    const done: string[] = [];
    const work = new SteppedWork<string>(unexpected, 0);
    work.start('doc', counted(log, 'old', 5, 'old'), (v) => done.push(v));
    work.start('other', counted(log, 'x', 2, 'x'), (v) => done.push(v));
    await new Promise((resolve) => setImmediate(resolve));
    work.start('doc', counted(log, 'new', 2, 'new'), (v) => done.push(v));
    assert.ok(work.busy);
    await work.idle();
    assert.deepEqual(done.sort(), ['new', 'x']);
    assert.ok(!log.includes('old4'), 'the older computation stopped');
    assert.ok(!work.busy);
  });

  it('reports a failing computation and stops it; cancel and dispose end the wait', async () => {
    const errors: unknown[] = [];
    const work = new SteppedWork<string>((err) => errors.push(err), 0);
    function* failing(): Stepped<number> { yield; throw new Error('broken'); }
    work.start('bad', failing(), () => assert.fail('no result'));
    await work.idle();
    assert.equal((errors[0] as Error).message, 'broken');
    work.start('slow', counted([], 's', 1000, 0), () => assert.fail('cancelled'));
    const waited = work.idle();
    work.cancel('slow');
    await waited;
    work.start('late', counted([], 'l', 1000, 0), () => assert.fail('disposed'));
    const waitedToo = work.idle();
    work.dispose();
    await waitedToo;
  });
});
