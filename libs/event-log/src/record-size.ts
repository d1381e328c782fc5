import type { AppendRecord } from './event-log.port';
import { RecordTooLargeError } from './event-log.errors';

/** Default largest record accepted: under Kafka's default `message.max.bytes` (1,048,588) with batch overhead. */
export const DEFAULT_MAX_RECORD_BYTES = 1_000_000;

/** Room for a record's framing in a Kafka record batch (length, attributes, deltas, varint lengths). */
const RECORD_OVERHEAD_BYTES = 32;

/** Bytes a record takes in a batch, rounded up: key, value and headers plus framing. */
export function recordSize(record: AppendRecord): number {
  let size = RECORD_OVERHEAD_BYTES + Buffer.byteLength(record.key, 'utf8');
  size += typeof record.value === 'string' ? Buffer.byteLength(record.value, 'utf8') : record.value.length;
  for (const [name, value] of Object.entries(record.headers ?? {})) {
    size += 10 + Buffer.byteLength(name, 'utf8') + Buffer.byteLength(value, 'utf8');
  }
  return size;
}

/** Refuses the whole batch if one record is over the limit, so a batch is stored whole or not at all. */
export function assertRecordSizes(topic: string, records: readonly AppendRecord[], limit: number): number[] {
  return records.map((record, index) => {
    const size = recordSize(record);
    if (size > limit) throw new RecordTooLargeError(topic, index, size, limit);
    return size;
  });
}
