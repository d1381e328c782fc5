import type { LoggedRecord } from './event-log.port';

/** A row of event_log.records as PGlite returns it (int8 as number, bytea as Uint8Array, jsonb parsed). */
export interface RecordRow {
  topic: string;
  partition: number;
  offset: number;
  key: string;
  value: Uint8Array;
  headers: Record<string, string>;
  timestamp: number;
}

export const RECORD_COLUMNS = `topic, partition, "offset", key, value, headers, "timestamp"`;

export function toLoggedRecord(row: RecordRow): LoggedRecord {
  return {
    topic: row.topic,
    partition: row.partition,
    offset: Number(row.offset),
    key: row.key,
    value: Buffer.from(row.value.buffer, row.value.byteOffset, row.value.byteLength),
    headers: row.headers,
    timestamp: Number(row.timestamp),
  };
}
