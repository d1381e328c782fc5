/**
 * The Kafka Produce request (API key 0, version 3) and its response, encoded here for the wire producer (see
 * wire-producer.ts). Version 3 is the oldest one Kafka 4 still serves (KIP-896) and the first to carry a record batch
 * of magic 2 (KIP-98): that batch is the unit a broker stores, checks (CRC-32C) and gives offsets to. Layouts from
 * the Kafka protocol guide (kafka.apache.org/protocol, "Produce API", "Record Batch", "Record").
 */
import { crc32c } from './crc32c';

export const PRODUCE_API_KEY = 0;
export const PRODUCE_API_VERSION = 3;

export interface WireRecord {
  readonly key: string;
  readonly value: Buffer | string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An idempotent producer's stamp on a batch (KIP-98): who wrote it, and the sequence number of its first record. */
export interface BatchProducer {
  readonly id: bigint;
  readonly epoch: number;
  readonly baseSequence: number;
}

export interface PartitionRecords {
  readonly partition: number;
  readonly records: readonly WireRecord[];
  /** Absent: a batch without idempotence (producer id -1). */
  readonly producer?: BatchProducer;
}

export interface TopicRecords {
  readonly topic: string;
  readonly partitions: readonly PartitionRecords[];
}

export interface ProduceRequestFields {
  readonly correlationId: number;
  readonly clientId: string;
  /** -1: every in-sync replica (acks=all). */
  readonly acks: number;
  readonly timeoutMs: number;
  readonly topics: readonly TopicRecords[];
  /** Stamped on every record (a topic with LogAppendTime replaces it with the broker's clock). */
  readonly timestampMs: number;
}

export interface ProducePartitionResult {
  readonly topic: string;
  readonly partition: number;
  readonly errorCode: number;
  readonly baseOffset: number;
}

export interface ProduceResponse {
  readonly correlationId: number;
  readonly partitions: readonly ProducePartitionResult[];
}

/** Fixed part of a record batch, from baseOffset to the record count (61 bytes). */
const BATCH_HEADER_BYTES = 8 + 4 + 4 + 1 + 4 + 2 + 4 + 8 + 8 + 8 + 2 + 4 + 4;
/** Bytes before the batch length that the length does not count: baseOffset and the length itself. */
const BATCH_LENGTH_EXCLUDES = 8 + 4;
/** Offset of the CRC in a batch; it covers everything from the attributes after it to the end. */
const CRC_AT = 8 + 4 + 4 + 1;

function zigzag(value: number): number {
  return ((value << 1) ^ (value >> 31)) >>> 0;
}

function varintSize(value: number): number {
  let z = zigzag(value);
  let size = 1;
  while (z > 0x7f) {
    z >>>= 7;
    size++;
  }
  return size;
}

/** Writes into a buffer sized beforehand: every byte of the message is written exactly once. */
class Writer {
  offset = 0;
  constructor(readonly buffer: Buffer) {}
  int8(v: number): void {
    this.offset = this.buffer.writeInt8(v, this.offset);
  }
  int16(v: number): void {
    this.offset = this.buffer.writeInt16BE(v, this.offset);
  }
  int32(v: number): void {
    this.offset = this.buffer.writeInt32BE(v, this.offset);
  }
  int64(v: bigint): void {
    this.offset = this.buffer.writeBigInt64BE(v, this.offset);
  }
  varint(v: number): void {
    let z = zigzag(v);
    while (z > 0x7f) {
      this.buffer[this.offset++] = (z & 0x7f) | 0x80;
      z >>>= 7;
    }
    this.buffer[this.offset++] = z;
  }
  bytes(b: Buffer): void {
    this.offset += b.copy(this.buffer, this.offset);
  }
  /** INT16 length + UTF-8 (STRING, or NULLABLE_STRING with null as -1). */
  string(s: Buffer | null): void {
    if (s === null) return this.int16(-1);
    this.int16(s.length);
    this.bytes(s);
  }
}

interface EncodedRecord {
  readonly key: Buffer;
  readonly value: Buffer;
  readonly headers: ReadonlyArray<readonly [Buffer, Buffer]>;
  /** The record's body size (what its leading varint says). */
  readonly body: number;
}

function prepare(record: WireRecord, offsetDelta: number): EncodedRecord {
  const key = Buffer.from(record.key, 'utf8');
  const value = typeof record.value === 'string' ? Buffer.from(record.value, 'utf8') : record.value;
  const headers = Object.entries(record.headers ?? {}).map(
    ([k, v]) => [Buffer.from(k, 'utf8'), Buffer.from(v, 'utf8')] as const,
  );
  let body = 1 + varintSize(0) + varintSize(offsetDelta); // attributes, timestampDelta, offsetDelta
  body += varintSize(key.length) + key.length + varintSize(value.length) + value.length;
  body += varintSize(headers.length);
  for (const [k, v] of headers) body += varintSize(k.length) + k.length + varintSize(v.length) + v.length;
  return { key, value, headers, body };
}

function batchSize(records: readonly EncodedRecord[]): number {
  return records.reduce((sum, r) => sum + varintSize(r.body) + r.body, BATCH_HEADER_BYTES);
}

function writeBatch(
  w: Writer,
  records: readonly EncodedRecord[],
  size: number,
  timestampMs: number,
  producer: BatchProducer | undefined,
): void {
  const start = w.offset;
  const timestamp = BigInt(timestampMs);
  w.int64(0n); // baseOffset: the broker assigns
  w.int32(size - BATCH_LENGTH_EXCLUDES);
  w.int32(-1); // partitionLeaderEpoch
  w.int8(2); // magic
  w.int32(0); // CRC, written below
  w.int16(0); // attributes: no compression, CreateTime, not transactional
  w.int32(records.length - 1); // lastOffsetDelta
  w.int64(timestamp); // baseTimestamp
  w.int64(timestamp); // maxTimestamp
  w.int64(producer?.id ?? -1n); // producerId (-1: no idempotence)
  w.int16(producer?.epoch ?? -1); // producerEpoch
  w.int32(producer?.baseSequence ?? -1); // baseSequence
  w.int32(records.length);
  records.forEach((r, i) => {
    w.varint(r.body);
    w.int8(0); // attributes
    w.varint(0); // timestampDelta
    w.varint(i); // offsetDelta
    w.varint(r.key.length);
    w.bytes(r.key);
    w.varint(r.value.length);
    w.bytes(r.value);
    w.varint(r.headers.length);
    for (const [k, v] of r.headers) {
      w.varint(k.length);
      w.bytes(k);
      w.varint(v.length);
      w.bytes(v);
    }
  });
  w.buffer.writeUInt32BE(crc32c(w.buffer, start + CRC_AT + 4, w.offset), start + CRC_AT);
}

/** The whole request as sent: INT32 size, request header v1, Produce v3 body. */
export function encodeProduceRequest(fields: ProduceRequestFields): Buffer {
  const clientId = Buffer.from(fields.clientId, 'utf8');
  const topics = fields.topics.map((t) => ({
    name: Buffer.from(t.topic, 'utf8'),
    partitions: t.partitions.map((p) => {
      if (p.records.length === 0) throw new RangeError('a record batch holds at least one record');
      const records = p.records.map(prepare);
      return { partition: p.partition, records, size: batchSize(records), producer: p.producer };
    }),
  }));
  let size = 4 + 2 + 2 + 4 + 2 + clientId.length; // size, api key, version, correlation id, client id
  size += 2 + 2 + 4 + 4; // transactional id (null), acks, timeout, topic count
  for (const t of topics) {
    size += 2 + t.name.length + 4;
    for (const p of t.partitions) size += 4 + 4 + p.size;
  }
  const w = new Writer(Buffer.allocUnsafe(size));
  w.int32(size - 4);
  w.int16(PRODUCE_API_KEY);
  w.int16(PRODUCE_API_VERSION);
  w.int32(fields.correlationId);
  w.string(clientId);
  w.string(null);
  w.int16(fields.acks);
  w.int32(fields.timeoutMs);
  w.int32(topics.length);
  for (const t of topics) {
    w.string(t.name);
    w.int32(t.partitions.length);
    for (const p of t.partitions) {
      w.int32(p.partition);
      w.int32(p.size);
      writeBatch(w, p.records, p.size, fields.timestampMs, p.producer);
    }
  }
  if (w.offset !== size) throw new Error(`produce request: wrote ${w.offset} of ${size} bytes`);
  return w.buffer;
}

/** Reads a Produce v3 response (response header v0 and body, without the INT32 size); throws on a short one. */
export function decodeProduceResponse(frame: Buffer): ProduceResponse {
  let offset = 0;
  const need = (n: number) => {
    if (offset + n > frame.length) throw new RangeError('the produce response is shorter than its fields');
  };
  const int16 = () => (need(2), (offset += 2), frame.readInt16BE(offset - 2));
  const int32 = () => (need(4), (offset += 4), frame.readInt32BE(offset - 4));
  const int64 = () => (need(8), (offset += 8), frame.readBigInt64BE(offset - 8));
  const string = () => {
    const length = int16();
    need(length);
    offset += length;
    return frame.toString('utf8', offset - length, offset);
  };
  const correlationId = int32();
  const partitions: ProducePartitionResult[] = [];
  for (let t = int32(); t > 0; t--) {
    const topic = string();
    for (let p = int32(); p > 0; p--) {
      const partition = int32();
      const errorCode = int16();
      const baseOffset = Number(int64());
      int64(); // log append time
      partitions.push({ topic, partition, errorCode, baseOffset });
    }
  }
  int32(); // throttle time
  return { correlationId, partitions };
}
