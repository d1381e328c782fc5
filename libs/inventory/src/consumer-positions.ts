import type { StartOffsets } from '@kmip/event-log';
import type { SqlClient } from '@kmip/sql';
import type { InventoryTables } from './inventory-tables';

/** A row created only to be locked; it means "no position yet" (the log starts at offset 0). */
export const UNSET_POSITION = -1;
const UNSET = UNSET_POSITION;

/**
 * The projector's own positions (next offset per partition), written in the same transaction as the effects of
 * the records before them: the log's committed offsets are never the source of truth.
 */
export class ConsumerPositions {
  constructor(
    private readonly tables: InventoryTables,
    readonly groupId: string,
    readonly topic: string,
  ) {}

  async load(db: SqlClient, partitions?: readonly number[]): Promise<StartOffsets> {
    const { rows } = await db.query<{ partition: number; next_offset: string | number }>(
      `select partition, next_offset from ${this.tables.consumerPositions}
        where group_id = $1 and topic = $2 and next_offset >= 0 and ($3::int[] is null or partition = any($3::int[]))`,
      [this.groupId, this.topic, partitions ? [...partitions] : null],
    );
    return new Map(rows.map((r) => [r.partition, Number(r.next_offset)]));
  }

  /**
   * Locks the partition's position row for this transaction and returns it (undefined when none is stored). A
   * second projector of the same partition waits here and then sees the position the first one committed.
   */
  async lock(tx: SqlClient, partition: number): Promise<number | undefined> {
    // An upsert that changes nothing still takes the row lock, and after waiting for another holder it returns
    // the row as that one committed it.
    const { rows } = await tx.query<{ next_offset: string | number }>(
      `insert into ${this.tables.consumerPositions} as p (group_id, topic, partition, next_offset)
       values ($1, $2, $3, $4)
       on conflict (group_id, topic, partition) do update set next_offset = p.next_offset
       returning next_offset`,
      [this.groupId, this.topic, partition, UNSET],
    );
    const next = Number(rows[0].next_offset);
    return next === UNSET ? undefined : next;
  }
}
