/**
 * `npm run bench -- kmip.gateway`: requests per second and latency of the whole gateway in one process (the log, the
 * read model, the projector, the key-wrapping logic with the local provider, the gateway over mutual TLS on
 * 127.0.0.1), for Discover Versions (no state), Get (read model, key unwrap, access record acknowledged before the
 * answer) and Create (key generation, KeyCreated through the log and the projector's verdict), with 1, 4 and 16
 * connections each keeping one request in flight; a few seconds per point.
 * - `kmip.gateway.embedded`: the embedded log and read model in one PGlite database;
 * - `kmip.gateway.distributed`: Kafka (127.0.0.1:9092) and PostgreSQL (127.0.0.1:5432 `test`, or DATABASE_URL).
 */
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connect, type TLSSocket } from 'node:tls';
import { EmbeddedEventLog, KafkaEventLog, type EventLog } from '@kmip/event-log';
import { InventoryReadModel, startProjector, toCommandRecords, VerdictWaiter } from '@kmip/inventory';
import { decideTenant, toEnvelopes, type KmipOperation, type TenantCommand } from '@kmip/key-lifecycle';
import {
  InProcessKeyWrappingClient,
  KeyWrappingService,
  LocalRootKeyProvider,
  WrappedKekVault,
} from '@kmip/key-wrapping';
import {
  CryptographicAlgorithm,
  decodeResponseBytes,
  decodeResponsePayload,
  encodeRequestBytes,
  KMIP_1_1,
  makeAttribute,
  ObjectType,
  Operation,
  requestBatchItem,
  ResultStatus,
  TtlvStreamFramer,
  type RequestBatchItem,
} from '@kmip/kmip';
import { ensureDevelopmentPki } from '@kmip/pki';
import { PgDatabase, PgliteDatabase, type SqlDatabase } from '@kmip/sql';
import type { Benchmark } from '../../../tools/bench/benchmark';
import { createKmipGateway, silentGatewayLogger } from '../src';

type Report = (figure: string, value: number, unit: string) => void;

const SECONDS_PER_POINT = 3;
const CONNECTIONS = [1, 4, 16];
const TENANT = 'bench-tenant';
const OPERATIONS: KmipOperation[] = ['DiscoverVersions', 'Create', 'Get'];

const message = (item: RequestBatchItem): Buffer =>
  encodeRequestBytes({ header: { protocolVersion: KMIP_1_1 }, batchItems: [item] });

const createRequest = message(
  requestBatchItem(
    Operation.Create,
    {
      objectType: ObjectType.SymmetricKey,
      attributes: [
        makeAttribute('Cryptographic Algorithm', { type: 'Enumeration', value: CryptographicAlgorithm.AES }),
        makeAttribute('Cryptographic Length', { type: 'Integer', value: 256 }),
        makeAttribute('Cryptographic Usage Mask', { type: 'Integer', value: 12 }),
      ],
    },
    KMIP_1_1,
  ),
);
const discoverRequest = message(requestBatchItem(Operation.DiscoverVersions, { protocolVersions: [] }, KMIP_1_1));

/** One connection with one request in flight at a time. */
class Connection {
  private readonly framer = new TtlvStreamFramer();
  private pending: ((answer: Buffer) => void) | undefined;

  constructor(private readonly socket: TLSSocket) {
    socket.on('data', (chunk: Buffer) => {
      for (const answer of this.framer.push(chunk)) this.pending?.(Buffer.from(answer));
    });
  }

  request(bytes: Buffer): Promise<Buffer> {
    return new Promise((resolve) => {
      this.pending = resolve;
      this.socket.write(bytes);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

function succeeded(answer: Buffer): boolean {
  return decodeResponseBytes(answer).batchItems.every((item) => item.resultStatus === ResultStatus.Success);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Storage {
  readonly log: EventLog;
  readonly db: SqlDatabase;
  readonly events: string;
  readonly access: string;
  /** Inventory and vault schemas. */
  readonly schema: string;
  readonly vaultSchema: string;
  close(): Promise<void>;
}

async function embedded(dir: string): Promise<Storage> {
  const log = await EmbeddedEventLog.open({ dataDir: join(dir, 'db'), pollIntervalMs: 100 });
  return {
    log,
    db: new PgliteDatabase(log.database),
    events: 'kmip.events',
    access: 'kmip.access',
    schema: 'inventory',
    vaultSchema: 'key_wrapping',
    close: () => log.close(),
  };
}

async function distributed(): Promise<Storage> {
  const suffix = `${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
  const log = await KafkaEventLog.connect({ brokers: ['127.0.0.1:9092'], clientId: 'kmip-gateway-bench' });
  const db = PgDatabase.connect({
    pool: { connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', max: 12 },
  });
  const schema = `inv_gwbench_${suffix}`;
  const vaultSchema = `kw_gwbench_${suffix}`;
  return {
    log,
    db,
    events: `kmip.events.gwbench_${suffix}`,
    access: `kmip.access.gwbench_${suffix}`,
    schema,
    vaultSchema,
    close: async () => {
      await log.close();
      await db.query(`drop schema if exists ${schema} cascade`);
      await db.query(`drop schema if exists ${vaultSchema} cascade`);
      await db.close();
    },
  };
}

async function run(report: Report, kind: 'embedded' | 'distributed'): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kmip-gateway-bench-'));
  const storage = kind === 'embedded' ? await embedded(dir) : await distributed();
  const { log, db, schema } = storage;
  const provider = await LocalRootKeyProvider.open({ keystorePath: join(dir, 'root.keystore'), createIfMissing: true });
  const closers: (() => Promise<void>)[] = [];
  try {
    await log.createTopics([
      { name: storage.events, partitions: 2 },
      { name: storage.access, partitions: 2 },
    ]);
    const projector = await startProjector(log, db, {
      schema,
      eventsTopic: storage.events,
      accessTopic: storage.access,
      groupId: `inventory_${schema}`,
    });
    closers.push(() => projector.stop());
    const verdicts = await VerdictWaiter.start(db, { schema });
    closers.push(() => verdicts.close());
    const readModel = new InventoryReadModel(db, { schema });
    await db.query(`create schema if not exists ${storage.vaultSchema}`);
    const vault = new WrappedKekVault(db, { schema: storage.vaultSchema });
    await vault.ensureSchema();
    const keyWrapping = new InProcessKeyWrappingClient(new KeyWrappingService({ providerFor: () => provider, vault }), {
      defaultTenant: TENANT,
    });

    const pki = await ensureDevelopmentPki(dir);
    const tenantCommand = async (command: TenantCommand): Promise<void> => {
      const state = await readModel.getTenant(TENANT);
      const decision = decideTenant(command, state);
      if (!decision.ok) throw new Error(decision.error.message);
      const envelopes = toEnvelopes(decision.events, {
        tenant: TENANT,
        actor: { kind: 'operator', name: 'bench' },
        occurredAt: command.data.now,
        expectedVersion: state.version,
        newId: randomUUID,
      });
      const verdict = verdicts.waitFor(
        envelopes.map((e) => e.id),
        30_000,
      );
      await log.append(storage.events, toCommandRecords(envelopes, randomUUID()));
      if ((await verdict).outcome !== 'applied') throw new Error(`${command.type} was not applied`);
    };
    const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const root = await provider.describe();
    await tenantCommand({
      type: 'CreateTenant',
      data: {
        tenant: TENANT,
        now,
        rootKey: { rootKeyId: root.rootKeyId, rootKeyVersion: Number(root.currentVersion) },
      },
    });
    await tenantCommand({
      type: 'AllowClient',
      data: {
        tenant: TENANT,
        now,
        fingerprint: pki.clientFingerprint,
        allowedOperations: OPERATIONS,
        trust: 'IssuedByServerCa',
      },
    });

    const gateway = await createKmipGateway(
      { eventLog: log, db, keyWrapping, logger: silentGatewayLogger },
      {
        port: 0,
        host: '127.0.0.1',
        tls: {
          cert: await readFile(pki.serverCertificatePath),
          key: await readFile(pki.serverKeyPath),
          ca: await readFile(pki.caCertificatePath),
        },
        inventorySchema: schema,
        eventsTopic: storage.events,
        accessTopic: storage.access,
        logOperations: false,
        verdictTimeoutMs: 20_000,
      },
    );
    closers.unshift(() => gateway.close(1_000));
    const { port } = await gateway.listen();
    const tls = {
      host: '127.0.0.1',
      port,
      cert: await readFile(pki.clientCertificatePath),
      key: await readFile(pki.clientKeyPath),
      ca: await readFile(pki.caCertificatePath),
    };
    const open = async (): Promise<Connection> => {
      const socket = connect(tls);
      await once(socket, 'secureConnect');
      return new Connection(socket);
    };

    // Keys for the Gets.
    const seed = await open();
    const getRequests: Buffer[] = [];
    for (let i = 0; i < 32; i++) {
      const answer = decodeResponseBytes(await seed.request(createRequest));
      const { uniqueIdentifier } = decodeResponsePayload(Operation.Create, answer.batchItems[0], KMIP_1_1);
      getRequests.push(message(requestBatchItem(Operation.Get, { uniqueIdentifier }, KMIP_1_1)));
    }
    seed.close();

    const points: [string, (i: number) => Buffer][] = [
      ['discover-versions', () => discoverRequest],
      ['get', (i) => getRequests[i % getRequests.length]],
      ['create', () => createRequest],
    ];
    for (const [name, request] of points) {
      for (const count of CONNECTIONS) {
        const connections = await Promise.all(Array.from({ length: count }, open));
        const latencies: number[] = [];
        let failures = 0;
        const end = performance.now() + SECONDS_PER_POINT * 1000;
        const started = performance.now();
        await Promise.all(
          connections.map(async (connection, c) => {
            for (let i = c; performance.now() < end; i += count) {
              const t0 = performance.now();
              const answer = await connection.request(request(i));
              latencies.push(performance.now() - t0);
              if (!succeeded(answer)) failures++;
            }
          }),
        );
        const elapsed = (performance.now() - started) / 1000;
        connections.forEach((c) => c.close());
        latencies.sort((a, b) => a - b);
        const figure = `kmip.gateway.${kind}.${name}.c${count}`;
        report(`${figure}.throughput`, latencies.length / elapsed, 'ops/s');
        report(`${figure}.p50`, percentile(latencies, 50), 'ms');
        report(`${figure}.p99`, percentile(latencies, 99), 'ms');
        if (failures > 0) report(`${figure}.failures`, failures, 'requests');
      }
    }
  } finally {
    for (const close of closers) await close().catch(() => undefined);
    await provider.close();
    await storage.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export const benchmarks: Benchmark[] = [
  { name: 'kmip.gateway.embedded', run: (report) => run(report, 'embedded') },
  { name: 'kmip.gateway.distributed', run: (report) => run(report, 'distributed') },
];
