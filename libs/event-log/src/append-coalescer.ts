import type { AppendRecord, RecordHeaders, RecordPosition } from './event-log.port';
import { partitionForKey } from './key-partitioner';
import { assertRecordSizes } from './record-size';

export interface PartitionedRecord {
  readonly key: string;
  readonly value: Buffer | string;
  readonly headers?: RecordHeaders;
  readonly partition: number;
}

/** One produce request: records per topic, each topic once, records in the order they must be stored. */
export type ProduceRequest = ReadonlyArray<{ readonly topic: string; readonly records: readonly PartitionedRecord[] }>;

/** The broker's answer: the offset given to the first record of each topic partition in the request. */
export interface PartitionAck {
  readonly topic: string;
  readonly partition: number;
  readonly baseOffset: number;
}

export type Produce = (request: ProduceRequest) => Promise<PartitionAck[]>;

interface Append {
  readonly positions: RecordPosition[];
  pendingChunks: number;
  failed: boolean;
  readonly resolve: (positions: RecordPosition[]) => void;
  readonly reject: (error: unknown) => void;
}

interface Chunk {
  readonly append: Append;
  readonly topic: string;
  readonly records: readonly PartitionedRecord[];
  /** Index in the append of the chunk's first record. */
  readonly first: number;
  readonly bytes: number;
}

/**
 * Turns concurrent appends into as few produce requests as possible, one request in flight at a time: while a
 * request is out, new appends queue and leave together in the next one (bounded by `maxRequestBytes`). Records
 * keep queue order, so every partition, and with it every key, is stored in append order. A large append is
 * split into chunks under the limit; if one fails the append fails and its remaining chunks are not sent.
 */
export class AppendCoalescer {
  private readonly queue: Chunk[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    private readonly produce: Produce,
    private readonly maxRequestBytes: number,
  ) {}

  /**
   * What both adapters' `append` does: refuses an oversize record before anything is stored, places each record in
   * the partition of its key (the same hash in both adapters), and appends.
   */
  async appendKeyed(
    topic: string,
    records: readonly AppendRecord[],
    maxRecordBytes: number,
    partitionCount: (topic: string) => Promise<number>,
  ): Promise<RecordPosition[]> {
    if (records.length === 0) return [];
    const sizes = assertRecordSizes(topic, records, maxRecordBytes);
    const count = await partitionCount(topic);
    const partitioned = records.map((r) => ({ ...r, partition: partitionForKey(r.key, count) }));
    return this.append(topic, partitioned, sizes);
  }

  append(topic: string, records: readonly PartitionedRecord[], sizes: readonly number[]): Promise<RecordPosition[]> {
    return new Promise((resolve, reject) => {
      const append: Append = {
        positions: new Array<RecordPosition>(records.length),
        pendingChunks: 0,
        failed: false,
        resolve,
        reject,
      };
      let first = 0;
      while (first < records.length) {
        let end = first;
        let bytes = 0;
        while (end < records.length && (end === first || bytes + sizes[end] <= this.maxRequestBytes))
          bytes += sizes[end++];
        this.queue.push({ append, topic, records: records.slice(first, end), first, bytes });
        append.pendingChunks++;
        first = end;
      }
      if (append.pendingChunks === 0) resolve([]);
      else this.draining ??= this.drain();
    });
  }

  /** Resolves once every append queued so far has been acknowledged or has failed. */
  async whenIdle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      for (let request = this.nextRequest(); request.length > 0; request = this.nextRequest()) {
        await this.send(request);
      }
    } finally {
      this.draining = undefined;
    }
  }

  /** Takes chunks from the head of the queue up to the size limit (always at least one). */
  private nextRequest(): Chunk[] {
    const chunks: Chunk[] = [];
    let bytes = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0];
      if (next.append.failed) {
        this.queue.shift();
        continue;
      }
      if (chunks.length > 0 && bytes + next.bytes > this.maxRequestBytes) break;
      chunks.push(next);
      bytes += next.bytes;
      this.queue.shift();
    }
    return chunks;
  }

  private async send(chunks: readonly Chunk[]): Promise<void> {
    const byTopic = new Map<string, PartitionedRecord[]>();
    for (const chunk of chunks) {
      const records = byTopic.get(chunk.topic) ?? [];
      records.push(...chunk.records);
      byTopic.set(chunk.topic, records);
    }
    let acks: PartitionAck[];
    try {
      acks = await this.produce([...byTopic].map(([topic, records]) => ({ topic, records })));
    } catch (error) {
      for (const chunk of chunks) this.fail(chunk.append, error);
      return;
    }
    // Within a request each partition's records get consecutive offsets from its base offset, in request order.
    const next = new Map(acks.map((a) => [`${a.topic}\u0000${a.partition}`, a.baseOffset]));
    for (const chunk of chunks) {
      for (let i = 0; i < chunk.records.length; i++) {
        const partition = chunk.records[i].partition;
        const id = `${chunk.topic}\u0000${partition}`;
        const offset = next.get(id);
        if (offset === undefined) {
          this.fail(chunk.append, new Error(`no acknowledgement for partition ${partition} of "${chunk.topic}"`));
          break;
        }
        chunk.append.positions[chunk.first + i] = { partition, offset };
        next.set(id, offset + 1);
      }
      if (--chunk.append.pendingChunks === 0 && !chunk.append.failed) chunk.append.resolve(chunk.append.positions);
    }
  }

  private fail(append: Append, error: unknown): void {
    if (append.failed) return;
    append.failed = true;
    append.reject(error);
  }
}
