import type { ChildProcess } from 'node:child_process';
import { captureOutput, exited, spawnTsChild as spawnRepoTsChild } from '../support/ts-child';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { AppendRecord, EventLog, KafkaEventLogConfig, LoggedRecord, ReadFrom } from '@kmip/event-log';
import { uniqueName, waitFor } from '../support/test-waiting';

export const repoRoot = join(__dirname, '..', '..');

export { sleep } from '../support/process-status';
export { uniqueName, waitFor };

/** The broker of the integration tests, and the adapter settings the Kafka suites share. */
export const KAFKA_BROKERS: readonly string[] = ['127.0.0.1:9092'];

export function kafkaTestConfig(clientId: string): KafkaEventLogConfig {
  return {
    brokers: KAFKA_BROKERS,
    clientId,
    operationTimeoutMs: 20_000,
    // A killed consumer leaves the group after this; the broker's minimum is 6 s.
    consumer: { sessionTimeoutMs: 6_000 },
  };
}

export async function readAll(
  log: EventLog,
  topic: string,
  from: ReadFrom = { offsets: new Map() },
): Promise<LoggedRecord[]> {
  const records: LoggedRecord[] = [];
  const count = await log.read({
    topic,
    from,
    handle: (batch) => {
      records.push(...batch);
      return Promise.resolve();
    },
  });
  expect(count).toBe(records.length);
  return records;
}

/** `key|value` of each record in offset order within each partition, partitions in order. */
export function contents(records: readonly LoggedRecord[]): string[] {
  return [...records]
    .sort((a, b) => a.partition - b.partition || a.offset - b.offset)
    .map((r) => `${r.key}|${r.value.toString('utf8')}`);
}

export function recordsFor(prefix: string, keys: number, count: number): AppendRecord[] {
  return Array.from({ length: count }, (_, i) => ({ key: `${prefix}-k${i % keys}`, value: `${prefix}-${i}` }));
}

/** Starts a TypeScript child process of this test folder. */
export function spawnTsChild(script: string, env: Record<string, string>): ChildProcess {
  return spawnRepoTsChild(join(__dirname, script), env);
}

export { captureOutput, exited };

/** A record as the broker stored it, with the producer id of its batch (-1: written without idempotence). */
export interface StoredRecord {
  readonly value: string;
  readonly producerId: string;
}

/** Reads `expected` records of a topic from its start with a kafkajs consumer, which keeps each batch's producer id. */
export async function storedRecords(
  brokers: readonly string[],
  topic: string,
  expected: number,
): Promise<StoredRecord[]> {
  const kafka = new Kafka({ brokers: [...brokers], clientId: 'stored-records-check', logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: uniqueName('stored-records') });
  const records: StoredRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        const { producerId } = (message as unknown as { batchContext: { producerId: string } }).batchContext;
        records.push({ value: message.value?.toString('utf8') ?? '', producerId: String(producerId) });
        return Promise.resolve();
      },
    });
    await waitFor(`${expected} records of ${topic}`, () => records.length >= expected, 60_000);
  } finally {
    await consumer.disconnect();
  }
  return records;
}
