import type { ChildProcess } from 'node:child_process';
import { captureOutput, exited, spawnTsChild as spawnRepoTsChild } from '../support/ts-child';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PgDatabase } from '@kmip/sql';

export const repoRoot = join(__dirname, '..', '..');

/** The real PostgreSQL server of the integration tests (trust auth, database `test`). */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const KAFKA_BROKERS = ['127.0.0.1:9092'];

export function testDatabase(max = 4): PgDatabase {
  return PgDatabase.connect({ pool: { connectionString: TEST_DATABASE_URL, max } });
}

/** A name unique to this test run, safe as a topic, a consumer group or an SQL identifier. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` holds; fails with `what` after `timeoutMs` (a bound on waiting, not a speed assertion). */
export async function waitUntil(
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

/** Starts a TypeScript child process of this test folder. */
export function spawnTsChild(script: string, env: Record<string, string>): ChildProcess {
  return spawnRepoTsChild(join(__dirname, script), env);
}

export { captureOutput, exited };
