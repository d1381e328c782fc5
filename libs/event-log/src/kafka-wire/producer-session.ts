import type { BatchProducer } from './produce.codec';

/** Kafka's sequence numbers are INT32 and wrap to 0 after the largest (DefaultRecordBatch.incrementSequence). */
export function nextSequence(sequence: number, records: number): number {
  return sequence > 0x7fffffff - records ? records - (0x7fffffff - sequence) - 1 : sequence + records;
}

/**
 * An idempotent producer's identity as the broker knows it (KIP-98): the producer id and epoch from InitProducerId,
 * and per partition the sequence number of the next record. The broker stores a batch only if its first sequence
 * follows the last it stored for that partition, and answers a batch it already stored (one of the last five) with
 * the offsets it gave it: a request sent again after a lost answer is stored once.
 */
export class ProducerSession {
  private readonly sequences = new Map<string, number>();

  constructor(
    readonly producerId: bigint,
    readonly epoch: number,
  ) {}

  /** The stamp for the next batch of a partition; the same until `stored` moves the partition on. */
  stamp(topic: string, partition: number): BatchProducer {
    return { id: this.producerId, epoch: this.epoch, baseSequence: this.sequences.get(key(topic, partition)) ?? 0 };
  }

  /** The broker stored a batch of `records` stamped for this partition. */
  stored(topic: string, partition: number, records: number): void {
    const k = key(topic, partition);
    this.sequences.set(k, nextSequence(this.sequences.get(k) ?? 0, records));
  }
}

const key = (topic: string, partition: number) => `${partition}\u0000${topic}`;
