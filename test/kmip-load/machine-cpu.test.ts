import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MachineMeter, parseMachineStat } from '../../tools/kmip-load';

describe('machine CPU from /proc/stat', () => {
  it("reads this machine's shares over a busy phase", () => {
    const meter = new MachineMeter();
    meter.start();
    const until = Date.now() + 200;
    let x = 0;
    while (Date.now() < until) x++;
    const share = meter.stop();
    expect(x).toBeGreaterThan(0);
    expect(share).toBeDefined();
    expect(share!.busyPercent).toBeGreaterThan(0);
    expect(share!.busyPercent + share!.idlePercent + share!.stealPercent).toBeCloseTo(100);
  });

  it('sums the busy, idle and stolen ticks of the first line', () => {
    const text = 'cpu  100 5 40 800 20 3 2 30 0 0\ncpu0 50 2 20 400 10 1 1 15 0 0\nintr 1 2 3\n';
    expect(parseMachineStat(text)).toEqual({ busy: 150, idle: 820, steal: 30 });
    // Kernels before 2.6.11 have no steal column.
    expect(parseMachineStat('cpu 1 2 3 4 5 6 7\n')).toEqual({ busy: 19, idle: 9, steal: 0 });
  });

  it('refuses what is not a /proc/stat text', () => {
    expect(() => parseMachineStat('intr 1 2 3')).toThrow('not a /proc/stat text');
    expect(() => parseMachineStat('cpu 1 2 x 4 5 6 7')).toThrow('not a /proc/stat text');
    expect(() => parseMachineStat('')).toThrow('not a /proc/stat text');
  });

  it('gives the shares of a phase, and nothing without a /proc/stat', () => {
    const dir = mkdtempSync(join(tmpdir(), 'machine-cpu-'));
    try {
      const meter = new MachineMeter(dir);
      writeFileSync(join(dir, 'stat'), 'cpu  100 0 0 100 0 0 0 0\n');
      meter.start();
      writeFileSync(join(dir, 'stat'), 'cpu  160 0 10 120 0 0 0 10\n');
      const share = meter.stop();
      expect(share?.busyPercent).toBeCloseTo(70);
      expect(share?.idlePercent).toBeCloseTo(20);
      expect(share?.stealPercent).toBeCloseTo(10);

      meter.start();
      expect(meter.stop()).toBeUndefined(); // no tick passed
      expect(new MachineMeter(join(dir, 'absent')).stop()).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
