import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirBusyError, lockDataDir, lockHolder } from './data-dir-lock';

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-dir-lock-'));
  path = join(dir, 'embedded.lock');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The PID of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

test('takes the directory, records its PID with mode 0600, and gives it back', async () => {
  const lock = await lockDataDir(path);
  expect(readFileSync(path, 'utf8').trim()).toBe(String(process.pid));
  expect(statSync(path).mode & 0o777).toBe(0o600);
  await lock.release();
  expect(existsSync(path)).toBe(false);
});

test('a directory held by a live process is busy, naming the process', async () => {
  // PID 1 always runs.
  writeFileSync(path, '1\n');
  expect(await lockHolder(path)).toBe(1);
  await expect(lockDataDir(path)).rejects.toThrow(DataDirBusyError);
  await expect(lockDataDir(path)).rejects.toThrow('held by process 1');
  expect(readFileSync(path, 'utf8')).toBe('1\n');
});

test('the lock of a process that died is taken over', async () => {
  writeFileSync(path, `${deadPid()}\n`);
  expect(await lockHolder(path)).toBeUndefined();
  const lock = await lockDataDir(path);
  expect(readFileSync(path, 'utf8').trim()).toBe(String(process.pid));
  await lock.release();
});
