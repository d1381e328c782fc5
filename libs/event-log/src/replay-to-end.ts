import { EventLogClosedError } from './event-log.errors';
import type { ConsumeOptions, Consumption, LoggedRecord, PartitionOffset, StartOffsets } from './event-log.port';

/**
 * Replays a topic up to fixed end offsets through a throw-away consumer group: hands over records below each
 * partition's end, then stops the consumer once every partition reached its end. Resolves with the count handed.
 */
export async function replayToEnd(
  consume: (options: ConsumeOptions) => Promise<Consumption>,
  request: {
    readonly topic: string;
    readonly groupId: string;
    readonly starts: StartOffsets;
    readonly ends: readonly PartitionOffset[];
    readonly handle: (records: readonly LoggedRecord[]) => Promise<void>;
  },
): Promise<number> {
  const remaining = new Map<number, number>();
  for (const { partition, offset } of request.ends) {
    if ((request.starts.get(partition) ?? 0) < offset) remaining.set(partition, offset);
  }
  if (remaining.size === 0) return 0;

  let count = 0;
  let reachedEnd!: () => void;
  const allRead = new Promise<void>((resolve) => {
    reachedEnd = resolve;
  });
  const consumption = await consume({
    topic: request.topic,
    groupId: request.groupId,
    loadPositions: () => Promise.resolve(request.starts),
    handle: async (records) => {
      const partition = records[0].partition;
      const end = remaining.get(partition);
      if (end === undefined) return;
      const upToEnd = records.filter((r) => r.offset < end);
      if (upToEnd.length > 0) {
        await request.handle(upToEnd);
        count += upToEnd.length;
      }
      if (records[records.length - 1].offset + 1 >= end) {
        remaining.delete(partition);
        if (remaining.size === 0) reachedEnd();
      }
    },
  });
  try {
    await Promise.race([allRead, consumption.done]);
  } finally {
    await consumption.stop();
  }
  await consumption.done;
  if (remaining.size > 0) throw new EventLogClosedError();
  return count;
}
