/**
 * Runs the side-effect consumer (group `key-wrapping` on `kmip.events`, positions in the vault database) and keeps it
 * running: when the handler or the log fails, consumption stops at the failed record (it is never skipped) and starts
 * again after a backoff, from the stored positions.
 */
import type { Consumption, EventLog, RecordHandler } from '@kmip/event-log';
import type { SqlClient } from '@kmip/sql';
import { describeError, type ServiceLogger } from '../service.logger';
import type { ConsumerPositions } from './consumer-positions';

export interface SideEffectsConsumerOptions {
  readonly log: EventLog;
  readonly topic: string;
  readonly groupId: string;
  readonly db: SqlClient;
  readonly positions: ConsumerPositions;
  readonly handle: RecordHandler;
  readonly logger: ServiceLogger;
  /** First delay before starting again; doubles up to 30 s. Default 1 s. */
  readonly restartDelayMs?: number;
  /**
   * Records may be held this long to be handed over in larger batches. Default 100 ms: no client waits on these
   * effects (a gateway refuses a destroyed or crypto-shredded key from the read model at once), and fetching every
   * Create's event on its own cost this service as much as the Create itself.
   */
  readonly batchDelayMs?: number;
}

const MAX_DELAY_MS = 30_000;

export class SideEffectsConsumer {
  private consumption: Consumption | undefined;
  private timer: NodeJS.Timeout | undefined;
  private delay: number;
  private stopped = false;

  constructor(private readonly options: SideEffectsConsumerOptions) {
    this.delay = options.restartDelayMs ?? 1_000;
  }

  async start(): Promise<void> {
    if (this.stopped) return;
    try {
      const consumption = await this.options.log.consume({
        topic: this.options.topic,
        groupId: this.options.groupId,
        loadPositions: (partitions) => this.options.positions.load(this.options.db, partitions),
        batchDelayMs: this.options.batchDelayMs ?? 100,
        handle: async (records) => {
          await this.options.handle(records);
          this.delay = this.options.restartDelayMs ?? 1_000;
        },
      });
      this.consumption = consumption;
      consumption.done.then(
        () => undefined,
        (error: unknown) => this.restart(error),
      );
    } catch (error) {
      this.restart(error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.consumption?.stop();
  }

  private restart(error: unknown): void {
    if (this.stopped) return;
    const cause = (error as { cause?: unknown } | null)?.cause;
    this.options.logger.error(
      `side-effect consumer stopped: ${describeError(error)}${cause ? ` caused by ${describeError(cause)}` : ''}; ` +
        `starting again in ${this.delay} ms`,
    );
    this.timer = setTimeout(() => void this.start(), this.delay);
    this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
  }
}
