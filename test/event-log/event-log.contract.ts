/**
 * The behaviour every EventLog adapter promises, run unchanged against each of them (Kafka, embedded PGlite).
 * Each test uses its own topic; the suite opens the log once and reopens it only where durability is the point.
 */
import {
  ConsumerHandlerError,
  EventLogClosedError,
  EventLogError,
  RecordTooLargeError,
  TopicNotFoundError,
  type EventLog,
  type EventLogConfig,
  type LoggedRecord,
} from '@kmip/event-log';
import type { Pool } from 'pg';
import type { ChildInput } from './positioned-consumer.child';
import {
  captureOutput,
  contents,
  exited,
  readAll,
  recordsFor,
  sleep,
  spawnTsChild,
  uniqueName,
  waitFor,
} from './event-log-test-helpers';
import { createConsumerSchema, dropConsumerSchema, PgPositionedConsumer, testPool } from './pg-positioned-consumer';

export interface EventLogTarget {
  readonly name: string;
  /** Opens the log under test; called again to reopen it (same broker, same data directory). */
  open(): Promise<EventLog>;
  /** How a child process opens the same log. */
  readonly childConfig: EventLogConfig;
  /** Only one process at a time may open it (a PGlite directory): the suite closes its own before a child runs. */
  readonly singleProcess: boolean;
  /** Opens a log at an address or place where there is none; expected to fail with an EventLogError. */
  openBroken(): Promise<EventLog>;
}

export function describeEventLogContract(target: EventLogTarget): void {
  describe(`EventLog contract: ${target.name}`, () => {
    let log: EventLog;
    let pool: Pool;

    async function newTopic(partitions = 3): Promise<string> {
      const topic = uniqueName('contract');
      await log.createTopics([{ name: topic, partitions }]);
      return topic;
    }

    async function reopen(): Promise<void> {
      await log.close();
      log = await target.open();
    }

    beforeAll(async () => {
      log = await target.open();
      pool = testPool();
    });

    afterAll(async () => {
      await log?.close();
      await pool?.end();
    });

    it('creates topics idempotently and reports their end offsets', async () => {
      const topic = await newTopic(4);
      await log.createTopics([{ name: topic, partitions: 4 }]);
      expect(await log.endOffsets(topic)).toEqual([0, 1, 2, 3].map((partition) => ({ partition, offset: 0 })));
    });

    it('refuses every operation on a topic that does not exist with TopicNotFoundError', async () => {
      const missing = uniqueName('missing');
      await expect(log.append(missing, [{ key: 'k', value: 'v' }])).rejects.toBeInstanceOf(TopicNotFoundError);
      await expect(log.endOffsets(missing)).rejects.toBeInstanceOf(TopicNotFoundError);
      await expect(readAll(log, missing)).rejects.toBeInstanceOf(TopicNotFoundError);
      const consuming = log.consume({
        topic: missing,
        groupId: uniqueName('g'),
        loadPositions: () => Promise.resolve(new Map()),
        handle: () => Promise.resolve(),
      });
      await expect(consuming).rejects.toBeInstanceOf(TopicNotFoundError);
    });

    it('fails to open a log that is not there with a readable EventLogError', async () => {
      const error = await target.openBroken().then(
        async (opened) => {
          await opened.close();
          return undefined;
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EventLogError);
      expect((error as EventLogError).message.length).toBeGreaterThan(10);
    });

    it('keeps per-key order and returns the position of every appended record', async () => {
      const topic = await newTopic(3);
      const positions: Array<{ key: string; value: string; partition: number; offset: number }> = [];
      for (let batch = 0; batch < 10; batch++) {
        const records = Array.from({ length: 20 }, (_, i) => ({
          key: `tenant-${i % 5}`,
          value: String(batch * 20 + i),
          headers: { type: 'KeyCreated' },
        }));
        const acked = await log.append(topic, records);
        acked.forEach((p, i) => positions.push({ key: records[i].key, value: records[i].value, ...p }));
      }
      const read = await readAll(log, topic);
      expect(read).toHaveLength(200);
      const byPosition = new Map(read.map((r) => [`${r.partition}@${r.offset}`, r]));
      for (const p of positions) {
        const r = byPosition.get(`${p.partition}@${p.offset}`)!;
        expect([r.key, r.value.toString(), r.headers.type]).toEqual([p.key, p.value, 'KeyCreated']);
      }
      for (let k = 0; k < 5; k++) {
        const ofKey = read.filter((r) => r.key === `tenant-${k}`).sort((a, b) => a.offset - b.offset);
        expect(new Set(ofKey.map((r) => r.partition)).size).toBe(1);
        const values = ofKey.map((r) => Number(r.value.toString()));
        expect(values).toEqual([...values].sort((a, b) => a - b));
        expect(values).toHaveLength(40);
      }
    });

    it('replays exactly the appended records from offset 0 and from given offsets', async () => {
      const topic = await newTopic(2);
      const records = recordsFor('replay', 6, 60);
      const acked = await log.append(topic, records);
      const fromZero = await readAll(log, topic, {
        offsets: new Map([
          [0, 0],
          [1, 0],
        ]),
      });
      const expected = acked
        .map((p, i) => ({ ...p, text: `${records[i].key}|${records[i].value as string}` }))
        .sort((a, b) => a.partition - b.partition || a.offset - b.offset)
        .map((r) => r.text);
      expect(contents(fromZero)).toEqual(expected);
      const ends = await log.endOffsets(topic);
      const middle = new Map(ends.map((e) => [e.partition, Math.floor(e.offset / 2)]));
      const tail = await readAll(log, topic, { offsets: middle });
      expect(contents(tail)).toEqual(contents(fromZero.filter((r) => r.offset >= middle.get(r.partition)!)));
    });

    it('replays from a timestamp exactly the records appended after it', async () => {
      const topic = await newTopic(3);
      await log.append(topic, recordsFor('before', 4, 40));
      await sleep(5);
      const since = Date.now();
      await sleep(5);
      const after = recordsFor('after', 4, 40);
      await log.append(topic, after);
      const replayed = await readAll(log, topic, { timestamp: since });
      expect(replayed.map((r) => r.value.toString()).sort()).toEqual(after.map((r) => r.value as string).sort());
      expect(replayed.every((r) => r.timestamp >= since)).toBe(true);
      expect(await log.offsetsForTimestamp(topic, Date.now() + 60_000)).toEqual(await log.endOffsets(topic));
    });

    it('keeps acknowledged records across close and reopen', async () => {
      const topic = await newTopic(2);
      const records = recordsFor('durable', 5, 100);
      await log.append(topic, records);
      await reopen();
      const read = await readAll(log, topic);
      expect(read.map((r) => r.value.toString()).sort()).toEqual(records.map((r) => r.value as string).sort());
    });

    it('stores everything from concurrent producers, each in its own order per key', async () => {
      const topic = await newTopic(3);
      const producers = target.singleProcess
        ? [log, log, log, log]
        : [log, ...(await Promise.all([1, 2, 3].map(() => target.open())))];
      try {
        await Promise.all(
          producers.map(async (producer, p) => {
            for (let batch = 0; batch < 10; batch++) {
              await producer.append(
                topic,
                Array.from({ length: 24 }, (_, i) => ({ key: `tenant-${i % 4}`, value: `${p}:${batch * 24 + i}` })),
              );
            }
          }),
        );
      } finally {
        await Promise.all(producers.filter((p) => p !== log).map((p) => p.close()));
      }
      const read = await readAll(log, topic);
      expect(read).toHaveLength(4 * 240);
      for (let p = 0; p < 4; p++) {
        for (let k = 0; k < 4; k++) {
          const seqs = read
            .filter((r) => r.key === `tenant-${k}` && r.value.toString().startsWith(`${p}:`))
            .sort((a, b) => a.offset - b.offset)
            .map((r) => Number(r.value.toString().split(':')[1]));
          expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
          expect(seqs).toHaveLength(60);
        }
      }
    });

    it('appends a 50,000-record batch with a distinct position for each record', async () => {
      const topic = await newTopic(4);
      const records = Array.from({ length: 50_000 }, (_, i) => ({
        key: `tenant-${i % 50}`,
        value: `${i}:${'x'.repeat(90)}`,
      }));
      const acked = await log.append(topic, records);
      expect(acked).toHaveLength(50_000);
      expect(new Set(acked.map((p) => `${p.partition}@${p.offset}`)).size).toBe(50_000);
      const ends = await log.endOffsets(topic);
      expect(ends.reduce((sum, e) => sum + e.offset, 0)).toBe(50_000);
      let count = 0;
      const seen = new Set<number>();
      await log.read({
        topic,
        from: { offsets: new Map() },
        handle: (batch) => {
          for (const r of batch) seen.add(Number(r.value.toString().split(':')[0]));
          count += batch.length;
          return Promise.resolve();
        },
      });
      expect(count).toBe(50_000);
      expect(seen.size).toBe(50_000);
    });

    it('refuses an oversize record with a clear error, appending nothing of its batch, and loses nothing after', async () => {
      const topic = await newTopic(2);
      await log.append(topic, recordsFor('first', 3, 10));
      const oversize = [
        { key: 'a', value: 'fine' },
        { key: 'b', value: Buffer.alloc(2 * 1024 * 1024, 7) },
      ];
      const error = await log.append(topic, oversize).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RecordTooLargeError);
      expect((error as RecordTooLargeError).index).toBe(1);
      expect((error as RecordTooLargeError).message).toMatch(/bytes, over the \d+-byte limit/);
      await log.append(topic, recordsFor('then', 3, 10));
      const read = await readAll(log, topic);
      expect(read.map((r) => r.value.toString()).sort()).toEqual(
        [...recordsFor('first', 3, 10), ...recordsFor('then', 3, 10)].map((r) => r.value as string).sort(),
      );
    });

    it('hands a consumer every record in order per partition, including ones appended while it runs', async () => {
      const topic = await newTopic(2);
      await log.append(topic, recordsFor('early', 4, 30));
      const seen: LoggedRecord[] = [];
      const consumption = await log.consume({
        topic,
        groupId: uniqueName('tail'),
        loadPositions: () => Promise.resolve(new Map()),
        handle: (records) => {
          seen.push(...records);
          return Promise.resolve();
        },
      });
      try {
        await waitFor('the early records', () => seen.length >= 30);
        await log.append(topic, recordsFor('late', 4, 30));
        await waitFor('the late records', () => seen.length >= 60);
      } finally {
        await consumption.stop();
      }
      await consumption.done;
      expect(contents(seen)).toEqual(contents(await readAll(log, topic)));
    });

    it('stops a consumer whose handler throws, surfacing the error, and resumes at the failed record', async () => {
      const topic = await newTopic(1);
      await log.append(topic, recordsFor('p', 1, 20));
      const positions = new Map<number, number>();
      const processed: string[] = [];
      let poisoned = true;
      const member = {
        topic,
        groupId: uniqueName('poison'),
        loadPositions: () => Promise.resolve(new Map(positions)),
        handle: (records: readonly LoggedRecord[]) => {
          for (const r of records) {
            if (poisoned && r.value.toString() === 'p-12') return Promise.reject(new Error('projection failed'));
            processed.push(r.value.toString());
            positions.set(r.partition, r.offset + 1);
          }
          return Promise.resolve();
        },
      };
      const failing = await log.consume(member);
      const error = await failing.done.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConsumerHandlerError);
      expect((error as ConsumerHandlerError).message).toContain('projection failed');
      expect(processed).toEqual(recordsFor('p', 1, 12).map((r) => r.value));

      poisoned = false;
      const resumed = await log.consume(member);
      try {
        await waitFor('the rest of the records', () => processed.length >= 20);
      } finally {
        await resumed.stop();
      }
      expect(processed).toEqual(recordsFor('p', 1, 20).map((r) => r.value));
    });

    it('processes each record exactly once with positions in PostgreSQL across a SIGKILL and a restart', async () => {
      const topic = await newTopic(3);
      const schema = uniqueName('event_log_crash');
      const groupId = uniqueName('projector');
      const records = recordsFor('crash', 12, 1500);
      await log.append(topic, records);
      await createConsumerSchema(pool, schema);
      const effects = async (): Promise<number> =>
        Number((await pool.query<{ n: string }>(`select count(*) as n from ${schema}.effects`)).rows[0].n);
      try {
        if (target.singleProcess) await log.close();
        const input: ChildInput = { log: target.childConfig, topic, groupId, schema, perRecordDelayMs: 2 };
        const env = { EVENT_LOG_CHILD: JSON.stringify(input) };

        const first = spawnTsChild('positioned-consumer.child.ts', env);
        const firstOutput = captureOutput(first);
        await waitFor(
          'the first consumer to be mid-stream',
          async () => {
            if (first.exitCode !== null) throw new Error(`first consumer exited early:\n${firstOutput()}`);
            return (await effects()) >= 300;
          },
          60_000,
        );
        first.kill('SIGKILL');
        expect(await exited(first)).toBe('SIGKILL');
        const atCrash = await effects();
        expect(atCrash).toBeLessThan(records.length);

        const second = spawnTsChild('positioned-consumer.child.ts', { ...env });
        const secondOutput = captureOutput(second);
        const code = await exited(second);
        if (code !== 0) throw new Error(`second consumer failed (${code}):\n${secondOutput()}`);
      } finally {
        if (target.singleProcess) log = await target.open();
      }
      try {
        const rows = await pool.query<{ partition: number; offset: string; key: string; value: string }>(
          `select partition, "offset", key, value from ${schema}.effects order by seq`,
        );
        expect(rows.rows).toHaveLength(records.length);
        expect(new Set(rows.rows.map((r) => `${r.partition}@${r.offset}`)).size).toBe(records.length);
        expect(rows.rows.map((r) => r.value).sort()).toEqual(records.map((r) => r.value as string).sort());
        for (let k = 0; k < 12; k++) {
          const seq = rows.rows.filter((r) => r.key === `crash-k${k}`).map((r) => Number(r.value.split('-')[1]));
          expect(seq).toEqual([...seq].sort((a, b) => a - b));
        }
        const stored = await new PgPositionedConsumer(pool, schema, groupId, topic).positions();
        for (const end of await log.endOffsets(topic)) expect(stored.get(end.partition) ?? 0).toBe(end.offset);
      } finally {
        await dropConsumerSchema(pool, schema);
      }
    });

    it('refuses operations after close with EventLogClosedError', async () => {
      const topic = await newTopic(1);
      const other = target.singleProcess ? log : await target.open();
      await other.close();
      await expect(other.append(topic, [{ key: 'k', value: 'v' }])).rejects.toBeInstanceOf(EventLogClosedError);
      if (other === log) log = await target.open();
    });
  });
}
