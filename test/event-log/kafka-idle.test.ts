/**
 * An idle connection to the real broker (127.0.0.1:9092) must not keep the process awake: kafkajs 2.2.4 re-arms a
 * 1 ms timer per broker connection for ever (see kafka-request-queue.patch.ts), which this adapter turns off.
 */
import { KafkaEventLog } from '@kmip/event-log';
import { uniqueName } from './event-log-test-helpers';

jest.setTimeout(60_000);

it('sets almost no timers while a producer and a consumer sit idle', async () => {
  const log = await KafkaEventLog.connect({ brokers: ['127.0.0.1:9092'], clientId: 'idle-test' });
  const topic = uniqueName('idle');
  try {
    await log.createTopics([{ name: topic, partitions: 1 }]);
    await log.append(topic, [{ key: 'k', value: 'v' }]);
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
  } finally {
    await log.close();
  }
});
