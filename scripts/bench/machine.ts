/** The machine a benchmark ran on, for the results table. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  astro: string;
  pagefind: string;
  os: string;
}

function versionOf(repoRoot: string, pkg: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'unknown';
  }
}

export function describeMachine(repoRoot: string): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: os.cpus() is enough
  }
  return {
    cpu,
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    astro: versionOf(repoRoot, 'astro'),
    pagefind: versionOf(repoRoot, 'pagefind'),
    os: `Linux ${release()}`,
  };
}

/** 1-minute load average, to show whether something else was running. */
export function load(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
