import type { SqlDatabase } from '@kmip/sql';
import { InventoryTables } from './inventory-tables';

/**
 * The read model's tables. Dates from events are kept as the events carry them (canonical ISO-8601 UTC text, which
 * sorts in time order); `logged_at` is the log's own timestamp in milliseconds.
 */
export function inventorySchemaSql(t: InventoryTables): string {
  return `
create schema if not exists ${t.schema};

create table if not exists ${t.objects} (
  tenant text not null,
  object_id text not null,
  version int not null,
  state jsonb not null,
  object_type text,
  kmip_state text,
  algorithm text,
  names text[] not null default '{}',
  custom_attributes jsonb not null default '{}',
  attribute_keys text[] not null default '{}',
  root_key_id text,
  root_key_version int,
  created_seq bigint generated always as identity,
  updated_at text not null,
  primary key (tenant, object_id)
);
create index if not exists objects_by_creation on ${t.objects} (tenant, created_seq);
-- Only objects with a Name, or with custom attributes, are in these (Locate repeats the predicates): vCenter's keys
-- have no Name and get their attributes after the Create, and an empty array still cost every insert a GIN entry
-- (all under one key). Earlier versions indexed every row, under other names.
drop index if exists ${t.schema}.objects_by_names;
drop index if exists ${t.schema}.objects_by_attributes;
create index if not exists objects_named on ${t.objects} using gin (names) where names <> '{}';
create index if not exists objects_attributed on ${t.objects} using gin (attribute_keys) where attribute_keys <> '{}';
create index if not exists objects_by_root_key on ${t.objects} (tenant, root_key_id, root_key_version);

create table if not exists ${t.tenants} (
  tenant text primary key,
  version int not null,
  state jsonb not null,
  updated_at text not null
);

create table if not exists ${t.clients} (
  fingerprint text not null,
  tenant text not null,
  client_id text not null,
  allowed_operations text[] not null,
  trust text not null,
  credential jsonb,
  allowed_at text not null,
  primary key (fingerprint, tenant)
);
create index if not exists clients_by_tenant on ${t.clients} (tenant);

create table if not exists ${t.auditEvents} (
  partition int not null,
  "offset" bigint not null,
  event_id text,
  type text,
  schema_version int,
  tenant text not null,
  object_id text,
  actor jsonb,
  occurred_at text,
  expected_version int,
  verdict text not null check (verdict in ('applied', 'conflict', 'rejected')),
  version int,
  reason text,
  command_id text,
  data jsonb,
  logged_at bigint not null,
  primary key (partition, "offset")
);
create index if not exists audit_by_object on ${t.auditEvents} (tenant, object_id, partition, "offset");
-- Earlier versions also indexed event_id here, which no query reads (verdicts has it as its key): dropped.
drop index if exists ${t.schema}.audit_by_event;

create table if not exists ${t.accessLog} (
  partition int not null,
  "offset" bigint not null,
  id text not null,
  at text not null,
  tenant text,
  fingerprint text not null,
  address text not null,
  operation text not null,
  object_id text,
  result text not null,
  primary key (partition, "offset")
);
create index if not exists access_by_tenant on ${t.accessLog} (tenant, at);
create index if not exists access_by_object on ${t.accessLog} (tenant, object_id, at);

create table if not exists ${t.verdicts} (
  event_id text primary key,
  verdict text not null check (verdict in ('applied', 'conflict', 'rejected')),
  version int,
  command_id text,
  reason text,
  partition int not null,
  "offset" bigint not null
);

create table if not exists ${t.consumerPositions} (
  group_id text not null,
  topic text not null,
  partition int not null,
  next_offset bigint not null,
  primary key (group_id, topic, partition)
);
`;
}

/**
 * Creates the schema and tables that do not exist yet. Several processes may start at once: a transaction-scoped
 * advisory lock makes them create it one after the other.
 */
export async function ensureInventorySchema(db: SqlDatabase, tables: InventoryTables): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`kmip-inventory-schema:${tables.schema}`]);
    for (const statement of inventorySchemaSql(tables).split(';')) {
      if (statement.trim()) await tx.query(statement);
    }
  });
}
