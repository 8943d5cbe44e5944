/**
 * Vitest global setup for the site tests: gets every configuration in SITE_BUILDS, one after
 * another (Astro writes .astro/ in the project, so builds of the same project never run in
 * parallel), through `reuseOrBuild` — an earlier build that is still current is used as it is.
 */
import type { TestProject } from 'vitest/node';
import { reuseOrBuild, SITE_BUILDS, type SiteBuildName } from '../../scripts/lib/build.ts';

export default async function setup(project: TestProject) {
  const dirs: Record<string, string> = {};
  for (const name of Object.keys(SITE_BUILDS) as SiteBuildName[]) {
    dirs[name] = (await reuseOrBuild(SITE_BUILDS[name])).outDir;
  }
  project.provide('builds', dirs);
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: Record<string, string>;
  }
}
