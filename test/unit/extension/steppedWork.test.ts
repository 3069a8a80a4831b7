import assert from 'node:assert/strict';
import { SteppedWork, betweenOtherWork, inLaterTurn } from '../../../src/extension/steppedWork';
import type { Stepped } from '../../../src/core/util';

/** A computation of `n` steps that logs each step and returns `value`. */
function* counted<T>(log: string[], name: string, n: number, value: T): Stepped<T> {
  for (let i = 0; i < n; i++) { log.push(`${name}${i}`); yield; }
  return value;
}

const unexpected = (err: Error): never => assert.fail(err);

describe('extension/steppedWork', () => {
  it('lets other work run between slices and hands over the result', async () => {
    const log: string[] = [];
    const work = new SteppedWork<string>(unexpected, 0); // one step per slice
    const result = work.run('a', counted(log, 'a', 3, 42));
    setImmediate(() => log.push('other'));
    assert.equal(await result, 42);
    assert.ok(log.indexOf('other') > 0 && log.indexOf('other') < log.indexOf('a2'), log.join());
  });

  it('drops an older computation for the same key, keeps other keys', async () => {
    const log: string[] = [];
    const work = new SteppedWork<string>(unexpected, 0);
    const old = work.run('doc', counted(log, 'old', 5, 'old'));
    const other = work.run('other', counted(log, 'x', 2, 'x'));
    await new Promise((resolve) => setImmediate(resolve));
    const fresh = work.run('doc', counted(log, 'new', 2, 'new'));
    assert.ok(work.busy);
    assert.deepEqual(await Promise.all([old, other, fresh]), [undefined, 'x', 'new']);
    await work.idle();
    assert.ok(!log.includes('old4'), 'the older computation stopped');
    assert.ok(!work.busy);
  });

  it('reports a failing computation and stops it; cancel and dispose end the wait', async () => {
    const errors: Error[] = [];
    const work = new SteppedWork<string>((err) => errors.push(err), 0);
    function* failing(): Stepped<number> { yield; throw new Error('broken'); }
    assert.equal(await work.run('bad', failing()), undefined);
    assert.equal(errors[0].message, 'broken');
    const slow = work.run('slow', counted([], 's', 1000, 0));
    const waited = work.idle();
    work.cancel('slow');
    await waited;
    assert.equal(await slow, undefined);
    const late = work.run('late', counted([], 'l', 1000, 0));
    const waitedToo = work.idle();
    work.dispose();
    await waitedToo;
    assert.equal(await late, undefined);
    assert.ok(!work.busy);
  });

  it('with a delay, a computation superseded before it starts never takes a step, and idle waits for the delayed one', async () => {
    const log: string[] = [];
    const work = new SteppedWork<string>(unexpected, 0);
    const first = work.run('doc', counted(log, 'first', 2, 'first'), 30);
    assert.ok(work.busy, 'a delayed computation counts as running');
    // Due before the first computation's delay ends (timers fire in the order they are due).
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(log, [], 'nothing done while waiting');
    const second = work.run('doc', counted(log, 'second', 2, 'second'), 30);
    const waited = work.idle();
    assert.deepEqual(await Promise.all([first, second]), [undefined, 'second']);
    await waited;
    assert.deepEqual(log, ['second0', 'second1']);
  });

  it('runs one slice per turn of the event loop, whichever computation it belongs to, in turn', async () => {
    const log: string[] = [];
    let done = false;
    // A callback posted again from each turn: it runs once per turn, so it marks where one ends.
    const probe = (): void => { log.push('|'); if (!done) setImmediate(probe); };
    setImmediate(probe);
    const one = new SteppedWork<string>(unexpected, 0);
    const two = new SteppedWork<string>(unexpected, 0);
    const results = Promise.all([one.run('a', counted(log, 'a', 4, 'a')), two.run('b', counted(log, 'b', 4, 'b')), betweenOtherWork(counted(log, 'c', 4, 'c'))]);
    assert.deepEqual(await results, ['a', 'b', 'c']);
    done = true;
    const turns = log.join(' ').split('|').map((t) => t.trim()).filter((t) => t !== '');
    // betweenOtherWork takes its first step at once; after that, every turn holds one step at most.
    assert.deepEqual(turns.slice(1).filter((t) => t.includes(' ')), [], `a turn with several slices: ${log.join(' ')}`);
    assert.deepEqual(log.filter((x) => x !== '|'), ['c0', 'a0', 'b0', 'c1', 'a1', 'b1', 'c2', 'a2', 'b2', 'c3', 'a3', 'b3'], 'taken in turn');
  });

  it('a computation dropped while its slice waits gives that turn to the next slice', async () => {
    const log: string[] = [];
    let done = false;
    const probe = (): void => { log.push('|'); if (!done) setImmediate(probe); };
    const one = new SteppedWork<string>(unexpected, 0);
    const two = new SteppedWork<string>(unexpected, 0);
    const dropped = one.run('a', counted(log, 'a', 4, 'a'));
    const kept = two.run('b', counted(log, 'b', 2, 'b'));
    setImmediate(probe);
    one.cancel('a'); // before its first slice ran: that slice still waits in the queue
    assert.deepEqual(await Promise.all([dropped, kept]), [undefined, 'b']);
    done = true;
    assert.ok(!log.includes('a0'));
    assert.equal(log.join(' ').split('b0')[0].split('|').length - 1, 0, `b's first step took the dropped slice's turn: ${log.join(' ')}`);
  });

  it('work that throws in its turn does not hold up the slices waiting behind it', async () => {
    const mochaHandlers = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    const thrown: unknown[] = [];
    process.on('uncaughtException', (err) => thrown.push(err));
    try {
      const work = new SteppedWork<string>(unexpected, 0);
      inLaterTurn(() => { throw new Error('broken render'); });
      const log: string[] = [];
      assert.equal(await work.run('a', counted(log, 'a', 3, 'a')), 'a');
      assert.deepEqual(log, ['a0', 'a1', 'a2']);
      assert.match(String(thrown[0]), /broken render/);
    } finally {
      process.removeAllListeners('uncaughtException');
      for (const handler of mochaHandlers) process.on('uncaughtException', handler);
    }
  });
});
