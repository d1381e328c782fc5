/**
 * Event-log benchmarks, per adapter: acknowledged append throughput (200-byte records, batches of 100, several
 * batches in flight) and append-to-consume latency at a paced 1,000 records/s. The Kafka one needs the broker of
 * `npm run kafka:start` at 127.0.0.1:9092.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmbeddedEventLog, KafkaEventLog, type AppendRecord, type EventLog } from '@kmip/event-log';
import type { Benchmark } from '../../../tools/bench/benchmark';

type Report = (figure: string, value: number, unit: string) => void;

const RECORD_BYTES = 200;
const BATCH = 100;
const IN_FLIGHT = 8;
const THROUGHPUT_SECONDS = 5;
const PACED_RATE = 1_000;
const PACED_SECONDS = 5;

function topicName(kind: string): string {
  return `bench.${kind}.${Date.now().toString(36)}`;
}

function batchOf(n: number, seq: number): AppendRecord[] {
  const filler = 'x'.repeat(RECORD_BYTES - 24);
  return Array.from({ length: n }, (_, i) => ({
    key: `tenant-${(seq + i) % 16}`,
    value: `${seq + i}`.padEnd(24) + filler,
  }));
}

async function appendThroughput(log: EventLog, topic: string): Promise<number> {
  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  let acked = 0;
  const worker = async (w: number): Promise<void> => {
    for (let seq = w * 1e9; performance.now() < until; seq += BATCH) {
      await log.append(topic, batchOf(BATCH, seq));
      acked += BATCH;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, (_, w) => worker(w)));
  return acked / ((performance.now() - started) / 1000);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Appends one record per millisecond (in time, not in a burst) and measures until each reaches a consumer. */
async function pacedLatency(log: EventLog, topic: string): Promise<number[]> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const total = PACED_RATE * PACED_SECONDS;
  let allSeen!: () => void;
  const seenAll = new Promise<void>((resolve) => (allSeen = resolve));
  const ends = await log.endOffsets(topic);
  const consumption = await log.consume({
    topic,
    groupId: `${topic}.latency`,
    loadPositions: () => Promise.resolve(new Map(ends.map((e) => [e.partition, e.offset]))),
    handle: (records) => {
      const now = performance.now();
      for (const r of records) {
        const at = sentAt.get(r.value.toString('utf8', 0, 24).trim());
        if (at !== undefined) latencies.push(now - at);
      }
      if (latencies.length >= total) allSeen();
      return Promise.resolve();
    },
  });
  // Let the consumer join and fetch once before the clock starts.
  await new Promise((r) => setTimeout(r, 1_000));
  const start = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let sent = 0; sent < total;) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * PACED_RATE));
    for (; sent < due; sent++) {
      sentAt.set(String(sent), performance.now());
      pending.push(log.append(topic, batchOf(1, sent)));
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  await Promise.race([seenAll, new Promise((r) => setTimeout(r, 10_000))]);
  await consumption.stop();
  return latencies.sort((a, b) => a - b);
}

async function runAll(prefix: string, log: EventLog, report: Report): Promise<void> {
  const throughputTopic = topicName(`${prefix}.append`);
  const latencyTopic = topicName(`${prefix}.latency`);
  await log.createTopics([
    { name: throughputTopic, partitions: 4 },
    { name: latencyTopic, partitions: 1 },
  ]);
  await log.append(throughputTopic, batchOf(BATCH, 0));
  report(`event-log.${prefix}.append`, Math.round(await appendThroughput(log, throughputTopic)), 'records/s');
  const latencies = await pacedLatency(log, latencyTopic);
  if (latencies.length < PACED_RATE * PACED_SECONDS) {
    throw new Error(`only ${latencies.length} of ${PACED_RATE * PACED_SECONDS} paced records reached the consumer`);
  }
  report(`event-log.${prefix}.latency.p50`, percentile(latencies, 50), 'ms');
  report(`event-log.${prefix}.latency.p99`, percentile(latencies, 99), 'ms');
}

export const benchmarks: Benchmark[] = [
  {
    name: 'event-log.kafka',
    async run(report) {
      let log: EventLog;
      try {
        log = await KafkaEventLog.connect({ brokers: ['127.0.0.1:9092'], operationTimeoutMs: 10_000 });
      } catch (error) {
        throw new Error(
          `event-log.kafka needs the broker at 127.0.0.1:9092 (npm run kafka:start): ${(error as Error).message}`,
        );
      }
      try {
        await runAll('kafka', log, report);
      } finally {
        await log.close();
      }
    },
  },
  {
    name: 'event-log.embedded',
    async run(report) {
      const dir = mkdtempSync(join(tmpdir(), 'event-log-bench-'));
      const log = await EmbeddedEventLog.open({ dataDir: dir });
      try {
        await runAll('embedded', log, report);
      } finally {
        await log.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
