/**
 * A consumer process for the crash test: consumes a topic with its positions in PostgreSQL until it has caught up
 * with the end offsets it saw at start, then exits 0. The parent may kill it with SIGKILL at any moment.
 * Input: the JSON in EVENT_LOG_CHILD (see ChildInput).
 */
import { openEventLog, type EventLogConfig } from '@kmip/event-log';
import { PgPositionedConsumer, testPool } from './pg-positioned-consumer';

export interface ChildInput {
  readonly log: EventLogConfig;
  readonly topic: string;
  readonly groupId: string;
  readonly schema: string;
  readonly perRecordDelayMs: number;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.env.EVENT_LOG_CHILD ?? '') as ChildInput;
  const pool = testPool();
  const log = await openEventLog(input.log);
  const ends = await log.endOffsets(input.topic);
  const consumer = new PgPositionedConsumer(pool, input.schema, input.groupId, input.topic, input.perRecordDelayMs);
  let caughtUp!: () => void;
  const allDone = new Promise<void>((resolve) => {
    caughtUp = resolve;
  });
  const consumption = await log.consume({
    topic: input.topic,
    groupId: input.groupId,
    loadPositions: consumer.loadPositions,
    handle: async (records) => {
      await consumer.handle(records);
      const positions = await consumer.positions();
      if (ends.every((e) => (positions.get(e.partition) ?? 0) >= e.offset)) caughtUp();
    },
  });
  console.log('consuming');
  await Promise.race([allDone, consumption.done]);
  await consumption.stop();
  await consumption.done;
  await log.close();
  await pool.end();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    process.exit(1);
  },
);
