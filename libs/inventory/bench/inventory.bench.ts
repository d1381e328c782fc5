/**
 * Inventory benchmarks on Kafka (127.0.0.1:9092, `npm run kafka:start`) and PostgreSQL (127.0.0.1:5432, database
 * `test`, or DATABASE_URL):
 * - projection throughput: events applied per second from a pre-filled topic into the read model (vCenter key
 *   lifecycles: Create, three AddAttribute in one command, Activate), from the first commit to the last;
 * - append→verdict latency as a gateway sees it: commands issued at a paced 500/s, each timed from its append
 *   until the VerdictWaiter reports it applied; with the default durable commits, and again with
 *   `synchronousCommit: false` (no WAL flush wait per projector transaction).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { KafkaEventLog, type AppendRecord } from '@kmip/event-log';
import {
  ensureInventorySchema,
  InventoryTables,
  startProjector,
  toCommandRecords,
  VerdictWaiter,
} from '@kmip/inventory';
import { PgDatabase } from '@kmip/sql';
import type { Benchmark } from '../../../tools/bench/benchmark';
import {
  activated,
  envelopesOf,
  keyCreatedEvent,
  vcenterAttributes,
} from '../src/testing/inventory-fixtures.spec-helper';

type Report = (figure: string, value: number, unit: string) => void;

const BROKERS = ['127.0.0.1:9092'];
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PARTITIONS = 6;
const TENANTS = 16;
const OBJECTS = 4_000;
const PACED_RATE = 500;
const PACED_SECONDS = 10;

const unique = (prefix: string): string => `${prefix}_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Every object's lifecycle as the gateway appends it: three commands, five events. */
function lifecycleRecords(objects: number): AppendRecord[] {
  const rounds: AppendRecord[][] = [[], [], []];
  for (let i = 0; i < objects; i++) {
    const tenant = `bench-tenant-${i % TENANTS}`;
    const objectId = `key-${i}`;
    const commands = [
      envelopesOf([keyCreatedEvent(tenant, objectId)], { tenant, objectId, expectedVersion: 0 }),
      envelopesOf(vcenterAttributes(), { tenant, objectId, expectedVersion: 1 }),
      envelopesOf([activated()], { tenant, objectId, expectedVersion: 4 }),
    ];
    commands.forEach((envelopes, round) => rounds[round].push(...toCommandRecords(envelopes, randomUUID())));
  }
  return rounds.flat();
}

async function auditCount(db: PgDatabase, tables: InventoryTables): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`select count(*) as n from ${tables.auditEvents}`);
  return Number(rows[0].n);
}

async function projectionThroughput(log: KafkaEventLog, db: PgDatabase, report: Report): Promise<void> {
  const tables = new InventoryTables(unique('bench_inv'));
  const topic = unique('bench.inventory.events');
  await log.createTopics([{ name: topic, partitions: PARTITIONS }]);
  const records = lifecycleRecords(OBJECTS);
  for (let i = 0; i < records.length; i += 1_000) await log.append(topic, records.slice(i, i + 1_000));
  await ensureInventorySchema(db, tables);
  const projector = await startProjector(log, db, {
    schema: tables.schema,
    eventsTopic: topic,
    accessTopic: false,
    groupId: unique('bench'),
  });
  try {
    let started: { at: number; count: number } | undefined;
    const deadline = performance.now() + 60_000;
    for (;;) {
      const count = await auditCount(db, tables);
      const now = performance.now();
      if (count > 0 && !started) started = { at: now, count };
      if (count >= records.length) {
        if (started && now > started.at)
          report('inventory.projection', (count - started.count) / ((now - started.at) / 1000), 'events/s');
        break;
      }
      if (now > deadline) throw new Error(`projection did not finish in 60 s (${count} of ${records.length})`);
      await sleep(20);
    }
  } finally {
    await projector.stop();
    await db.query(`drop schema ${tables.schema} cascade`);
  }
}

async function verdictLatency(
  log: KafkaEventLog,
  db: PgDatabase,
  report: Report,
  figure: string,
  synchronousCommit: boolean,
): Promise<void> {
  const tables = new InventoryTables(unique('bench_inv'));
  const topic = unique('bench.inventory.latency');
  await log.createTopics([{ name: topic, partitions: PARTITIONS }]);
  const projector = await startProjector(log, db, {
    schema: tables.schema,
    eventsTopic: topic,
    accessTopic: false,
    groupId: unique('bench'),
    synchronousCommit,
  });
  const waiter = await VerdictWaiter.start(db, { schema: tables.schema });
  try {
    // Let the consumer join its group before the clock starts.
    const warmup = envelopesOf([keyCreatedEvent('warmup', 'k')], {
      tenant: 'warmup',
      objectId: 'k',
      expectedVersion: 0,
    });
    await log.append(topic, toCommandRecords(warmup, randomUUID()));
    await waiter.waitFor([warmup[0].id], 60_000);

    const latencies: number[] = [];
    let failed = 0;
    const total = PACED_RATE * PACED_SECONDS;
    const issue = async (i: number): Promise<void> => {
      const tenant = `bench-tenant-${i % TENANTS}`;
      const envelopes = envelopesOf([keyCreatedEvent(tenant, `key-${i}`)], {
        tenant,
        objectId: `key-${i}`,
        expectedVersion: 0,
      });
      const at = performance.now();
      await log.append(topic, toCommandRecords(envelopes, randomUUID()));
      const outcome = await waiter.waitFor([envelopes[0].id], 30_000);
      if (outcome.outcome === 'applied') latencies.push(performance.now() - at);
      else failed++;
    };
    const pending: Promise<void>[] = [];
    const start = performance.now();
    for (let sent = 0; sent < total;) {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * PACED_RATE));
      for (; sent < due; sent++) pending.push(issue(sent));
      await sleep(2);
    }
    await Promise.all(pending);
    const elapsed = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    report(`${figure}.rate`, total / elapsed, 'commands/s');
    report(`${figure}.p50`, percentile(latencies, 50), 'ms');
    report(`${figure}.p99`, percentile(latencies, 99), 'ms');
    report(`${figure}.failed`, failed, 'commands');
  } finally {
    await waiter.close();
    await projector.stop();
    await db.query(`drop schema ${tables.schema} cascade`);
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'inventory',
    async run(report) {
      const log = await KafkaEventLog.connect({ brokers: BROKERS, clientId: 'inventory-bench' });
      const db = PgDatabase.connect({ pool: { connectionString: DATABASE_URL, max: 8 } });
      try {
        await projectionThroughput(log, db, report);
        await verdictLatency(log, db, report, 'inventory.verdict', true);
        await verdictLatency(log, db, report, 'inventory.verdict.async-commit', false);
      } finally {
        await log.close();
        await db.close();
      }
    },
  },
];
