import { randomBytes } from 'node:crypto';
import { sleep } from './process-status';

/** A name unique to this test run, safe as a topic, a consumer group or an SQL identifier. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
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
