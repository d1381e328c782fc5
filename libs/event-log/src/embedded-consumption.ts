import { ConsumerHandlerError, EventLogError, EventLogUnavailableError } from './event-log.errors';
import type { ConsumeOptions, Consumption, LoggedRecord } from './event-log.port';

/** What the consumption needs from the embedded log. */
export interface EmbeddedSource {
  partitionCount(topic: string): Promise<number>;
  fetch(topic: string, partition: number, from: number, limit: number): Promise<LoggedRecord[]>;
  /** Resolves on the next append to `topic`, after `timeoutMs`, or when `signal` aborts, whichever comes first. */
  appendedSince(topic: string, version: number, timeoutMs: number, signal: AbortSignal): Promise<void>;
  version(topic: string): number;
}

/**
 * The single member of an embedded consumer group: owns every partition of the topic. Reads each partition from
 * the positions the consumer's store gave, hands batches over in order, and sleeps until the next append when
 * it has caught up.
 */
export class EmbeddedConsumption implements Consumption {
  readonly done: Promise<void>;
  private readonly abort = new AbortController();
  private stopRequested = false;

  constructor(
    private readonly source: EmbeddedSource,
    private readonly options: ConsumeOptions,
    private readonly batchSize: number,
    private readonly pollIntervalMs: number,
  ) {
    this.done = this.run();
    this.done.catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    this.abort.abort();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    try {
      await this.consumeUntilStopped();
    } catch (error) {
      if (error instanceof EventLogError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new EventLogUnavailableError(`embedded log failed while consuming: ${reason}`, { cause: error });
    }
  }

  private async consumeUntilStopped(): Promise<void> {
    const { topic } = this.options;
    const count = await this.source.partitionCount(topic);
    const partitions = Array.from({ length: count }, (_, p) => p);
    let stored;
    try {
      stored = await this.options.loadPositions(partitions);
    } catch (error) {
      throw new ConsumerHandlerError(topic, 0, 0, error);
    }
    const next = partitions.map((p) => stored.get(p) ?? 0);
    while (!this.stopRequested) {
      const version = this.source.version(topic);
      let handed = false;
      for (const partition of partitions) {
        if (this.stopRequested) return;
        const records = await this.source.fetch(topic, partition, next[partition], this.batchSize);
        if (records.length === 0) continue;
        handed = true;
        try {
          await this.options.handle(records);
        } catch (error) {
          throw new ConsumerHandlerError(topic, partition, records[0].offset, error);
        }
        next[partition] = records[records.length - 1].offset + 1;
      }
      if (!handed && !this.stopRequested) {
        await this.source.appendedSince(topic, version, this.pollIntervalMs, this.abort.signal);
      }
    }
  }
}
