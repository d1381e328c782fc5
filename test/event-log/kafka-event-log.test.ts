import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  EventLogUnavailableError,
  KafkaEventLog,
  PositionPastEndError,
  type KafkaEventLogConfig,
} from '@kmip/event-log';
import { describeEventLogContract } from './event-log.contract';
import { KAFKA_BROKERS, kafkaTestConfig, readAll, recordsFor, repoRoot, uniqueName } from './event-log-test-helpers';

jest.setTimeout(180_000);

const brokers = KAFKA_BROKERS;
const config: KafkaEventLogConfig = kafkaTestConfig('event-log-contract');

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
  // Each test also appends to an audit topic, which the plain producer writes (its own connections).
  const withAudit: KafkaEventLogConfig = { ...config, auditTopics: ['audit*'] };

  it('keeps acknowledged records across a broker restart, and appends again afterwards', async () => {
    const log = await KafkaEventLog.connect(withAudit);
    const topics = [uniqueName('restart'), uniqueName('audit_restart')];
    try {
      await log.createTopics(topics.map((name) => ({ name, partitions: 2 })));
      for (const topic of topics) await log.append(topic, recordsFor('before', 4, 50));
      kafkaScript('restart');
      for (const topic of topics) await log.append(topic, recordsFor('after', 4, 50));
    } finally {
      await log.close();
    }
    const reopened = await KafkaEventLog.connect(config);
    try {
      for (const topic of topics) {
        const values = (await readAll(reopened, topic)).map((r) => r.value.toString()).sort();
        expect(values).toEqual(
          [...recordsFor('before', 4, 50), ...recordsFor('after', 4, 50)].map((r) => r.value).sort(),
        );
      }
    } finally {
      await reopened.close();
    }
  });

  it('reports a stopped broker as unavailable within the timeout, then works again once it is back', async () => {
    const log = await KafkaEventLog.connect({ ...withAudit, operationTimeoutMs: 8_000 });
    const topics = [uniqueName('outage'), uniqueName('audit_outage')];
    try {
      await log.createTopics(topics.map((name) => ({ name, partitions: 2 })));
      for (const topic of topics) await log.append(topic, recordsFor('acked', 4, 40));
      kafkaScript('stop');
      try {
        for (const topic of topics) {
          await expect(log.append(topic, recordsFor('refused', 4, 5))).rejects.toBeInstanceOf(EventLogUnavailableError);
        }
        await expect(log.endOffsets(topics[0])).rejects.toBeInstanceOf(EventLogUnavailableError);
      } finally {
        kafkaScript('start', '--keep-data');
      }
      for (const topic of topics) {
        await log.append(topic, recordsFor('later', 4, 40));
        const values = (await readAll(log, topic)).map((r) => r.value.toString());
        const acked = [...recordsFor('acked', 4, 40), ...recordsFor('later', 4, 40)].map((r) => r.value as string);
        // Every acknowledged record is there; a refused append's outcome is unknown, so it may or may not be.
        expect(values.filter((v) => !v.startsWith('refused-')).sort()).toEqual(acked.sort());
      }
    } finally {
      await log.close();
    }
  });
});

describe('Kafka event log around kafkajs', () => {
  let log: KafkaEventLog;
  let topic: string;

  beforeEach(async () => {
    log = await KafkaEventLog.connect(config);
    topic = uniqueName('around');
    await log.createTopics([{ name: topic, partitions: 1 }]);
  });
  afterEach(async () => {
    await log.close();
  });

  // kafkajs 2.2.4 re-arms a 1 ms timer per broker connection for ever (see kafka-request-queue.patch.ts).
  it('sets almost no timers while a producer and a consumer sit idle', async () => {
    await log.append(topic, recordsFor('idle', 1, 1));
    const consumption = await log.consume({
      topic,
      groupId: uniqueName('idle-group'),
      loadPositions: () => Promise.resolve(new Map([[0, 0]])),
      handle: () => Promise.resolve(),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));

    let timers = 0;
    const original = global.setTimeout;
    const counting = ((...args: Parameters<typeof setTimeout>) => {
      timers++;
      return original(...args);
    }) as typeof setTimeout;
    global.setTimeout = Object.assign(counting, original);
    try {
      await new Promise((resolve) => original(resolve, 1_000));
    } finally {
      global.setTimeout = original;
    }
    await consumption.stop();
    // Fetch long-polls, heartbeats and request timeouts set a few dozen a second; the loop set over a thousand.
    expect(timers).toBeLessThan(200);
  });

  // The log was wiped or replaced while the consumer's database kept its positions.
  it('stops a consumer whose stored position is past the end of the log, and says why', async () => {
    await log.append(topic, recordsFor('k', 1, 3));
    const handled: number[] = [];
    const consumption = await log.consume({
      topic,
      groupId: uniqueName('past-end-group'),
      loadPositions: () => Promise.resolve(new Map([[0, 500]])),
      handle: (records) => {
        handled.push(...records.map((r) => r.offset));
        return Promise.resolve();
      },
    });
    const error = await Promise.race([
      consumption.done.then(
        () => 'stopped without an error',
        (reason: unknown) => reason,
      ),
      new Promise((resolve) => setTimeout(resolve, 20_000, 'still consuming after 20 s')),
    ]);
    await consumption.stop();
    expect(error).toBeInstanceOf(PositionPastEndError);
    expect(error).toMatchObject({ code: 'POSITION_PAST_END', topic, partition: 0, position: 500, end: 3 });
    expect((error as Error).message).toContain('past the end of the log (3)');
    expect(handled).toEqual([]);
  });
});
