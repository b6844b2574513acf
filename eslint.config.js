// ESLint flat config for the whole monorepo. Each workspace runs `eslint src` and picks this file up
// from the root. Type-aware rules use the TypeScript project service (each package's tsconfig).
// The boundary rules below encode the dependency arrows of DESIGN.md / STYLE.md; the test in
// packages/nodes/src/lint-boundaries.test.ts proves they fire.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

const nodeBuiltins = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))];

/** Every file: a package's public API is its exports map. */
const noDeepImports = [
  {
    regex: '^@wayfarer/[^/]+/src(/|$)',
    message: "Import the package's public entry (its exports map), not its src/ files.",
  },
];

/** packages/ and workflows/: dependencies point away from apps/. */
const noAppImports = [
  ...noDeepImports,
  {
    regex: '^@wayfarer/(server|worker|cli|web)(/|$)',
    message: 'packages/ and workflows/ must not depend on apps/ (apps compose packages, not the reverse).',
  },
  { regex: '^(\\.\\./)+apps/', message: 'packages/ and workflows/ must not reach into apps/.' },
];

const sandboxMessage =
  'Pure code (the workflow sandbox and @wayfarer/journey) must stay deterministic and free of I/O: no Node built-ins, databases, Temporal client/worker/activity APIs or node runtime/editor facets.';

/** workflows/src and packages/journey/src: deterministic, I/O-free, sandbox-safe. */
const sandboxImports = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: sandboxMessage })),
    ...['pg', 'kysely', '@wayfarer/db'].map((name) => ({ name, message: sandboxMessage })),
    ...['@temporalio/worker', '@temporalio/client', '@temporalio/activity'].map((name) => ({
      name,
      message: sandboxMessage,
    })),
  ],
  patterns: [
    ...noAppImports,
    { group: ['node:*'], message: sandboxMessage },
    { regex: '^(pg|kysely|@wayfarer/db|@temporalio/(worker|client|activity))/', message: sandboxMessage },
    // Any node package's I/O facets: `@wayfarer/nodes/runtime`, `@acme/nodes/editor`, …
    { regex: '^(@[^/]+/)?[^./@][^/]*/(runtime|editor)(/|$)', message: sandboxMessage },
  ],
};

/** packages/journey/src: the bottom layer; it depends on no other workspace package. */
const journeyImports = {
  paths: sandboxImports.paths,
  patterns: [
    ...sandboxImports.patterns,
    {
      regex: '^@wayfarer/',
      message: '@wayfarer/journey is the bottom layer: other packages depend on it, never the reverse.',
    },
  ],
};

const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/test-*.ts', 'test/**/*.ts'];

export default defineConfig(
  {
    name: 'wayfarer/ignores',
    ignores: ['**/node_modules/**', '**/dist/**', '**/.turbo/**', '.data/**', '.cache/**', '.reports/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    name: 'wayfarer/typescript',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Node facets implement an async contract; many finish without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: 'wayfarer/import-cycles',
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // Workspace packages count as internal so cycles between packages are found too.
      'import-x/internal-regex': '^@wayfarer/',
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    name: 'wayfarer/javascript',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    name: 'wayfarer/tests',
    files: testFiles,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // vitest's asymmetric matchers (expect.any, expect.stringContaining, …) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    name: 'wayfarer/boundaries/everywhere',
    rules: { 'no-restricted-imports': ['error', { patterns: noDeepImports }] },
  },
  {
    name: 'wayfarer/boundaries/no-apps',
    files: ['packages/**', 'workflows/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: noAppImports }] },
  },
  {
    name: 'wayfarer/boundaries/sandbox',
    files: ['workflows/src/**'],
    // Tests run in Node, never in the sandbox (replay tests need @temporalio/worker and fs).
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', sandboxImports] },
  },
  {
    name: 'wayfarer/boundaries/journey',
    files: ['packages/journey/src/**'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', journeyImports] },
  },
);
