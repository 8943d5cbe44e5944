#!/usr/bin/env node
/**
 * `npm run new -- claim|source|briefing|event [flags]` — creates a content entry that passes the
 * integrity check. `npm run new -- --help` lists every kind and flag. In a terminal it asks for
 * whatever the flags leave out; piped or in CI it only reads flags. See scripts/scaffold/.
 */
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runNew, type Io } from './run.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const INPUT_ENDED = 'input ended before every question was answered';
const terminal = process.stdin.isTTY === true;
const rl = terminal ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const lines = rl?.[Symbol.asyncIterator]();

const io: Io = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  ask: lines
    ? async (question) => {
        process.stdout.write(question);
        const next = await lines.next();
        if (next.done) throw new Error(INPUT_ENDED);
        return next.value;
      }
    : undefined,
  now: () => new Date(),
  env: process.env,
  cwd: process.cwd(),
};

try {
  process.exitCode = await runNew(process.argv.slice(2), root, io);
} catch (error) {
  // Ctrl+D (or the end of piped answers) before the last question: stop without a stack trace.
  if (!(error instanceof Error) || error.message !== INPUT_ENDED) throw error;
  console.error(`\n✖ ${INPUT_ENDED}; nothing was written.`);
  process.exitCode = 2;
} finally {
  rl?.close();
}
