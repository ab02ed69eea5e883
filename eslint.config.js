import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Keeps the one-way flow of STYLE.md true: domain imports nothing of ours
// or of React/Dexie; only db touches Dexie; features never import each other.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/bench/results', 'test-results', 'playwright-report', 'tests/output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      { group: ['react', 'react-dom', 'dexie', 'papaparse', 'zustand', '@tanstack/*', 'recharts'], message: 'src/domain is pure TypeScript.' },
      { group: ['../import/*', '../db/*', '../features/*', '../ui/*', '../app/*'], message: 'src/domain imports nothing of ours.' },
    ]),
  },
  {
    files: ['src/import/**', 'src/ui/**'],
    rules: restrict([
      { group: ['dexie'], message: 'Only src/db touches Dexie.' },
      { group: ['../features/*', '../app/*', '../db/*'], message: 'Dependencies point toward src/domain.' },
    ]),
  },
  {
    files: ['src/features/**'],
    rules: restrict([
      { group: ['dexie'], message: 'Only src/db touches Dexie.' },
      { regex: '^\\.\\./(?!\\.\\.)[^/]+/', message: 'Features never import each other; share through ui or domain.' },
    ]),
  },
);
