// Entry of dist/extractWorker.js: a worker_threads worker that runs the pure extraction engine, so
// a long article (or a hostile one) never blocks the thread that asked for it.
import { parentPort } from 'node:worker_threads';
import { ExtractJobHandler, type ExtractWorkerRequest } from '../core/jobs/extractJobs';

if (!parentPort) throw new Error('extractWorker.js runs only as a worker thread');
const port = parentPort;
const handler = new ExtractJobHandler(() => performance.now());
port.on('message', (request: ExtractWorkerRequest) => {
  const response = handler.handle(request);
  if (response) port.postMessage(response);
});
