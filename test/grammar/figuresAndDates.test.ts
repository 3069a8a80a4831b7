// Table-driven: every fixture line through the plain-text grammar, the stand-in Markdown host and,
// when a VS Code build is installed, VS Code's own Markdown grammar with all its built-in injections.
import assert from 'node:assert/strict';
import { allLineCases } from './cases';
import { findVsCodeExtensionsDir, GrammarHarness, type Host, MARKDOWN_SCOPE, PLAINTEXT_SCOPE, realHost, standInHost } from './textmate';

interface Target {
  readonly label: string;
  readonly rootScope: string;
  readonly host: () => Host | undefined;
}

const targets: readonly Target[] = [
  { label: 'plain-text grammar', rootScope: PLAINTEXT_SCOPE, host: () => standInHost },
  { label: 'Markdown, stand-in host', rootScope: MARKDOWN_SCOPE, host: () => standInHost },
  {
    label: 'Markdown, VS Code host',
    rootScope: MARKDOWN_SCOPE,
    host: () => {
      const dir = findVsCodeExtensionsDir();
      return dir ? realHost(dir) : undefined;
    },
  },
];

for (const target of targets) {
  describe(`figures and dates: ${target.label}`, function () {
    let harness: GrammarHarness;

    before(async function () {
      const host = target.host();
      if (!host) {
        // No VS Code build under .vscode-test/ or test/host/ (set POLICY_LENS_VSCODE_EXTENSIONS to point at one).
        this.skip();
      }
      harness = await GrammarHarness.create(host);
    });

    for (const { group, cases } of allLineCases) {
      describe(group, function () {
        for (const { line, expect } of cases) {
          it(line, async function () {
            const [hits] = await harness.hits(target.rootScope, line);
            assert.deepEqual(hits, expect);
          });
        }
      });
    }
  });
}
