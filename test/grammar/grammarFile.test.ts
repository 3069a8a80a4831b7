// The shipped JSON: generated from syntaxes/build.mjs, every regex valid Oniguruma, every scope a
// Policy Lens scope under a root that themes already colour, and wired up in package.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { contributedGrammars, INJECTION_SCOPE, loadOnig, PLAINTEXT_SCOPE, repoRoot, syntaxesDir } from './textmate';

interface RawRule {
  name?: string;
  match?: string;
  include?: string;
}
interface RawGrammar {
  scopeName: string;
  injectionSelector?: string;
  patterns: RawRule[];
  repository?: Record<string, RawRule>;
}

interface GrammarEntry {
  scopeName: string;
  path: string;
  injectTo?: string[];
  language?: string;
}

const readGrammar = (file: string): RawGrammar => JSON.parse(readFileSync(join(syntaxesDir, file), 'utf8')) as RawGrammar;
const injection = readGrammar('policy-lens.injection.tmLanguage.json');
const plaintext = readGrammar('policy-lens.plaintext.tmLanguage.json');
const rules = Object.entries(injection.repository ?? {});

const SCOPE_ROOTS = ['constant.numeric.figure.', 'constant.other.date.'];

describe('grammar files', function () {
  it('the checked-in JSON is what syntaxes/build.mjs generates', function () {
    const run = spawnSync(process.execPath, [join(syntaxesDir, 'build.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('scope names', function () {
    assert.equal(injection.scopeName, INJECTION_SCOPE);
    assert.equal(plaintext.scopeName, PLAINTEXT_SCOPE);
    assert.deepEqual(plaintext.patterns, [{ include: INJECTION_SCOPE }]);
  });

  it('injects into Markdown prose only, with priority over the host grammar', function () {
    const selector = injection.injectionSelector ?? '';
    assert.match(selector, /^L:text\.html\.markdown /);
    for (const excluded of ['markup.fenced_code', 'markup.inline.raw', 'markup.raw', 'meta.embedded', 'comment']) {
      assert.ok(selector.split(' ').includes(`-${excluded}`), `selector excludes ${excluded}: ${selector}`);
    }
  });

  it('every top-level pattern includes a repository rule, and every rule is used', function () {
    const included = injection.patterns.map((p) => p.include);
    assert.deepEqual(included, rules.map(([key]) => `#${key}`));
  });

  describe('rules', function () {
    before(async function () {
      await loadOnig();
    });

    for (const [key, rule] of rules) {
      it(`${key}: Policy Lens scope under a themed root, valid Oniguruma`, function () {
        assert.ok(rule.name?.endsWith('.policy-lens'), `${key}: ${rule.name}`);
        assert.ok(SCOPE_ROOTS.some((root) => rule.name?.startsWith(root)), `${key}: ${rule.name}`);
        assert.equal(typeof rule.match, 'string');
        assert.doesNotThrow(() => new oniguruma.OnigScanner([rule.match ?? '']).dispose(), `${key} compiles`);
      });
    }
  });

  it('package.json contributes the injection grammar and the opt-in plain-text grammar', function () {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      contributes?: { grammars?: GrammarEntry[] };
    };
    const grammars: GrammarEntry[] = pkg.contributes?.grammars ?? [];
    for (const expected of contributedGrammars) {
      const actual: GrammarEntry | undefined = grammars.find((g) => g.scopeName === expected.scopeName);
      assert.ok(actual, `contributes.grammars has ${expected.scopeName}`);
      assert.equal(actual.path, expected.path);
      assert.deepEqual(actual.injectTo, expected.injectTo);
    }
    const text = grammars.find((g) => g.scopeName === PLAINTEXT_SCOPE);
    assert.equal(text?.language, 'policy-lens-text', 'plain text is opt-in through its own language id');
    for (const g of grammars) assert.ok(existsSync(join(repoRoot, g.path)), `${g.path} exists`);
  });
});
