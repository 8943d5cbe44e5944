/**
 * Runs a command and measures it: wall time, and memory of the whole process tree.
 *
 * Memory method (Linux /proc, no extra tools): every `intervalMs` the sampler lists every process,
 * finds the descendants of the spawned process through their parent ids, and sums their VmRSS
 * (resident set, threads share their process's figure). The largest sum seen is the peak RSS of
 * the tree. Separately, the largest VmHWM (the kernel's exact high-water mark of one process) over
 * all processes seen is kept: the peak tree RSS can miss a spike shorter than the interval, the
 * largest single-process HWM cannot. Astro builds run in one Node process, and Pagefind's Node API
 * starts its own binary, so both figures are reported.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface RunResult {
  code: number | null;
  wallMs: number;
  /** Largest sum of VmRSS over the process tree, in bytes (sampled). */
  peakTreeRss: number;
  /** Largest VmHWM of any one process in the tree, in bytes (exact for that process). */
  maxProcessHwm: number;
  samples: number;
  /** User + system CPU time of the tree (GNU time, which counts every waited-for descendant), ms; NaN without /usr/bin/time. */
  cpuMs: number;
  /** GNU time's maximum resident set size (largest single process), bytes; NaN without /usr/bin/time. */
  timeMaxRss: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr go here (appended). */
  logFile: string;
  intervalMs?: number;
}

/** ppid of every process, read from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid …" — comm may contain spaces and parentheses: read after the last ")".
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(pid, Number(rest[1]));
    } catch {
      // the process ended between listing and reading
    }
  }
  return map;
}

export function descendantsOf(root: number, ppids: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of ppids) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** VmRSS and VmHWM of a process, in bytes, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

const GNU_TIME = '/usr/bin/time';

/** "%e %U %S %M" as GNU time writes it with -f. */
export function parseGnuTime(text: string): { cpuMs: number; maxRss: number } {
  const m = /^TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/m.exec(text);
  if (!m) return { cpuMs: Number.NaN, maxRss: Number.NaN };
  return { cpuMs: Math.round((Number(m[2]) + Number(m[3])) * 1000), maxRss: Number(m[4]) * 1024 };
}

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`$ ${command} ${args.join(' ')}\n`);
  // GNU time, where installed, adds the CPU time of the whole tree (robust when the machine is shared).
  const timeFile = `${options.logFile}.time`;
  const timed = existsSync(GNU_TIME);
  if (timed) rmSync(timeFile, { force: true });
  const [cmd, cmdArgs] = timed
    ? [GNU_TIME, ['-f', 'TIME %e %U %S %M', '-o', timeFile, command, ...args]]
    : [command, args];
  const started = performance.now();
  const child = spawn(cmd, cmdArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakTreeRss = 0;
  let maxProcessHwm = 0;
  let samples = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of descendantsOf(child.pid, parents())) {
      const mem = memoryOf(pid);
      if (!mem) continue;
      sum += mem.rss;
      maxProcessHwm = Math.max(maxProcessHwm, mem.hwm);
    }
    peakTreeRss = Math.max(peakTreeRss, sum);
    samples++;
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const gnu =
        timed && existsSync(timeFile)
          ? parseGnuTime(readFileSync(timeFile, 'utf8'))
          : { cpuMs: Number.NaN, maxRss: Number.NaN };
      log.end(`\n[exit ${code}] ${(wallMs / 1000).toFixed(1)} s\n`, () =>
        resolve({ code, wallMs, peakTreeRss, maxProcessHwm, samples, cpuMs: gnu.cpuMs, timeMaxRss: gnu.maxRss }),
      );
    });
  });
}
