/**
 * The Kafka producer of the event log: each request the AppendCoalescer gathers becomes one Produce v3 request per
 * leader broker, acks=all, on a connection of its own. kafkajs' producer cost the gateway about 40 µs of CPU per
 * record and much more per request (a quarter of a Create's CPU in the gateway); this encodes a request in a few
 * microseconds. Leaders come from the cluster's metadata (through the adapter's admin client), kept 30 s and read
 * again after any failure.
 *
 * Two modes:
 * - idempotent (DESIGN §3, `kmip.events`): a producer id from InitProducerId and a sequence number per partition on
 *   every batch (producer-session.ts). A request that failed in a way that may be temporary (connection lost, no
 *   answer in time, a leader moving) is sent again as it was, up to `retries` times within the timeout: the broker
 *   stores each batch once. When the append fails for good, the producer takes a new producer id, so that later
 *   batches are never judged against one whose fate is unknown (as kafkajs' idempotent producer does).
 * - plain (audit-only topics, `kmip.access`): no producer id and no retries; a record is stored at most once per
 *   append, and an append that fails fails (a Get that needed it is refused: fail closed).
 */
import type { PartitionAck, PartitionedRecord, ProduceRequest } from '../append-coalescer';
import { BrokerConnection, BrokerConnectionError, type BrokerAddress } from './broker-connection';
import { decodeInitProducerIdResponse, encodeInitProducerIdRequest } from './init-producer-id.codec';
import { decodeProduceResponse, encodeProduceRequest, type BatchProducer, type TopicRecords } from './produce.codec';
import { ProducerSession } from './producer-session';

/** Partition → leader broker of one topic. */
export type LeaderLookup = (topic: string) => Promise<ReadonlyMap<number, BrokerAddress>>;

// kafkajs' table of Kafka's error codes: the names the event-log error mapping reads (`type`), and which of them
// may pass (`retriable`); one table for both clients.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { errorCodes } = require('kafkajs/src/protocol/error') as {
  errorCodes: readonly { type: string; code: number; retriable: boolean }[];
};

/** A broker refused a request, or a partition of one; `code` is Kafka's error code (kafka.apache.org/protocol). */
export class BrokerRefusalError extends Error {
  /** The code's name (`NOT_LEADER_FOR_PARTITION`, `MESSAGE_TOO_LARGE`, …), as kafkajs names it. */
  readonly type: string;
  /** Kafka says the same request may succeed later. */
  readonly retriable: boolean;

  constructor(
    what: string,
    readonly code: number,
    readonly topic?: string,
    readonly partition?: number,
  ) {
    const known = errorCodes.find((e) => e.code === code);
    const type = known?.type ?? 'UNKNOWN';
    super(`the broker refused ${what}: ${type} (Kafka error code ${code})`);
    this.name = 'BrokerRefusalError';
    this.type = type;
    this.retriable = known?.retriable ?? false;
  }
}

export interface WireProducerOptions {
  readonly clientId: string;
  /** An append at most, retries and connecting included. */
  readonly timeoutMs: number;
  readonly leaders: LeaderLookup;
  /** Producer id, sequence numbers and retries (see above). Default false. */
  readonly idempotent?: boolean;
  /** Idempotent only: times a request is sent again after a failure that may pass. Default 5. */
  readonly retries?: number;
  /** Idempotent only: the wait before the first retry, doubled each time. Default 100 ms. */
  readonly retryDelayMs?: number;
}

const LEADERS_TTL_MS = 30_000;

/** The records of one partition in one request, with the idempotent stamp they keep until stored. */
interface Batch {
  readonly topic: string;
  readonly partition: number;
  readonly records: PartitionedRecord[];
  producer?: BatchProducer;
}

interface Failure {
  readonly batch: Batch;
  readonly error: unknown;
}

export class WireProducer {
  private readonly connections = new Map<string, BrokerConnection>();
  private readonly leaders = new Map<string, { at: number; leaders: Promise<ReadonlyMap<number, BrokerAddress>> }>();
  private session: Promise<ProducerSession> | undefined;
  private closed = false;

  constructor(private readonly options: WireProducerOptions) {}

  async produce(request: ProduceRequest): Promise<PartitionAck[]> {
    if (this.closed) throw new Error('the producer is closed');
    const deadline = Date.now() + this.options.timeoutMs;
    const retries = this.options.idempotent === true ? (this.options.retries ?? 5) : 0;
    let delay = this.options.retryDelayMs ?? 100;
    let pending = batchesOf(request);
    const acks: PartitionAck[] = [];
    for (let attempt = 0; ; attempt++) {
      const failures = await this.attempt(pending, acks, deadline);
      if (failures.length === 0) return acks;
      this.leaders.clear();
      const retry =
        !this.closed && attempt < retries && Date.now() + delay < deadline && failures.every((f) => mayPass(f.error));
      if (!retry) {
        // The broker may hold some of these batches: a new producer id keeps later ones from being judged by them.
        this.session = undefined;
        throw failures[0].error;
      }
      pending = failures.map((f) => f.batch);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }

  close(): void {
    this.closed = true;
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
  }

  /** Sends each batch once (grouped per leader broker); the stored ones are acknowledged, the others returned. */
  private async attempt(batches: readonly Batch[], acks: PartitionAck[], deadline: number): Promise<Failure[]> {
    const perBroker = new Map<string, { address: BrokerAddress; batches: Batch[] }>();
    try {
      for (const batch of batches) {
        const leader = (await this.leadersOf(batch.topic)).get(batch.partition);
        if (leader === undefined) throw new BrokerRefusalError(`partition ${batch.partition}`, 5, batch.topic); // no leader
        const key = `${leader.host}:${leader.port}`;
        let broker = perBroker.get(key);
        if (!broker) perBroker.set(key, (broker = { address: leader, batches: [] }));
        broker.batches.push(batch);
      }
      const first = perBroker.values().next();
      if (this.options.idempotent === true && first.done !== true) {
        const session = await this.sessionVia(first.value.address, deadline);
        for (const batch of batches) batch.producer ??= session.stamp(batch.topic, batch.partition);
      }
    } catch (error) {
      // Nothing was sent: every batch may be sent again.
      return batches.map((batch) => ({ batch, error }));
    }
    const sent = await Promise.all(
      [...perBroker.values()].map(({ address, batches: brokerBatches }) =>
        this.send(address, brokerBatches, deadline).then(
          (results) => results,
          (error: unknown) => brokerBatches.map((batch) => ({ batch, error })),
        ),
      ),
    );
    const failures: Failure[] = [];
    for (const result of sent.flat()) {
      if ('baseOffset' in result) acks.push(result);
      else failures.push(result);
    }
    return failures;
  }

  /** One Produce request to one broker; per partition, its acknowledgement or its refusal. */
  private async send(
    address: BrokerAddress,
    batches: readonly Batch[],
    deadline: number,
  ): Promise<(PartitionAck | Failure)[]> {
    const connection = this.connectionTo(address);
    const timeoutMs = Math.max(1, Math.min(this.options.timeoutMs, deadline - Date.now()));
    const correlationId = connection.correlationId();
    const topics = new Map<string, TopicRecords>();
    for (const batch of batches) {
      const topic = topics.get(batch.topic) ?? { topic: batch.topic, partitions: [] };
      (topic.partitions as TopicRecords['partitions'][number][]).push({
        partition: batch.partition,
        records: batch.records,
        ...(batch.producer === undefined ? {} : { producer: batch.producer }),
      });
      topics.set(batch.topic, topic);
    }
    const frame = encodeProduceRequest({
      correlationId,
      clientId: this.options.clientId,
      acks: -1,
      timeoutMs,
      timestampMs: Date.now(),
      topics: [...topics.values()],
    });
    const response = decodeProduceResponse(await connection.request(frame, correlationId, timeoutMs));
    const session = this.options.idempotent === true ? await this.session : undefined;
    return batches.map((batch): PartitionAck | Failure => {
      const answer = response.partitions.find((p) => p.topic === batch.topic && p.partition === batch.partition);
      if (answer === undefined) {
        return { batch, error: new BrokerConnectionError(`the broker did not answer for ${describe(batch)}`) };
      }
      if (answer.errorCode !== 0) {
        const error = new BrokerRefusalError(describe(batch), answer.errorCode, batch.topic, batch.partition);
        return { batch, error };
      }
      if (session !== undefined && batch.producer?.id === session.producerId) {
        session.stored(batch.topic, batch.partition, batch.records.length);
      }
      return { topic: batch.topic, partition: batch.partition, baseOffset: answer.baseOffset };
    });
  }

  /** The idempotent identity, asked of `address` when there is none yet (any broker gives one). */
  private sessionVia(address: BrokerAddress, deadline: number): Promise<ProducerSession> {
    if (this.session === undefined) {
      const session = this.initProducerId(address, deadline);
      this.session = session;
      session.catch(() => {
        if (this.session === session) this.session = undefined;
      });
    }
    return this.session;
  }

  private async initProducerId(address: BrokerAddress, deadline: number): Promise<ProducerSession> {
    const connection = this.connectionTo(address);
    const correlationId = connection.correlationId();
    const timeoutMs = Math.max(1, Math.min(this.options.timeoutMs, deadline - Date.now()));
    const frame = encodeInitProducerIdRequest({ correlationId, clientId: this.options.clientId });
    const response = decodeInitProducerIdResponse(await connection.request(frame, correlationId, timeoutMs));
    if (response.errorCode !== 0) throw new BrokerRefusalError('a producer id', response.errorCode);
    return new ProducerSession(response.producerId, response.producerEpoch);
  }

  private connectionTo(address: BrokerAddress): BrokerConnection {
    const key = `${address.host}:${address.port}`;
    let connection = this.connections.get(key);
    if (!connection) this.connections.set(key, (connection = new BrokerConnection(address, this.options.timeoutMs)));
    return connection;
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

/** The request's records per topic partition, in order. */
function batchesOf(request: ProduceRequest): Batch[] {
  const batches: Batch[] = [];
  for (const { topic, records } of request) {
    const byPartition = new Map<number, Batch>();
    for (const record of records) {
      let batch = byPartition.get(record.partition);
      if (!batch) {
        byPartition.set(record.partition, (batch = { topic, partition: record.partition, records: [] }));
        batches.push(batch);
      }
      batch.records.push(record);
    }
  }
  return batches;
}

/** Whether the same batch may be sent again: after a lost connection, missing metadata, or a refusal that may pass. */
function mayPass(error: unknown): boolean {
  if (error instanceof BrokerRefusalError) return error.retriable;
  return true;
}

const describe = (batch: Batch) => `the records of partition ${batch.partition} of "${batch.topic}"`;
