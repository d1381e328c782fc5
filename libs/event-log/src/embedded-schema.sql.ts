/**
 * Tables of the embedded log, in their own schema so the projections sharing the same PGlite database don't
 * collide with them. Offsets and timestamps are per partition; `last_timestamp` keeps timestamps non-decreasing
 * within a partition so "first record at or after T" is a simple lookup.
 */
export const EMBEDDED_SCHEMA_SQL = `
create schema if not exists event_log;
create table if not exists event_log.topics (
  name text primary key,
  partitions int not null check (partitions > 0)
);
create table if not exists event_log.partitions (
  topic text not null references event_log.topics (name),
  partition int not null,
  next_offset bigint not null default 0,
  last_timestamp bigint not null default 0,
  primary key (topic, partition)
);
create table if not exists event_log.records (
  topic text not null,
  partition int not null,
  "offset" bigint not null,
  key text not null,
  value bytea not null,
  headers jsonb not null,
  "timestamp" bigint not null,
  primary key (topic, partition, "offset")
);
create index if not exists records_by_time on event_log.records (topic, partition, "timestamp");
`;

/** NOTIFY channel carrying the topic name after each committed append. */
export const APPEND_CHANNEL = 'event_log_appended';
