/**
 * Vitest global setup for the site tests: builds every configuration in SITE_BUILDS once, one
 * after another (Astro writes .astro/ in the project, so builds of the same project never run in
 * parallel). LEDGER_REUSE_BUILDS=1 keeps builds from an earlier run, for quick local iteration.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { isBuilt, outDirFor, runBuild, SITE_BUILDS, type SiteBuildName } from '../../scripts/lib/build.ts';

export default async function setup(project: TestProject) {
  const reuse = process.env['LEDGER_REUSE_BUILDS'] === '1';
  const dirs: Record<string, string> = {};
  for (const name of Object.keys(SITE_BUILDS) as SiteBuildName[]) {
    const config = SITE_BUILDS[name];
    if (!(reuse && isBuilt(name))) {
      rmSync(outDirFor(name), { recursive: true, force: true });
      const result = await runBuild(config);
      if (result.code !== 0) {
        throw new Error(`The ${name} build (BASE_PATH=${config.base}) failed:\n${result.stdout}\n${result.stderr}`);
      }
      console.log(`built ${name} (BASE_PATH=${config.base}) in ${(result.ms / 1000).toFixed(1)} s`);
    }
    dirs[name] = outDirFor(name);
  }
  project.provide('builds', dirs);
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: Record<string, string>;
  }
}
