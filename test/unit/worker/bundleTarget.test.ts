// The bundles keep the engine's regex literals as literals. esbuild's table does not credit Node 20
// with Unicode property escapes, and would turn each /\p{Lu}…/u into `new RegExp("…", "u")`,
// built again at every call on the hot path; scripts/bundleTarget.json says Node 20 has them.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import bundleTarget from '../../../scripts/bundleTarget.json';

const ROOT = join(__dirname, '..', '..', '..');
/** A regex rebuilt from a string with a Unicode property escape: what esbuild makes of such a literal it lowers. */
const REBUILT_PROPERTY_REGEX = /new RegExp\("(?:[^"\\]|\\.)*\\\\p\{/g;

function engineBundle(target: BuildOptions): string {
  const r = buildSync({
    entryPoints: [join(ROOT, 'src', 'core', 'extract', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent', ...target,
  });
  return r.outputFiles?.[0]?.text ?? '';
}

describe('bundle target', function () {
  this.timeout(60_000);

  it('keeps the engine\'s Unicode property regexes as literals, which a bare node20 target rebuilds at each call', () => {
    const lowered = engineBundle({ target: 'node20' }).match(REBUILT_PROPERTY_REGEX) ?? [];
    assert.ok(lowered.length > 10, `a bare node20 target lowers the engine's \\p{…} literals (found ${lowered.length})`);
    assert.deepEqual(engineBundle(bundleTarget).match(REBUILT_PROPERTY_REGEX) ?? [], []);
  });
});
