import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

// The one-way flow of STYLE.md, by resolved path (so a bare '../db' or a deep
// import cannot walk around it): app → features → (ui, db, import) → domain.
// The domain is pure; only db touches Dexie; features never import each other
// or the shell; nothing in production code imports test support.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const ZONES = [
  zone('./src/domain', ['./src/import', './src/db', './src/features', './src/ui', './src/app'], 'src/domain imports nothing of ours: it is the pure rules.'),
  zone('./src/import', ['./src/db', './src/features', './src/ui', './src/app'], 'src/import depends on src/domain only (the batch it builds is a domain type).'),
  zone('./src/db', ['./src/import', './src/features', './src/ui', './src/app'], 'src/db depends on src/domain only (what it stores is a domain type).'),
  zone('./src/ui', ['./src/db', './src/import', './src/features', './src/app'], 'src/ui is presentational: plain props, no storage, no pipeline, no pages.'),
  zone('./src/features', './src/app', 'Features do not import the shell; the shell imports them.'),
  ...FEATURES.map((name) =>
    zone(`./src/features/${name}`, './src/features', 'Features never import each other; share through ui or domain.', [`./${name}`]),
  ),
];

// Browser globals a pure module must not touch (ECMAScript's own, like Intl, stay).
const BROWSER_ONLY = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.mts', '.mjs', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test-setup.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...ZONES, zone('./src', './tests', 'Production code never imports test support (tests/).')] }],
    },
  },
  {
    files: ['src/domain/**'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      ...restrict([{ group: ['react', 'react-dom', 'dexie', 'papaparse', 'zustand', '@tanstack/*', 'recharts'], message: 'src/domain is pure TypeScript.' }]),
      'no-restricted-globals': ['error', ...BROWSER_ONLY.map((name) => ({ name, message: 'src/domain runs anywhere: no browser globals.' }))],
    },
  },
  {
    files: ['src/import/**', 'src/ui/**', 'src/features/**', 'src/app/**'],
    rules: restrict([{ group: ['dexie'], message: 'Only src/db touches Dexie.' }]),
  },
);
