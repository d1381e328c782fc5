import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EventLogUnavailableError, KafkaEventLog, type KafkaEventLogConfig } from '@kmip/event-log';
import { describeEventLogContract } from './event-log.contract';
import { readAll, recordsFor, repoRoot, uniqueName } from './event-log-test-helpers';

jest.setTimeout(180_000);

const brokers = ['127.0.0.1:9092'];
const config: KafkaEventLogConfig = {
  brokers,
  clientId: 'event-log-contract',
  operationTimeoutMs: 20_000,
  // A killed consumer leaves the group after this; the broker's minimum is 6 s.
  consumer: { sessionTimeoutMs: 6_000 },
};

function kafkaScript(...args: string[]): void {
  execFileSync('bash', [join(repoRoot, 'infra', 'kafka', 'kafka.sh'), ...args], { stdio: 'pipe', timeout: 150_000 });
}

beforeAll(async () => {
  try {
    const probe = await KafkaEventLog.connect({ brokers, operationTimeoutMs: 8_000 });
    await probe.close();
  } catch (error) {
    throw new Error(
      `Kafka is not reachable at ${brokers.join(',')}: start the broker with \`npm run kafka:start\` ` +
        `(${error instanceof Error ? error.message : String(error)})`,
    );
  }
});

describeEventLogContract({
  name: 'Kafka',
  open: () => KafkaEventLog.connect(config),
  childConfig: { kind: 'kafka', ...config },
  singleProcess: false,
  openBroken: () => KafkaEventLog.connect({ brokers: ['127.0.0.1:1'], operationTimeoutMs: 10_000 }),
});

describe('Kafka event log and its broker', () => {
  it('keeps acknowledged records across a broker restart, and appends again afterwards', async () => {
    const log = await KafkaEventLog.connect(config);
    const topic = uniqueName('restart');
    try {
      await log.createTopics([{ name: topic, partitions: 2 }]);
      await log.append(topic, recordsFor('before', 4, 50));
      kafkaScript('restart');
      await log.append(topic, recordsFor('after', 4, 50));
    } finally {
      await log.close();
    }
    const reopened = await KafkaEventLog.connect(config);
    try {
      const values = (await readAll(reopened, topic)).map((r) => r.value.toString()).sort();
      expect(values).toEqual(
        [...recordsFor('before', 4, 50), ...recordsFor('after', 4, 50)].map((r) => r.value).sort(),
      );
    } finally {
      await reopened.close();
    }
  });

  it('reports a stopped broker as unavailable within the timeout, then works again once it is back', async () => {
    const log = await KafkaEventLog.connect({ ...config, operationTimeoutMs: 8_000 });
    const topic = uniqueName('outage');
    try {
      await log.createTopics([{ name: topic, partitions: 2 }]);
      await log.append(topic, recordsFor('acked', 4, 40));
      kafkaScript('stop');
      try {
        await expect(log.append(topic, recordsFor('refused', 4, 5))).rejects.toBeInstanceOf(EventLogUnavailableError);
        await expect(log.endOffsets(topic)).rejects.toBeInstanceOf(EventLogUnavailableError);
      } finally {
        kafkaScript('start', '--keep-data');
      }
      await log.append(topic, recordsFor('later', 4, 40));
      const values = (await readAll(log, topic)).map((r) => r.value.toString());
      const acked = [...recordsFor('acked', 4, 40), ...recordsFor('later', 4, 40)].map((r) => r.value as string);
      // Every acknowledged record is there; a refused append's outcome is unknown, so it may or may not be.
      expect(values.filter((v) => !v.startsWith('refused-')).sort()).toEqual(acked.sort());
    } finally {
      await log.close();
    }
  });
});
