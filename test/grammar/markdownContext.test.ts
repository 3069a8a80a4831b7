// Markdown structure: the injection must colour prose (headings, bold, link text) but never code,
// front matter, HTML comments or URLs. Whole documents, because fences and front matter span lines.
import assert from 'node:assert/strict';
import { DATE, MONEY, PERCENT } from './cases';
import { findVsCodeExtensionsDir, GrammarHarness, type Hit, type Host, MARKDOWN_SCOPE, realHost, standInHost } from './textmate';

interface DocCase {
  readonly name: string;
  readonly doc: readonly string[];
  /** Expected hits per line (same length as doc). */
  readonly expect: readonly (readonly Hit[])[];
}

const none: readonly Hit[] = [];

const docCases: readonly DocCase[] = [
  {
    name: 'front matter is not scoped, the body is',
    doc: ['---', 'title: Tariffs cut 12 percent', 'date: 2026-03-14', '---', '', 'Tariffs were cut 12 percent on 2026-03-14.'],
    expect: [none, none, none, none, none, [['12 percent', PERCENT], ['2026-03-14', DATE]]],
  },
  {
    name: 'fenced code without a language',
    doc: ['Before: $5 billion.', '', '```', 'loan = "$5 billion on June 4, 2023"  # 12 percent', '```', '', 'After: 12 percent.'],
    expect: [[['$5 billion', MONEY]], none, none, none, none, none, [['12 percent', PERCENT]]],
  },
  {
    name: 'fenced code with a language (embedded)',
    doc: ['```js', 'const rate = "12 percent"; // June 4, 2023', '```'],
    expect: [none, none, none],
  },
  {
    name: 'inline code',
    doc: ['Set `rate = 12 percent` but report 5 percent and `2025-04-07`.'],
    expect: [[['5 percent', PERCENT]]],
  },
  {
    name: 'indented code block',
    doc: ['Prose.', '', '    rate = 12 percent', '', 'More prose.'],
    expect: [none, none, none, none, none],
  },
  {
    name: 'HTML comment',
    doc: ['<!-- draft: cut to 12 percent by June 4, 2023 -->'],
    expect: [none],
  },
  {
    name: 'heading and bold text are prose',
    doc: ['# Japan pledges ¥300 billion on June 4, 2023', '', 'Aid rose **12 percent** in **Q3 2024**.'],
    expect: [[['¥300 billion', MONEY], ['June 4, 2023', DATE]], none, [['12 percent', PERCENT], ['Q3 2024', DATE]]],
  },
  {
    name: 'link text is prose, the URL is not',
    doc: ['See [the June 4, 2023 statement](https://example.org/2023-06-04/12-percent) for details.'],
    expect: [[['June 4, 2023', DATE]]],
  },
];

const hosts: readonly { label: string; host: () => Host | undefined }[] = [
  { label: 'stand-in host', host: () => standInHost },
  {
    label: 'VS Code host',
    host: () => {
      const dir = findVsCodeExtensionsDir();
      return dir ? realHost(dir) : undefined;
    },
  },
];

for (const { label, host } of hosts) {
  describe(`Markdown structure: ${label}`, function () {
    let harness: GrammarHarness;

    before(async function () {
      const h = host();
      if (!h) this.skip();
      harness = await GrammarHarness.create(h);
    });

    for (const c of docCases) {
      it(c.name, async function () {
        assert.equal(c.expect.length, c.doc.length, 'fixture: one expectation per line');
        assert.deepEqual(await harness.hits(MARKDOWN_SCOPE, c.doc.join('\n')), c.expect);
      });
    }

    it('a hit is nested inside the Markdown scope it was found in', async function () {
      const [line] = await harness.scopes(MARKDOWN_SCOPE, 'Aid rose **12 percent**.');
      const token = line.find((t) => t.text === '12 percent');
      assert.ok(token, 'the figure is one token');
      assert.equal(token.scopes[0], MARKDOWN_SCOPE);
      assert.ok(token.scopes.some((s) => s.startsWith('markup.bold')), token.scopes.join(' '));
      assert.equal(token.scopes.at(-1), PERCENT);
    });
  });
}
