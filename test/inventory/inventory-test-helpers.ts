import type { ChildProcess } from 'node:child_process';
import { captureOutput, exited, spawnTsChild as spawnRepoTsChild } from '../support/ts-child';
import { join } from 'node:path';
import { PgDatabase } from '@kmip/sql';

export const repoRoot = join(__dirname, '..', '..');

/** The real PostgreSQL server of the integration tests (trust auth, database `test`). */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const KAFKA_BROKERS = ['127.0.0.1:9092'];

export function testDatabase(max = 4): PgDatabase {
  return PgDatabase.connect({ pool: { connectionString: TEST_DATABASE_URL, max } });
}

export { sleep } from '../support/process-status';
export { uniqueName } from '../support/test-waiting';
export { waitFor as waitUntil } from '../support/test-waiting';

/** Starts a TypeScript child process of this test folder. */
export function spawnTsChild(script: string, env: Record<string, string>): ChildProcess {
  return spawnRepoTsChild(join(__dirname, script), env);
}

export { captureOutput, exited };
