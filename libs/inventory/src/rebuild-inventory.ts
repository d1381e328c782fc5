import type { EventLog } from '@kmip/event-log';
import type { SqlDatabase } from '@kmip/sql';
import { EventProjector } from './event-projector';
import { ensureInventorySchema } from './inventory-schema';
import { InventoryTables, type InventoryOptions } from './inventory-tables';
import { EVENTS_TOPIC, INVENTORY_GROUP } from './start-projector';
import { projectionStatistics } from './table-statistics';

export interface RebuildOptions extends InventoryOptions {
  readonly eventsTopic?: string;
  readonly groupId?: string;
}

/**
 * Rebuilds the read model from the log (DESIGN §1: the inventory is a projection): empties the objects, tenants,
 * clients, audit trail and verdicts, forgets the `kmip.events` positions, and replays the topic from offset 0 up to
 * its current end through the same projector. Run it with the projector stopped; the access log is kept (it is not
 * derived from `kmip.events`). Resolves with the number of records replayed.
 */
export async function rebuildInventory(
  eventLog: EventLog,
  db: SqlDatabase,
  options: RebuildOptions = {},
): Promise<number> {
  const tables = new InventoryTables(options.schema);
  const topic = options.eventsTopic ?? EVENTS_TOPIC;
  const groupId = options.groupId ?? INVENTORY_GROUP;
  await ensureInventorySchema(db, tables);
  await db.transaction(async (tx) => {
    await tx.query(
      `truncate ${tables.objects}, ${tables.tenants}, ${tables.clients}, ${tables.auditEvents}, ${tables.verdicts}
       restart identity`,
    );
    await tx.query(`delete from ${tables.consumerPositions} where group_id = $1 and topic = $2`, [groupId, topic]);
  });
  // The tables start empty again: their statistics must follow them as they fill.
  const statistics = projectionStatistics(db, tables);
  const projector = new EventProjector(db, tables, { topic, groupId, statistics });
  try {
    return await eventLog.read({ topic, from: { offsets: new Map() }, handle: projector.handle });
  } finally {
    await statistics.settled();
  }
}
