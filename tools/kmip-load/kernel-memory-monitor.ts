import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * DAMON, the Linux kernel's data access monitor (and the proactive reclaim built on it), runs as `kdamond` kernel
 * threads. Where it watches all physical memory, its sampling passes hold up the processes beside them: on the
 * machine these figures come from, a pass every 0.55 s lasted 25–55 ms, and at one connection nearly every pass made a
 * Create take over 15 ms (p50 8 ms, p99 30 ms). The meter says, next to a phase's figures, whether kdamond ran and
 * how much CPU it took, so that a p99 read on such a host is read as such.
 */
export interface KernelMonitorShare {
  /** kdamond threads found when the phase started. */
  readonly threads: number;
  /** CPU time they took, in ms per second of the phase. */
  readonly cpuMsPerSecond: number;
  /** The sampling interval of a running monitor, where DAMON's sysfs interface tells it. */
  readonly sampleIntervalMs?: number;
}

/** `/proc/<pid>/schedstat` (proc(5)): time on a CPU in ns, time waiting for one in ns, timeslices run. */
export function parseSchedstat(text: string): number {
  const onCpu = Number(text.trim().split(/\s+/)[0]);
  if (text.trim() === '' || !Number.isSafeInteger(onCpu) || onCpu < 0) throw new Error('not a schedstat text');
  return onCpu;
}

/** The PIDs of the `kdamond.*` kernel threads (their `comm`), in a `/proc`-shaped directory. */
export function findKdamonds(procDir: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync(procDir);
  } catch {
    return [];
  }
  return entries.filter((name) => /^\d+$/.test(name) && commOf(procDir, name).startsWith('kdamond')).map(Number);
}

/** The sampling interval of the first kdamond whose state is `on`, from DAMON's sysfs admin interface. */
export function damonSampleIntervalMs(sysDir: string): number | undefined {
  const kdamonds = join(sysDir, 'kernel/mm/damon/admin/kdamonds');
  let names: string[];
  try {
    names = readdirSync(kdamonds).filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  for (const name of names) {
    const state = readText(join(kdamonds, name, 'state'));
    const sampleUs = Number(readText(join(kdamonds, name, 'contexts/0/monitoring_attrs/intervals/sample_us')));
    if (state === 'on' && Number.isFinite(sampleUs) && sampleUs > 0) return sampleUs / 1000;
  }
  return undefined;
}

/** Measures the kdamond threads' CPU between `start()` and `stop()`; undefined where none runs. */
export class KernelMonitorMeter {
  private started: { readonly at: number; readonly pids: readonly number[]; readonly ns: number } | undefined;

  constructor(
    private readonly procDir = '/proc',
    private readonly sysDir = '/sys',
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  start(): void {
    const pids = findKdamonds(this.procDir);
    this.started = pids.length === 0 ? undefined : { at: this.nowMs(), pids, ns: this.onCpuNs(pids) };
  }

  stop(): KernelMonitorShare | undefined {
    const before = this.started;
    this.started = undefined;
    if (before === undefined) return undefined;
    const seconds = (this.nowMs() - before.at) / 1000;
    if (!(seconds > 0)) return undefined;
    const ms = Math.max(0, this.onCpuNs(before.pids) - before.ns) / 1e6;
    const sampleIntervalMs = damonSampleIntervalMs(this.sysDir);
    return {
      threads: before.pids.length,
      cpuMsPerSecond: ms / seconds,
      ...(sampleIntervalMs === undefined ? {} : { sampleIntervalMs }),
    };
  }

  /** A thread that has gone counts as its last reading would: nothing more. */
  private onCpuNs(pids: readonly number[]): number {
    let total = 0;
    for (const pid of pids) {
      try {
        total += parseSchedstat(readFileSync(join(this.procDir, String(pid), 'schedstat'), 'utf8'));
      } catch {
        // gone, or a kernel without schedstat
      }
    }
    return total;
  }
}

/** One line for a phase's report, e.g. `kdamond (DAMON) took 55 ms of CPU per second, sampling every 500 ms`. */
export function describeKernelMonitor(share: KernelMonitorShare): string {
  const every = share.sampleIntervalMs === undefined ? '' : `, sampling every ${share.sampleIntervalMs} ms`;
  return `kdamond (DAMON) took ${share.cpuMsPerSecond.toFixed(0)} ms of CPU per second${every}`;
}

function commOf(procDir: string, pid: string): string {
  return readText(join(procDir, pid, 'comm')) ?? '';
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}
