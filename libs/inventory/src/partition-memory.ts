import { RecentMap } from '@kmip/collections';
import type { StreamState } from './command-judge';

/** Object states remembered per partition at most (the oldest written go first, half at a time). */
const DEFAULT_MAX_STATES = 10_000;

/**
 * What a projector knows of a partition from its own last write: the position it stored and the object states it
 * read or left. While nobody else writes the partition, that is exactly what the database holds, so the next chunk
 * can be judged without reading; the write then checks, in the same statement, that the position and every assumed
 * version are still there, and takes no effect otherwise (the projector then reads and judges again).
 */
export class PartitionMemory {
  private readonly partitions = new Map<
    number,
    { position: number; readonly states: RecentMap<string, StreamState> }
  >();

  constructor(private readonly maxStates = DEFAULT_MAX_STATES) {}

  /** The stored position after this projector's last write to the partition, if it remembers one. */
  position(partition: number): number | undefined {
    return this.partitions.get(partition)?.position;
  }

  state(partition: number, key: string): StreamState | undefined {
    return this.partitions.get(partition)?.states.get(key);
  }

  /** After a write that took effect: the new position, and the states the chunk read or left. */
  remember(partition: number, position: number, states: Iterable<readonly [string, StreamState]>): void {
    let memory = this.partitions.get(partition);
    if (memory === undefined) {
      memory = { position, states: new RecentMap(this.maxStates) };
      this.partitions.set(partition, memory);
    }
    memory.position = position;
    for (const [key, state] of states) memory.states.set(key, state);
  }

  /** The partition may have been written by someone else (a write without effect, a reassignment). */
  forget(partition: number): void {
    this.partitions.delete(partition);
  }
}
