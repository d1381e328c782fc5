import { readFileSync } from 'node:fs';
import { KernelMonitorMeter, type KernelMonitorShare } from './kernel-memory-monitor';

/**
 * The whole machine's CPU time over a measured phase, from the first line of Linux's `/proc/stat` (proc(5)): how busy
 * the machine was and how much time the hypervisor took away from it (steal). On a shared virtual machine a phase can
 * run slow with no change to the code; a high steal share says so next to the figures.
 */

/** Clock ticks summed over every CPU since boot. */
export interface MachineTicks {
  /** user, nice, system, irq and softirq (guest time is already inside user). */
  readonly busy: number;
  /** idle and iowait. */
  readonly idle: number;
  /** Time a virtual CPU wanted to run and the hypervisor ran something else. */
  readonly steal: number;
}

/** Shares of all the machine's CPU time during a phase, in percent; they add up to 100. */
export interface MachineShare {
  readonly busyPercent: number;
  readonly idlePercent: number;
  readonly stealPercent: number;
  /** The kernel's memory access monitor (DAMON), when it ran during the phase. */
  readonly kernelMonitor?: KernelMonitorShare;
}

/** Parses `/proc/stat`: `cpu  user nice system idle iowait irq softirq steal …` (steal is absent on old kernels). */
export function parseMachineStat(text: string): MachineTicks {
  const line = text.split('\n', 1)[0] ?? '';
  const [label, ...fields] = line.trim().split(/\s+/);
  const values = fields.map(Number);
  if (label !== 'cpu' || values.length < 7 || values.some((v) => !Number.isFinite(v))) {
    throw new Error('not a /proc/stat text');
  }
  const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = values;
  return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
}

/** Measures the machine's CPU shares between `start()` and `stop()`; undefined where there is no `/proc/stat`. */
export class MachineMeter {
  private started: MachineTicks | undefined;
  private readonly kernelMonitor: KernelMonitorMeter;

  constructor(
    private readonly procDir = '/proc',
    sysDir = '/sys',
  ) {
    this.kernelMonitor = new KernelMonitorMeter(procDir, sysDir);
  }

  start(): void {
    this.started = this.read();
    this.kernelMonitor.start();
  }

  stop(): MachineShare | undefined {
    const before = this.started;
    this.started = undefined;
    const kernelMonitor = this.kernelMonitor.stop();
    const after = this.read();
    if (before === undefined || after === undefined) return undefined;
    const busy = after.busy - before.busy;
    const idle = after.idle - before.idle;
    const steal = after.steal - before.steal;
    const total = busy + idle + steal;
    if (total <= 0) return undefined;
    const percent = (n: number) => (n / total) * 100;
    return {
      busyPercent: percent(busy),
      idlePercent: percent(idle),
      stealPercent: percent(steal),
      ...(kernelMonitor === undefined ? {} : { kernelMonitor }),
    };
  }

  private read(): MachineTicks | undefined {
    try {
      return parseMachineStat(readFileSync(`${this.procDir}/stat`, 'utf8'));
    } catch {
      return undefined;
    }
  }
}
