// @ts-check
/**
 * ESLint: typescript-eslint with type information for TypeScript, eslint-plugin-astro for .astro
 * files, and the rules that keep the layers apart (docs/ARCHITECTURE.md › Layers):
 *  - `src/lib/core/` and `src/schemas/` import nothing above them;
 *  - `src/lib/` imports no Astro module (type-only imports and `astro/zod` are allowed), no
 *    component, page or the access point;
 *  - browser code (`src/client/`) imports only browser-safe modules;
 *  - only `src/content.ts` calls `getCollection` (the one access point).
 * `npm run lint` runs it with `--max-warnings 0`; `tests/lint.test.ts` proves the boundaries fail.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Astro's runtime modules: none of them may run inside src/lib (types and zod are fine). */
const astroRuntime = {
  regex: '^astro($|:|/(?!zod$))',
  allowTypeImports: true,
  message:
    'src/lib holds pure rules: no Astro module (type-only imports and astro/zod are allowed). Read entries in src/content.ts and pass them in.',
};

/** The access point is the only module that reads collections. */
const accessPoint = {
  name: 'astro:content',
  importNames: ['getCollection', 'getEntry', 'getEntries', 'getLiveCollection', 'getLiveEntry'],
  message:
    'Only src/content.ts reads collections: add what you need to the ledger (src/lib/ledger/ledger.ts) and read it through getLedger().',
};

/** Modules of src/lib that browser code may bundle: pure, no Node, no ledger. */
const browserSafe = [
  'core/*',
  'domain/status',
  'domain/status-text',
  'domain/treaty-rules',
  'domain/treaty-life',
  'domain/labels',
  'viz/viz-status',
  'viz/as-of-data',
  'viz/membership-series',
  'search/search-answer',
  'search/search-facets',
  'search/search-results',
  'search/search-shards',
  'search/search-url',
];
const browserSafeRegex = `^\\.\\./lib/(?!(${browserSafe.map((p) => p.replace('*', '[^/]+')).join('|')})\\.ts$)`;

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.astro/**',
      '.test-builds/**',
      'node_modules/**',
      'src/content/**',
      'public/**',
      'coverage/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [accessPoint] }],
    },
  },
  // Browser code runs in the page: browser globals, and only browser-safe modules.
  {
    files: ['src/client/**/*.ts'],
    ignores: ['src/client/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [accessPoint],
          patterns: [
            { group: ['node:*'], message: 'Browser code cannot use Node modules.' },
            {
              regex: browserSafeRegex,
              message: `Browser code bundles only the browser-safe rules (${browserSafe.join(', ')}); the ledger and Node code stay in the build.`,
            },
            { regex: '^astro($|:|/)', allowTypeImports: true, message: 'Browser code does not import Astro.' },
          ],
        },
      ],
    },
  },
  // src/lib: pure rules, no Astro at run time, nothing from components, pages or the access point.
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [accessPoint],
          patterns: [
            astroRuntime,
            {
              group: [
                '**/components/**',
                '**/pages/**',
                '**/layouts/**',
                '**/content.ts',
                '**/endpoints.ts',
                '**/client/**',
              ],
              message: 'src/lib is below components, pages and the access point: pass data in instead.',
            },
          ],
        },
      ],
    },
  },
  // core/: dates, text, slugs — imports nothing else of the project.
  {
    files: ['src/lib/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            astroRuntime,
            {
              regex: '^\\.\\./',
              message:
                'src/lib/core imports nothing else of the project: move the code it needs into core, or the caller out of it.',
            },
          ],
        },
      ],
    },
  },
  // schemas/: what an entry is — zod and core only.
  {
    files: ['src/schemas/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            astroRuntime,
            {
              regex: '^\\.\\./(?!lib/core/[^/]+\\.ts$)',
              message:
                'src/schemas import only zod and src/lib/core: a schema cannot depend on the rules that read it.',
            },
          ],
        },
      ],
    },
  },
  // The access point itself.
  {
    files: ['src/content.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  // Tests read parsed documents (JSON, XML, YAML) whose shape the assertions check: `any` is what
  // they are, and stubs are async without awaiting; these rules stay for the code and are off for tests.
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // .astro files: the plugin's parser, without type information (components and pages are thin).
  ...astro.configs.recommended,
  {
    files: ['**/*.astro', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
