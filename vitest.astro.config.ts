/**
 * Vitest project `astro`: component tests (`*.astro.test.ts`) render .astro files with Astro's
 * Container API, so they need Astro's Vite plugins — getViteConfig loads astro.config.mjs.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'astro',
    include: ['src/**/*.astro.test.ts'],
    testTimeout: 60_000,
  },
});
