/**
 * The event-log port: what services need from the log (Kafka in the distributed mode, PGlite in the embedded mode).
 * Offsets are JavaScript numbers: exact up to 2^53, far beyond what one partition will hold.
 */

/** Record headers: small string metadata (content type, event type). Never key material. */
export type RecordHeaders = Readonly<Record<string, string>>;

export interface AppendRecord {
  /** Partitioning key (the tenant id on `kmip.events`): records with the same key stay in order. */
  readonly key: string;
  readonly value: Buffer | string;
  readonly headers?: RecordHeaders;
}

export interface RecordPosition {
  readonly partition: number;
  readonly offset: number;
}

export interface LoggedRecord extends RecordPosition {
  readonly topic: string;
  readonly key: string;
  readonly value: Buffer;
  readonly headers: RecordHeaders;
  /** When the log stored the record, in milliseconds since the epoch. */
  readonly timestamp: number;
}

export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
}

/** An offset of one partition: a next offset to read, or the end (the offset the next append will get). */
export interface PartitionOffset {
  readonly partition: number;
  readonly offset: number;
}

/** Next offset to process per partition; a partition that is absent starts at the beginning of the log. */
export type StartOffsets = ReadonlyMap<number, number>;

/**
 * Receives records of one partition in offset order. It resolves only once their effect, and the position
 * after the last one (`offset + 1`), are stored. If it throws, consumption stops with that error; the records are
 * never skipped.
 */
export type RecordHandler = (records: readonly LoggedRecord[]) => Promise<void>;

export interface ConsumeOptions {
  readonly topic: string;
  /** Consumer group name: the members of one group share the partitions of the topic. */
  readonly groupId: string;
  /**
   * The consumer's own positions (e.g. from the PostgreSQL table it updates with its effects). Asked whenever
   * partitions are assigned to this member; the log's own committed offsets are never the source of truth.
   */
  loadPositions(partitions: readonly number[]): Promise<StartOffsets>;
  readonly handle: RecordHandler;
  /**
   * For a consumer nobody waits on (an audit projection): records may be held up to this long so that they are
   * handed over in fewer, larger batches. A hint; adapters that cannot gather records ignore it.
   */
  readonly batchDelayMs?: number;
}

export interface Consumption {
  /**
   * Settles when consumption ends: resolves after `stop()`, rejects with a `ConsumerHandlerError` when the
   * handler threw, or another `EventLogError` when the log failed. Awaiting it is optional.
   */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/** Where a replay starts: given offsets per partition, or the first record stored at or after a timestamp. */
export type ReadFrom = { readonly offsets: StartOffsets } | { readonly timestamp: number };

export interface ReadOptions {
  readonly topic: string;
  readonly from: ReadFrom;
  readonly handle: RecordHandler;
}

export interface EventLog {
  /** Creates the topics that do not exist yet; an existing topic is left as it is (its partition count too). */
  createTopics(topics: readonly TopicSpec[]): Promise<void>;

  /**
   * Appends records and resolves once the log has durably acknowledged all of them, with each record's position
   * (same order as `records`). Either the whole batch is refused before anything is stored (oversize record,
   * unknown topic) or it is stored; on an unavailable log the outcome is reported as unknown.
   */
  append(topic: string, records: readonly AppendRecord[]): Promise<RecordPosition[]>;

  /** Per partition, the offset the next appended record will get. */
  endOffsets(topic: string): Promise<PartitionOffset[]>;

  /** Per partition, the offset of the first record stored at or after `timestamp` (the end offset if none). */
  offsetsForTimestamp(topic: string, timestamp: number): Promise<PartitionOffset[]>;

  /**
   * Replays the topic from `from` up to the end offsets as they were when the call started, handing each
   * partition's records in order. Resolves with the number of records handed over.
   */
  read(options: ReadOptions): Promise<number>;

  /** Starts consuming as a member of a consumer group that keeps its own positions. */
  consume(options: ConsumeOptions): Promise<Consumption>;

  /** Stops all consumers and releases connections or files. */
  close(): Promise<void>;
}
