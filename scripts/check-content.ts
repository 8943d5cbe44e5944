#!/usr/bin/env node
/**
 * `npm run check:content` — the content integrity check alone: reads src/content as written,
 * prints every problem (file, field, what is wrong, how to fix) and exits 1 if there is an error
 * (warnings are printed and do not fail it).
 */
import { fileURLToPath } from 'node:url';
import { runCheck } from '../src/lib/check/run-check.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const outcome = runCheck(process.argv[2] ?? root);
if (outcome.annotations) console.log(outcome.annotations);
if (!outcome.ok) {
  console.error(outcome.report);
  process.exit(1);
}
if (outcome.report) console.error(outcome.report);
const summary = Object.entries(outcome.counts)
  .map(([name, n]) => `${n} ${name}`)
  .join(', ');
console.log(`Content OK: ${summary} (${Math.round(performance.now() - started)} ms).`);
