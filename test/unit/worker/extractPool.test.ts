import assert from 'node:assert/strict';
import { join } from 'node:path';
import { extract, IncrementalExtractor } from '../../../src/core/extract';
import { ExtractJobHandler } from '../../../src/core/jobs/extractJobs';
import { compileRegistry, type EntityRegistry } from '../../../src/core/registry';
import { textEdit } from '../../../src/core/jobs';
import { MENTIONS_PER_PART } from '../../../src/core/jobs/answerParts';
import { patchSpans } from '../../../src/core/util';
import { BudgetExceededError, ExtractPool, type ExtractPoolOptions, ResyncError, SupersededError, WorkerCrashedError, WorkerFailedError, MAX_CRASHES_IN_A_ROW, locateWorkerScript, type WorkerScript } from '../../../src/worker/extractPool';

const SOURCE_DIR = join(__dirname, '..', '..', '..', 'src', 'cli');
const TEXT = 'President Joko Widodo met Anthony Albanese in Jakarta on 5 March 2024.\n\nThey signed a $3.2 billion deal.\n';
/**
 * A stand-in worker for the pool's scheduling (the real one is tested above and in the host): it
 * answers "slow" after 2 s of synchronous work (a job that cannot be interrupted) and anything else
 * at once, and numbers its answers, so a test sees whether the same worker answered again.
 */
const TIMED_WORKER = { eval: true, file: `
  const { parentPort } = require('node:worker_threads');
  let answered = 0;
  parentPort.on('message', (r) => {
    if (r.type !== 'extract') return;
    const until = Date.now() + (r.text === 'slow' ? 2000 : 0);
    while (Date.now() < until) { /* busy, as a long extraction is */ }
    parentPort.postMessage({ type: 'result', id: r.id, ms: 0, result: { referenceDate: String(++answered), mentions: [] } });
  });` };
/** TIMED_WORKER saying it is ready as soon as it starts, as the real worker does once warm. */
const READY_TIMED_WORKER = { eval: true, file: `${TIMED_WORKER.file}
  parentPort.postMessage({ type: 'ready' });` };
/** READY_TIMED_WORKER that dies on a job whose text is "crash" (as one running out of memory on it would). */
const CRASHES_ON_ONE_JOB = { eval: true, file: `
  require('node:worker_threads').parentPort.on('message', (r) => { if (r.type === 'extract' && r.text === 'crash') process.exit(3); });
  ${READY_TIMED_WORKER.file}` };
/**
 * A worker whose answers come in parts the way the real one sends them (two parts after the first
 * message, each posted `partMs` after it is asked for); it logs what it is asked ("early" when a part
 * is asked for before the last one was sent), and answers a job "log" with that log.
 */
const partsWorker = (busyMs: number, partMs: number): WorkerScript => ({ eval: true, file: `
  const { parentPort } = require('node:worker_threads');
  const log = [];
  let owed = 0;
  let sent = 0;
  const mention = (i) => ({ kind: 'actor', start: i * 10, end: i * 10 + 5, text: 'Kenya', type: 'state', canonical: 'Kenya' });
  parentPort.on('message', (r) => {
    if (r.type === 'next-part') {
      log.push(r.drop ? 'drop' : 'next');
      if (r.drop) return;
      if (owed > 0) log.push('early');
      owed++;
      setTimeout(() => { owed--; parentPort.postMessage({ type: 'part', id: r.id, mentions: [mention(++sent)] }); }, ${partMs});
      return;
    }
    if (r.type !== 'extract') return;
    log.push('job:' + r.text);
    if (r.text === 'log') { parentPort.postMessage({ type: 'result', id: r.id, ms: 0, result: { referenceDate: log.join(' '), mentions: [] } }); return; }
    const until = Date.now() + (r.text === 'slow' ? ${busyMs} : 0);
    while (Date.now() < until) { /* extracting */ }
    sent = 0;
    parentPort.postMessage({ type: 'result', id: r.id, ms: 0, parts: 2, result: { referenceDate: null, mentions: [mention(0)] } });
  });
  parentPort.postMessage({ type: 'ready' });` });

/** A worker that starts, says it is ready, and dies at once, every time. */
const DIES_WHEN_READY = { eval: true, file: `
  require('node:worker_threads').parentPort.postMessage({ type: 'ready' });
  setTimeout(() => process.exit(4), 20);` };

describe('extraction worker protocol', () => {
  it('answers as extract() does, keeps one incremental extractor per document and forgets it', () => {
    const handler = new ExtractJobHandler();
    const once = handler.handle({ type: 'extract', id: 1, text: TEXT, referenceDate: null });
    assert.deepEqual(once?.type === 'result' && once.result, extract(TEXT));
    assert.equal(handler.documents, 0);
    const edited = TEXT.replace('$3.2', '$4.5');
    handler.handle({ type: 'extract', id: 2, doc: 'a', text: TEXT, referenceDate: '2024-03-06' });
    const second = handler.handle({ type: 'extract', id: 3, doc: 'a', text: edited, referenceDate: '2024-03-06' });
    const fresh = new IncrementalExtractor().update(edited, { referenceDate: '2024-03-06' });
    assert.deepEqual(second?.type === 'result' && second.result, fresh);
    assert.equal(handler.documents, 1);
    assert.equal(handler.handle({ type: 'forget', doc: 'a' }), undefined);
    assert.equal(handler.documents, 0);
  });
});

describe('extraction worker protocol: the entity registry', () => {
  const source: EntityRegistry = { entities: [{ name: 'Joko Widodo', type: 'person', aliases: ['Jokowi'], metonyms: [], qid: 'Q27700' }], never: ['Jakarta'] };
  const text = 'Jokowi met Anthony Albanese in Jakarta on 5 March 2024.\n';

  it('crosses as plain data and gives what extract() gives with the compiled registry', () => {
    const registry = compileRegistry(source);
    const expected = extract(text, { registry });
    assert.notDeepEqual(expected, extract(text), 'the registry changes this text');
    const handler = new ExtractJobHandler();
    const sent = structuredClone({ key: registry.key, source: registry.source }); // what postMessage delivers
    for (const [id, doc] of [[1, undefined], [2, 'a'], [3, 'a']] as const) {
      const answer = handler.handle({ type: 'extract', id, doc, text, referenceDate: null, registry: sent });
      assert.deepEqual(answer?.type === 'result' && answer.result, expected);
    }
  });
});

/** Runs `body` with a pool made of `options`, closing it afterwards whatever happens. */
async function withPool(options: ExtractPoolOptions, body: (pool: ExtractPool) => Promise<void>): Promise<void> {
  const pool = new ExtractPool(options);
  try {
    await body(pool);
  } finally {
    await pool.close();
  }
}

describe('extraction worker pool', function () {
  this.timeout(60_000);

  it('runs jobs on worker threads with the same result as in-process', async () => {
    const script = locateWorkerScript(SOURCE_DIR);
    assert.ok(script, 'the worker entry is found from the sources');
    await withPool({ size: 2, script }, async (pool) => {
      const results = await Promise.all([1, 2, 3].map((n) => pool.run({ text: TEXT.repeat(n), referenceDate: null })));
      results.forEach((r, i) => assert.deepEqual(r.result, extract(TEXT.repeat(i + 1))));
      assert.equal(pool.workersStarted, 2, 'three jobs, two workers');
    });
  });

  const outcome = (p: Promise<unknown>): Promise<string> => p.then(() => 'result', (err: unknown) => (err instanceof SupersededError ? 'superseded' : String(err)));

  it('a newer job of the same lane stops the running one, whose result never arrives', async () => {
    await withPool({ size: 1, script: TIMED_WORKER }, async (pool) => {
      const old = outcome(pool.run({ doc: 'a', text: 'slow', referenceDate: null }, 'a'));
      const newest = await pool.run({ doc: 'a', text: 'fast', referenceDate: null }, 'a');
      assert.equal(await old, 'superseded');
      assert.equal(newest.result.referenceDate, '1', 'answered by a fresh worker');
      assert.equal(pool.workersStarted, 2, 'the stopped worker was replaced');
    });
  });

  it('within abandonUnderMs a superseded running job is answered at once and its worker kept', async () => {
    await withPool({ size: 1, script: TIMED_WORKER, abandonUnderMs: 60_000 }, async (pool) => {
      const old = outcome(pool.run({ doc: 'a', text: 'slow', referenceDate: null }, 'a'));
      const newest = pool.run({ doc: 'a', text: 'fast', referenceDate: null }, 'a');
      assert.equal(await old, 'superseded', 'the caller moves on before the worker is done');
      assert.equal((await newest).result.referenceDate, '2', 'the same worker answered the newer job after the dropped one');
      assert.equal(pool.workersStarted, 1, 'no worker was stopped');
    });
  });

  it('an abandoned job still running after abandonUnderMs has its worker stopped', async () => {
    await withPool({ size: 1, script: TIMED_WORKER, abandonUnderMs: 100 }, async (pool) => {
      const old = outcome(pool.run({ doc: 'a', text: 'slow', referenceDate: null }, 'a'));
      const newest = pool.run({ doc: 'a', text: 'fast', referenceDate: null }, 'a');
      assert.equal(await old, 'superseded');
      assert.equal((await newest).result.referenceDate, '1', 'a fresh worker answered');
      assert.equal(pool.workersStarted, 2);
    });
  });

  it('a newer job of the same lane drops a queued one without stopping other lanes', async () => {
    await withPool({ size: 1, script: locateWorkerScript(SOURCE_DIR)! }, async (pool) => {
      const other = pool.run({ doc: 'b', text: TEXT, referenceDate: null }, 'b');
      const queued = pool.run({ doc: 'a', text: TEXT, referenceDate: null }, 'a').then(() => 'result', (err: unknown) => (err instanceof SupersededError ? 'superseded' : String(err)));
      const newest = pool.run({ doc: 'a', text: TEXT.replace('$3.2', '$4.5'), referenceDate: null }, 'a');
      assert.deepEqual((await other).result, extract(TEXT));
      assert.equal(await queued, 'superseded');
      assert.deepEqual((await newest).result, extract(TEXT.replace('$3.2', '$4.5')));
      assert.equal(pool.workersStarted, 1, 'no worker was stopped');
    });
  });

  it('stops a job over its time budget', async () => {
    await withPool({ size: 1, script: TIMED_WORKER, budgetMs: 50 }, async (pool) => {
      await assert.rejects(pool.run({ text: 'slow', referenceDate: null }), BudgetExceededError);
      assert.equal(pool.unavailable, undefined, 'a stopped job does not make workers unavailable');
    });
  });

  it('a warm pool starts its worker before any job, and again after one is stopped', async () => {
    await withPool({ size: 1, script: TIMED_WORKER, warm: true }, async (pool) => {
      assert.equal(pool.workersStarted, 1, 'started with the pool');
      const old = outcome(pool.run({ doc: 'a', text: 'slow', referenceDate: null }, 'a'));
      assert.equal(pool.workersStarted, 1, 'the job went to the warm worker');
      const newest = await pool.run({ doc: 'a', text: 'fast', referenceDate: null }, 'a');
      assert.equal(await old, 'superseded');
      assert.equal(newest.result.referenceDate, '1');
      assert.equal(pool.workersStarted, 2, 'the stopped worker was replaced once, and that one answered');
    });
  });

  it('with startAll every worker starts at once; runSoon gives a job to a ready idle worker first, then one behind each busy one, then none', async () => {
    await withPool({ size: 2, script: READY_TIMED_WORKER, startAll: true }, async (pool) => {
      assert.equal(pool.workersStarted, 2, 'started with the pool');
      assert.equal(pool.runSoon({ text: 'fast', referenceDate: null }), undefined, 'no worker is ready yet');
      await pool.whenReady();
      assert.equal(pool.runSoon({ text: 'fast', referenceDate: null, parts: true }), undefined, 'not a job that asks for its answer in parts');
      const sent = [0, 1, 2, 3].map((i) => pool.runSoon({ text: i < 2 ? 'slow' : 'fast', referenceDate: null }));
      assert.equal(pool.runSoon({ text: 'fast', referenceDate: null }), undefined, 'both busy, each with one job behind');
      // Each worker numbers its answers: the first two jobs were each a worker's first, the next two each one's second.
      const answers = await Promise.all(sent.map((p) => (p ? p.then((a) => a.result.referenceDate) : 'not sent')));
      assert.deepEqual(answers, ['1', '1', '2', '2']);
      assert.equal(pool.workersStarted, 2);
    });
  });

  it('runSoon posts one job behind a ready worker\'s running one, answered in turn; not with a time budget; close ends it', async () => {
    const script = locateWorkerScript(SOURCE_DIR);
    assert.ok(script);
    await withPool({ size: 1, script, startAll: true }, async (pool) => {
      await pool.whenReady();
      const first = pool.runSoon({ text: TEXT.repeat(50), referenceDate: null });
      const second = pool.runSoon({ text: TEXT, referenceDate: null });
      assert.ok(first && second, 'the idle worker takes one, and one behind it');
      assert.equal(pool.runSoon({ text: TEXT, referenceDate: null }), undefined, 'not two behind');
      assert.deepEqual((await first).result, extract(TEXT.repeat(50)));
      assert.deepEqual((await second).result, extract(TEXT));
      assert.equal(pool.workersStarted, 1);
      const third = pool.runSoon({ text: TEXT.repeat(50), referenceDate: null });
      const behind = pool.runSoon({ text: TEXT, referenceDate: null });
      assert.ok(third && behind);
      const ended = outcome(behind);
      await pool.close();
      assert.equal(await ended, 'superseded', 'a job behind another ends with the pool');
    });
    await withPool({ size: 1, script, startAll: true, budgetMs: 60_000 }, async (pool) => {
      await pool.whenReady();
      assert.ok(pool.runSoon({ text: TEXT, referenceDate: null }));
      assert.equal(pool.runSoon({ text: TEXT, referenceDate: null }), undefined, 'with a time budget, only to an idle worker');
    });
  });

  it('an edit sent to a worker that does not hold its base is refused with ResyncError; the whole text then gives extract()', async () => {
    await withPool({ size: 1, script: locateWorkerScript(SOURCE_DIR)! }, async (pool) => {
      const first = await pool.run({ doc: 'a', text: TEXT, referenceDate: null, sync: { seq: 1 } }, 'a');
      assert.deepEqual(first.result, extract(TEXT));
      const edited = TEXT.replace('$3.2', '$4.5');
      const second = await pool.run({ doc: 'a', text: '', referenceDate: null, sync: { seq: 2, base: 1, edit: textEdit(TEXT, edited), known: 1 } }, 'a');
      assert.ok(second.diff, 'answered with a diff');
      assert.equal(second.result.mentions.length, 0);
      await assert.rejects(pool.run({ doc: 'a', text: '', referenceDate: null, sync: { seq: 3, base: 1, edit: textEdit(TEXT, edited) } }, 'a'), ResyncError);
      const whole = await pool.run({ doc: 'a', text: edited, referenceDate: null, sync: { seq: 3 } }, 'a');
      assert.deepEqual(whole.result, extract(edited));
    });
  });

  it('sends an entity registry\'s data to a worker once; later jobs name it by key, and a worker that dropped it gets it again', async () => {
    const registryOf = (name: string): EntityRegistry => ({ entities: [], never: [name] });
    const text = 'Officials of the Harbour Lantern Trust met in Jakarta.\n';
    await withPool({ size: 1, script: locateWorkerScript(SOURCE_DIR)! }, async (pool) => {
      const lantern = compileRegistry(registryOf('Harbour Lantern Trust'));
      const sent = { key: lantern.key, source: lantern.source };
      assert.notDeepEqual(extract(text, { registry: lantern }), extract(text), 'the registry changes this text');
      for (let i = 0; i < 3; i++) {
        const { result } = await pool.run({ doc: 'a', text: text + 'x'.repeat(i), referenceDate: null, registry: sent }, 'a');
        assert.deepEqual(result, extract(text + 'x'.repeat(i), { registry: lantern }));
      }
      assert.equal(pool.registriesSent, 1, 'three jobs, one registry sent');
      // The worker keeps four registries: four more push the first one out, and naming it by key alone is answered by sending it again.
      for (let i = 0; i < 4; i++) {
        const other = compileRegistry(registryOf(`Quiet Meadow Council ${i}`));
        await pool.run({ text, referenceDate: null, registry: { key: other.key, source: other.source } });
      }
      assert.equal(pool.registriesSent, 5);
      const again = await pool.run({ text, referenceDate: null, registry: sent });
      assert.deepEqual(again.result, extract(text, { registry: lantern }));
      assert.equal(pool.registriesSent, 6, 'the dropped registry was sent again');
      assert.equal(pool.workersStarted, 1);
    });
  });

  it('a job whose registry the worker dropped is sent again behind the job posted after it (runSoon); both answer right', async () => {
    const registryOf = (name: string): EntityRegistry => ({ entities: [], never: [name] });
    const text = 'Officials of the Harbour Lantern Trust met in Jakarta.\n';
    await withPool({ size: 1, script: locateWorkerScript(SOURCE_DIR)!, startAll: true }, async (pool) => {
      await pool.whenReady();
      const lantern = compileRegistry(registryOf('Harbour Lantern Trust'));
      const sent = { key: lantern.key, source: lantern.source };
      for (const r of [lantern, ...[0, 1, 2, 3].map((i) => compileRegistry(registryOf(`Quiet Meadow Council ${i}`)))]) {
        await pool.run({ text, referenceDate: null, registry: { key: r.key, source: r.source } });
      }
      assert.equal(pool.registriesSent, 5, 'the lantern registry was pushed out of the worker');
      const named = pool.runSoon({ text, referenceDate: null, registry: sent });
      const behind = pool.runSoon({ text: TEXT, referenceDate: null });
      assert.ok(named && behind);
      assert.deepEqual((await behind).result, extract(TEXT));
      assert.deepEqual((await named).result, extract(text, { registry: lantern }));
      assert.equal(pool.registriesSent, 6, 'sent again');
    });
  });

  it('a long answer asked for in parts comes in parts, and adds up to the whole', async () => {
    const first = 'Foreign Minister Amara Okafor visited Tokyo.\n\n' + 'Okafor said Kenya agreed on 3 May 2024.\n\n'.repeat(1200);
    // A name all the later mentions resolve to, edited: the diff changes nearly every mention.
    const second = first.replace('Amara Okafor', 'Amara Okaforx');
    await withPool({ size: 1, script: locateWorkerScript(SOURCE_DIR)! }, async (pool) => {
      const whole = await pool.run({ doc: 'a', text: first, referenceDate: null, sync: { seq: 1 }, parts: true }, 'a');
      assert.deepEqual(whole.result.mentions, extract(first).mentions);
      assert.equal(pool.partsReceived, Math.ceil(whole.result.mentions.length / MENTIONS_PER_PART) - 1, 'the whole list, in parts');
      const before = pool.partsReceived;
      const edited = await pool.run({ doc: 'a', text: '', referenceDate: null, sync: { seq: 2, base: 1, edit: textEdit(first, second), known: 1 }, parts: true }, 'a');
      assert.ok(edited.diff && edited.diff.insert.length > MENTIONS_PER_PART, 'a diff longer than a part');
      assert.ok(pool.partsReceived > before);
      assert.deepEqual(patchSpans(whole.result.mentions, edited.diff), extract(second).mentions);
      const whole2 = await pool.run({ doc: 'b', text: first, referenceDate: null });
      assert.deepEqual(whole2.result.mentions, extract(first).mentions);
      assert.equal(pool.partsReceived, before + Math.ceil(edited.diff.insert.length / MENTIONS_PER_PART) - 1, 'jobs that do not ask for parts (the command line\'s) answer whole');
    });
  });

  it('asks for each part only once the last one is in, and for none after the job is abandoned', async () => {
    await withPool({ size: 1, script: partsWorker(300, 30), abandonUnderMs: 60_000 }, async (pool) => {
      const whole = await pool.run({ doc: 'a', text: 'fast', referenceDate: null, parts: true }, 'a');
      assert.deepEqual(whole.result.mentions.map((m) => m.start), [0, 10, 20], 'the parts, in order, after the first');
      const old = outcome(pool.run({ doc: 'a', text: 'slow', referenceDate: null, parts: true }, 'a'));
      await new Promise((resolve) => setTimeout(resolve, 50)); // sent and running
      const newer = await pool.run({ doc: 'a', text: 'fast', referenceDate: null, parts: true }, 'a');
      assert.equal(await old, 'superseded');
      assert.equal(newer.result.mentions.length, 3);
      const log = (await pool.run({ text: 'log', referenceDate: null })).result.referenceDate;
      assert.equal(log, 'job:fast next next job:slow drop job:fast next next job:log');
      assert.equal(pool.workersStarted, 1);
    });
  });

  it('a job superseded while its answer comes in parts is abandoned, not stopped, however long it ran', async () => {
    await withPool({ size: 1, script: partsWorker(300, 400), abandonUnderMs: 200 }, async (pool) => {
      const old = outcome(pool.run({ doc: 'a', text: 'slow', referenceDate: null, parts: true }, 'a'));
      // Extraction takes 300 ms (past the 200 ms grace); then the first part is asked for, due 400 ms later.
      while (pool.partsReceived === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const newer = await pool.run({ doc: 'a', text: 'fast', referenceDate: null, parts: true }, 'a');
      assert.equal(await old, 'superseded');
      assert.equal(newer.result.mentions.length, 3);
      assert.equal(pool.workersStarted, 1, 'its worker, idle, was kept');
    });
  });

  it('the rest of an abandoned job\'s long answer is not asked for; the next job of its lane answers after it', async () => {
    const long = 'Okafor said Kenya agreed on 3 May 2024.\n\n'.repeat(1500);
    await withPool({ size: 1, script: locateWorkerScript(SOURCE_DIR)!, abandonUnderMs: 60_000 }, async (pool) => {
      const old = outcome(pool.run({ doc: 'a', text: long, referenceDate: null, parts: true }, 'a'));
      await new Promise((resolve) => setTimeout(resolve, 20)); // sent and running
      const newer = await pool.run({ doc: 'a', text: TEXT, referenceDate: null }, 'a');
      assert.equal(await old, 'superseded');
      assert.deepEqual(newer.result, extract(TEXT));
      assert.equal(pool.partsReceived, 0, 'no part of the abandoned answer was asked for');
      assert.equal(pool.workersStarted, 1, 'the worker was kept');
    });
  });

  it('a worker that dies on a job after starting fails that job only (WorkerCrashedError): the job behind it is handed back, and a new worker takes the next', async () => {
    await withPool({ size: 1, script: CRASHES_ON_ONE_JOB, startAll: true }, async (pool) => {
      await pool.whenReady();
      const crash = pool.runSoon({ text: 'crash', referenceDate: null });
      const behind = pool.runSoon({ text: 'fast', referenceDate: null });
      assert.ok(crash && behind);
      await assert.rejects(crash, (err: unknown) => err instanceof WorkerCrashedError && /code 3/.test(err.message));
      await assert.rejects(behind, (err: unknown) => err instanceof WorkerFailedError && !(err instanceof WorkerCrashedError), 'not started: not the job that killed it');
      assert.equal(pool.unavailable, undefined, 'workers can still run here');
      const next = await pool.run({ text: 'fast', referenceDate: null });
      assert.equal(next.result.referenceDate, '1', 'the first answer of a new worker');
      assert.equal(pool.workersStarted, 2);
      // A job that kills every worker it is given fails the same way each time: the pool never gives up on workers for it.
      for (let i = 0; i < MAX_CRASHES_IN_A_ROW + 1; i++) await assert.rejects(pool.run({ text: 'crash', referenceDate: null }), WorkerCrashedError);
      assert.equal(pool.unavailable, undefined);
      assert.equal((await pool.run({ text: 'fast', referenceDate: null })).result.referenceDate, '1');
    });
  });

  it(`gives up on workers after ${MAX_CRASHES_IN_A_ROW} in a row die after starting without answering`, async () => {
    await withPool({ size: 1, script: DIES_WHEN_READY, warm: true }, async (pool) => {
      for (let i = 0; i < 200 && !pool.unavailable; i++) await new Promise((r) => setTimeout(r, 25));
      assert.match(pool.unavailable ?? '', /3 workers in a row/);
      assert.equal(pool.workersStarted, MAX_CRASHES_IN_A_ROW, 'not started again after that');
      await assert.rejects(pool.run({ text: 'fast', referenceDate: null }), (err: unknown) => err instanceof WorkerFailedError && !(err instanceof WorkerCrashedError));
    });
  });

  it('says so when no worker can start, so the caller can run in-process', async () => {
    const pool = new ExtractPool({ size: 1, script: { file: 'throw new Error("no workers here")', eval: true } });
    await assert.rejects(pool.run({ text: TEXT, referenceDate: null }), (err: unknown) => err instanceof WorkerFailedError && /no workers here/.test(err.message));
    assert.match(pool.unavailable ?? '', /no workers here/);
    await assert.rejects(pool.run({ text: TEXT, referenceDate: null }), WorkerFailedError);
    await pool.close();
    const eager = new ExtractPool({ size: 2, script: { file: 'throw new Error("no workers here")', eval: true }, startAll: true });
    await eager.whenReady();
    assert.match(eager.unavailable ?? '', /no workers here/, 'whenReady ends when no worker can start');
    assert.equal(eager.runSoon({ text: TEXT, referenceDate: null }), undefined);
    await eager.close();
  });
});
