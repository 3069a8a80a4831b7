// Flat config: typescript-eslint with type information, plus the architecture rule that keeps
// src/core pure (no vscode, fs or path) so it runs in plain Node, the CLI and the web.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
        paths: ['vscode', 'fs', 'node:fs', 'path', 'node:path', 'fs/promises', 'node:fs/promises'].map((name) => ({
          name, message: 'src/core is pure: pass text and data in, return data out.',
        })),
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on the extension or the CLI.' }],
      }],
    },
  },
);
