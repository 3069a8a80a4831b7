import assert from 'node:assert/strict';
import { inParts, listOf } from '../../../src/core/jobs/answerParts';
import type { ExtractWorkerResponse } from '../../../src/core/jobs';
import type { Mention } from '../../../src/core/types';

const mention = (i: number): Mention => ({ kind: 'actor', start: i * 10, end: i * 10 + 5, text: 'Kenya', type: 'state', canonical: 'Kenya' });

describe('worker answers in parts', () => {
  it('splits a long list (a whole result or a diff) into a first answer and parts that add up to it; a short one is itself', () => {
    const mentions = Array.from({ length: 25 }, (_, i) => mention(i));
    const whole: ExtractWorkerResponse = { type: 'result', id: 7, ms: 1, result: { referenceDate: null, mentions } };
    const { first, rest } = inParts(whole, 10);
    assert.ok(first.type === 'result');
    assert.equal(first.parts, 2);
    assert.deepEqual(rest.map((p) => p.length), [10, 5]);
    assert.deepEqual([...listOf(first), ...rest.flat()], mentions);
    assert.equal(whole.result.mentions.length, 25, 'the answer it was given is left whole');

    const diff: ExtractWorkerResponse = { type: 'result', id: 8, ms: 1, result: { referenceDate: null, mentions: [] }, diff: { of: 1, start: 3, deleteCount: 4, insert: mentions, shift: 2 } };
    const split = inParts(diff, 10);
    assert.ok(split.first.type === 'result' && split.first.diff);
    assert.deepEqual({ ...split.first.diff, insert: [] }, { of: 1, start: 3, deleteCount: 4, insert: [], shift: 2 });
    assert.deepEqual([...listOf(split.first), ...split.rest.flat()], mentions);

    assert.deepEqual(inParts(whole, 25), { first: whole, rest: [] });
    const error: ExtractWorkerResponse = { type: 'error', id: 9, message: 'x' };
    assert.deepEqual(inParts(error, 1), { first: error, rest: [] });
  });
});
