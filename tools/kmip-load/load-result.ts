import { describeKernelMonitor } from './kernel-memory-monitor';
import type { MachineShare } from './machine-cpu';
import type { CpuSeconds } from './process-cpu';

/** What a run measured. Throughput and latencies count successful requests only; failures are listed by reason. */
export interface LoadResult {
  readonly operation: string;
  readonly mode: LoadMode;
  readonly connections: number;
  /** Requests sent (in `connect` mode: connections attempted) in the measured phase. */
  readonly requests: number;
  readonly successes: number;
  readonly failures: number;
  /** Failure count per reason, e.g. `Operation Failed: Item Not Found`, `timeout`, `connect ECONNREFUSED`. */
  readonly failureReasons: Readonly<Record<string, number>>;
  /** From the start of the measured phase until its last response. */
  readonly elapsedSeconds: number;
  /** Successful requests per second. */
  readonly throughput: number;
  readonly latency: LatencySummary;
  /** CPU seconds per process group over the measured phase, when the run was given a `CpuMeter`. */
  readonly cpuSeconds?: CpuSeconds;
  /** The whole machine's CPU shares over the measured phase, when the run was given a `MachineMeter`. */
  readonly machine?: MachineShare;
}

export interface LatencySummary {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly maxMs: number;
}

/**
 * `persistent`: each connection is opened once and carries request after request. `connect`: every request gets a
 * new TLS connection (handshake + request + close, the vSAN health-check path); its latency includes the handshake.
 */
export type LoadMode = 'persistent' | 'connect';

/** One line per run for people: `get c16: 1234.5 req/s, p50 1.20 ms, p99 4.10 ms, 0 failures of 6172`. */
export function formatLoadResult(result: LoadResult): string {
  const { latency } = result;
  const mode = result.mode === 'connect' ? ' (new connection each)' : '';
  const head =
    `${result.operation} c${result.connections}${mode}: ${result.throughput.toFixed(1)} req/s, ` +
    `p50 ${latency.p50Ms.toFixed(2)} ms, p99 ${latency.p99Ms.toFixed(2)} ms, max ${latency.maxMs.toFixed(2)} ms, ` +
    `${result.failures} failures of ${result.requests} in ${result.elapsedSeconds.toFixed(2)} s`;
  const reasons = Object.entries(result.failureReasons).map(([reason, count]) => `  ${count} × ${reason}`);
  const share = result.machine;
  const machine =
    share === undefined
      ? []
      : [
          `  machine: ${share.busyPercent.toFixed(0)}% busy, ${share.idlePercent.toFixed(0)}% idle, ` +
            `${share.stealPercent.toFixed(1)}% steal`,
          ...(share.kernelMonitor === undefined ? [] : [`  ${describeKernelMonitor(share.kernelMonitor)}`]),
        ];
  return [head, ...machine, ...reasons].join('\n');
}
