import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic, seconds) and `site` (builds the real site once per
 * configuration in the global setup, then reads and serves it). `npm test` runs both;
 * `npx vitest run --project unit` runs the quick ones alone.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
