import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure logic, seconds), `astro` (components rendered with the Container
 * API, see vitest.astro.config.ts) and `site` (builds the real site once per configuration in the
 * global setup, then reads and serves it). `npm test` runs all;
 * `npx vitest run --project unit` runs the quick ones alone.
 */
export default defineConfig({
  test: {
    projects: [
      // Component tests (`*.astro.test.ts`) with Astro's Vite plugins and Container API.
      './vitest.astro.config.ts',
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'src/**/*.astro.test.ts'],
          testTimeout: 30_000,
          // The test files of one worker share a process: modules load once, and the real ledger is
          // built once per worker (tests/support/ledger.ts), not once per file. These tests stub no
          // module, global or environment variable; one that must, restores it in afterEach.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'tests/lint/**'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
