import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SIDECAR_PATTERN, parseSidecarName, sidecarGlob, sidecarName, sidecarPatternProblem } from '../../../src/core/sidecar';

describe('sidecar naming by pattern', () => {
  it('names the sidecar from the article name or stem', () => {
    assert.equal(sidecarName(DEFAULT_SIDECAR_PATTERN, 'call.md'), 'call.md.annotations.yaml');
    assert.equal(sidecarName('{stem}.review.yaml', 'call.md'), 'call.review.yaml');
    assert.equal(sidecarName('.{name}.pl.yaml', '.hidden'), '..hidden.pl.yaml');
    assert.equal(sidecarGlob('{stem}.review.yaml'), '*.review.yaml');
  });

  it('reads a file name back into the article it belongs to', () => {
    assert.deepEqual(parseSidecarName(DEFAULT_SIDECAR_PATTERN, 'call.md.annotations.yaml'), { name: 'call.md' });
    assert.deepEqual(parseSidecarName('{stem}.review.yaml', 'call.review.yaml'), { stem: 'call' });
    assert.equal(parseSidecarName(DEFAULT_SIDECAR_PATTERN, 'call.md'), undefined);
    assert.equal(parseSidecarName('{name}.x.{stem}.yaml', 'a.md.x.b.yaml'), undefined, 'both slots must read the same article');
    assert.deepEqual(parseSidecarName('{name}.x.{stem}.yaml', 'a.md.x.a.yaml'), { name: 'a.md' });
  });

  it('refuses patterns that cannot name a sidecar next to its article', () => {
    assert.equal(sidecarPatternProblem(DEFAULT_SIDECAR_PATTERN), undefined);
    for (const bad of ['annotations.yaml', 'sub/{name}.yaml', '{name}', '{stem}']) assert.ok(sidecarPatternProblem(bad), bad);
  });

  it('is the default of the editor setting', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    assert.equal(pkg.contributes.configuration.properties['policyLens.sidecar.pattern'].default, DEFAULT_SIDECAR_PATTERN);
  });
});
