/**
 * The event log's own Kafka producer (kafka-wire/wire-producer.ts) against the real broker, through a TCP proxy that
 * can lose the broker's answer to a Produce request after the broker stored it: the idempotent producer sends the
 * request again and the broker stores its records once; without idempotence the append fails instead of risking a
 * duplicate. After an append failed for good, the idempotent producer writes under a new producer id.
 */
import net from 'node:net';
import { KafkaEventLog } from '@kmip/event-log';
import { WireProducer } from '../../libs/event-log/src/kafka-wire/wire-producer';
import type { BrokerAddress } from '../../libs/event-log/src/kafka-wire/broker-connection';
import { KAFKA_BROKERS, storedRecords, uniqueName } from './event-log-test-helpers';

jest.setTimeout(120_000);

const BROKER = { host: '127.0.0.1', port: 9092 };
const brokers = KAFKA_BROKERS;
const PRODUCE_API_KEY = 0;

/**
 * Forwards every connection to the broker. While `loseAnswers` > 0, a connection that carried a Produce request is
 * cut when the broker's answer comes back, and the answer is not passed on (the broker did store the records).
 */
class LossyProxy {
  loseAnswers = 0;
  lost = 0;
  private readonly server = net.createServer((client) => this.forward(client));
  private readonly sockets = new Set<net.Socket>();

  async start(): Promise<BrokerAddress> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return { host: '127.0.0.1', port: (this.server.address() as net.AddressInfo).port };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(client: net.Socket): void {
    const broker = net.connect(BROKER);
    for (const socket of [client, broker]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    let producing = false;
    client.on('data', (chunk) => {
      // Each request leaves in one write here: its API key follows the INT32 size.
      if (chunk.length >= 6 && chunk.readInt16BE(4) === PRODUCE_API_KEY) producing = true;
      broker.write(chunk);
    });
    broker.on('data', (chunk) => {
      if (producing && this.loseAnswers > 0) {
        this.loseAnswers--;
        this.lost++;
        client.destroy();
        broker.destroy();
        return;
      }
      client.write(chunk);
    });
    client.on('close', () => broker.destroy());
    broker.on('close', () => client.destroy());
  }
}

describe('the wire producer on the real broker, answers lost on the way back', () => {
  let admin: KafkaEventLog;
  let proxy: LossyProxy;
  let viaProxy: BrokerAddress;
  const topic = uniqueName('wire');

  const producer = (idempotent: boolean) =>
    new WireProducer({
      clientId: 'wire-producer-test',
      timeoutMs: 10_000,
      leaders: () => Promise.resolve(new Map([[0, viaProxy]])),
      idempotent,
      retryDelayMs: 20,
    });
  const record = (value: string) => ({ key: 'tenant', value, partition: 0 });

  beforeAll(async () => {
    admin = await KafkaEventLog.connect({ brokers, clientId: 'wire-producer-test' });
    await admin.createTopics([{ name: topic, partitions: 1 }]);
    proxy = new LossyProxy();
    viaProxy = await proxy.start();
  });

  afterAll(async () => {
    await proxy?.stop();
    await admin?.close();
  });

  it('stores an idempotent batch once although its answer was lost twice, then fails for good under a new id', async () => {
    const idempotent = producer(true);
    try {
      await idempotent.produce([{ topic, records: [record('first')] }]);
      proxy.loseAnswers = 2;
      const [ack] = await idempotent.produce([{ topic, records: [record('resent'), record('resent-2')] }]);
      expect(proxy.lost).toBe(2);
      expect(ack).toMatchObject({ topic, partition: 0, baseOffset: 1 });

      // Every answer lost: the append fails once its retries are spent, and the next one gets a new producer id.
      proxy.loseAnswers = 100;
      await expect(idempotent.produce([{ topic, records: [record('unknown fate')] }])).rejects.toThrow();
      proxy.loseAnswers = 0;
      await idempotent.produce([{ topic, records: [record('after')] }]);
    } finally {
      idempotent.close();
    }

    const stored = await storedRecords(brokers, topic, 5);
    // The batch whose answers were lost is there once; the one that failed for good is there once (the broker had it).
    expect(stored.map((r) => r.value)).toEqual(['first', 'resent', 'resent-2', 'unknown fate', 'after']);
    const ids = stored.map((r) => r.producerId);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(Number(ids[0])).toBeGreaterThanOrEqual(0);
    expect(ids[4]).not.toBe(ids[0]);
  });

  it('fails a plain (audit) append whose answer was lost, rather than send it again', async () => {
    const plainTopic = uniqueName('wire-plain');
    await admin.createTopics([{ name: plainTopic, partitions: 1 }]);
    const plain = producer(false);
    const lostBefore = proxy.lost;
    try {
      proxy.loseAnswers = 1;
      await expect(plain.produce([{ topic: plainTopic, records: [record('once at most')] }])).rejects.toThrow(
        /connection/,
      );
      expect(proxy.lost).toBe(lostBefore + 1);
      await plain.produce([{ topic: plainTopic, records: [record('next')] }]);
    } finally {
      plain.close();
    }
    const stored = await storedRecords(brokers, plainTopic, 2);
    expect(stored).toEqual([
      { value: 'once at most', producerId: '-1' },
      { value: 'next', producerId: '-1' },
    ]);
  });
});
