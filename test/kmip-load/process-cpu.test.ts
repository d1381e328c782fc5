import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  CLIENT_GROUP,
  CpuMeter,
  cpuPerRequest,
  parseProcStat,
  processTableAvailable,
  readProcessTable,
} from '../../tools/kmip-load';

/*
 * The CPU meter the benchmark uses to report CPU per request, on this machine's real /proc with real child processes:
 * one that burns a known amount of CPU, one that sleeps.
 */

/** A child that spends `cpuMs` of CPU time (measured by itself, not by the clock), then says so and waits. */
function burner(cpuMs: number): ChildProcess {
  const script = `const t = ${cpuMs * 1000}; let x = 0; while (process.cpuUsage().user < t) x++;
    process.stdout.write('done ' + x + '\\n'); setInterval(() => {}, 1000);`;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
}

function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); process.stdout.write("up\\n");'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function firstLine(child: ChildProcess): Promise<string> {
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return chunk.toString('utf8');
}

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('CPU per process from /proc', () => {
  it('has a /proc to read here', () => {
    expect(processTableAvailable()).toBe(true);
  });

  it('parses a stat line whose process name holds spaces and parentheses', () => {
    // Fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    // cutime cstime priority nice threads itrealvalue starttime …
    const line = '4242 (we (ird) name) S 17 4240 4240 0 -1 4194560 10 0 0 0 250 75 9 9 20 0 3 0 123456 0 0';
    expect(parseProcStat(line)).toEqual({
      pid: 4242,
      comm: 'we (ird) name',
      state: 'S',
      ppid: 17,
      pgid: 4240,
      cpuTicks: 325,
      childTicks: 18,
      startTicks: 123456,
    });
    expect(() => parseProcStat('garbage')).toThrow('not a /proc/<pid>/stat line');
  });

  it('lists this process with its parent', () => {
    const me = readProcessTable().find((p) => p.pid === process.pid);
    expect(me).toBeDefined();
    expect(me!.ppid).toBe(process.ppid);
    expect(me!.state).toBe('R'); // reading its own stat, it is running
    expect(me!.cmdline.length).toBeGreaterThan(0);
  });

  it("counts a busy process's CPU, a sleeping one's near nothing, and a process started during the phase", async () => {
    const idle = sleeper();
    children.push(idle);
    await firstLine(idle);
    const busyPids = new Set<number>();
    const meter = new CpuMeter((p) => (busyPids.has(p.pid) ? 'busy' : p.pid === idle.pid ? 'idle' : undefined));
    meter.start();
    // Started after start(): it is not in the first snapshot, so it counts from its own start.
    const busy = burner(400);
    children.push(busy);
    busyPids.add(busy.pid!);
    expect(await firstLine(busy)).toMatch(/^done \d+/);
    const seconds = meter.stop();

    expect(seconds.busy).toBeGreaterThanOrEqual(0.38);
    expect(seconds.idle).toBeLessThan(0.1);
    expect(seconds[CLIENT_GROUP]).toBeGreaterThanOrEqual(0);
    expect(() => meter.stop()).toThrow('before start()');
  });

  it('counts a process that ends during the phase through the parent that reaped it, without its earlier CPU', async () => {
    // The parent starts a child that burns 300 ms of CPU before the phase and 200 ms more in it, then exits: the way a
    // connection pool's PostgreSQL backend ends under the postmaster while a benchmark cell runs.
    const childScript = `let x = 0; const used = () => { const u = process.cpuUsage(); return u.user + u.system; };
      const burn = (ms) => { while (used() < ms * 1000) x++; };
      burn(300); process.stdout.write('warm\\n');
      process.stdin.once('data', () => { burn(500); process.exit(0); });`;
    const parentScript = `const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, ['-e', ${JSON.stringify(childScript)}], { stdio: ['pipe', 'pipe', 'inherit'] });
      child.stdout.once('data', () => process.stdout.write('child ' + child.pid + '\\n'));
      process.stdin.once('data', () => child.stdin.write('go\\n'));
      child.on('exit', () => setTimeout(() => process.stdout.write('reaped\\n'), 50));
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['pipe', 'pipe', 'inherit'] });
    children.push(parent);
    const childPid = Number(/^child (\d+)/.exec(await firstLine(parent))?.[1]);
    expect(childPid).toBeGreaterThan(0);
    const family = new Set([parent.pid, childPid]);
    const meter = new CpuMeter((p) => (family.has(p.pid) ? 'family' : undefined));
    meter.start();
    parent.stdin.write('go\n');
    expect(await firstLine(parent)).toMatch(/^reaped/);
    const seconds = meter.stop();
    expect(readProcessTable().some((p) => p.pid === childPid)).toBe(false);

    // The 200 ms burnt in the phase count; the 300 ms burnt before it do not.
    expect(seconds.family).toBeGreaterThanOrEqual(0.18);
    expect(seconds.family).toBeLessThan(0.4);
  });

  it('turns CPU seconds into microseconds per request, the client apart from the servers', () => {
    const perRequest = cpuPerRequest({ gateway: 0.003, kafka: 0.001, [CLIENT_GROUP]: 0.002 }, 10);
    expect(perRequest.server).toBeCloseTo(400);
    expect(perRequest.groups.map(([group]) => group)).toEqual(['gateway', CLIENT_GROUP, 'kafka']);
    expect(perRequest.groups[0][1]).toBeCloseTo(300);
    expect(cpuPerRequest({ gateway: 1 }, 0)).toEqual({ server: 0, groups: [] });
  });
});
