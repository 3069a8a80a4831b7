// A long answer in parts. A worker's answer crosses to the editor's thread as one message, read
// there in one piece: an edit that changes every mention of a long article (a name that all its
// later mentions resolve to) brought 28,000 mentions at once, tens of milliseconds on that thread.
// Sent in parts, each asked for when the last one is in, the thread reads one part per turn.
import type { Mention } from '../types';
import type { ExtractWorkerResponse } from './extractJobs';

/** Mentions per part: a few milliseconds to read on the receiving thread. */
export const MENTIONS_PER_PART = 2000;

type Result = Extract<ExtractWorkerResponse, { type: 'result' }>;

/** The list an answer carries: a diff's inserted mentions, else the result's mentions. */
export function listOf(answer: Result): Mention[] {
  return answer.diff ? answer.diff.insert : answer.result.mentions;
}

/**
 * The answer with at most `per` mentions in its list and `parts` saying how many follow, and those
 * parts; a short answer (or one that is not a result) is itself, with no parts.
 */
export function inParts(answer: ExtractWorkerResponse, per = MENTIONS_PER_PART): { first: ExtractWorkerResponse; rest: Mention[][] } {
  if (answer.type !== 'result') return { first: answer, rest: [] };
  const list = listOf(answer);
  if (list.length <= per) return { first: answer, rest: [] };
  const rest: Mention[][] = [];
  for (let i = per; i < list.length; i += per) rest.push(list.slice(i, i + per));
  const head = list.slice(0, per);
  const first: Result = answer.diff
    ? { ...answer, diff: { ...answer.diff, insert: head }, parts: rest.length }
    : { ...answer, result: { ...answer.result, mentions: head }, parts: rest.length };
  return { first, rest };
}
