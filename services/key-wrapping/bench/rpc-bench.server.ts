/**
 * The service side of the RPC benchmark, in a process of its own: the runtime (local provider, vault in PostgreSQL,
 * no side effects) behind the mTLS RPC server on a free port, which it prints. Settings come as JSON in BENCH_SERVER.
 */
import 'reflect-metadata';
import { PgDatabase } from '@kmip/sql';
import { readFileSync } from 'node:fs';
import { startRpcServer } from '../src/rpc/rpc-server';
import { createKeyWrappingRuntime } from '../src/runtime/key-wrapping.runtime';
import type { ServiceLogger } from '../src/service.logger';

interface BenchServerSettings {
  readonly databaseUrl: string;
  readonly schema: string;
  readonly keystorePath: string;
  readonly tls: { readonly cert: string; readonly key: string; readonly ca: string };
  readonly peerFingerprint: string;
}

const logger: ServiceLogger = { info: () => undefined, warn: (m) => console.warn(m), error: (m) => console.error(m) };

async function main(): Promise<void> {
  const settings = JSON.parse(process.env.BENCH_SERVER ?? '') as BenchServerSettings;
  const database = PgDatabase.connect({ pool: { connectionString: settings.databaseUrl, max: 10 } });
  const runtime = await createKeyWrappingRuntime({
    tenants: {
      defaultTenant: 'bench',
      providers: new Map([['bench', { kind: 'local', keystorePath: settings.keystorePath, createIfMissing: true }]]),
    },
    database,
    schema: settings.schema,
    logger,
    rootKeyRefreshMs: 0,
  });
  const server = await startRpcServer({
    host: '127.0.0.1',
    port: 0,
    tls: {
      cert: readFileSync(settings.tls.cert),
      key: readFileSync(settings.tls.key),
      ca: readFileSync(settings.tls.ca),
    },
    allowedPeers: [{ kind: 'fingerprint', fingerprint: settings.peerFingerprint }],
    operations: runtime.operations,
    defaultTenant: 'bench',
    logger,
  });
  console.log(`PORT ${server.address.port}`);
  process.on('SIGTERM', () => {
    void (async () => {
      await server.close(1_000);
      await runtime.close();
      await database.close();
      process.exit(0);
    })();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.name : 'error');
  process.exit(1);
});
