import { setTimeout as sleep } from 'node:timers/promises';
import { ResponseChecker } from './response-check';
import { ConnectionFailure, KmipClientConnection } from './kmip-client-connection';
import type { LoadMode, LoadResult } from './load-result';
import type { LoadTarget } from './load-target';
import { LoadTally } from './load-tally';
import type { PreparedRequest } from './prepared-request';
import type { MachineMeter } from './machine-cpu';
import type { CpuMeter } from './process-cpu';

export interface LoadOptions {
  readonly target: LoadTarget;
  readonly request: PreparedRequest;
  /** Connections working in parallel, each with one request in flight. */
  readonly connections: number;
  /** Default `persistent`. */
  readonly mode?: LoadMode;
  /** Length of the measured phase; give this or `requests`. */
  readonly seconds?: number;
  /** Number of requests of the measured phase, shared among the connections; give this or `seconds`. */
  readonly requests?: number;
  /** A phase run first and not counted (caches, JIT, TLS session state). Default 0. */
  readonly warmupSeconds?: number;
  /** Per connection attempt and per request. Default 30 s. */
  readonly timeoutMs?: number;
  /** Measures the CPU the watched processes and this one spend during the measured phase (not the warm-up). */
  readonly cpu?: CpuMeter;
  /** Measures how busy the whole machine was during the measured phase, and how much the hypervisor took. */
  readonly machine?: MachineMeter;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** After a broken connection, so that a dead server does not turn a worker into a busy loop. */
const RECONNECT_PAUSE_MS = 50;

/**
 * Sends `request` over `connections` parallel TLS connections, each waiting for the whole response before sending
 * again (closed loop), and checks every response for Result Status Success. Failed requests are counted by reason and
 * the run goes on; a broken connection is reopened by the next request of its worker.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const mode = options.mode ?? 'persistent';
  const { connections } = options;
  if (!Number.isInteger(connections) || connections < 1) throw new RangeError('connections must be an integer ≥ 1');
  if ((options.seconds === undefined) === (options.requests === undefined)) {
    throw new RangeError('give either seconds or requests');
  }
  const slots: Slot[] = mode === 'persistent' ? await openAll(options.target, connections, timeoutOf(options)) : [];
  const worker = mode === 'persistent' ? persistentWorker : connectWorker;
  const checker = new ResponseChecker(options.request);
  const runPhase = async (tally: LoadTally) => {
    await Promise.all(
      Array.from({ length: connections }, (_, index) => worker(options, checker, slots[index] ?? {}, tally)),
    );
  };
  try {
    const warmup = options.warmupSeconds ?? 0;
    if (warmup > 0) await runPhase(new LoadTally(performance.now() + warmup * 1000, undefined));
    options.cpu?.start();
    options.machine?.start();
    const started = performance.now();
    const deadline = options.seconds === undefined ? undefined : started + options.seconds * 1000;
    const tally = new LoadTally(deadline, options.requests);
    await runPhase(tally);
    const elapsed = (performance.now() - started) / 1000;
    const cpuSeconds = options.cpu?.stop();
    const machine = options.machine?.stop();
    return {
      ...summarise(options, mode, tally, elapsed),
      ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
      ...(machine === undefined ? {} : { machine }),
    };
  } finally {
    for (const slot of slots) slot.connection?.close();
  }
}

interface Slot {
  connection?: KmipClientConnection;
}

function timeoutOf(options: LoadOptions): number {
  return options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
}

/** Opens every connection before the clock starts; a target that cannot take them all is a setup error. */
async function openAll(target: LoadTarget, count: number, timeoutMs: number): Promise<Slot[]> {
  const opened = await Promise.allSettled(
    Array.from({ length: count }, () => KmipClientConnection.open(target, timeoutMs)),
  );
  const failed = opened.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed === undefined) {
    return opened.map((o) => ({ connection: (o as PromiseFulfilledResult<KmipClientConnection>).value }));
  }
  for (const o of opened) if (o.status === 'fulfilled') o.value.destroy();
  const cause = failed.reason instanceof Error ? failed.reason.message : String(failed.reason);
  throw new Error(`cannot open ${count} connections to ${target.host}:${target.port}: ${cause}`);
}

async function persistentWorker(
  options: LoadOptions,
  checker: ResponseChecker,
  slot: Slot,
  tally: LoadTally,
): Promise<void> {
  const timeoutMs = timeoutOf(options);
  while (tally.claim()) {
    const started = performance.now();
    try {
      slot.connection ??= await KmipClientConnection.open(options.target, timeoutMs);
      const response = await slot.connection.request(options.request.bytes, timeoutMs);
      record(tally, checker.check(response), started);
    } catch (err) {
      if (!(err instanceof ConnectionFailure)) throw err;
      tally.failure(err.reason);
      slot.connection?.destroy();
      slot.connection = undefined;
      await sleep(RECONNECT_PAUSE_MS);
    }
  }
}

async function connectWorker(
  options: LoadOptions,
  checker: ResponseChecker,
  _slot: Slot,
  tally: LoadTally,
): Promise<void> {
  const timeoutMs = timeoutOf(options);
  while (tally.claim()) {
    const started = performance.now();
    let connection: KmipClientConnection | undefined;
    try {
      connection = await KmipClientConnection.open(options.target, timeoutMs);
      const response = await connection.request(options.request.bytes, timeoutMs);
      record(tally, checker.check(response), started);
    } catch (err) {
      if (!(err instanceof ConnectionFailure)) throw err;
      tally.failure(err.reason);
    } finally {
      connection?.close();
    }
  }
}

function record(tally: LoadTally, verdict: ReturnType<ResponseChecker['check']>, started: number): void {
  if (verdict.ok) tally.success((performance.now() - started) * 1000);
  else tally.failure(verdict.reason);
}

function summarise(options: LoadOptions, mode: LoadMode, tally: LoadTally, elapsedSeconds: number): LoadResult {
  const ms = (micros: number) => micros / 1000;
  return {
    operation: options.request.name,
    mode,
    connections: options.connections,
    requests: tally.requests,
    successes: tally.successes,
    failures: tally.failures,
    failureReasons: Object.fromEntries(tally.failureReasons),
    elapsedSeconds,
    throughput: elapsedSeconds > 0 ? tally.successes / elapsedSeconds : 0,
    latency: {
      p50Ms: ms(tally.latencies.percentile(50)),
      p99Ms: ms(tally.latencies.percentile(99)),
      meanMs: ms(tally.latencies.meanMicros),
      maxMs: ms(tally.latencies.maxMicros),
    },
  };
}
