/**
 * Where a build's time went, read from the log of the last build in a log file (Astro's own
 * timings and the ledger integration's): the integrity check, content sync and type generation,
 * rendering the pages, and the Pagefind index. Missing phases are left out.
 */
import { readFileSync } from 'node:fs';

export interface Phases {
  /** Integrity check (ledger integration), ms. */
  checkMs?: number | undefined;
  /** Content layer sync + types ("[types] Generated …"), ms. */
  syncMs?: number | undefined;
  /** "generating static routes … ✓ Completed in …", ms. */
  renderMs?: number | undefined;
  /** Pagefind (ledger integration or the baseline's hook), ms. */
  pagefindMs?: number | undefined;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC (U+001B)
const ANSI = /\u001b\[[0-9;]*m/g;

/** Astro writes "1.2s", "850ms" or "1m 37s". */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$/.exec(text.trim());
  if (text.trim().endsWith('ms')) return Number(text.trim().slice(0, -2));
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return Math.round((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 1000);
}

export function phasesFromText(text: string): Phases {
  const lines = text.replace(ANSI, '').split('\n');
  const phases: Phases = {};
  let inRoutes = false;
  for (const line of lines) {
    let m: RegExpExecArray | null;
    if ((m = /content integrity: OK .* in (\d+) ms/.exec(line))) phases.checkMs = Number(m[1]);
    else if ((m = /\[types\] Generated (.+)$/.exec(line))) phases.syncMs = parseDuration(m[1] ?? '');
    else if (/generating static routes/.test(line)) inRoutes = true;
    else if (inRoutes && (m = /✓ Completed in (.+?)\.?$/.exec(line))) {
      phases.renderMs = parseDuration(m[1] ?? '');
      inRoutes = false;
    } else if ((m = /search index: \d+ pages indexed in (\d+) ms/.exec(line))) phases.pagefindMs = Number(m[1]);
  }
  return phases;
}

/** Phases of the last build in a log that separates builds with "$ command" lines. */
export function phasesFromLog(logFile: string): Phases {
  const text = readFileSync(logFile, 'utf8');
  const start = text.lastIndexOf('\n$ ');
  return phasesFromText(start === -1 ? text : text.slice(start));
}
