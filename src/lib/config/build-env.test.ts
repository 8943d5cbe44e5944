import { describe, expect, it } from 'vitest';
import { checkBuildEnv, formatBuildEnvProblems } from './build-env.ts';

describe('checkBuildEnv', () => {
  it('accepts unset and well-formed settings', () => {
    expect(checkBuildEnv({})).toEqual([]);
    expect(checkBuildEnv({ AS_OF: '2026-02-03', CLAIMS_PER_PAGE: '50' })).toEqual([]);
  });

  it('reports every unusable setting at once, each with what to write', () => {
    const problems = checkBuildEnv({ AS_OF: '2025-02-30', CLAIMS_PER_PAGE: 'all' });
    expect(problems).toEqual([
      'AS_OF="2025-02-30" is not a real date written YYYY-MM-DD (for example AS_OF=2026-02-03).',
      'CLAIMS_PER_PAGE="all" is not a page size: write a whole number of 1 or more (for example CLAIMS_PER_PAGE=100), or leave it unset for 100.',
    ]);
    expect(formatBuildEnvProblems(problems)).toMatch(
      /^✖ AS_OF=.*\n✖ CLAIMS_PER_PAGE=.*\n\n2 problems in the build settings \(environment variables\): nothing was built\.$/,
    );
  });
});
