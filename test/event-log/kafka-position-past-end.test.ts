/**
 * A consumer whose store holds a position beyond the end of the real broker's log (the log was wiped or replaced,
 * the database kept its positions) stops with PositionPastEndError instead of skipping every new record.
 */
import { KafkaEventLog, PositionPastEndError } from '@kmip/event-log';
import { recordsFor, uniqueName } from './event-log-test-helpers';

jest.setTimeout(60_000);

it('stops a consumer whose stored position is past the end of the log, and says why', async () => {
  const log = await KafkaEventLog.connect({ brokers: ['127.0.0.1:9092'], clientId: 'past-end-test' });
  const topic = uniqueName('past-end');
  try {
    await log.createTopics([{ name: topic, partitions: 1 }]);
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
  } finally {
    await log.close();
  }
});
