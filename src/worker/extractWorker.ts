// Entry of dist/extractWorker.js: a worker_threads worker that runs the pure extraction engine, so
// a long article (or a hostile one) never blocks the thread that asked for it.
import { parentPort } from 'node:worker_threads';
import { ExtractJobHandler, type ExtractWorkerRequest, type ExtractWorkerResponse } from '../core/jobs/extractJobs';
import { inParts } from '../core/jobs/answerParts';
import type { Mention } from '../core/types';

if (!parentPort) throw new Error('extractWorker.js runs only as a worker thread');
const port = parentPort;
const handler = new ExtractJobHandler(() => performance.now());
/** The parts of long answers not yet asked for, by job. */
const waitingParts = new Map<number, Mention[][]>();
port.on('message', (request: ExtractWorkerRequest) => {
  if (request.type === 'next-part') {
    const parts = waitingParts.get(request.id);
    const mentions = request.drop ? undefined : parts?.shift();
    if (!parts?.length || request.drop) waitingParts.delete(request.id);
    if (mentions) port.postMessage({ type: 'part', id: request.id, mentions } satisfies ExtractWorkerResponse);
    return;
  }
  const response = handler.handle(request);
  if (!response) return;
  // The editor's jobs ask for long answers in parts; the command line's come whole.
  if (request.type !== 'extract' || !request.parts) {
    port.postMessage(response);
    return;
  }
  const { first, rest } = inParts(response);
  if (rest.length > 0) waitingParts.set(request.id, rest);
  port.postMessage(first);
});

/**
 * One paragraph with each kind of mention, extracted once at start: the engine's first run builds
 * its word lists and compiles its rules (about 0.2 s), which the first article opened would
 * otherwise wait for. A job that comes meanwhile runs right after, as it would have.
 */
const WARM_UP = 'Foreign Minister Amara Okafor of Kenya met IMF officials in Tokyo on 3 June 2025, and Okafor said the World Bank pledged $2.5 billion, 12 percent more than last year, within a 60-day window.\n';
setImmediate(() => {
  handler.handle({ type: 'extract', id: 0, text: WARM_UP, referenceDate: null });
  const ready: ExtractWorkerResponse = { type: 'ready' };
  port.postMessage(ready);
});
