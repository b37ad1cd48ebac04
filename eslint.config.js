// @ts-check
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_ONLY = [
  'node:*',
  'electron',
  'electron/*',
  'better-sqlite3',
  'fs',
  'path',
  'os',
  'child_process',
  'net',
  'dgram',
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.svelte-check/',
      'out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
      globals: { ...globals.browser },
    },
  },
  {
    // Tests edit raw plan documents, which are untyped JSON by nature.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The pure core: no Node, no Electron, no DOM framework, no database.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...NODE_ONLY, 'svelte', 'svelte/*'],
              message: 'shared/ is pure: no Node, Electron, Svelte or SQLite.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not depend on the faces.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer talks to the Node side only through the API client.
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'The renderer runs sandboxed: use the API client.' },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the Node side only through the API client.',
            },
          ],
        },
      ],
    },
  },
  {
    // A language's facts live in its profile (shared/i18n/profiles.ts): product code reads
    // LOCALE_PROFILES[locale] instead of testing which language it speaks.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.svelte'],
    ignores: ['shared/i18n/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(en|de)([-_][A-Z]{2})?$/]',
          message:
            'Read the language profile (LOCALE_PROFILES[locale]) instead of comparing a locale.',
        },
        {
          selector: 'SwitchCase > Literal.test[value=/^(en|de)([-_][A-Z]{2})?$/]',
          message:
            'Read the language profile (LOCALE_PROFILES[locale]) instead of switching on a locale.',
        },
      ],
    },
  },
);
