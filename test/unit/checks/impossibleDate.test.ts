import assert from 'node:assert/strict';
import { reviewFindings } from '../../../src/core/checks/review';
import { inputOf } from './helpers';

describe('checks: impossible-date (review)', () => {
  const impossible = (text: string, reject: string[] = []) => reviewFindings(inputOf(text, { reject })).filter((f) => f.code === 'impossible-date');

  it('reports a day its month does not have, with the reason', () => {
    const text = 'The cabinet set a deadline of April 31 for comments.';
    const [f, ...rest] = impossible(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f.start, f.end), 'April 31');
    assert.deepEqual([f.kind, f.level], ['inconsistent', 'warning']);
    assert.match(f.message, /April has 30 days/);
    assert.equal(impossible('The bill starts on Feb 29, 2027 by law.').length, 1);
  });

  it('stays quiet on real days, unresolved dates that are not impossible, and rejected detections', () => {
    assert.deepEqual(impossible('It started on Feb 29, 2024 and ended April 30.'), []);
    assert.deepEqual(impossible('The decree of 03/04/2026 took effect.'), []);
    assert.deepEqual(impossible('The cabinet set a deadline of April 31 for comments.', ['April 31']), []);
  });
});
