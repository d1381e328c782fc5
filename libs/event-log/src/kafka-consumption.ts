import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { ConsumerHandlerError, PositionPastEndError, type EventLogError } from './event-log.errors';
import type { ConsumeOptions, Consumption, LoggedRecord, RecordHeaders } from './event-log.port';

export interface KafkaConsumerSettings {
  /** Longest a fetch waits for new records when there are none (a fetch returns as soon as there are). */
  readonly maxWaitTimeMs: number;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
}

/** What a gathering consumer (`batchDelayMs`) waits for at most before the delay: a few hundred small records. */
const GATHER_BYTES = 64 * 1024;

interface PartitionCursor {
  /** Next offset the handler has to see, from the consumer's own store, then advanced by each handled batch. */
  next: number;
  /** The offset last asked for with seek, so an unexpected first offset leads to one seek, not a loop. */
  seekedTo?: number;
}

function headersOf(message: KafkaMessage): RecordHeaders {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? String(value[0]) : value.toString('utf8');
  }
  return headers;
}

function toLoggedRecord(topic: string, partition: number, message: KafkaMessage): LoggedRecord {
  return {
    topic,
    partition,
    offset: Number(message.offset),
    key: message.key ? message.key.toString('utf8') : '',
    value: message.value ?? Buffer.alloc(0),
    headers: headersOf(message),
    timestamp: Number(message.timestamp),
  };
}

/**
 * One member of a consumer group whose positions live in the consumer's own store. Kafka's group protocol only
 * assigns partitions: offsets are never committed to Kafka. After each assignment the member asks the store for
 * each partition's next offset and seeks there; batches are handed over in order and the in-memory cursor moves
 * only after the handler resolved. A handler that throws stops the member with the error.
 */
export class KafkaConsumption implements Consumption {
  readonly done: Promise<void>;
  private readonly consumer: Consumer;
  private readonly cursors = new Map<number, PartitionCursor>();
  private failure: EventLogError | undefined;
  private stopping: Promise<void> | undefined;
  private settle!: { resolve: () => void; reject: (error: Error) => void };

  constructor(
    kafka: Kafka,
    private readonly options: ConsumeOptions,
    settings: KafkaConsumerSettings,
    private readonly mapError: (error: unknown) => EventLogError,
    private readonly onEnd: (member: KafkaConsumption) => void,
  ) {
    this.done = new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // `done` is for callers who want it; a failure must not also crash the process as an unhandled rejection.
    this.done.catch(() => undefined);
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      // Gathering: the broker answers a fetch once it holds GATHER_BYTES or the delay has passed.
      ...(options.batchDelayMs === undefined
        ? { maxWaitTimeInMs: settings.maxWaitTimeMs }
        : { maxWaitTimeInMs: options.batchDelayMs, minBytes: GATHER_BYTES }),
      sessionTimeout: settings.sessionTimeoutMs,
      heartbeatInterval: settings.heartbeatIntervalMs,
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2000 },
    });
    // A new assignment may hand over partitions another member advanced: positions are read from the store again.
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => this.cursors.clear());
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      if (!event.payload.restart) this.fail(this.mapError(event.payload.error));
    });
  }

  async start(): Promise<void> {
    try {
      await this.consumer.connect();
      await this.consumer.subscribe({ topics: [this.options.topic], fromBeginning: true });
      await this.consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.onBatch(payload),
      });
    } catch (error) {
      const mapped = this.mapError(error);
      this.failure ??= mapped;
      await this.stop();
      throw mapped;
    }
  }

  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  private fail(error: EventLogError): void {
    if (this.failure || this.stopping) return;
    this.failure = error;
    // Not awaited here: this may run inside eachBatch, which disconnect() waits for.
    setImmediate(() => void this.stop());
  }

  private async shutdown(): Promise<void> {
    try {
      await this.consumer.disconnect();
    } catch {
      // Leaving the group is best effort; the session timeout removes a member that could not say goodbye.
    }
    this.onEnd(this);
    if (this.failure) this.settle.reject(this.failure);
    else this.settle.resolve();
  }

  private async cursorFor(partition: number): Promise<PartitionCursor> {
    let cursor = this.cursors.get(partition);
    if (!cursor) {
      const stored = await this.options.loadPositions([partition]);
      cursor = { next: stored.get(partition) ?? 0 };
      this.cursors.set(partition, cursor);
    }
    return cursor;
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (this.failure || this.stopping || !payload.isRunning() || payload.isStale() || batch.messages.length === 0) {
      return;
    }
    const { topic, partition } = batch;
    const first = Number(batch.messages[0].offset);
    let cursor: PartitionCursor;
    try {
      cursor = await this.cursorFor(partition);
    } catch (error) {
      this.fail(new ConsumerHandlerError(topic, partition, first, error));
      return;
    }
    const end = Number(batch.highWatermark);
    if (cursor.next > end) {
      this.fail(new PositionPastEndError(topic, partition, cursor.next, end));
      return;
    }
    if (first !== cursor.next && cursor.seekedTo !== cursor.next) {
      // Kafka started elsewhere (the earliest offset): go where the consumer's own store says.
      cursor.seekedTo = cursor.next;
      this.consumer.seek({ topic, partition, offset: String(cursor.next) });
      return;
    }
    const records = batch.messages
      .filter((m) => Number(m.offset) >= cursor.next)
      .map((m) => toLoggedRecord(topic, partition, m));
    if (records.length > 0) {
      try {
        await this.options.handle(records);
      } catch (error) {
        this.fail(new ConsumerHandlerError(topic, partition, records[0].offset, error));
        return;
      }
      cursor.next = records[records.length - 1].offset + 1;
    }
    payload.resolveOffset(String(cursor.next - 1));
  }
}
