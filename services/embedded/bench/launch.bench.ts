/**
 * How long the two ways to run the server take to be ready, from source (ts-node) on this machine:
 * - `launch.embedded`: `npm start` on a new data directory (creates the PKI, the PGlite database, the default tenant
 *   and its first client) and again on the same directory; then how long after a restart's spawn the first Get of a
 *   key succeeds (a PyKMIP client started right after the banner: its Python start-up is included).
 * - `launch.distributed`: the launcher's four processes against Kafka and PostgreSQL, until the first client exists.
 * One run each: these take tens of seconds.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { Benchmark } from '../../../tools/bench/benchmark';
import { startDistributedStack, startEmbedded } from '../../../test/support';

const PYKMIP = join(__dirname, '..', '..', '..', 'test', 'launch', 'py', 'kmip_client.py');

function python(args: readonly string[]): Promise<{ ok: boolean; key?: string; uid?: string }> {
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/python3', [PYKMIP, ...args], { timeout: 60_000 }, (error, stdout) => {
      if (error) reject(new Error(`PyKMIP ${args[0]} failed: ${error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ok: boolean });
    });
  });
}

export const benchmarks: Benchmark[] = [
  {
    name: 'launch.embedded',
    async run(report) {
      let started = Date.now();
      const server = await startEmbedded({ env: { KMIP_LOG_OPERATIONS: 'false' } });
      try {
        report('launch.embedded.first-start', (Date.now() - started) / 1000, 's');
        const files = [server.clientCertificatePath, server.clientKeyPath, server.caCertificatePath];
        const created = await python([
          'create-on-a-get-on-b',
          server.host,
          String(server.port),
          String(server.port),
          ...files,
        ]);
        await server.kill('SIGTERM');
        started = Date.now();
        await server.restart();
        report('launch.embedded.restart', (Date.now() - started) / 1000, 's');
        const got = await python(['get', server.host, String(server.port), ...files, created.uid!]);
        if (!got.ok) throw new Error('the key was not served after the restart');
        report('launch.embedded.restart-to-first-key', (Date.now() - started) / 1000, 's');
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'launch.distributed',
    async run(report) {
      const started = Date.now();
      const stack = await startDistributedStack();
      try {
        report('launch.distributed.start', (Date.now() - started) / 1000, 's');
      } finally {
        await stack.stop();
      }
    },
  },
];
