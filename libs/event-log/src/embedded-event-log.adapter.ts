import { PGlite, type Transaction } from '@electric-sql/pglite';
import { AppendCoalescer, type PartitionAck, type PartitionedRecord, type ProduceRequest } from './append-coalescer';
import { EmbeddedConsumption, type EmbeddedSource } from './embedded-consumption';
import { RECORD_COLUMNS, toLoggedRecord, type RecordRow } from './embedded-records';
import { APPEND_CHANNEL, EMBEDDED_SCHEMA_SQL } from './embedded-schema.sql';
import {
  ConsumerGroupBusyError,
  EventLogClosedError,
  EventLogError,
  EventLogUnavailableError,
  TopicNotFoundError,
} from './event-log.errors';
import type {
  AppendRecord,
  ConsumeOptions,
  Consumption,
  EventLog,
  LoggedRecord,
  PartitionOffset,
  ReadOptions,
  RecordPosition,
  TopicSpec,
} from './event-log.port';
import { DEFAULT_MAX_RECORD_BYTES } from './record-size';

export interface EmbeddedEventLogConfig {
  /** Directory of the PGlite database (created on first open, which takes a few seconds). */
  readonly dataDir?: string;
  /** An already open PGlite database to share (e.g. with the projections); it is not closed by `close()`. */
  readonly database?: PGlite;
  readonly maxRecordBytes?: number;
  /** Records handed to a handler at once. Default 500. */
  readonly batchSize?: number;
  /** A caught-up consumer looks again after this long even without an append notification. Default 1 s. */
  readonly pollIntervalMs?: number;
}

/** Concurrent appends share a transaction up to this size; an append larger than that is split over several. */
const MAX_TRANSACTION_BYTES = 16 * 1024 * 1024;

/** Rows per INSERT statement: keeps the serialized parameter arrays of a 50,000-record batch small. */
const INSERT_CHUNK = 5_000;

/**
 * The event log in a PGlite database: the single-process default. Records live in `event_log.records` with
 * per-partition offsets; partitions come from the key as in Kafka. An append is one transaction and notifies
 * consumers on commit. The database is exposed so a consumer can store its position in the same transaction as
 * its effect.
 */
export class EmbeddedEventLog implements EventLog, EmbeddedSource {
  private readonly maxRecordBytes: number;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly partitionCounts = new Map<string, number>();
  private readonly versions = new Map<string, number>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly consumptions = new Map<string, EmbeddedConsumption>();
  private readonly appends: AppendCoalescer;
  private unlisten: (() => Promise<void>) | undefined;
  private closed = false;

  private constructor(
    readonly database: PGlite,
    private readonly ownsDatabase: boolean,
    config: EmbeddedEventLogConfig,
  ) {
    this.maxRecordBytes = config.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    this.batchSize = config.batchSize ?? 500;
    this.pollIntervalMs = config.pollIntervalMs ?? 1_000;
    this.appends = new AppendCoalescer((request) => this.produce(request), MAX_TRANSACTION_BYTES);
  }

  static async open(config: EmbeddedEventLogConfig = {}): Promise<EmbeddedEventLog> {
    let database = config.database;
    const owns = !database;
    try {
      database ??= await PGlite.create(config.dataDir);
      await database.exec(EMBEDDED_SCHEMA_SQL);
    } catch (error) {
      if (owns) await database?.close().catch(() => undefined);
      const where = config.dataDir ? ` at "${config.dataDir}"` : '';
      const reason = error instanceof Error ? error.message : String(error);
      throw new EventLogUnavailableError(`cannot open the embedded event log${where}: ${reason}`, { cause: error });
    }
    const log = new EmbeddedEventLog(database, owns, config);
    log.unlisten = await database.listen(APPEND_CHANNEL, (topic) => log.onAppended(topic));
    return log;
  }

  async createTopics(topics: readonly TopicSpec[]): Promise<void> {
    this.assertOpen();
    for (const t of topics) {
      if (!Number.isInteger(t.partitions) || t.partitions < 1) {
        throw new EventLogError('INVALID_ARGUMENT', `topic "${t.name}" needs a positive partition count`);
      }
    }
    await this.database.transaction(async (tx) => {
      for (const t of topics) {
        const created = await tx.query(
          `insert into event_log.topics (name, partitions) values ($1, $2) on conflict (name) do nothing returning name`,
          [t.name, t.partitions],
        );
        if (created.rows.length === 0) continue;
        await tx.query(
          `insert into event_log.partitions (topic, partition) select $1, p from generate_series(0, $2 - 1) as p`,
          [t.name, t.partitions],
        );
      }
    });
  }

  async append(topic: string, records: readonly AppendRecord[]): Promise<RecordPosition[]> {
    this.assertOpen();
    return this.appends.appendKeyed(topic, records, this.maxRecordBytes, (t) => this.partitionCount(t));
  }

  async endOffsets(topic: string): Promise<PartitionOffset[]> {
    this.assertOpen();
    await this.partitionCount(topic);
    const result = await this.database.query<{ partition: number; offset: number }>(
      `select partition, next_offset as offset from event_log.partitions where topic = $1 order by partition`,
      [topic],
    );
    return result.rows.map((r) => ({ partition: r.partition, offset: Number(r.offset) }));
  }

  async offsetsForTimestamp(topic: string, timestamp: number): Promise<PartitionOffset[]> {
    this.assertOpen();
    await this.partitionCount(topic);
    const result = await this.database.query<{ partition: number; offset: number }>(
      `select p.partition,
              coalesce((select min(r."offset") from event_log.records r
                         where r.topic = p.topic and r.partition = p.partition and r."timestamp" >= $2),
                       p.next_offset) as offset
         from event_log.partitions p where p.topic = $1 order by p.partition`,
      [topic, timestamp],
    );
    return result.rows.map((r) => ({ partition: r.partition, offset: Number(r.offset) }));
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
    let count = 0;
    for (const { partition, offset: end } of ends) {
      let next = starts.get(partition) ?? 0;
      while (next < end) {
        this.assertOpen();
        const records = await this.fetch(options.topic, partition, next, Math.min(this.batchSize, end - next));
        if (records.length === 0) break;
        await options.handle(records);
        count += records.length;
        next = records[records.length - 1].offset + 1;
      }
    }
    return count;
  }

  async consume(options: ConsumeOptions): Promise<Consumption> {
    this.assertOpen();
    await this.partitionCount(options.topic);
    if (this.consumptions.has(options.groupId)) throw new ConsumerGroupBusyError(options.groupId);
    const consumption = new EmbeddedConsumption(this, options, this.batchSize, this.pollIntervalMs);
    this.consumptions.set(options.groupId, consumption);
    void consumption.done
      .catch(() => undefined)
      .then(() => {
        if (this.consumptions.get(options.groupId) === consumption) this.consumptions.delete(options.groupId);
      });
    return consumption;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.consumptions.values()].map((c) => c.stop()));
    await this.appends.whenIdle();
    for (const wake of [...this.waiters.values()].flatMap((s) => [...s])) wake();
    await this.unlisten?.().catch(() => undefined);
    if (this.ownsDatabase) await this.database.close();
  }

  /** @internal Used by consumptions. */
  async partitionCount(topic: string): Promise<number> {
    const cached = this.partitionCounts.get(topic);
    if (cached !== undefined) return cached;
    const result = await this.database.query<{ partitions: number }>(
      `select partitions from event_log.topics where name = $1`,
      [topic],
    );
    if (result.rows.length === 0) throw new TopicNotFoundError(topic);
    this.partitionCounts.set(topic, result.rows[0].partitions);
    return result.rows[0].partitions;
  }

  /** @internal Used by consumptions. */
  async fetch(topic: string, partition: number, from: number, limit: number): Promise<LoggedRecord[]> {
    const result = await this.database.query<RecordRow>(
      `select ${RECORD_COLUMNS} from event_log.records
        where topic = $1 and partition = $2 and "offset" >= $3 order by "offset" limit $4`,
      [topic, partition, from, limit],
    );
    return result.rows.map(toLoggedRecord);
  }

  /** @internal Used by consumptions. */
  version(topic: string): number {
    return this.versions.get(topic) ?? 0;
  }

  /** @internal Used by consumptions. */
  appendedSince(topic: string, version: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
    if (this.version(topic) !== version || signal.aborted || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const waiters = this.waiters.get(topic) ?? new Set<() => void>();
      this.waiters.set(topic, waiters);
      const wake = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', wake);
        waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      signal.addEventListener('abort', wake);
      waiters.add(wake);
    });
  }

  private onAppended(topic: string): void {
    this.versions.set(topic, this.version(topic) + 1);
    for (const wake of [...(this.waiters.get(topic) ?? [])]) wake();
  }

  /** One transaction for the appends the coalescer gathered: reserve offsets, insert, notify on commit. */
  private async produce(request: ProduceRequest): Promise<PartitionAck[]> {
    try {
      return await this.produceInTransaction(request);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new EventLogUnavailableError(`the embedded log could not store the append: ${reason}`, { cause: error });
    }
  }

  private produceInTransaction(request: ProduceRequest): Promise<PartitionAck[]> {
    return this.database.transaction(async (tx) => {
      const acks: PartitionAck[] = [];
      for (const { topic, records } of request) {
        const perPartition = new Map<number, number>();
        for (const r of records) perPartition.set(r.partition, (perPartition.get(r.partition) ?? 0) + 1);
        const reserved = await tx.query<{ partition: number; base: number; timestamp: number }>(
          `update event_log.partitions as p
              set next_offset = p.next_offset + u.n, last_timestamp = greatest(p.last_timestamp, $2)
             from unnest($3::int[], $4::bigint[]) as u(partition, n)
            where p.topic = $1 and p.partition = u.partition
          returning p.partition, p.next_offset - u.n as base, p.last_timestamp as timestamp`,
          [topic, Date.now(), [...perPartition.keys()], [...perPartition.values()]],
        );
        const next = new Map(reserved.rows.map((r) => [r.partition, Number(r.base)]));
        const stamp = new Map(reserved.rows.map((r) => [r.partition, Number(r.timestamp)]));
        for (const r of reserved.rows) acks.push({ topic, partition: r.partition, baseOffset: Number(r.base) });
        const offsets = records.map((r) => {
          const offset = next.get(r.partition)!;
          next.set(r.partition, offset + 1);
          return offset;
        });
        for (let start = 0; start < records.length; start += INSERT_CHUNK) {
          const end = Math.min(records.length, start + INSERT_CHUNK);
          await this.insertRows(tx, topic, records.slice(start, end), offsets.slice(start, end), stamp);
        }
        await tx.query(`select pg_notify($1, $2)`, [APPEND_CHANNEL, topic]);
      }
      return acks;
    });
  }

  private async insertRows(
    tx: Transaction,
    topic: string,
    records: readonly PartitionedRecord[],
    offsets: readonly number[],
    stamp: ReadonlyMap<number, number>,
  ): Promise<void> {
    const hex = (r: PartitionedRecord): string =>
      // bytea travels as hex text inside the array parameter.
      '\\x' + (typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value).toString('hex');
    await tx.query(
      `insert into event_log.records (${RECORD_COLUMNS})
       select $1, u.* from unnest($2::int[], $3::bigint[], $4::text[], $5::text[]::bytea[], $6::jsonb[], $7::bigint[]) as u`,
      [
        topic,
        records.map((r) => r.partition),
        offsets,
        records.map((r) => r.key),
        records.map(hex),
        records.map((r) => JSON.stringify(r.headers ?? {})),
        records.map((r) => stamp.get(r.partition)!),
      ],
    );
  }

  private assertOpen(): void {
    if (this.closed) throw new EventLogClosedError();
  }
}
