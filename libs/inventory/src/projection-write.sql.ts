import type { InventoryTables } from './inventory-tables';

/**
 * Everything one projector transaction writes, as one statement (one round trip): data-modifying CTEs each run
 * exactly once, whatever the final SELECT reads. Parameters: $1 object rows, $2 tenant rows, $3 audit rows,
 * $4 verdict rows (each a JSON array), $5 group, $6 topic, $7 partition, $8 next offset, $9 the verdicts' channels
 * and $10 the payload for each, $11 changed-objects channel, $12 its payloads, $13 the position the writer expects
 * to find (null: any, the writer holds the row lock), $14 `synchronous_commit` for this transaction ('on' or 'off'), and,
 * for a chunk judged on remembered states instead of read ones, $15/$16/$17 the objects and the versions assumed
 * (0: absent) and $18 the chunk's event ids, which must have no verdict yet (all null when the states were read).
 *
 * Every write and NOTIFY hangs on the position update: when the stored position is not the expected one (another
 * projector moved it since it was read), or an assumed state is not the stored one, the statement changes nothing
 * and answers `applied = 0`. Run on its own,
 * outside a transaction block, it is still all or nothing. The NOTIFYs are delivered, in the order sent, when the
 * transaction commits.
 */
export function projectionWriteSql(t: InventoryTables): string {
  return `
with
position_written as (
  update ${t.consumerPositions} set next_offset = $8
   where group_id = $5 and topic = $6 and partition = $7 and ($13::bigint is null or next_offset = $13::bigint)
     and ($15::text[] is null or not exists (
           select 1 from unnest($15::text[], $16::text[], $17::int[]) as k(tenant, object_id, version)
             left join ${t.objects} o on o.tenant = k.tenant and o.object_id = k.object_id
            where coalesce(o.version, 0) <> k.version))
     and ($18::text[] is null or not exists (select 1 from ${t.verdicts} where event_id = any($18::text[])))
  returning 1
),
commit_setting as (
  select set_config('synchronous_commit', $14::text, true) from position_written
),
objects_written as (
  insert into ${t.objects} (tenant, object_id, version, state, object_type, kmip_state, algorithm, names,
         custom_attributes, attribute_keys, root_key_id, root_key_version, updated_at)
  select r.* from jsonb_to_recordset($1::jsonb) as r(tenant text, object_id text, version int, state jsonb,
         object_type text, kmip_state text, algorithm text, names text[], custom_attributes jsonb,
         attribute_keys text[], root_key_id text, root_key_version int, updated_at text), position_written
  on conflict (tenant, object_id) do update set version = excluded.version, state = excluded.state,
         object_type = excluded.object_type, kmip_state = excluded.kmip_state, algorithm = excluded.algorithm,
         names = excluded.names, custom_attributes = excluded.custom_attributes,
         attribute_keys = excluded.attribute_keys, root_key_id = excluded.root_key_id,
         root_key_version = excluded.root_key_version, updated_at = excluded.updated_at
  returning 1
),
tenants_written as (
  insert into ${t.tenants} (tenant, version, state, updated_at)
  select r.* from jsonb_to_recordset($2::jsonb) as r(tenant text, version int, state jsonb, updated_at text),
         position_written
  on conflict (tenant) do update set version = excluded.version, state = excluded.state,
         updated_at = excluded.updated_at
  returning 1
),
audit_written as (
  insert into ${t.auditEvents} (partition, "offset", event_id, type, schema_version, tenant, object_id, actor,
         occurred_at, expected_version, verdict, version, reason, command_id, data, logged_at)
  select partition, "offset", event_id, type, schema_version, tenant, object_id, actor, occurred_at,
         expected_version, verdict, version, reason, command_id, data, logged_at
    from jsonb_to_recordset($3::jsonb) as r(partition int, "offset" bigint, event_id text, type text,
         schema_version int, tenant text, object_id text, actor jsonb, occurred_at text, expected_version int,
         verdict text, version int, reason text, command_id text, data jsonb, logged_at bigint), position_written
  on conflict (partition, "offset") do nothing
  returning 1
),
verdicts_written as (
  insert into ${t.verdicts} (event_id, verdict, version, command_id, reason, partition, "offset")
  select event_id, verdict, version, command_id, reason, partition, "offset"
    from jsonb_to_recordset($4::jsonb) as r(event_id text, verdict text, version int, command_id text,
         reason text, partition int, "offset" bigint), position_written
  on conflict (event_id) do nothing
  returning 1
),
notified as (
  -- Changed objects first, then verdicts: a listener drops what it cached before it hears a command's verdict.
  select pg_notify($11, p) from unnest($12::text[]) as p, position_written
  union all
  select pg_notify(v.channel, v.payload) from unnest($9::text[], $10::text[]) as v(channel, payload), position_written
)
select (select count(*) from position_written)::int as applied, (select count(*) from notified)::int as notified,
       (select count(*) from commit_setting)::int as configured`;
}

/**
 * Loads what a chunk needs in one round trip: $1/$2 object keys, $3 tenants, $4 event ids with a verdict, and the
 * stored position of partition $7 ($5 group, $6 topic).
 */
export function projectionLoadSql(t: InventoryTables): string {
  return `
select 'object' as kind, o.tenant as tenant, o.object_id as id, o.state as state
  from ${t.objects} o
  join unnest($1::text[], $2::text[]) as k(tenant, object_id) on o.tenant = k.tenant and o.object_id = k.object_id
union all
select 'tenant', tenant, null::text, state from ${t.tenants} where tenant = any($3::text[])
union all
select 'verdict', null::text, event_id, null::jsonb from ${t.verdicts} where event_id = any($4::text[])
union all
select 'position', null::text, next_offset::text, null::jsonb from ${t.consumerPositions}
 where group_id = $5 and topic = $6 and partition = $7`;
}
