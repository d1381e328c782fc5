/**
 * The positions of records that need no effect here (most of the log: KeyCreated, AttributeAdded, …), stored at most
 * once per interval per partition. Each store is a commit with a WAL flush; stored per batch, they competed with the
 * vault's inserts for the disk under a stream of Creates. Skipping them is safe: a restart replays those records from
 * the last stored position, and they have no effect. What is held back is stored by a timer, and on stop.
 */
import type { SqlDatabase } from '@kmip/sql';
import type { ConsumerPositions } from './consumer-positions';

export interface PassedPositionsOptions {
  /** Default 1,000 ms. 0 stores every one at once. */
  readonly intervalMs?: number;
  readonly now?: () => number;
  /** A store by the timer failed (the next one, or the next effect, stores a later position). */
  readonly onError?: (error: unknown) => void;
}

interface Partition {
  storedAt: number;
  held?: number;
  timer?: NodeJS.Timeout;
}

export class PassedPositions {
  private readonly partitions = new Map<number, Partition>();
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: SqlDatabase,
    private readonly positions: ConsumerPositions,
    private readonly options: PassedPositionsOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  /** Records up to `nextOffset` needed nothing: store that now if the interval passed, else later. */
  async passed(partition: number, nextOffset: number): Promise<void> {
    const state = this.state(partition);
    const now = this.now();
    if (now - state.storedAt >= this.intervalMs) {
      this.release(state);
      state.storedAt = now;
      await this.positions.store(this.db, partition, nextOffset);
      return;
    }
    state.held = nextOffset;
    state.timer ??= setTimeout(() => void this.storeHeld(partition), this.intervalMs - (now - state.storedAt));
    state.timer.unref();
  }

  /** An effect stored a later position with its change: nothing held back for the partition is needed any more. */
  storedWithEffect(partition: number): void {
    const state = this.state(partition);
    this.release(state);
    state.storedAt = this.now();
  }

  /** Stores what is held back (a graceful stop), and stops the timers. */
  async flush(): Promise<void> {
    await Promise.all([...this.partitions.keys()].map((partition) => this.storeHeld(partition)));
  }

  private async storeHeld(partition: number): Promise<void> {
    const state = this.state(partition);
    const held = state.held;
    this.release(state);
    if (held === undefined) return;
    state.storedAt = this.now();
    try {
      await this.positions.store(this.db, partition, held);
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private release(state: Partition): void {
    clearTimeout(state.timer);
    state.timer = undefined;
    state.held = undefined;
  }

  private state(partition: number): Partition {
    let state = this.partitions.get(partition);
    if (state === undefined) {
      state = { storedAt: Number.NEGATIVE_INFINITY };
      this.partitions.set(partition, state);
    }
    return state;
  }
}
