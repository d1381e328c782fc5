import type { ChildProcess } from 'node:child_process';
import { captureOutput, exited, spawnTsChild as spawnRepoTsChild } from '../support/ts-child';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppendRecord, EventLog, LoggedRecord, ReadFrom } from '@kmip/event-log';

export const repoRoot = join(__dirname, '..', '..');

/** A name unique to this test run, safe as a topic or an SQL identifier. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` holds; fails with `what` after `timeoutMs` (a bound on waiting, not a speed assertion). */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export async function readAll(
  log: EventLog,
  topic: string,
  from: ReadFrom = { offsets: new Map() },
): Promise<LoggedRecord[]> {
  const records: LoggedRecord[] = [];
  const count = await log.read({
    topic,
    from,
    handle: (batch) => {
      records.push(...batch);
      return Promise.resolve();
    },
  });
  expect(count).toBe(records.length);
  return records;
}

/** `key|value` of each record in offset order within each partition, partitions in order. */
export function contents(records: readonly LoggedRecord[]): string[] {
  return [...records]
    .sort((a, b) => a.partition - b.partition || a.offset - b.offset)
    .map((r) => `${r.key}|${r.value.toString('utf8')}`);
}

export function recordsFor(prefix: string, keys: number, count: number): AppendRecord[] {
  return Array.from({ length: count }, (_, i) => ({ key: `${prefix}-k${i % keys}`, value: `${prefix}-${i}` }));
}

/** Starts a TypeScript child process of this test folder. */
export function spawnTsChild(script: string, env: Record<string, string>): ChildProcess {
  return spawnRepoTsChild(join(__dirname, script), env);
}

export { captureOutput, exited };
