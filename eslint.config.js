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
  // Migrations are frozen in time and typed against Kysely<any> on purpose (kysely's migration docs).
  {
    files: ['migrations/**/*.ts', 'src/db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['templates/**/*.js'], languageOptions: { globals: browserGlobals, sourceType: 'script' } },
);
