// The sample articles (the workspace `npm start` opens) are scoped sensibly, and the grammar keeps up
// with article-sized text many times over.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATE, MONEY, PERCENT, POINTS } from './cases';
import { GrammarHarness, MARKDOWN_SCOPE, PLAINTEXT_SCOPE, repoRoot, standInHost } from './textmate';

const samplesDir = join(repoRoot, 'samples');
const samples = readdirSync(samplesDir)
  .filter((f) => (f.endsWith('.md') && f !== 'README.md') || f.endsWith('.txt'))
  .map((file) => ({ file, text: readFileSync(join(samplesDir, file), 'utf8') }));

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('samples', function () {
  let harness: GrammarHarness;

  before(async function () {
    harness = await GrammarHarness.create(standInHost);
  });

  it('has at least three Markdown articles and one plain-text article', function () {
    assert.ok(samples.filter((s) => s.file.endsWith('.md')).length >= 3);
    assert.ok(samples.some((s) => s.file.endsWith('.txt')));
  });

  for (const { file, text } of samples) {
    const markdown = file.endsWith('.md');

    if (markdown) {
      it(`${file}: front matter with title and date, 400–700 words, nothing scoped in the front matter`, async function () {
        const lines = text.split('\n');
        const close = lines.indexOf('---', 1);
        assert.equal(lines[0], '---');
        assert.ok(close > 0, 'front matter is closed');
        const front = lines.slice(1, close);
        assert.ok(front.some((l) => l.startsWith('title:')));
        assert.ok(front.some((l) => /^date: \d{4}-\d{2}-\d{2}$/.test(l)));
        const body = lines.slice(close + 1).join('\n');
        assert.ok(words(body) >= 400 && words(body) <= 700, `${words(body)} words`);
        const hits = await harness.hits(MARKDOWN_SCOPE, text);
        assert.deepEqual(hits.slice(0, close + 1).flat(), []);
      });
    }

    it(`${file}: figures and dates of every kind are scoped`, async function () {
      const hits = (await harness.hits(markdown ? MARKDOWN_SCOPE : PLAINTEXT_SCOPE, text)).flat();
      const scopes = new Set(hits.map(([, scope]) => scope));
      for (const scope of [PERCENT, POINTS, MONEY, DATE]) assert.ok(scopes.has(scope), `${file} has a ${scope}`);
    });
  }

  it('tokenizes 50 copies of all samples (≈100,000 words) in under 5 seconds', async function () {
    const corpus = samples.map((s) => s.text.replace(/^---[\s\S]*?\n---\n/, '')).join('\n').repeat(50);
    const start = performance.now();
    const hits = await harness.hits(PLAINTEXT_SCOPE, corpus);
    const elapsed = performance.now() - start;
    assert.ok(hits.flat().length > 1000);
    assert.ok(elapsed < 5_000, `${elapsed.toFixed(0)} ms`);
  });
});
