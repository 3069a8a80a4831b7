// Flat config: typescript-eslint with type information, plus the architecture rules: src/core and
// src/view stay pure (no vscode, fs or path) so they run in plain Node, the CLI and the web, and the
// rest of src reaches core only through its area barrels.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Host-only modules a pure folder may not import. */
const pure = (folder) => ['vscode', 'fs', 'node:fs', 'path', 'node:path', 'fs/promises', 'node:fs/promises'].map((name) => ({
  name, message: `${folder} is pure: pass text and data in, return data out.`,
}));

/** Outside src/core, core is reached through its area barrels (core/<area>) and top-level files only. */
const coreBarrelsOnly = {
  regex: '^(\\.\\./)+core/[^/]+/',
  message: 'Import the area barrel (core/<area>, its index.ts) instead of a file inside it; export what you need there.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/host/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-template-curly-in-string': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: pure('src/core'),
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on the extension or the CLI.' }],
      }],
    },
  },
  {
    // The view layer (tree, marks, status text) is pure too, so it is unit-tested in plain Node.
    files: ['src/view/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: pure('src/view'),
        patterns: [
          { group: ['**/extension/**', '**/cli/**'], message: 'src/view must not depend on the extension or the CLI.' },
          coreBarrelsOnly,
        ],
      }],
    },
  },
  {
    files: ['src/extension/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [coreBarrelsOnly] }],
    },
  },
);
