/**
 * The read model's Name and custom-attribute indexes on the real PostgreSQL: partial, so that objects without a Name
 * or custom attributes (vCenter's keys as created) add no entry, and still used by Locate.
 */
import { ensureInventorySchema, InventoryTables } from '@kmip/inventory';
import { attributeKey } from '../../libs/inventory/src/attribute-key';
import { locateQuery } from '../../libs/inventory/src/locate-query';
import type { PgDatabase } from '@kmip/sql';
import { testDatabase, uniqueName } from './inventory-test-helpers';

jest.setTimeout(60_000);

let db: PgDatabase;
let schema: string;
let tables: InventoryTables;

beforeAll(async () => {
  db = testDatabase(2);
  schema = uniqueName('invidx');
  tables = new InventoryTables(schema);
  await ensureInventorySchema(db, tables);
  const vendor = attributeKey('x-Vendor', { kind: 'text', value: 'VMware, Inc.' });
  // 2,000 unnamed keys without attributes, a few named or tagged ones.
  await db.query(
    `insert into ${tables.objects} (tenant, object_id, version, state, object_type, names, attribute_keys, updated_at)
     select 't', 'k' || i, 1, '{}'::jsonb, 'SymmetricKey',
            case when i % 500 = 0 then array['vm-' || i] else '{}' end,
            case when i % 400 = 0 then array[$1] else '{}' end, '2024-05-01T12:00:00Z'
       from generate_series(1, 2000) as i`,
    [vendor],
  );
  await db.query(`analyze ${tables.objects}`);
});

afterAll(async () => {
  await db.query(`drop schema if exists ${schema} cascade`);
  await db.close();
});

async function plan(text: string, params: unknown[]): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.query('set local enable_seqscan = off');
    const { rows } = await tx.query<{ 'QUERY PLAN': string }>(`explain ${text}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('the Name and custom-attribute indexes', () => {
  it('finds named and tagged objects through the partial indexes', async () => {
    const byName = locateQuery(tables, 't', { names: ['vm-500'] });
    expect(await plan(byName.text, byName.params)).toContain('objects_named');
    expect((await db.query(byName.text, byName.params)).rows).toEqual([{ object_id: 'k500' }]);

    const byAttribute = locateQuery(tables, 't', {
      customAttributes: [{ name: 'x-Vendor', value: { kind: 'text', value: 'VMware, Inc.' } }],
    });
    expect(await plan(byAttribute.text, byAttribute.params)).toContain('objects_attributed');
    expect((await db.query(byAttribute.text, byAttribute.params)).rows).toHaveLength(5);
  });

  it('holds only the objects that have a Name or custom attributes', async () => {
    const { rows } = await db.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where schemaname = $1 and indexdef like '%USING gin%' order by 1`,
      [schema],
    );
    expect(rows.map((r) => r.indexname)).toEqual(['objects_attributed', 'objects_named']);
    for (const r of rows) expect(r.indexdef).toMatch(/WHERE \((names|attribute_keys) <> '\{\}'::text\[\]\)$/);
  });

  it('keeps no index of the audit trail that no query reads, and every key of the object table', async () => {
    const { rows } = await db.query<{ tablename: string; indexname: string }>(
      `select tablename, indexname from pg_indexes where schemaname = $1 and tablename in ('audit_events', 'objects')
        order by 1, 2`,
      [schema],
    );
    expect(rows.map((r) => `${r.tablename}.${r.indexname}`)).toEqual([
      'audit_events.audit_by_object',
      'audit_events.audit_events_pkey',
      'objects.objects_attributed',
      'objects.objects_by_creation',
      'objects.objects_by_root_key',
      'objects.objects_named',
      'objects.objects_pkey',
    ]);
  });

  it('replaces the indexes of a read model created by an earlier version', async () => {
    const old = new InventoryTables(uniqueName('invold'));
    try {
      await ensureInventorySchema(db, old);
      await db.query(`drop index ${old.schema}.objects_named, ${old.schema}.objects_attributed`);
      await db.query(`create index objects_by_names on ${old.objects} using gin (names)`);
      await db.query(`create index objects_by_attributes on ${old.objects} using gin (attribute_keys)`);
      await db.query(`create index audit_by_event on ${old.auditEvents} (event_id)`);
      await ensureInventorySchema(db, old);
      const { rows } = await db.query<{ indexname: string }>(
        `select indexname from pg_indexes where schemaname = $1 and indexdef like '%USING gin%' order by 1`,
        [old.schema],
      );
      expect(rows.map((r) => r.indexname)).toEqual(['objects_attributed', 'objects_named']);
      const audit = await db.query(`select 1 from pg_indexes where schemaname = $1 and indexname = 'audit_by_event'`, [
        old.schema,
      ]);
      expect(audit.rows).toEqual([]);
    } finally {
      await db.query(`drop schema if exists ${old.schema} cascade`);
    }
  });
});
