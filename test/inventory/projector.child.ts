/**
 * A projector process for the crash test: projects the events topic of INVENTORY_CHILD (JSON, see ChildInput) into
 * PostgreSQL until it is killed (SIGKILL, at any moment) or asked to stop (SIGTERM, then it exits 0).
 */
import { KafkaEventLog } from '@kmip/event-log';
import { startProjector } from '@kmip/inventory';
import type { SqlDatabase } from '@kmip/sql';
import { KAFKA_BROKERS, testDatabase } from './inventory-test-helpers';

export interface ChildInput {
  readonly topic: string;
  readonly schema: string;
  readonly groupId: string;
  readonly maxRecordsPerTransaction: number;
  /** Each transaction waits this long first, so the parent can kill the process mid-stream. */
  readonly transactionDelayMs: number;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.env.INVENTORY_CHILD ?? '') as ChildInput;
  const db = testDatabase(2);
  const slowed: SqlDatabase = {
    query: (text, params) => db.query(text, params),
    transaction: async (work) => {
      await new Promise((r) => setTimeout(r, input.transactionDelayMs));
      return db.transaction(work);
    },
    listen: (channel, onPayload) => db.listen(channel, onPayload),
    close: () => db.close(),
  };
  const log = await KafkaEventLog.connect({
    brokers: KAFKA_BROKERS,
    clientId: 'inventory-crash-child',
    consumer: { sessionTimeoutMs: 6_000 },
  });
  const projector = await startProjector(log, slowed, {
    schema: input.schema,
    eventsTopic: input.topic,
    accessTopic: false,
    groupId: input.groupId,
    maxRecordsPerTransaction: input.maxRecordsPerTransaction,
  });
  console.log('projecting');
  const stopped = new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await Promise.race([stopped, projector.done]);
  await projector.stop();
  await log.close();
  await db.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    process.exit(1);
  },
);
