import assert from 'node:assert/strict';
import { referenceDateFor } from '../../../src/core/extract';

describe('reference date: flag, then front matter, then sidecar', () => {
  const withFrontMatter = '---\ndate: 2026-03-04\n---\nText.\n';
  it('takes an explicit date first, cut to its day', () => {
    assert.equal(referenceDateFor(withFrontMatter, { given: '2025-01-02T10:00:00Z', sidecar: '2024-01-01' }), '2025-01-02');
  });
  it('then the front matter, over the sidecar', () => {
    assert.equal(referenceDateFor(withFrontMatter, { sidecar: '2024-01-01' }), '2026-03-04');
  });
  it('then the sidecar, else none', () => {
    assert.equal(referenceDateFor('Text.\n', { sidecar: '2024-01-01' }), '2024-01-01');
    assert.equal(referenceDateFor('Text.\n'), null);
  });
});
