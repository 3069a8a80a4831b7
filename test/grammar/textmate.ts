// Loads the Policy Lens grammars the way VS Code does (vscode-textmate + vscode-oniguruma, injections
// collected for every dot-prefix of the root scope) and reports which substrings got a Policy Lens scope.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const repoRoot = resolve(__dirname, '..', '..');
export const syntaxesDir = join(repoRoot, 'syntaxes');
export const INJECTION_SCOPE = 'policy-lens.injection';
export const PLAINTEXT_SCOPE = 'text.plain.policy-lens';
export const MARKDOWN_SCOPE = 'text.html.markdown';

/** What package.json should contribute (mirrors the snippet handed to the lead). */
export const contributedGrammars: readonly GrammarContribution[] = [
  { scopeName: INJECTION_SCOPE, path: './syntaxes/policy-lens.injection.tmLanguage.json', injectTo: [MARKDOWN_SCOPE] },
];

export interface GrammarContribution {
  readonly scopeName: string;
  readonly path: string;
  readonly language?: string;
  readonly injectTo?: readonly string[];
}

/** A substring that received a Policy Lens scope: [text, last scope name]. */
export type Hit = readonly [text: string, scope: string];

let onigLib: Promise<vsctm.IOnigLib> | undefined;

export function loadOnig(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM({ data: wasm });
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

/** Where the markdown host grammar (and its neighbours) come from. */
export interface Host {
  readonly label: string;
  /** Grammars available to the registry besides ours, in registration order. */
  readonly grammars: readonly GrammarContribution[];
}

export const standInHost: Host = {
  label: 'stand-in markdown grammar (test/grammar/fixtures)',
  grammars: [{ scopeName: MARKDOWN_SCOPE, path: join(__dirname, 'fixtures', 'markdown-standin.tmLanguage.json') }],
};

/**
 * A real VS Code build's built-in extensions folder, if one is installed: $POLICY_LENS_VSCODE_EXTENSIONS
 * when set (set it to a missing path to force the stand-in only), else the offline test host or a
 * test-electron download under .vscode-test/, or test/host/node_modules.
 */
export function findVsCodeExtensionsDir(): string | undefined {
  const fromEnv = process.env.POLICY_LENS_VSCODE_EXTENSIONS;
  if (fromEnv) return existsSync(join(fromEnv, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json')) ? fromEnv : undefined;
  const candidates: string[] = [];
  const tails = [
    ['node_modules', 'code-server', 'lib', 'vscode', 'extensions'],
    ['lib', 'vscode', 'extensions'],
    ['resources', 'app', 'extensions'],
    ['VSCode-linux-x64', 'resources', 'app', 'extensions'],
  ];
  const cache = join(repoRoot, '.vscode-test');
  if (existsSync(cache)) {
    for (const entry of readdirSync(cache, { withFileTypes: true })) {
      if (entry.isDirectory()) for (const tail of tails) candidates.push(join(cache, entry.name, ...tail));
    }
  }
  candidates.push(join(repoRoot, 'test', 'host', ...tails[0]));
  return candidates.find((dir) => existsSync(join(dir, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json')));
}

interface ExtensionManifest {
  contributes?: { grammars?: { scopeName?: string; path?: string; language?: string; injectTo?: string[] }[] };
}

/** Every grammar the built-in extensions of that VS Code build contribute (so YAML, HTML, math… are real too). */
export function realHost(extensionsDir: string): Host {
  const grammars: GrammarContribution[] = [];
  for (const entry of readdirSync(extensionsDir, { withFileTypes: true })) {
    const manifestPath = join(extensionsDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ExtensionManifest;
    for (const g of manifest.contributes?.grammars ?? []) {
      if (g.scopeName && g.path) {
        grammars.push({ scopeName: g.scopeName, path: join(extensionsDir, entry.name, g.path), language: g.language, injectTo: g.injectTo });
      }
    }
  }
  return { label: `VS Code's markdown grammar (${extensionsDir})`, grammars };
}

export class GrammarHarness {
  readonly #registry: vsctm.Registry;

  private constructor(registry: vsctm.Registry) {
    this.#registry = registry;
  }

  static async create(host: Host): Promise<GrammarHarness> {
    const ours: GrammarContribution[] = [
      ...contributedGrammars.map((g) => ({ ...g, path: join(repoRoot, g.path) })),
      { scopeName: PLAINTEXT_SCOPE, path: join(syntaxesDir, 'policy-lens.plaintext.tmLanguage.json') },
    ];
    // Built-ins first, then this extension, as in VS Code (later registrations lose ties between injections).
    const all = [...host.grammars, ...ours];
    const byScope = new Map(all.map((g) => [g.scopeName, g.path]));
    const injections = new Map<string, string[]>();
    for (const g of all) {
      for (const target of g.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), g.scopeName]);
    }
    const registry = new vsctm.Registry({
      onigLib: loadOnig(),
      loadGrammar: async (scopeName) => {
        const path = byScope.get(scopeName);
        return path ? vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
      },
      // Same rule as VS Code's TMGrammarFactory: injections for every dot-prefix of the root scope.
      getInjections: (scopeName) => {
        const parts = scopeName.split('.');
        return parts.flatMap((_, i) => injections.get(parts.slice(0, i + 1).join('.')) ?? []);
      },
    });
    return new GrammarHarness(registry);
  }

  /** Tokenizes a whole document (lines share state) and returns the Policy Lens hits per line. */
  async hits(rootScope: string, text: string): Promise<Hit[][]> {
    const grammar = await this.#registry.loadGrammar(rootScope);
    if (!grammar) throw new Error(`grammar ${rootScope} did not load`);
    let state = vsctm.INITIAL;
    return text.split('\n').map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      const hits: Hit[] = [];
      for (const token of result.tokens) {
        const scope = token.scopes.slice(1).find((s) => s.endsWith('.policy-lens'));
        if (scope) hits.push([line.slice(token.startIndex, token.endIndex), scope]);
      }
      return hits;
    });
  }

  /** Scopes of every token on every line, for tests that check what surrounds a hit. */
  async scopes(rootScope: string, text: string): Promise<{ text: string; scopes: string[] }[][]> {
    const grammar = await this.#registry.loadGrammar(rootScope);
    if (!grammar) throw new Error(`grammar ${rootScope} did not load`);
    let state = vsctm.INITIAL;
    return text.split('\n').map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
  }
}
