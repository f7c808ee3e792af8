import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = Object.fromEntries(
  [
    'window',
    'document',
    'navigator',
    'location',
    'fetch',
    'setTimeout',
    'clearTimeout',
    'HTMLElement',
    'Event',
    'KeyboardEvent',
    'console',
  ].map((g) => [g, 'readonly']),
);

export default tseslint.config(
  { ignores: ['node_modules/**', '.stack/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Rules that need the types: a promise nobody awaits loses its rejection, and a switch over a union
  // should fail to lint when the union grows.
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // a default branch is a deliberate catch-all (CMS indicators outside the documented values)
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  // Migrations are frozen in time and typed against Kysely<any> on purpose (kysely's migration docs).
  {
    files: ['migrations/**/*.ts', 'src/db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['templates/**/*.js'], languageOptions: { globals: browserGlobals, sourceType: 'script' } },
);
