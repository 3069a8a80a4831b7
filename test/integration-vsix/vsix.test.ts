// The extension as users get it: installed from the VSIX that `npm run package` builds, not
// loaded from the development folder. Run by `npm run test:vsix` (runTests.mjs --vsix).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../src/extension/extension';
import { EXTENSION_ID, hasSpan, marksWhen, openArticle, spanOf, waitFor } from '../integration/helpers';

function installed(): vscode.Extension<PolicyLensApi> {
  const ext = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  return ext;
}

describe('packaged VSIX', () => {
  it('is the copy installed from the VSIX into the extensions folder', () => {
    const dir = process.env.POLICY_LENS_TEST_EXTENSIONS_DIR;
    assert.ok(dir, 'the launcher names the extensions folder (runTests.mjs --vsix)');
    const ext = installed();
    const root = ext.extensionUri.fsPath;
    assert.ok(root.startsWith(dir + sep), `${root} is inside ${dir}`);
    assert.ok(existsSync(join(root, 'dist', 'extension.js')), 'the bundle is packaged');
    assert.ok(existsSync(join(root, 'dist', 'extractWorker.js')), 'the extraction worker is packaged');
    // The engine the main thread loads on demand (fallback, comparison, a decision's guess).
    const engine = createRequire(__filename)(join(root, 'dist', 'engine.js')) as typeof import('../../src/core/extract');
    assert.ok(engine.extract('Kenya signed on 5 March 2024.').mentions.some((m) => m.text === 'Kenya'), 'the engine is packaged and loads');
    // .vscodeignore ships the production bundles only: no sources, tests or source maps.
    for (const absent of ['src', 'test', 'node_modules', join('dist', 'extension.js.map')]) {
      assert.ok(!existsSync(join(root, absent)), `${absent} is not packaged`);
    }
  });

  it('ships the images its README shows, and no others', () => {
    const root = installed().extensionUri.fsPath;
    // vsce stores the README as readme.md; its image links stay relative (--no-rewrite-relative-links).
    const readme = readFileSync(join(root, 'readme.md'), 'utf8');
    const shown = [...readme.matchAll(/\]\((docs\/images\/[^)\s]+)\)/g)].map((m) => m[1].slice('docs/images/'.length)).sort();
    assert.ok(shown.length > 0, 'the README shows images');
    assert.deepEqual(readdirSync(join(root, 'docs', 'images')).sort(), shown);
  });

  it('activates on a Markdown article and marks its actors, figures and dates', async () => {
    const ext = installed();
    const editor = await openArticle('articles', 'lithium-talks.md');
    await waitFor(() => ext.isActive, 'activation of the installed extension');
    const api = ext.exports;
    assert.ok(api && typeof api.marks === 'function', 'the installed extension exports its API');
    const text = editor.document.getText();
    const { marks } = await marksWhen(api, editor.document.uri, (s) => Object.keys(s.marks).length > 0);
    assert.ok(hasSpan(marks['actor.detected'], spanOf(text, 'Amara Okafor')), 'person');
    assert.ok(hasSpan(marks['actor.detected'], spanOf(text, 'Kenya')), 'state');
    assert.ok(hasSpan(marks['figure.detected'], spanOf(text, '$2.5 billion')), 'money');
    assert.ok(hasSpan(marks['date.detected'], spanOf(text, 'June 2, 2025')), 'date');
    const { stats } = api.extraction();
    assert.ok(stats.inWorker > 0 && stats.onMainThread === 0, 'the packaged extension extracts in its worker');
  });
});
