import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  damonSampleIntervalMs,
  findKdamonds,
  formatLoadResult,
  KernelMonitorMeter,
  MachineMeter,
  parseSchedstat,
  type LoadResult,
} from '../../tools/kmip-load';

/** A `/proc` and a `/sys` laid out as Linux lays them out, with only the files the meter reads. */
function fakeHost(): { root: string; proc: string; sys: string; write: (path: string, text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'kdamond-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  return { root, proc: join(root, 'proc'), sys: join(root, 'sys'), write };
}

const DAMON = 'sys/kernel/mm/damon/admin/kdamonds';

describe('the kernel memory monitor (DAMON) next to the load figures', () => {
  let host: ReturnType<typeof fakeHost>;
  beforeEach(() => {
    host = fakeHost();
    host.write('proc/stat', 'cpu  100 0 0 100 0 0 0 0\n');
    host.write('proc/1/comm', 'systemd\n');
    host.write('proc/77/comm', 'kdamond.0\n');
    host.write('proc/77/schedstat', '1000000000 5000 20\n');
    host.write('proc/self/comm', 'kdamond.fake\n'); // not a PID
    host.write(`${DAMON}/0/state`, 'on\n');
    host.write(`${DAMON}/0/contexts/0/monitoring_attrs/intervals/sample_us`, '500000\n');
  });
  afterEach(() => rmSync(host.root, { recursive: true, force: true }));

  it('reads the time on a CPU from a schedstat line, and refuses anything else', () => {
    expect(parseSchedstat('123456789 1000 7\n')).toBe(123456789);
    expect(() => parseSchedstat('')).toThrow('not a schedstat text');
    expect(() => parseSchedstat('x 1 2')).toThrow('not a schedstat text');
    expect(() => parseSchedstat('-5 1 2')).toThrow('not a schedstat text');
  });

  it('finds the kdamond threads by name among the PIDs, and none without a /proc', () => {
    expect(findKdamonds(host.proc)).toEqual([77]);
    expect(findKdamonds(join(host.root, 'absent'))).toEqual([]);
  });

  it('gives the sampling interval of a running monitor only', () => {
    expect(damonSampleIntervalMs(host.sys)).toBe(500);
    host.write(`${DAMON}/0/state`, 'off\n');
    expect(damonSampleIntervalMs(host.sys)).toBeUndefined();
    expect(damonSampleIntervalMs(join(host.root, 'absent'))).toBeUndefined();
  });

  it("measures kdamond's CPU per second of a phase", () => {
    let now = 10_000;
    const meter = new KernelMonitorMeter(host.proc, host.sys, () => now);
    meter.start();
    host.write('proc/77/schedstat', '1110000000 9000 31\n');
    now += 2_000;
    expect(meter.stop()).toEqual({ threads: 1, cpuMsPerSecond: 55, sampleIntervalMs: 500 });
    expect(meter.stop()).toBeUndefined(); // not started again
  });

  it('says nothing where no kdamond runs', () => {
    rmSync(join(host.proc, '77'), { recursive: true });
    const meter = new KernelMonitorMeter(host.proc, host.sys, () => 0);
    meter.start();
    expect(meter.stop()).toBeUndefined();
  });

  it('counts a thread that ended during the phase as idle, not as negative time', () => {
    let now = 0;
    const meter = new KernelMonitorMeter(host.proc, host.sys, () => now);
    meter.start();
    rmSync(join(host.proc, '77'), { recursive: true });
    now = 1_000;
    expect(meter.stop()?.cpuMsPerSecond).toBe(0);
  });

  it("is part of the machine's shares and of the printed result", () => {
    const machine = new MachineMeter(host.proc, host.sys);
    machine.start();
    host.write('proc/stat', 'cpu  160 0 10 130 0 0 0 0\n');
    host.write('proc/77/schedstat', '1030000000 9000 31\n');
    const share = machine.stop();
    expect(share?.busyPercent).toBeCloseTo(70);
    expect(share?.kernelMonitor?.threads).toBe(1);
    expect(share?.kernelMonitor?.sampleIntervalMs).toBe(500);
    expect(share?.kernelMonitor?.cpuMsPerSecond).toBeGreaterThan(0);

    const result: LoadResult = {
      operation: 'create',
      mode: 'persistent',
      connections: 1,
      requests: 10,
      successes: 10,
      failures: 0,
      failureReasons: {},
      elapsedSeconds: 1,
      throughput: 10,
      latency: { p50Ms: 5, p99Ms: 27, meanMs: 6, maxMs: 30 },
      machine: { ...share!, kernelMonitor: { threads: 1, cpuMsPerSecond: 55.2, sampleIntervalMs: 500 } },
    };
    expect(formatLoadResult(result)).toContain('kdamond (DAMON) took 55 ms of CPU per second, sampling every 500 ms');
  });
});
