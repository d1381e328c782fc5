import { Kafka, logLevel } from 'kafkajs';
import { KafkaEventLog, type KafkaEventLogConfig } from '@kmip/event-log';
import { describeEventLogContract } from './event-log.contract';
import { recordsFor, uniqueName, waitFor } from './event-log-test-helpers';

/*
 * Audit topics (`auditTopics`) are appended by the plain producer instead of kafkajs' idempotent one. The whole
 * EventLog contract runs again with every topic of the contract an audit topic, on the real broker; then a check that
 * the records really came from the plain producer (no producer id) and the others from the idempotent one.
 */

jest.setTimeout(180_000);

const brokers = ['127.0.0.1:9092'];
const config: KafkaEventLogConfig = {
  brokers,
  clientId: 'event-log-audit-contract',
  operationTimeoutMs: 20_000,
  consumer: { sessionTimeoutMs: 6_000 },
  auditTopics: ['contract*'],
};

describeEventLogContract({
  name: 'Kafka, every topic an audit topic',
  open: () => KafkaEventLog.connect(config),
  childConfig: { kind: 'kafka', ...config },
  singleProcess: false,
  openBroken: () => KafkaEventLog.connect({ ...config, brokers: ['127.0.0.1:1'], operationTimeoutMs: 10_000 }),
});

/** The producer id of each stored record batch (kafkajs keeps it on every message it decodes, untyped). */
async function producerIds(topic: string, expected: number): Promise<Set<string>> {
  const kafka = new Kafka({ brokers, clientId: 'audit-topic-check', logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: uniqueName('audit-check') });
  const ids = new Set<string>();
  let seen = 0;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        seen++;
        ids.add(String((message as unknown as { batchContext: { producerId: string } }).batchContext.producerId));
        return Promise.resolve();
      },
    });
    await waitFor(`${expected} records of ${topic}`, () => seen >= expected, 60_000);
  } finally {
    await consumer.disconnect();
  }
  return ids;
}

describe('audit topics on Kafka', () => {
  it('are written without a producer id, by the plain producer; other topics by the idempotent producer', async () => {
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
    expect([...(await producerIds(audit, 60))]).toEqual(['-1']);
    const idempotent = [...(await producerIds(events, 60))];
    expect(idempotent).toHaveLength(1);
    expect(Number(idempotent[0])).toBeGreaterThanOrEqual(0);
  });
});
