/** Git in a test repository: a fixed author, and commits dated as the test says (the pages print those dates). */
import { execFileSync } from 'node:child_process';

export function gitIn(cwd: string, args: string[], date?: string): string {
  const stamp = date ? `${date}T12:00:00+00:00` : undefined;
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      ...(stamp ? { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp } : {}),
    },
  });
}
