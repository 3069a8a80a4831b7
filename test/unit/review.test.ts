import assert from 'node:assert/strict';
import { classifySource, describeCheck } from '../../src/core/review';

describe('figure checks as people read them', () => {
  it('says who checked a figure and when', () => {
    assert.equal(describeCheck({ status: 'verified', checkedBy: 'Jane Doe', checkedAt: '2026-12-06T11:00:00Z' }), 'verified by Jane Doe on 6 December 2026');
    assert.equal(describeCheck({ status: 'disputed', checkedAt: '2026-01-31T23:59:00Z' }), 'disputed on 31 January 2026');
    assert.equal(describeCheck({ status: 'unverified' }), 'unverified');
  });

  it('tells a web address, a workspace path with a line and a citation apart', () => {
    assert.deepEqual(classifySource('https://treasury.go.ke/press/2026-03-03'), { kind: 'url', url: 'https://treasury.go.ke/press/2026-03-03' });
    assert.deepEqual(classifySource('sources/budget.md:12'), { kind: 'path', path: 'sources/budget.md', line: 12 });
    assert.deepEqual(classifySource('../data/trade.csv'), { kind: 'path', path: '../data/trade.csv' });
    assert.deepEqual(classifySource('Finance ministry release, 3 March'), { kind: 'citation', text: 'Finance ministry release, 3 March' });
    assert.deepEqual(classifySource('javascript:alert(1)'), { kind: 'citation', text: 'javascript:alert(1)' });
    assert.deepEqual(classifySource('IMF, 2025.'), { kind: 'citation', text: 'IMF, 2025.' });
  });
});
