import { randomUUID } from 'node:crypto';
import { Kafka, type Admin } from 'kafkajs';
import { AppendCoalescer, type PartitionAck, type ProduceRequest } from './append-coalescer';
import { withDeadline } from './deadline';
import { EventLogClosedError, EventLogUnavailableError, TopicNotFoundError } from './event-log.errors';
import { consoleLogger, type EventLogLogger } from './event-log.logger';
import type {
  AppendRecord,
  ConsumeOptions,
  Consumption,
  EventLog,
  PartitionOffset,
  ReadOptions,
  RecordPosition,
  TopicSpec,
} from './event-log.port';
import { kafkaLogCreator } from './kafka-log-creator';
import { patchKafkaRequestQueue } from './kafka-request-queue.patch';
import { lowLatencySocketFactory } from './kafka-socket-factory';
import { KafkaConsumption, type KafkaConsumerSettings } from './kafka-consumption';
import { toEventLogError } from './kafka-error-mapping';
import { DEFAULT_MAX_RECORD_BYTES } from './record-size';
import { replayToEnd } from './replay-to-end';
import type { BrokerAddress } from './kafka-wire/broker-connection';
import { WireProducer } from './kafka-wire/wire-producer';

export interface KafkaEventLogConfig {
  readonly brokers: readonly string[];
  readonly clientId?: string;
  /** Upper bound for one operation (connecting, one produce request, one admin call). Default 30 s. */
  readonly operationTimeoutMs?: number;
  /** Largest record accepted (key + value + headers). Default 1,000,000 bytes, under the broker's 1 MiB. */
  readonly maxRecordBytes?: number;
  readonly consumer?: Partial<KafkaConsumerSettings>;
  readonly logger?: EventLogLogger;
  /**
   * Topics that are audit only (a name, or a prefix ending in `*`): appended acks=all without idempotence or retries
   * (kafka-wire/wire-producer.ts). Every other topic gets the idempotent producer. Default none.
   */
  readonly auditTopics?: readonly string[];
}

patchKafkaRequestQueue();

/** How long a topic's partition count is trusted before it is asked again (partitions can be added). */
const PARTITION_COUNT_TTL_MS = 30_000;

/**
 * Topic settings of the design: records are kept forever, and stamped with the broker's clock so a replay "from
 * a timestamp" follows the order the log stored them in, not the clocks of many gateways.
 */
const TOPIC_CONFIG = [
  { name: 'retention.ms', value: '-1' },
  { name: 'message.timestamp.type', value: 'LogAppendTime' },
];

/**
 * The event log on Apache Kafka: an idempotent producer with acks=all of our own (kafka-wire/), explicit partitions
 * from the record key (Kafka's murmur2, so each tenant's events stay in one partition and in order), and, through
 * kafkajs, topics created explicitly and consumer-group members that keep their own positions.
 */
export class KafkaEventLog implements EventLog {
  private readonly kafka: Kafka;
  private readonly brokers: readonly string[];
  private readonly clientId: string;
  private readonly timeoutMs: number;
  private readonly maxRecordBytes: number;
  private readonly consumerSettings: KafkaConsumerSettings;
  private readonly partitionCounts = new Map<string, { count: number; at: number }>();
  private readonly consumptions = new Set<KafkaConsumption>();
  private readonly appends: AppendCoalescer;
  private readonly auditAppends: AppendCoalescer;
  private readonly producer: WireProducer;
  private readonly auditProducer: WireProducer;
  private readonly auditTopics: readonly string[];
  private closed = false;

  private constructor(
    config: KafkaEventLogConfig,
    private readonly admin: Admin,
    kafka: Kafka,
  ) {
    this.kafka = kafka;
    this.brokers = config.brokers;
    this.clientId = config.clientId ?? 'kmip-event-log';
    this.timeoutMs = config.operationTimeoutMs ?? 30_000;
    this.maxRecordBytes = config.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    const leaders = (topic: string) => this.leadersOf(topic);
    this.producer = new WireProducer({ clientId: this.clientId, timeoutMs: this.timeoutMs, leaders, idempotent: true });
    this.appends = new AppendCoalescer((request) => this.produce(this.producer, request), this.maxRecordBytes);
    this.auditTopics = config.auditTopics ?? [];
    this.auditProducer = new WireProducer({
      clientId: this.clientId,
      timeoutMs: Math.min(10_000, this.timeoutMs),
      leaders,
    });
    this.auditAppends = new AppendCoalescer(
      (request) => this.produce(this.auditProducer, request),
      this.maxRecordBytes,
    );
    this.consumerSettings = {
      maxWaitTimeMs: config.consumer?.maxWaitTimeMs ?? 100,
      sessionTimeoutMs: config.consumer?.sessionTimeoutMs ?? 10_000,
      heartbeatIntervalMs: config.consumer?.heartbeatIntervalMs ?? 1_000,
    };
  }

  /** Connects and checks the cluster answers; a wrong address or a down broker fails within the timeout. */
  static async connect(config: KafkaEventLogConfig): Promise<KafkaEventLog> {
    const timeoutMs = config.operationTimeoutMs ?? 30_000;
    const kafka = new Kafka({
      clientId: config.clientId ?? 'kmip-event-log',
      brokers: [...config.brokers],
      connectionTimeout: Math.min(3_000, timeoutMs),
      requestTimeout: Math.min(15_000, timeoutMs),
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2_000 },
      logCreator: kafkaLogCreator(config.logger ?? consoleLogger),
      socketFactory: lowLatencySocketFactory,
    });
    const admin = kafka.admin();
    const context = { operation: 'connect', brokers: config.brokers };
    const unavailable = () =>
      new EventLogUnavailableError(`Kafka at ${config.brokers.join(',')} did not answer within ${timeoutMs} ms`);
    try {
      await withDeadline(admin.connect(), timeoutMs, unavailable);
      await withDeadline(admin.describeCluster(), timeoutMs, unavailable);
    } catch (error) {
      await admin.disconnect().catch(() => undefined);
      throw toEventLogError(error, context);
    }
    return new KafkaEventLog(config, admin, kafka);
  }

  async createTopics(topics: readonly TopicSpec[]): Promise<void> {
    this.assertOpen();
    if (topics.length === 0) return;
    await this.call('createTopics', undefined, () =>
      this.admin.createTopics({
        waitForLeaders: true,
        topics: topics.map((t) => ({ topic: t.name, numPartitions: t.partitions, configEntries: TOPIC_CONFIG })),
      }),
    );
    for (const t of topics) this.partitionCounts.delete(t.name);
  }

  async append(topic: string, records: readonly AppendRecord[]): Promise<RecordPosition[]> {
    this.assertOpen();
    const appends = this.isAuditTopic(topic) ? this.auditAppends : this.appends;
    return appends.appendKeyed(topic, records, this.maxRecordBytes, (t) => this.partitionCount(t));
  }

  async endOffsets(topic: string): Promise<PartitionOffset[]> {
    this.assertOpen();
    await this.partitionCount(topic);
    const offsets = await this.call('endOffsets', topic, () => this.admin.fetchTopicOffsets(topic));
    return offsets.map((o) => ({ partition: o.partition, offset: Number(o.high) })).sort(byPartition);
  }

  async offsetsForTimestamp(topic: string, timestamp: number): Promise<PartitionOffset[]> {
    this.assertOpen();
    await this.partitionCount(topic);
    const offsets = await this.call('offsetsForTimestamp', topic, () =>
      this.admin.fetchTopicOffsetsByTimestamp(topic, timestamp),
    );
    return offsets.map((o) => ({ partition: o.partition, offset: Number(o.offset) })).sort(byPartition);
  }

  async read(options: ReadOptions): Promise<number> {
    this.assertOpen();
    const ends = await this.endOffsets(options.topic);
    const starts =
      'offsets' in options.from
        ? options.from.offsets
        : new Map(
            (await this.offsetsForTimestamp(options.topic, options.from.timestamp)).map((o) => [o.partition, o.offset]),
          );
    return replayToEnd((o) => this.consume(o), {
      topic: options.topic,
      groupId: `${this.clientId}.replay.${randomUUID()}`,
      starts,
      ends,
      handle: options.handle,
    });
  }

  async consume(options: ConsumeOptions): Promise<Consumption> {
    this.assertOpen();
    await this.partitionCount(options.topic);
    const member = new KafkaConsumption(
      this.kafka,
      options,
      this.consumerSettings,
      (error) => toEventLogError(error, { operation: 'consume', brokers: this.brokers, topic: options.topic }),
      (m) => this.consumptions.delete(m),
    );
    this.consumptions.add(member);
    await withDeadline(
      member.start(),
      this.timeoutMs,
      () => this.timedOut('consume', options.topic),
      () => void member.stop(),
    );
    return member;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.consumptions].map((c) => c.stop()));
    // Appends already accepted get their answer (each bounded by the operation timeout) before the producer goes.
    await Promise.all([this.appends.whenIdle(), this.auditAppends.whenIdle()]);
    this.producer.close();
    this.auditProducer.close();
    await this.admin.disconnect().catch(() => undefined);
  }

  /** One produce request (acks=all) with the appends a coalescer gathered; errors mapped as kafkajs' are. */
  private async produce(producer: WireProducer, request: ProduceRequest): Promise<PartitionAck[]> {
    try {
      return await producer.produce(request);
    } catch (error) {
      const topic = request.length === 1 ? request[0].topic : undefined;
      throw toEventLogError(error, { operation: 'append', brokers: this.brokers, topic });
    }
  }

  private isAuditTopic(topic: string): boolean {
    return this.auditTopics.some((t) => (t.endsWith('*') ? topic.startsWith(t.slice(0, -1)) : topic === t));
  }

  /** Each partition's leader broker, from the cluster metadata (the plain producer keeps it for a while). */
  private async leadersOf(topic: string): Promise<ReadonlyMap<number, BrokerAddress>> {
    const [{ topics }, { brokers }] = await Promise.all([
      this.call('metadata', topic, () => this.admin.fetchTopicMetadata({ topics: [topic] })),
      this.call('metadata', topic, () => this.admin.describeCluster()),
    ]);
    const byId = new Map(brokers.map((b) => [b.nodeId, { host: b.host, port: b.port }]));
    const leaders = new Map<number, BrokerAddress>();
    for (const p of topics.find((t) => t.name === topic)?.partitions ?? []) {
      const broker = byId.get(p.leader);
      if (broker) leaders.set(p.partitionId, broker);
    }
    return leaders;
  }

  private async partitionCount(topic: string): Promise<number> {
    const cached = this.partitionCounts.get(topic);
    if (cached && Date.now() - cached.at < PARTITION_COUNT_TTL_MS) return cached.count;
    const { topics } = await this.call('metadata', topic, () => this.admin.fetchTopicMetadata({ topics: [topic] }));
    const count = topics.find((t) => t.name === topic)?.partitions.length ?? 0;
    if (count === 0) throw new TopicNotFoundError(topic);
    this.partitionCounts.set(topic, { count, at: Date.now() });
    return count;
  }

  private async call<T>(operation: string, topic: string | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await withDeadline(work(), this.timeoutMs, () => this.timedOut(operation, topic));
    } catch (error) {
      throw toEventLogError(error, { operation, brokers: this.brokers, topic });
    }
  }

  private timedOut(operation: string, topic: string | undefined): EventLogUnavailableError {
    const where = topic ? ` for topic "${topic}"` : '';
    return new EventLogUnavailableError(
      `Kafka at ${this.brokers.join(',')} did not complete ${operation}${where} within ${this.timeoutMs} ms`,
    );
  }

  private assertOpen(): void {
    if (this.closed) throw new EventLogClosedError();
  }
}

function byPartition(a: PartitionOffset, b: PartitionOffset): number {
  return a.partition - b.partition;
}
