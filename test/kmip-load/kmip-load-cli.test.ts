import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createKey,
  parseLoadArguments,
  startPykmipServer,
  UsageError,
  type LoadResult,
  type PykmipTarget,
} from '../../tools/kmip-load';

/* The operator's command line, run as a process against a real pykmip-server. */

const root = join(__dirname, '..', '..');
const cli = join(root, 'tools', 'kmip-load', 'kmip-load.cli.ts');

let target: PykmipTarget;
let dir: string;
let files: string[];

beforeAll(async () => {
  target = await startPykmipServer();
  dir = mkdtempSync(join(tmpdir(), 'kmip-load-cli-'));
  files = ['--ca', 'ca.pem', '--cert', 'client.pem', '--key', 'client-key.pem'].map((arg, i) =>
    i % 2 === 0 ? arg : join(dir, arg),
  );
  writeFileSync(files[1], target.ca);
  writeFileSync(files[3], target.cert);
  writeFileSync(files[5], target.key, { mode: 0o600 });
}, 90_000);

afterAll(async () => {
  await target?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const node = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', cli];
  return new Promise((resolve) => {
    execFile(process.execPath, [...node, ...args], { cwd: root, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ status: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr });
    });
  });
}

describe('kmip-load command line', () => {
  it('measures Get of a given key and prints the result as JSON, exit status 0', async () => {
    const uid = await createKey(target);
    const args = ['--port', String(target.port), ...files, '--op', 'get', '--uid', uid, '--connections', '2'];
    const { status, stdout } = await runCli([...args, '--requests', '8', '--json']);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as LoadResult;
    expect(result).toMatchObject({
      operation: 'get',
      connections: 2,
      requests: 8,
      successes: 8,
      failures: 0,
    });
    // How busy the machine was, and how much the hypervisor took, over the measured phase (Linux).
    const { busyPercent, idlePercent, stealPercent } = result.machine!;
    expect(busyPercent).toBeGreaterThan(0);
    expect(busyPercent + idlePercent + stealPercent).toBeCloseTo(100);
  }, 60_000);

  it('reports failures with their reason and exits with status 1', async () => {
    const args = ['--port', String(target.port), ...files, '--op', 'get', '--uid', '987654321', '--requests', '3'];
    const { status, stdout } = await runCli(args);
    expect(status).toBe(1);
    expect(stdout).toContain('3 failures of 3');
    expect(stdout).toContain('3 × Operation Failed: Item Not Found');
  }, 60_000);

  it('refuses contradictory or incomplete arguments', () => {
    const tls = ['--ca', 'a', '--cert', 'b', '--key', 'c'];
    expect(() => parseLoadArguments(['--op', 'get', ...tls, '--seconds', '1', '--requests', '5'])).toThrow(UsageError);
    expect(() => parseLoadArguments(['--op', 'get'])).toThrow(/--ca, --cert and --key/);
    expect(() => parseLoadArguments(['--op', 'fetch', ...tls])).toThrow(/--op must be one of/);
    expect(() => parseLoadArguments(['--op', 'get', ...tls, '--connections', '0'])).toThrow(/--connections/);
    expect(parseLoadArguments(['--op', 'connect', '--pykmip'])).toMatchObject({
      mode: 'connect',
      connections: 1,
      seconds: 5,
      requests: undefined,
      port: 5696,
    });
  });
});
