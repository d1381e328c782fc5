import { KafkaEventLog } from '@kmip/event-log';
import { describeProjection } from './projection-scenarios';
import { KAFKA_BROKERS, testDatabase } from './inventory-test-helpers';

jest.setTimeout(120_000);

describeProjection('Kafka and PostgreSQL', async () => {
  const log = await KafkaEventLog.connect({
    brokers: KAFKA_BROKERS,
    clientId: 'inventory-test',
    operationTimeoutMs: 20_000,
    consumer: { sessionTimeoutMs: 6_000 },
  });
  const db = testDatabase();
  return {
    log,
    db,
    partitions: 3,
    close: async () => {
      await log.close();
      await db.close();
    },
  };
});
