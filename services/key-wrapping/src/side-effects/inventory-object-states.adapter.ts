/**
 * ObjectStates from the inventory read model (libs/inventory): waits until the inventory projector's stored
 * position for the partition is past `seen` (the projector stores it in the transaction that applies the records, so
 * the object rows then reflect every event up to it), then reads the object's state. A projector that does not get
 * there within `waitMs` makes the answer undefined: the caller treats the object as not known.
 */
import type { RecordPosition } from '@kmip/event-log';
import { InventoryReadModel, InventoryTables } from '@kmip/inventory';
import type { ManagedObjectState } from '@kmip/key-lifecycle';
import type { SqlClient } from '@kmip/sql';
import type { ObjectStates } from './object-states.port';

export interface InventoryObjectStatesOptions {
  /** The events topic the projector consumes. */
  readonly topic: string;
  /** The inventory's schema (default `inventory`). */
  readonly schema?: string;
  /** The projector's consumer group (default `inventory`). */
  readonly groupId?: string;
  /** Longest wait for the projector to reach a position. Default 10 s. */
  readonly waitMs?: number;
  /** Default 50 ms. */
  readonly pollMs?: number;
}

export class InventoryObjectStates implements ObjectStates {
  private readonly readModel: InventoryReadModel;
  private readonly positions: string;
  /** The projector's next offset per partition, as last read: positions only move forward. */
  private readonly reached = new Map<number, number>();

  constructor(
    private readonly db: SqlClient,
    private readonly options: InventoryObjectStatesOptions,
  ) {
    this.readModel = new InventoryReadModel(db, { schema: options.schema });
    this.positions = new InventoryTables(options.schema).consumerPositions;
  }

  async read(tenant: string, objectId: string, seen: RecordPosition): Promise<ManagedObjectState | undefined> {
    if (!(await this.projectedPast(seen))) return undefined;
    return this.readModel.getObject(tenant, objectId);
  }

  private async projectedPast(seen: RecordPosition): Promise<boolean> {
    const deadline = Date.now() + (this.options.waitMs ?? 10_000);
    for (;;) {
      if ((this.reached.get(seen.partition) ?? 0) > seen.offset) return true;
      const { rows } = await this.db.query<{ next_offset: string | number }>(
        `SELECT next_offset FROM ${this.positions} WHERE group_id = $1 AND topic = $2 AND partition = $3`,
        [this.options.groupId ?? 'inventory', this.options.topic, seen.partition],
      );
      const next = rows.length > 0 ? Number(rows[0].next_offset) : 0;
      this.reached.set(seen.partition, Math.max(next, this.reached.get(seen.partition) ?? 0));
      if (next > seen.offset) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 50));
    }
  }
}
