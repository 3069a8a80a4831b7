// Keeping a document's text and mentions in step across a thread boundary: the owner sends the edit
// since the last text it sent, the worker answers with the change to the last mention list it sent.
// Both directions are checked by job sequence numbers; whenever they do not line up, the whole text
// (or the whole list) is sent instead. Pure: strings and plain data.
import type { Mention } from '../types';
import type { SpanListPatch, TextEdit } from '../util';

export { textEdit, type TextEdit } from '../util';

/** What a job says about the text and mentions it builds on. */
export interface DocSync {
  /** This job's number (increasing per document on the owner's side). */
  seq: number;
  /** The job's text is `edit` applied to the text of job `base`; without them, the request's text is whole. */
  base?: number;
  edit?: TextEdit;
  /** The owner holds the mentions of job `known`: a diff against them is enough. */
  known?: number;
}

/** The new mention list is `of`'s list with [start, start + deleteCount) replaced by insert and every later mention moved by shift. */
export interface MentionDiff {
  /** The job whose mention list this changes. */
  of: number;
  start: number;
  deleteCount: number;
  insert: Mention[];
  shift: number;
}

/** The extractor's change to its previous list (IncrementalExtractor.updateChange) as the diff against job `of`'s list. */
export function mentionDiff(of: number, change: SpanListPatch<Mention>): MentionDiff {
  return { of, start: change.start, deleteCount: change.deleteCount, insert: change.insert as Mention[], shift: change.shift };
}
