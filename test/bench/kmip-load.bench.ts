/**
 * `npm run bench -- kmip.load`: the same KMIP 1.1 client load against the PyKMIP reference server and against the
 * gateway of the distributed setup, both running, each cell on PyKMIP and then on the gateway, and the ratios.
 *
 * Cells: Discover Versions, Create (AES-256, mask 12) and Get (of a key created in setup) at 1, 4 and 16 persistent
 * connections, and a new TLS connection + Discover Versions (the vSAN health check) at 1 and 4. Each cell runs
 * KMIP_LOAD_SECONDS (default 5) after a 0.5 s uncounted warm-up; before the first cell, each operation runs for
 * KMIP_LOAD_WARMUP_SECONDS (default 30) uncounted at 16 connections, so that figures describe a server that has been
 * serving (code compiled by the JIT, connections and caches filled) rather than its first seconds. Thirty seconds,
 * because a Kafka broker started moments before spends that long and more compiling its own code (its JIT threads then
 * take more CPU than its request threads), and the gateway's services start cold with every run. The whole benchmark
 * takes about three and a half minutes per server. KMIP_LOAD_TARGETS=pykmip or =gateway measures one side only. See
 * tools/kmip-load/README.md.
 *
 * Figures per server and cell: `kmip.load.<server>.<op>.c<N>` successful req/s, `….p50` / `….p99` ms (successful
 * requests), `….failures` (every non-Success response, timeout or broken connection; reasons on stderr). Ratios:
 * `kmip.load.ratio.<op>.c<N>` gateway ÷ PyKMIP throughput. Issue 4's targets are checked on stderr.
 *
 * On Linux, `….cpu` is the CPU time the server's processes spent per successful request (µs: for the gateway side
 * its services, the Kafka broker and every PostgreSQL process; for PyKMIP its process group), and a `#` line on
 * stderr splits it by process, with the load generator's own share as `client`. On this small shared machine
 * throughput swings by a third between runs; CPU per request much less, though it moves too (compare two versions in
 * the same hour). Another `#` line gives the machine's busy, idle and steal shares over the cell: steal is CPU time
 * the hypervisor gave to someone else. Where the kernel's DAMON monitor (`kdamond`) runs, a third says how much CPU it
 * took: its sampling passes hold up the processes running beside them and show in p99 latencies.
 */
import {
  createAes256Request,
  cpuPerRequest,
  CpuMeter,
  describeKernelMonitor,
  MachineMeter,
  createKey,
  discoverVersionsRequest,
  getRequest,
  processTableAvailable,
  runLoad,
  startPykmipServer,
  type LoadMode,
  type LoadResult,
  type PreparedRequest,
  type StartTarget,
} from '../../tools/kmip-load';
import type { Benchmark } from '../../tools/bench/benchmark';
import { gatewayTarget } from './gateway-target';

type Report = (figure: string, value: number, unit: string) => void;

interface Cell {
  readonly op: 'discover' | 'create' | 'get' | 'connect';
  readonly connections: number;
}

const CELLS: readonly Cell[] = [
  ...(['discover', 'create', 'get'] as const).flatMap((op) => [1, 4, 16].map((connections) => ({ op, connections }))),
  { op: 'connect', connections: 1 },
  { op: 'connect', connections: 4 },
];

const cellName = (cell: Cell) => `${cell.op}.c${cell.connections}`;

/** One server under test: started, its key created and its code warmed up, then measured cell by cell. */
interface Side {
  readonly server: string;
  run(cell: Cell, seconds: number): Promise<LoadResult>;
  stop(): Promise<void>;
}

async function prepare(server: string, start: StartTarget, warmupSeconds: number): Promise<Side> {
  const target = await start();
  try {
    const cpu =
      target.classifyProcess !== undefined && processTableAvailable()
        ? new CpuMeter(target.classifyProcess)
        : undefined;
    const machine = new MachineMeter();
    const requests: Record<Cell['op'], PreparedRequest> = {
      discover: discoverVersionsRequest(),
      create: createAes256Request(),
      get: getRequest(await createKey(target)),
      connect: discoverVersionsRequest(),
    };
    for (const op of ['discover', 'create', 'get'] as const) {
      await runLoad({ target, request: requests[op], connections: 16, seconds: warmupSeconds, warmupSeconds: 0 });
    }
    return {
      server,
      run: (cell, seconds) =>
        runLoad({
          target,
          request: requests[cell.op],
          connections: cell.connections,
          mode: (cell.op === 'connect' ? 'connect' : 'persistent') satisfies LoadMode,
          seconds,
          warmupSeconds: 0.5,
          cpu,
          machine,
        }),
      stop: () => target.stop(),
    };
  } catch (error) {
    await target.stop();
    throw error;
  }
}

function reportCell(server: string, cell: Cell, result: LoadResult, report: Report): void {
  const name = `kmip.load.${server}.${cellName(cell)}`;
  report(name, result.throughput, 'req/s');
  report(`${name}.p50`, result.latency.p50Ms, 'ms');
  report(`${name}.p99`, result.latency.p99Ms, 'ms');
  report(`${name}.failures`, result.failures, 'req');
  if (result.cpuSeconds !== undefined) {
    const perRequest = cpuPerRequest(result.cpuSeconds, result.successes);
    report(`${name}.cpu`, perRequest.server, 'us/req');
    const parts = perRequest.groups.map(([group, micros]) => `${group} ${micros.toFixed(0)}`);
    console.error(`# ${name}: CPU µs per request: ${parts.join(', ')}`);
  }
  if (result.machine !== undefined) {
    const { busyPercent, idlePercent, stealPercent } = result.machine;
    console.error(
      `# ${name}: machine ${busyPercent.toFixed(0)}% busy, ${idlePercent.toFixed(0)}% idle, ` +
        `${stealPercent.toFixed(1)}% taken by the hypervisor (steal)`,
    );
    if (result.machine.kernelMonitor !== undefined) {
      console.error(
        `# ${name}: ${describeKernelMonitor(result.machine.kernelMonitor)}; its passes slow the requests running beside them (README)`,
      );
    }
  }
  for (const [reason, count] of Object.entries(result.failureReasons)) {
    console.error(`# ${name}: ${count} of ${result.requests} failed: ${reason}`);
  }
}

/**
 * Every cell on each server in turn, PyKMIP then the gateway, so that the two figures a ratio divides are measured
 * seconds apart: this machine's speed drifts by a third within minutes, which skewed ratios taken from two separate
 * passes either way.
 */
async function measureInTurn(
  sides: readonly Side[],
  seconds: number,
  report: Report,
): Promise<Map<string, Map<string, LoadResult>>> {
  const results = new Map(sides.map((side) => [side.server, new Map<string, LoadResult>()]));
  for (const cell of CELLS) {
    for (const side of sides) {
      const result = await side.run(cell, seconds);
      reportCell(side.server, cell, result, report);
      results.get(side.server)!.set(cellName(cell), result);
    }
  }
  return results;
}

/** Issue 4's targets, as a verdict line each on stderr (figures stay figures; a verdict is not a measurement). */
function checkTargets(gateway: Map<string, LoadResult>, pykmip: Map<string, LoadResult> | undefined): void {
  const verdict = (ok: boolean, text: string) => console.error(`# target ${ok ? 'met' : 'MISSED'}: ${text}`);
  const getGateway = gateway.get('get.c16');
  const getPykmip = pykmip?.get('get.c16');
  if (getGateway !== undefined && getPykmip !== undefined && getPykmip.throughput > 0) {
    const ratio = getGateway.throughput / getPykmip.throughput;
    verdict(ratio >= 20, `Get at 16 connections ≥ 20× PyKMIP (${ratio.toFixed(1)}×)`);
  }
  for (const connections of [1, 4, 16]) {
    const create = gateway.get(`create.c${connections}`);
    if (create !== undefined) {
      verdict(
        create.latency.p99Ms <= 25,
        `Create p99 ≤ 25 ms at c${connections} (${create.latency.p99Ms.toFixed(2)} ms)`,
      );
    }
  }
  for (const connections of [1, 4]) {
    const connect = gateway.get(`connect.c${connections}`);
    if (connect !== undefined) {
      verdict(
        connect.latency.p99Ms <= 50,
        `new connection + Discover Versions p99 ≤ 50 ms at c${connections} (${connect.latency.p99Ms.toFixed(2)} ms)`,
      );
    }
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'kmip.load',
    async run(report) {
      const seconds = Number(process.env.KMIP_LOAD_SECONDS ?? '5');
      if (!(seconds > 0)) throw new Error('KMIP_LOAD_SECONDS must be a positive number');
      const warmupSeconds = Number(process.env.KMIP_LOAD_WARMUP_SECONDS ?? '30');
      if (!(warmupSeconds > 0)) throw new Error('KMIP_LOAD_WARMUP_SECONDS must be a positive number');
      const wanted = (process.env.KMIP_LOAD_TARGETS ?? 'pykmip,gateway').split(',').map((s) => s.trim());
      const sides: Side[] = [];
      try {
        if (wanted.includes('pykmip')) sides.push(await prepare('pykmip', () => startPykmipServer(), warmupSeconds));
        if (wanted.includes('gateway')) {
          const gatewaySide = gatewayTarget();
          if ('unavailable' in gatewaySide) {
            console.error(`# kmip.load.gateway: not measured: ${gatewaySide.unavailable}`);
          } else {
            console.error(`# kmip.load.gateway: ${gatewaySide.description}`);
            sides.push(await prepare('gateway', gatewaySide.start, warmupSeconds));
          }
        }
        const results = await measureInTurn(sides, seconds, report);
        const gateway = results.get('gateway');
        const pykmip = results.get('pykmip');
        if (gateway === undefined) return;
        if (pykmip !== undefined) {
          for (const cell of CELLS) {
            const ours = gateway.get(cellName(cell));
            const theirs = pykmip.get(cellName(cell));
            if (ours === undefined || theirs === undefined || theirs.throughput === 0) continue;
            report(`kmip.load.ratio.${cellName(cell)}`, ours.throughput / theirs.throughput, 'x');
          }
        }
        checkTargets(gateway, pykmip);
      } finally {
        for (const side of sides) await side.stop();
      }
    },
  },
];
