/**
 * A projector process killed with SIGKILL in the middle of the stream, and started again, applies every event
 * exactly once: its position and its effects commit together, so a restart neither loses nor repeats a record.
 */
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { KafkaEventLog, type AppendRecord } from '@kmip/event-log';
import { foldManagedObject, toEvent, type EventEnvelope, type ManagedObjectEvent } from '@kmip/key-lifecycle';
import { InventoryReadModel, toCommandRecords } from '@kmip/inventory';
import type { PgDatabase } from '@kmip/sql';
import {
  activated,
  envelopesOf,
  keyCreatedEvent,
  vcenterAttributes,
} from '../../libs/inventory/src/testing/inventory-fixtures.spec-helper';
import type { ChildInput } from './projector.child';
import {
  captureOutput,
  exited,
  KAFKA_BROKERS,
  spawnTsChild,
  testDatabase,
  uniqueName,
  waitUntil,
} from './inventory-test-helpers';

jest.setTimeout(240_000);

const TENANTS = 4;
const OBJECTS_PER_TENANT = 150;
const EVENTS_PER_OBJECT = 5;
const TOTAL = TENANTS * OBJECTS_PER_TENANT * EVENTS_PER_OBJECT;

describe('a projector killed with SIGKILL mid-stream', () => {
  const schema = uniqueName('inv_crash');
  const topic = uniqueName('events_crash');
  // A group of its own: members of one group subscribed to other topics (another test, a running stack) would be
  // handed this topic's partitions.
  const groupId = uniqueName('inventory_crash');
  let db: PgDatabase;
  let log: KafkaEventLog;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    db = testDatabase(2);
    log = await KafkaEventLog.connect({ brokers: KAFKA_BROKERS, clientId: 'inventory-crash-test' });
    await log.createTopics([{ name: topic, partitions: 3 }]);
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await db.query(`drop schema if exists ${schema} cascade`);
    await db.close();
    await log.close();
  });

  async function auditCount(): Promise<number> {
    const exists = await db.query(`select 1 from pg_tables where schemaname = $1 and tablename = 'audit_events'`, [
      schema,
    ]);
    if (exists.rows.length === 0) return 0;
    const { rows } = await db.query<{ n: string }>(`select count(*) as n from ${schema}.audit_events`);
    return Number(rows[0].n);
  }

  function startChild(): { child: ChildProcess; output: () => string } {
    const input: ChildInput = {
      topic,
      schema,
      groupId,
      maxRecordsPerTransaction: 10,
      transactionDelayMs: 5,
    };
    const child = spawnTsChild('projector.child.ts', { INVENTORY_CHILD: JSON.stringify(input) });
    children.push(child);
    return { child, output: captureOutput(child) };
  }

  /** Lets a child project until at least `atLeast` audit rows exist, then kills it; answers the count it reached. */
  async function killAfter(atLeast: number): Promise<number> {
    const { child, output } = startChild();
    await waitUntil(
      `${atLeast} audit rows (child output: ${output()})`,
      async () => (await auditCount()) >= atLeast,
      90_000,
    );
    child.kill('SIGKILL');
    expect(await exited(child)).toBe('SIGKILL');
    return auditCount();
  }

  it('applies every event exactly once after restarts', async () => {
    // Every object: Create, vCenter's three AddAttribute in one command, Activate. Tenants interleave.
    const byObject = new Map<string, EventEnvelope[]>();
    const records: AppendRecord[] = [];
    for (let round = 0; round < 3; round++) {
      for (let o = 0; o < OBJECTS_PER_TENANT; o++) {
        for (let t = 0; t < TENANTS; t++) {
          const tenant = `tenant-${t}`;
          const objectId = `key-${o}`;
          const events =
            round === 0 ? [keyCreatedEvent(tenant, objectId)] : round === 1 ? vcenterAttributes() : [activated()];
          const expectedVersion = round === 0 ? 0 : round === 1 ? 1 : 4;
          const envelopes = envelopesOf(events, { tenant, objectId, expectedVersion });
          byObject.set(`${tenant}/${objectId}`, [...(byObject.get(`${tenant}/${objectId}`) ?? []), ...envelopes]);
          records.push(...toCommandRecords(envelopes, randomUUID()));
        }
      }
    }
    expect(records).toHaveLength(TOTAL);
    for (let i = 0; i < records.length; i += 500) await log.append(topic, records.slice(i, i + 500));

    const firstKill = await killAfter(300);
    const secondKill = await killAfter(firstKill + 600);
    // Both kills happened mid-stream, otherwise this test would prove nothing.
    expect(secondKill).toBeLessThan(TOTAL);

    const { child, output } = startChild();
    await waitUntil(`all audit rows (child output: ${output()})`, async () => (await auditCount()) >= TOTAL, 120_000);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);

    // One audit row per record, one applied verdict per event, positions at the end of each partition.
    const audit = await db.query<{ n: string; ids: string; applied: string }>(
      `select count(*) as n, count(distinct event_id) as ids, count(*) filter (where verdict = 'applied') as applied
         from ${schema}.audit_events`,
    );
    expect(audit.rows[0]).toEqual({ n: String(TOTAL), ids: String(TOTAL), applied: String(TOTAL) });
    const verdicts = await db.query<{ n: string }>(`select count(*) as n from ${schema}.verdicts`);
    expect(Number(verdicts.rows[0].n)).toBe(TOTAL);
    const positions = await db.query<{ partition: number; next_offset: string }>(
      `select partition, next_offset from ${schema}.consumer_positions where topic = $1 order by partition`,
      [topic],
    );
    expect(positions.rows.map((r) => ({ partition: r.partition, offset: Number(r.next_offset) }))).toEqual(
      (await log.endOffsets(topic)).filter((end) => end.offset > 0),
    );

    // Each object's versions are consecutive in log order, and its state is the fold of its events.
    const versions = await db.query<{ tenant: string; object_id: string; versions: number[] }>(
      `select tenant, object_id, array_agg(version order by partition, "offset") as versions
         from ${schema}.audit_events group by tenant, object_id`,
    );
    expect(versions.rows).toHaveLength(TENANTS * OBJECTS_PER_TENANT);
    for (const row of versions.rows) expect(row.versions).toEqual([1, 2, 3, 4, 5]);
    const readModel = new InventoryReadModel(db, { schema });
    for (const [key, envelopes] of [...byObject].filter((_, i) => i % 37 === 0)) {
      const [tenant, objectId] = key.split('/');
      expect(await readModel.getObject(tenant, objectId)).toEqual(
        foldManagedObject(envelopes.map((e) => toEvent(e) as ManagedObjectEvent)),
      );
    }
  });
});
