import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of the processes behind a server, read from Linux's `/proc`, so that a benchmark can report the CPU each
 * request cost every process as well as the throughput: on a small shared machine throughput swings with whatever
 * else runs, and CPU per request much less (though on a shared virtual machine it moves too: compare versions in the
 * same hour).
 */

/** One process as `/proc/<pid>/stat` and `/proc/<pid>/cmdline` describe it. */
export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  /** Process group: a server started in its own group (PyKMIP and its children) is found by it. */
  readonly pgid: number;
  /** The executable's name as the kernel keeps it (at most 15 characters). */
  readonly comm: string;
  /** One letter: `R` running, `S` sleeping, `Z` zombie (exited, not yet reaped), … (proc(5)). */
  readonly state: string;
  readonly cmdline: string;
  /** Start time in clock ticks after boot: tells a process from a later one that reuses its PID. */
  readonly startTicks: number;
  /** User + system CPU time used so far, in clock ticks. */
  readonly cpuTicks: number;
  /** User + system CPU time of its children that ended and were waited for (reaped), in clock ticks. */
  readonly childTicks: number;
}

/** Names the group a process belongs to (`gateway-a`, `kafka`, …), or undefined for a process that is not watched. */
export type ProcessClassifier = (process: ProcessInfo) => string | undefined;

/**
 * Linux reports times in `/proc` in USER_HZ, which the kernel ABI fixes at 100 on every architecture Node runs on
 * (sysconf(_SC_CLK_TCK) returns it; Node has no binding for sysconf).
 */
export const CLOCK_TICKS_PER_SECOND = 100;

/**
 * Parses `/proc/<pid>/stat` (proc(5)). The name sits between the first `(` and the last `)` and may itself hold spaces
 * and parentheses, so fields are counted from the last `)`.
 */
export function parseProcStat(text: string): Omit<ProcessInfo, 'cmdline'> {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error('not a /proc/<pid>/stat line');
  const pid = Number(text.slice(0, open).trim());
  // After ") ": field 3 (state) is index 0, so field n is index n - 3.
  const fields = text
    .slice(close + 2)
    .trim()
    .split(' ');
  const field = (n: number): number => {
    const value = Number(fields[n - 3]);
    if (!Number.isFinite(value)) throw new Error(`field ${n} of /proc/${pid}/stat is not a number`);
    return value;
  };
  return {
    pid,
    comm: text.slice(open + 1, close),
    state: fields[0] ?? '',
    ppid: field(4),
    pgid: field(5),
    cpuTicks: field(14) + field(15),
    childTicks: field(16) + field(17),
    startTicks: field(22),
  };
}

/** Every process this user may read, now. Processes that end while being read are left out. */
export function readProcessTable(procDir = '/proc'): ProcessInfo[] {
  const table: ProcessInfo[] = [];
  for (const entry of readdirSync(procDir)) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseProcStat(readFileSync(`${procDir}/${entry}/stat`, 'utf8'));
      const cmdline = readFileSync(`${procDir}/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      table.push({ ...stat, cmdline });
    } catch {
      // Gone meanwhile, or not readable: not one of ours.
    }
  }
  return table;
}

/** Whether this machine has a `/proc` to read (Linux). */
export function processTableAvailable(procDir = '/proc'): boolean {
  try {
    parseProcStat(readFileSync(`${procDir}/self/stat`, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds per group over one measured phase. `client` is this process: the load generator itself. */
export type CpuSeconds = Readonly<Record<string, number>>;

export const CLIENT_GROUP = 'client';

interface Watched {
  readonly group: string;
  readonly ppid: number;
  readonly startTicks: number;
  readonly cpuTicks: number;
  readonly childTicks: number;
}

interface Snapshot {
  readonly processes: Map<number, Watched>;
  readonly client: NodeJS.CpuUsage;
}

function sameProcess(a: Watched | undefined, b: Watched | undefined): boolean {
  return a !== undefined && b !== undefined && a.startTicks === b.startTicks;
}

/**
 * Measures the CPU time the watched processes spend between `start()` and `stop()`. A process that starts during the
 * phase counts from its start. A process that ends during it is no longer in `/proc` at the end; once its parent has
 * reaped it, the kernel adds its whole CPU time to the parent's children time, which is counted here for the parent's
 * group, less what the process had used before the phase. So PostgreSQL backends that a connection pool closes and
 * opens during a phase are counted through the postmaster. A process whose parent is not watched and that ends during
 * the phase is missed (the servers measured here keep their own processes). A child that is not watched itself but
 * whose watched parent reaps it during the phase counts whole in the parent's group, its life before the phase
 * included: the servers measured here start no such children.
 */
export class CpuMeter {
  private started: Snapshot | undefined;

  constructor(
    private readonly classify: ProcessClassifier,
    private readonly procDir = '/proc',
  ) {}

  start(): void {
    this.started = this.snapshot();
  }

  stop(): CpuSeconds {
    const before = this.started;
    if (before === undefined) throw new Error('CpuMeter.stop() before start()');
    this.started = undefined;
    const after = this.snapshot();
    const ticks: Record<string, number> = {};
    const add = (group: string, n: number) => (ticks[group] = (ticks[group] ?? 0) + n);
    for (const [pid, now] of after.processes) {
      const then = before.processes.get(pid);
      const same = sameProcess(then, now);
      add(now.group, now.cpuTicks - (same ? then!.cpuTicks : 0) + now.childTicks - (same ? then!.childTicks : 0));
    }
    for (const [pid, then] of before.processes) {
      if (sameProcess(then, after.processes.get(pid))) continue;
      // Ended during the phase: if a watched parent that was there all along reaped it, its children time now holds
      // this process's whole life, of which the part before the phase is taken off again.
      const parent = after.processes.get(then.ppid);
      if (parent !== undefined && sameProcess(before.processes.get(then.ppid), parent)) {
        add(parent.group, -(then.cpuTicks + then.childTicks));
      }
    }
    const seconds: Record<string, number> = {};
    for (const [group, n] of Object.entries(ticks)) seconds[group] = Math.max(0, n) / CLOCK_TICKS_PER_SECOND;
    const client = process.cpuUsage(before.client);
    seconds[CLIENT_GROUP] = (client.user + client.system) / 1e6;
    return seconds;
  }

  private snapshot(): Snapshot {
    const processes: Snapshot['processes'] = new Map();
    for (const info of readProcessTable(this.procDir)) {
      if (info.pid === process.pid) continue;
      const group = this.classify(info);
      if (group !== undefined && group !== CLIENT_GROUP) {
        const { ppid, startTicks, cpuTicks, childTicks } = info;
        processes.set(info.pid, { group, ppid, startTicks, cpuTicks, childTicks });
      }
    }
    return { processes, client: process.cpuUsage() };
  }
}

/** CPU microseconds per request for each group, largest first, and the servers' total (every group but the client). */
export function cpuPerRequest(
  seconds: CpuSeconds,
  requests: number,
): { readonly server: number; readonly groups: ReadonlyArray<readonly [string, number]> } {
  if (requests <= 0) return { server: 0, groups: [] };
  const groups = Object.entries(seconds)
    .map(([group, s]) => [group, (s / requests) * 1e6] as const)
    .sort((a, b) => b[1] - a[1]);
  const server = groups.filter(([group]) => group !== CLIENT_GROUP).reduce((sum, [, micros]) => sum + micros, 0);
  return { server, groups };
}
