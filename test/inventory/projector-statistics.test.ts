/**
 * The projector's cost per record must not grow with the inventory. Its statements are prepared once per connection
 * and PostgreSQL keeps the generic plan made on the first, nearly empty, tables; the server of these tests runs
 * without autovacuum, so nothing would ever replace that plan. The projector analyzes its tables as they grow
 * (TableStatistics): once they did, its writes find objects and verdicts by their keys, never by scanning them.
 */
import { randomUUID } from 'node:crypto';
import type { LoggedRecord } from '@kmip/event-log';
import {
  ensureInventorySchema,
  EventProjector,
  InventoryTables,
  projectionStatistics,
  toCommandRecords,
} from '@kmip/inventory';
import type { PgDatabase } from '@kmip/sql';
import { envelopesOf, keyCreatedEvent } from '../../libs/inventory/src/testing/inventory-fixtures.spec-helper';
import { testDatabase, uniqueName } from './inventory-test-helpers';

jest.setTimeout(120_000);

/** One Create command per object, as gateways append them, at consecutive offsets of partition 0. */
function createRecords(from: number, count: number): LoggedRecord[] {
  const records: LoggedRecord[] = [];
  for (let i = from; i < from + count; i++) {
    const objectId = `key-${i}`;
    const envelopes = envelopesOf([keyCreatedEvent('t', objectId)], { tenant: 't', objectId, expectedVersion: 0 });
    for (const record of toCommandRecords(envelopes, randomUUID())) {
      records.push({
        ...record,
        topic: 'events',
        partition: 0,
        offset: i,
        headers: record.headers ?? {},
        value: Buffer.from(record.value),
        timestamp: Date.now(),
      });
    }
  }
  return records;
}

/** Sequential scans of the objects and verdicts tables so far, flushed from this (only) connection first. */
async function sequentialScans(db: PgDatabase, tables: InventoryTables): Promise<number> {
  await db.query('select pg_stat_force_next_flush()');
  const { rows } = await db.query<{ scans: string }>(
    `select coalesce(sum(seq_scan), 0) as scans from pg_stat_user_tables
      where schemaname = $1 and relname in ('objects', 'verdicts')`,
    [tables.schema],
  );
  return Number(rows[0].scans);
}

/** The number of histogram bounds PostgreSQL keeps for the object ids: the statistics target used, plus one. */
async function objectIdHistogramBounds(db: PgDatabase, tables: InventoryTables): Promise<number | null> {
  const { rows } = await db.query<{ n: number | null }>(
    `select array_length(histogram_bounds::text::text[], 1) as n from pg_stats
      where schemaname = $1 and tablename = 'objects' and attname = 'object_id'`,
    [tables.schema],
  );
  return rows[0]?.n ?? null;
}

/**
 * Projects 3,000 Creates in chunks of 10, then 300 more; returns the scans made by the last 30 chunks and the
 * histogram the statistics left for the object ids.
 */
async function scansOnceGrown(withStatistics: boolean): Promise<{ scans: number; bounds: number | null }> {
  const tables = new InventoryTables(uniqueName('inv_stats'));
  // One connection: the projector's statements and the statistics read share one backend.
  const db = testDatabase(1);
  try {
    await ensureInventorySchema(db, tables);
    const statistics = withStatistics ? projectionStatistics(db, tables) : undefined;
    const projector = new EventProjector(db, tables, {
      topic: 'events',
      groupId: 'stats',
      ...(statistics === undefined ? {} : { statistics }),
    });
    await projector.loadPositions([0]);
    const feed = async (records: LoggedRecord[]) => {
      for (let i = 0; i < records.length; i += 10) await projector.handle(records.slice(i, i + 10));
    };
    await feed(createRecords(0, 3_000));
    await statistics?.settled();
    const bounds = await objectIdHistogramBounds(db, tables);
    const before = await sequentialScans(db, tables);
    await feed(createRecords(3_000, 300));
    const after = await sequentialScans(db, tables);
    const { rows } = await db.query<{ n: string }>(`select count(*) as n from ${tables.objects}`);
    expect(Number(rows[0].n)).toBe(3_300);
    return { scans: after - before, bounds };
  } finally {
    await db.query(`drop schema if exists ${tables.schema} cascade`);
    await db.close();
  }
}

describe('the projector on a growing inventory, without autovacuum', () => {
  it('finds objects and verdicts by key once its tables are analyzed, from a sample of 3,000 rows', async () => {
    const { scans, bounds } = await scansOnceGrown(true);
    expect(scans).toBe(0);
    // Statistics target 10: 11 bounds (the default, 100, would keep 101), from a twentieth of the sampled rows.
    expect(bounds).toBe(11);
  });

  it('would scan them on every chunk with the plans made on the empty tables (what the statistics prevent)', async () => {
    const { scans, bounds } = await scansOnceGrown(false);
    expect(scans).toBeGreaterThanOrEqual(30);
    expect(bounds).toBeNull();
  });
});
