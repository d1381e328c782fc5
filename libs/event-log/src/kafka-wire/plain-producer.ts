/**
 * A lean producer for topics that are audit only (`kmip.access`, DESIGN §3): each gathered request of the
 * AppendCoalescer becomes one Produce v3 request per leader broker, acks=all, on a connection of its own, with no
 * idempotence and no retries. kafkajs' producer costs the gateway about 40 µs of CPU per record and much more per
 * request, which made the access record most of the cost of a Get; this path encodes a request in a few
 * microseconds. Records of the event topics keep kafkajs' idempotent producer (DESIGN §3 asks for one there).
 *
 * Without retries a record is stored at most once per append; an append that fails (broker down, leader moved, no
 * answer in time) fails, and a Get that needed it is refused (fail closed). Leaders come from the cluster's metadata
 * (through the adapter's admin client), kept 30 s and read again after any failure.
 */
import type { PartitionAck, PartitionedRecord, ProduceRequest } from '../append-coalescer';
import { BrokerConnection, type BrokerAddress } from './broker-connection';
import { decodeProduceResponse, encodeProduceRequest, type TopicRecords } from './produce.codec';

/** Partition → leader broker of one topic. */
export type LeaderLookup = (topic: string) => Promise<ReadonlyMap<number, BrokerAddress>>;

// kafkajs' table of Kafka's error codes: the names the event-log error mapping reads (`type`), one table for both paths.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { errorCodes } = require('kafkajs/src/protocol/error') as {
  errorCodes: readonly { type: string; code: number }[];
};

/** A partition the broker refused; `code` is Kafka's error code (kafka.apache.org/protocol, "Error Codes"). */
export class ProducePartitionError extends Error {
  /** The code's name (`NOT_LEADER_FOR_PARTITION`, `MESSAGE_TOO_LARGE`, …), as kafkajs names it. */
  readonly type: string;

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly code: number,
  ) {
    const type = errorCodes.find((e) => e.code === code)?.type ?? 'UNKNOWN';
    super(`the broker refused the records of partition ${partition} of "${topic}": ${type} (Kafka error code ${code})`);
    this.name = 'ProducePartitionError';
    this.type = type;
  }
}

export interface PlainProducerOptions {
  readonly clientId: string;
  /** Per request, connecting included. */
  readonly timeoutMs: number;
  readonly leaders: LeaderLookup;
}

const LEADERS_TTL_MS = 30_000;

export class PlainProducer {
  private readonly connections = new Map<string, BrokerConnection>();
  private readonly leaders = new Map<string, { at: number; leaders: Promise<ReadonlyMap<number, BrokerAddress>> }>();
  private closed = false;

  constructor(private readonly options: PlainProducerOptions) {}

  async produce(request: ProduceRequest): Promise<PartitionAck[]> {
    if (this.closed) throw new Error('the producer is closed');
    try {
      const perBroker = new Map<string, { address: BrokerAddress; topics: Map<string, TopicRecords> }>();
      for (const { topic, records } of request) {
        const leaders = await this.leadersOf(topic);
        const byPartition = new Map<number, PartitionedRecords>();
        for (const record of records) {
          let partition = byPartition.get(record.partition);
          if (!partition) byPartition.set(record.partition, (partition = { partition: record.partition, records: [] }));
          partition.records.push(record);
        }
        for (const partition of byPartition.values()) {
          const leader = leaders.get(partition.partition);
          if (leader === undefined) throw new ProducePartitionError(topic, partition.partition, 5); // no leader
          const key = `${leader.host}:${leader.port}`;
          let broker = perBroker.get(key);
          if (!broker) perBroker.set(key, (broker = { address: leader, topics: new Map() }));
          const topicRecords = broker.topics.get(topic) ?? { topic, partitions: [] };
          (topicRecords.partitions as PartitionedRecords[]).push(partition);
          broker.topics.set(topic, topicRecords);
        }
      }
      const answers = await Promise.all(
        [...perBroker.values()].map(({ address, topics }) => this.send(address, [...topics.values()])),
      );
      return answers.flat();
    } catch (error) {
      this.leaders.clear();
      throw error;
    }
  }

  close(): void {
    this.closed = true;
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
  }

  private async send(address: BrokerAddress, topics: TopicRecords[]): Promise<PartitionAck[]> {
    const key = `${address.host}:${address.port}`;
    let connection = this.connections.get(key);
    if (!connection) this.connections.set(key, (connection = new BrokerConnection(address, this.options.timeoutMs)));
    const correlationId = connection.correlationId();
    const frame = encodeProduceRequest({
      correlationId,
      clientId: this.options.clientId,
      acks: -1,
      timeoutMs: this.options.timeoutMs,
      timestampMs: Date.now(),
      topics,
    });
    const response = decodeProduceResponse(await connection.request(frame, correlationId));
    const refused = response.partitions.find((p) => p.errorCode !== 0);
    if (refused) throw new ProducePartitionError(refused.topic, refused.partition, refused.errorCode);
    return response.partitions.map((p) => ({ topic: p.topic, partition: p.partition, baseOffset: p.baseOffset }));
  }

  private leadersOf(topic: string): Promise<ReadonlyMap<number, BrokerAddress>> {
    const known = this.leaders.get(topic);
    if (known && Date.now() - known.at < LEADERS_TTL_MS) return known.leaders;
    const leaders = this.options.leaders(topic);
    this.leaders.set(topic, { at: Date.now(), leaders });
    leaders.catch(() => this.leaders.delete(topic));
    return leaders;
  }
}

interface PartitionedRecords {
  readonly partition: number;
  readonly records: PartitionedRecord[];
}
