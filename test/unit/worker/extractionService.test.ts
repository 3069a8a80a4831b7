// The editor's extraction service over a real worker: edits go out, mention diffs come back and are
// applied to the service's own list in place. Whatever the edits, a model patched from the diffs
// and the mentions lent with an answer must equal a fresh extraction, and a lent list read after
// the next answer (when the service has moved it on) must be refused rather than be wrong.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract } from '../../../src/core/extract';
import { buildModel, patchModel, type ArticleModel } from '../../../src/core/model';
import { patchOwnSpans, patchSpans } from '../../../src/core/util';
import type { ILogger } from '../../../src/core/types';
import { ExtractionService } from '../../../src/extension/extractionService';
import { locateWorkerScript } from '../../../src/worker/extractPool';

const SCRIPT = locateWorkerScript(join(__dirname, '..', '..', '..', 'src', 'cli'))!;
const quiet: ILogger = { trace: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const WORDS = ['Kenya', 'Japan', 'Okafor', 'Foreign', 'Minister', 'Amara', 'said', 'on', 'Monday', 'the', '$2.5', 'billion', '12', 'percent',
  'Tokyo', 'NATO', 'in', 'March', 'last', 'year', 'of', '5 March 2024', ',', '.', '\n\n'];
const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 120 }).map((ws) => ws.join(' '));
const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 10 }), insert: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((ws) => ws.join(' ')), read: fc.boolean() });

describe('extraction service: mention diffs applied in place', function () {
  this.timeout(120_000);

  it('patchOwnSpans gives what patchSpans gives, moving the later spans where they are', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 50 }), { maxLength: 30 }), fc.nat(), fc.nat({ max: 5 }), fc.integer({ min: -20, max: 20 }), (lengths, at, del, shift) => {
      let start = 0;
      const list = lengths.map((n) => ({ start, end: (start += n) }));
      const from = at % (list.length + 1);
      const patch = { start: from, deleteCount: Math.min(del, list.length - from), insert: [{ start: -1, end: -1 }], shift };
      const expected = patchSpans(list, patch);
      const tail = list.slice(from + patch.deleteCount);
      const own = list.map((s) => ({ ...s }));
      patchOwnSpans(own, patch);
      assert.deepEqual(own, expected);
      if (shift !== 0 && tail.length > 0) assert.notEqual(own.at(-1), expected.at(-1), 'a copy in patchSpans, the same object moved in patchOwnSpans');
    }), { numRuns: 300 });
  });

  it('a model patched from every answer and the mentions lent with it equal a fresh extraction; a lent list read after the next answer is refused', async () => {
    const service = new ExtractionService(quiet, SCRIPT);
    try {
      await fc.assert(fc.asyncProperty(textArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), async (first, edits) => {
        const doc = `doc-${Math.random()}`;
        let text = first;
        const answer = (await service.extract(doc, text, null))!;
        let built: { seq: number; model: ArticleModel } = { seq: answer.seq!, model: buildModel(text, answer.result.mentions, undefined) };
        let previous = answer;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.del);
          const outcome = (await service.extract(doc, text, null))!;
          // The service moved its list on: what it lent with the previous answer is gone.
          assert.throws(() => previous.result.mentions, /read after a later answer/);
          previous = outcome;
          const fresh = extract(text).mentions;
          const patched = outcome.diff && built.seq === outcome.diff.of ? patchModel(built.model, outcome.diff, undefined) : undefined;
          const model = patched ?? buildModel(text, outcome.result.mentions, undefined);
          assert.deepEqual(model.mentions, buildModel(text, fresh, undefined).mentions);
          built = { seq: outcome.seq!, model };
          if (e.read) assert.deepEqual(outcome.result.mentions, fresh);
        }
        service.forget(doc);
      }), { numRuns: 25 });
      assert.ok(service.stats.diffs > 0, 'edits were answered with diffs');
    } finally {
      service.dispose();
    }
  });

  it('mentions read after a later answer for the same document are refused, not wrong', async () => {
    const service = new ExtractionService(quiet, SCRIPT);
    try {
      const text = 'Foreign Minister Amara Okafor visited Tokyo on 5 March 2024.\n\nKenya pledged $2.5 billion.\n';
      const whole = (await service.extract('d', text, null))!;
      const older = (await service.extract('d', text.replace('Tokyo', 'Kenya'), null))!;
      assert.ok(older.diff, 'the edit came back as a diff');
      assert.throws(() => whole.result.mentions, /read after a later answer/, 'a whole answer lends its list too');
      const newer = (await service.extract('d', `Japan said.\n\n${text}`, null))!;
      assert.ok(newer.diff);
      assert.throws(() => older.result.mentions, /read after a later answer/);
      assert.deepEqual(newer.result.mentions, extract(`Japan said.\n\n${text}`).mentions);
    } finally {
      service.dispose();
    }
  });
});

/** The real worker's handler in a worker that dies on a job whose text (or edit) holds "CRASH", as one running out of memory on it would. */
const CRASHES_ON_MARKER = { eval: true, file: `
  const source = ${JSON.stringify(join(__dirname, '..', '..', '..', 'src', 'core', 'jobs', 'extractJobs.ts'))};
  const r = require('node:module').createRequire(source);
  r('tsx/cjs');
  const { ExtractJobHandler } = r(source);
  const { parentPort } = require('node:worker_threads');
  const handler = new ExtractJobHandler();
  parentPort.on('message', (request) => {
    if (request.type === 'extract' && JSON.stringify(request).includes('CRASH')) process.exit(3);
    const response = handler.handle(request);
    if (response) parentPort.postMessage(response);
  });
  parentPort.postMessage({ type: 'ready' });` };

describe('extraction service: a worker that dies on a job', function () {
  this.timeout(60_000);

  it('drops that job with a warning instead of running it on the main thread; the next change is analysed in a new worker', async () => {
    const warnings: string[] = [];
    const service = new ExtractionService({ ...quiet, warn: (m: string) => warnings.push(m) }, CRASHES_ON_MARKER);
    try {
      const text = 'Foreign Minister Amara Okafor visited Tokyo on 5 March 2024.\n';
      assert.ok(await service.extract('d', text, null), 'a first job is answered');
      // A paste that kills every worker it is sent to, edited a few times: never run on the main thread.
      for (let i = 1; i <= 4; i++) assert.equal(await service.extract('d', `${text}CRASH ${i}\n`, null), undefined, 'the job that killed its worker has no outcome');
      assert.equal(service.stats.crashed, 4);
      assert.equal(service.stats.onMainThread, 0, 'not run again on the main thread');
      assert.match(warnings.join('\n'), /Analysis of d stopped: the extraction worker failed: .*code 3/);
      const next = await service.extract('d', `${text}Kenya agreed.\n`, null);
      assert.equal(next?.where, 'worker');
      assert.deepEqual(next?.result.mentions, extract(`${text}Kenya agreed.\n`).mentions);
      assert.equal(service.stats.workersStarted, 5);
      assert.ok(await service.extractOnce('Kenya and Japan.\n', null), 'one-off jobs too');
    } finally {
      service.dispose();
    }
  });
});

describe('extraction service: long answers in parts', () => {
  it('asks for them on every job it sends, a document\'s and a one-off', async () => {
    // A worker that answers with whether the job asked for parts, in the reference date's place.
    const echo = { eval: true, file: `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (r) => {
        if (r.type === 'extract') parentPort.postMessage({ type: 'result', id: r.id, ms: 0, result: { referenceDate: String(r.parts === true), mentions: [] } });
      });
      parentPort.postMessage({ type: 'ready' });` };
    const service = new ExtractionService(quiet, echo);
    try {
      assert.equal((await service.extract('d', 'Kenya.', null))?.result.referenceDate, 'true');
      assert.equal((await service.extractOnce('Kenya.', null))?.result.referenceDate, 'true');
    } finally {
      service.dispose();
    }
  });
});
