// ESLint flat config: type-aware typescript-eslint rules, the layering of the code base as
// import rules, and eslint-config-prettier last so formatting is Prettier's job alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DEPARTMENTS = ['labor', 'finance', 'tax', 'commerce'];

/** A department is a federation boundary: it reaches another one over HTTP, never by import. */
const departmentZones = DEPARTMENTS.map((department) => ({
  target: `./subgraphs/${department}`,
  from: './subgraphs',
  except: [`./${department}`],
  message: `subgraphs/${department} may not import another department: share code through shared/ or reach it through the gateway.`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-output/**',
      'data/**',
      'deploy/keys/**',
      'examples/client/contract.generated.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: {
        // Each file is checked against the nearest tsconfig.json (web/ has its own); the
        // config files that no tsconfig includes get a default project.
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'web/vite.config.mts'], defaultProject: 'web/tsconfig.node.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.node'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      // Apollo plugin hooks and DataLoader batch functions must return promises by their
      // interfaces; `async` is the plain way to meet them even when nothing is awaited.
      '@typescript-eslint/require-await': 'off',
      // Promise.all over optional work (`feed?.syncOnce()`) or cached-or-fetched values is intended.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
      // Error messages print values typed `unknown` with String(); the rule cannot tell
      // those from objects that lack a toString, so it only adds noise here.
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-default-export': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...departmentZones,
            {
              target: './shared',
              from: ['./subgraphs', './gateway'],
              message: 'shared/ knows no department and no gateway: pass what it needs in as a parameter.',
            },
            {
              target: './gateway',
              from: './subgraphs',
              message: 'The gateway reaches the departments over HTTP only.',
            },
            {
              target: './examples',
              from: ['./shared', './gateway', './subgraphs'],
              message: 'Examples are what a partner copies: they reach the graph over HTTP only, with the generated client types.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript config files are not type-checked as TypeScript.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Jest's asymmetric matchers (expect.any, expect.objectContaining, …) are typed `any` by
    // @types/jest, so every matcher inside toMatchObject would trip these two rules.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // These tools look for a default export by contract.
    files: ['eslint.config.mjs', 'web/vite.config.mts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['web/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
