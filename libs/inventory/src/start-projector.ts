import type { Consumption, EventLog } from '@kmip/event-log';
import type { SqlDatabase } from '@kmip/sql';
import { AccessProjector } from './access-projector';
import { EventProjector } from './event-projector';
import { consoleInventoryLogger, type InventoryLogger } from './inventory.logger';
import { ensureInventorySchema } from './inventory-schema';
import { InventoryTables, type InventoryOptions } from './inventory-tables';
import { projectionStatistics } from './table-statistics';

export const EVENTS_TOPIC = 'kmip.events';
export const ACCESS_TOPIC = 'kmip.access';
export const INVENTORY_GROUP = 'inventory';

export interface ProjectorOptions extends InventoryOptions {
  readonly eventsTopic?: string;
  /** The access topic, or false to project `kmip.events` only. */
  readonly accessTopic?: string | false;
  /**
   * Consumer group (default `inventory`): positions are stored under it. On the log, the access consumer joins
   * `<group>.access`, because a Kafka group's members share partitions regardless of the topic each subscribed to.
   */
  readonly groupId?: string;
  readonly maxRecordsPerTransaction?: number;
  /** See `EventProjectorOptions.synchronousCommit` (default true); applies to both topics' projections. */
  readonly synchronousCommit?: boolean;
  /** How long `kmip.access` records may be held to be projected together (default 200 ms; 0 for at once). */
  readonly accessBatchDelayMs?: number;
  readonly logger?: InventoryLogger;
}

export interface RunningProjector {
  /** Settles when the projector ends: resolves after `stop()`, rejects when a consumer failed (both are stopped). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/** Creates the read model if needed and projects `kmip.events` and `kmip.access` from the stored positions on. */
export async function startProjector(
  eventLog: EventLog,
  db: SqlDatabase,
  options: ProjectorOptions = {},
): Promise<RunningProjector> {
  const tables = new InventoryTables(options.schema);
  const groupId = options.groupId ?? INVENTORY_GROUP;
  const logger = options.logger ?? consoleInventoryLogger;
  await ensureInventorySchema(db, tables);

  const statistics = projectionStatistics(db, tables, { onError: (message) => logger.warn(message) });
  const events = new EventProjector(db, tables, {
    topic: options.eventsTopic ?? EVENTS_TOPIC,
    groupId,
    statistics,
    ...(options.maxRecordsPerTransaction === undefined
      ? {}
      : { maxRecordsPerTransaction: options.maxRecordsPerTransaction }),
    ...(options.synchronousCommit === undefined ? {} : { synchronousCommit: options.synchronousCommit }),
  });
  const consumptions: Consumption[] = [];
  consumptions.push(
    await eventLog.consume({
      topic: options.eventsTopic ?? EVENTS_TOPIC,
      groupId,
      loadPositions: events.loadPositions,
      handle: events.handle,
    }),
  );
  const accessTopic = options.accessTopic ?? ACCESS_TOPIC;
  const accessDelay = options.accessBatchDelayMs ?? 200;
  if (accessTopic !== false) {
    const access = new AccessProjector(db, tables, {
      topic: accessTopic,
      groupId,
      logger,
      ...(options.synchronousCommit === undefined ? {} : { synchronousCommit: options.synchronousCommit }),
    });
    try {
      consumptions.push(
        await eventLog.consume({
          topic: accessTopic,
          groupId: `${groupId}.access`,
          loadPositions: access.loadPositions,
          handle: access.handle,
          // Audit only, nobody waits on it: fewer, larger transactions instead of one per read.
          ...(accessDelay > 0 ? { batchDelayMs: accessDelay } : {}),
        }),
      );
    } catch (error) {
      await consumptions[0].stop();
      throw error;
    }
  }

  const stopAll = async (): Promise<void> => {
    await Promise.all(consumptions.map((c) => c.stop()));
    await statistics.settled();
  };
  const done = Promise.all(
    consumptions.map((c) =>
      c.done.catch(async (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        logger.error(`projector stopped: ${reason}`);
        await stopAll();
        throw error;
      }),
    ),
  ).then(() => undefined);
  done.catch(() => undefined);
  return { done, stop: stopAll };
}
