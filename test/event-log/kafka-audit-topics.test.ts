import { KafkaEventLog, type KafkaEventLogConfig } from '@kmip/event-log';
import { describeEventLogContract } from './event-log.contract';
import { KAFKA_BROKERS, kafkaTestConfig, recordsFor, storedRecords, uniqueName } from './event-log-test-helpers';

/*
 * Audit topics (`auditTopics`) are appended without idempotence or retries; every other topic by the idempotent
 * producer. The whole EventLog contract runs again with every topic of the contract an audit topic, on the real
 * broker; then a check that the records really came without a producer id, and the others with one.
 */

jest.setTimeout(180_000);

const config: KafkaEventLogConfig = { ...kafkaTestConfig('event-log-audit-contract'), auditTopics: ['contract*'] };

describeEventLogContract({
  name: 'Kafka, every topic an audit topic',
  open: () => KafkaEventLog.connect(config),
  childConfig: { kind: 'kafka', ...config },
  singleProcess: false,
  openBroken: () => KafkaEventLog.connect({ ...config, brokers: ['127.0.0.1:1'], operationTimeoutMs: 10_000 }),
});

describe('audit topics on Kafka', () => {
  it('are written without a producer id; other topics by the idempotent producer', async () => {
    const log = await KafkaEventLog.connect({ ...config, auditTopics: ['audit*', 'exact-name'] });
    const audit = uniqueName('audit');
    const events = uniqueName('events');
    try {
      await log.createTopics([
        { name: audit, partitions: 3 },
        { name: events, partitions: 3 },
      ]);
      const [auditPositions, eventPositions] = await Promise.all([
        log.append(audit, recordsFor('a', 6, 60)),
        log.append(events, recordsFor('e', 6, 60)),
      ]);
      expect(auditPositions).toHaveLength(60);
      expect(eventPositions).toHaveLength(60);
    } finally {
      await log.close();
    }
    const producerIds = async (topic: string) =>
      new Set((await storedRecords(KAFKA_BROKERS, topic, 60)).map((r) => r.producerId));
    expect([...(await producerIds(audit))]).toEqual(['-1']);
    const idempotent = [...(await producerIds(events))];
    expect(idempotent).toHaveLength(1);
    expect(Number(idempotent[0])).toBeGreaterThanOrEqual(0);
  });
});
