// Jobs between a thread that owns documents and an extraction worker. Only the sync helpers and the
// message types are exported here: the handler (extractJobs.ts) carries the whole engine and is
// imported by the worker's entry alone, so the extension's bundle does not include the engine.
export { textEdit, type DocSync, type MentionDiff, type TextEdit } from './docSync';
export type { ExtractJobRequest, ExtractWorkerRequest, ExtractWorkerResponse } from './extractJobs';
export { autoRecord } from './record';
