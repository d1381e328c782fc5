/**
 * Test and benchmark helper: a throw-away SoftHSM2 token in its own temporary directory.
 *
 * SoftHSM2 reads the file named by SOFTHSM2_CONF when C_Initialize runs, so this sets the variable for the
 * current process; create the token before the first provider of the process opens the library.
 *
 * Under Jest, `process.env` is a copy private to the test sandbox that native code never sees. A worker thread
 * started with SHARE_ENV writes the process's real environment, which the SoftHSM2 library then reads.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARE_ENV, Worker } from 'node:worker_threads';

export const SOFTHSM2_LIBRARY = process.env.SOFTHSM2_LIBRARY ?? '/usr/lib/softhsm/libsofthsm2.so';

export interface SoftHsmToken {
  readonly library: string;
  readonly tokenLabel: string;
  readonly pin: string;
  readonly soPin: string;
  readonly directory: string;
  remove(): void;
}

export async function createSoftHsmToken(tokenLabel: string): Promise<SoftHsmToken> {
  const directory = mkdtempSync(join(tmpdir(), 'softhsm-'));
  const tokens = join(directory, 'tokens');
  const config = join(directory, 'softhsm2.conf');
  mkdirSync(tokens, { mode: 0o700 });
  writeFileSync(config, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  process.env.SOFTHSM2_CONF = config;
  await setRealEnvironment('SOFTHSM2_CONF', config);
  const pin = '246810';
  const soPin = '1357911';
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', tokenLabel, '--pin', pin, '--so-pin', soPin], {
    env: process.env,
    stdio: 'ignore',
  });
  return {
    library: SOFTHSM2_LIBRARY,
    tokenLabel,
    pin,
    soPin,
    directory,
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

function setRealEnvironment(name: string, value: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      'process.env[require("node:worker_threads").workerData.name] = require("node:worker_threads").workerData.value',
      {
        eval: true,
        env: SHARE_ENV,
        workerData: { name, value },
      },
    );
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`setting ${name} failed`))));
  });
}
