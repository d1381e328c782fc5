/**
 * `key-wrapping.rpc`: generate and unwrap over the mutual-TLS RPC (NestJS TCP transport, JSON) with the local
 * provider and the vault in PostgreSQL (127.0.0.1:5432, database `test`, a schema of its own, dropped after), the
 * service in a child process. Each phase runs about 3 s, with 1 and then 8 calls in flight on one connection.
 * Figures: calls/s, and the p50 and p99 latency of one call in ms.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { RpcKeyWrappingClient } from '@kmip/key-wrapping';
import {
  certificateFingerprint,
  createCertificateAuthority,
  issueClientCertificate,
  issueServerCertificate,
} from '@kmip/pki';
import type { Benchmark } from '../../../tools/bench/benchmark';

const PHASE_MS = 3_000;
const DATABASE_URL = `postgres://${process.env.PGUSER ?? 'postgres'}@127.0.0.1:5432/test`;
const repoRoot = join(__dirname, '..', '..', '..');

type Report = (figure: string, value: number, unit: string) => void;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `call` with `inFlight` calls outstanding for PHASE_MS; reports throughput and latency percentiles. */
async function phase(
  report: Report,
  name: string,
  inFlight: number,
  call: (i: number) => Promise<unknown>,
): Promise<number> {
  const latencies: number[] = [];
  let issued = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + PHASE_MS;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        await call(issued++);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  report(`key-wrapping.rpc.${name}.inflight${inFlight}`, latencies.length / seconds, 'calls/s');
  report(`key-wrapping.rpc.${name}.inflight${inFlight}.p50`, percentile(latencies, 50), 'ms');
  report(`key-wrapping.rpc.${name}.inflight${inFlight}.p99`, percentile(latencies, 99), 'ms');
  return issued;
}

async function run(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kw-rpc-bench-'));
  const schema = `kw_bench_${randomBytes(4).toString('hex')}`;
  const pool = new Pool({ connectionString: DATABASE_URL, max: 1 });
  const ca = await createCertificateAuthority();
  const server = await issueServerCertificate(ca);
  const gateway = await issueClientCertificate(ca, { subject: { commonName: 'kmip-gateway' } });
  const tls = { cert: join(dir, 'server.pem'), key: join(dir, 'server.key'), ca: join(dir, 'ca.pem') };
  writeFileSync(tls.cert, server.certificatePem);
  writeFileSync(tls.key, server.privateKeyPem, { mode: 0o600 });
  writeFileSync(tls.ca, ca.certificatePem);
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'rpc-bench.server.ts')],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        BENCH_SERVER: JSON.stringify({
          databaseUrl: DATABASE_URL,
          schema,
          keystorePath: join(dir, 'keystore.json'),
          tls,
          peerFingerprint: certificateFingerprint(gateway.certificatePem),
        }),
      },
    },
  );
  let client: RpcKeyWrappingClient | undefined;
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /PORT (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', () => reject(new Error('the benchmark server exited')));
      setTimeout(() => reject(new Error('the benchmark server did not start')), 60_000).unref();
    });
    client = new RpcKeyWrappingClient({
      host: '127.0.0.1',
      port,
      ca: ca.certificatePem,
      cert: gateway.certificatePem,
      key: gateway.privateKeyPem,
    });
    const rpc = client;
    for (let i = 0; i < 200; i++) await rpc.generate({ tenant: 'bench', objectId: `warm-${i}` });
    for (const inFlight of [1, 8]) {
      const prefix = `g${inFlight}-`;
      const count = await phase(report, 'generate', inFlight, (i) =>
        rpc.generate({ tenant: 'bench', objectId: `${prefix}${i}` }),
      );
      await phase(report, 'unwrap', inFlight, async (i) =>
        (await rpc.unwrap({ tenant: 'bench', objectId: `${prefix}${i % count}` })).fill(0),
      );
    }
  } finally {
    await client?.close();
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benchmarks: Benchmark[] = [{ name: 'key-wrapping.rpc', run }];
