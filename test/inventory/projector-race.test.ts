/**
 * Two projectors handed the same records of one partition at the same time (a rebalance overlap), on the real
 * PostgreSQL server: whichever writes first wins each chunk, the other notices its position moved and applies
 * nothing twice. Every record has exactly one audit row, and every object ends in the state its events fold to.
 */
import { randomUUID } from 'node:crypto';
import type { LoggedRecord } from '@kmip/event-log';
import { ensureInventorySchema, EventProjector, InventoryTables, toCommandRecords } from '@kmip/inventory';
import type { PgDatabase } from '@kmip/sql';
import {
  activated,
  envelopesOf,
  keyCreatedEvent,
  vcenterAttributes,
} from '../../libs/inventory/src/testing/inventory-fixtures.spec-helper';
import { testDatabase, uniqueName } from './inventory-test-helpers';

jest.setTimeout(120_000);

const OBJECTS = 60;

describe('two projectors of the same partition at once', () => {
  const schema = uniqueName('inv_race');
  const tables = new InventoryTables(schema);
  let db: PgDatabase;

  beforeAll(async () => {
    db = testDatabase(6);
    await ensureInventorySchema(db, tables);
  });

  afterAll(async () => {
    await db.query(`drop schema if exists ${schema} cascade`);
    await db.close();
  });

  it('apply every record exactly once, whoever wins each chunk', async () => {
    const records: LoggedRecord[] = [];
    const append = (envelopes: ReturnType<typeof envelopesOf>) => {
      for (const record of toCommandRecords(envelopes, randomUUID())) {
        records.push({
          ...record,
          topic: 'events',
          partition: 0,
          offset: records.length,
          headers: record.headers ?? {},
          value: Buffer.from(record.value),
          timestamp: Date.now(),
        });
      }
    };
    for (let o = 0; o < OBJECTS; o++) {
      const objectId = `key-${o}`;
      append(envelopesOf([keyCreatedEvent('t', objectId)], { tenant: 't', objectId, expectedVersion: 0 }));
      append(envelopesOf(vcenterAttributes(), { tenant: 't', objectId, expectedVersion: 1 }));
      append(envelopesOf([activated()], { tenant: 't', objectId, expectedVersion: 4 }));
    }

    const projector = () =>
      new EventProjector(db, tables, { topic: 'events', groupId: 'race', maxRecordsPerTransaction: 7 });
    const [a, b] = [projector(), projector()];
    await Promise.all([a.loadPositions([0]), b.loadPositions([0])]);
    // Both get the stream in batches of different sizes, so their chunks overlap in every way.
    const feed = async (p: EventProjector, size: number) => {
      for (let i = 0; i < records.length; i += size) await p.handle(records.slice(i, i + size));
    };
    await Promise.all([feed(a, 10), feed(b, 13)]);

    const audit = await db.query<{ offset: string; verdict: string }>(
      `select "offset", verdict from ${tables.auditEvents} order by "offset"`,
    );
    expect(audit.rows.map((r) => Number(r.offset))).toEqual(records.map((r) => r.offset));
    expect(audit.rows.every((r) => r.verdict === 'applied')).toBe(true);
    const objects = await db.query<{ version: number; kmip_state: string }>(
      `select version, kmip_state from ${tables.objects}`,
    );
    expect(objects.rows).toHaveLength(OBJECTS);
    expect(objects.rows.every((r) => r.version === 5 && r.kmip_state === 'Active')).toBe(true);
    const position = await db.query<{ next_offset: string }>(
      `select next_offset from ${tables.consumerPositions} where group_id = 'race'`,
    );
    expect(position.rows.map((r) => Number(r.next_offset))).toEqual([records.length]);
  });
});
