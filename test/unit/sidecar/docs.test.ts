import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAll } from '../../../src/core/anchor';
import { parseSidecar } from '../../../src/core/sidecar';
import { fixture } from './helpers';

describe('docs/sidecar-format.md', () => {
  it('its example is a valid sidecar whose annotations all anchor in the fixture article', () => {
    const md = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'sidecar-format.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(md)![1];
    const p = parseSidecar(example);
    assert.deepEqual(p.diagnostics, []);
    assert.ok(p.scan, 'the example should be in canonical style');
    const results = anchorAll(fixture('call.md'), p.sidecar!.annotations);
    assert.deepEqual(results.map((r) => r.status), results.map(() => 'anchored'));
  });
});
