import type { LoggedRecord, StartOffsets } from '@kmip/event-log';
import type { SqlDatabase } from '@kmip/sql';
import { decodeAccessRecord } from './access-record';
import { ConsumerPositions } from './consumer-positions';
import type { InventoryLogger } from './inventory.logger';
import type { InventoryTables } from './inventory-tables';

export interface AccessProjectorOptions {
  readonly topic: string;
  readonly groupId: string;
  readonly logger: InventoryLogger;
  /** As `EventProjectorOptions.synchronousCommit`: false skips the WAL flush per batch (default true). */
  readonly synchronousCommit?: boolean;
}

/**
 * Projects `kmip.access` into `access_log`, each batch in one transaction with its position. `kmip.access` is audit
 * only: a record that cannot be read is reported (by position) and skipped, so it can never block the trail.
 */
export class AccessProjector {
  private readonly positions: ConsumerPositions;

  constructor(
    private readonly db: SqlDatabase,
    private readonly tables: InventoryTables,
    private readonly options: AccessProjectorOptions,
  ) {
    this.positions = new ConsumerPositions(tables, options.groupId, options.topic);
  }

  readonly loadPositions = (partitions: readonly number[]): Promise<StartOffsets> =>
    this.positions.load(this.db, partitions);

  readonly handle = async (records: readonly LoggedRecord[]): Promise<void> => {
    if (records.length === 0) return;
    const partition = records[0].partition;
    await this.db.transaction(
      async (tx) => {
        const stored = await this.positions.lock(tx, partition);
        const fresh = stored === undefined ? records : records.filter((r) => r.offset >= stored);
        if (fresh.length === 0) return;
        if (stored !== undefined && fresh[0].offset !== stored) {
          throw new Error(
            `partition ${partition}: stored position ${stored}, but the next records start at ${fresh[0].offset}`,
          );
        }
        const rows = fresh.flatMap((record) => {
          const decoded = decodeAccessRecord(record.value.toString('utf8'));
          if (!decoded.ok) {
            this.options.logger.warn(
              `skipped unreadable ${this.options.topic} record ${partition}@${record.offset}: ${decoded.error}`,
            );
            return [];
          }
          const a = decoded.value;
          return [
            {
              partition,
              offset: record.offset,
              id: a.id,
              at: a.at,
              tenant: a.tenant ?? null,
              fingerprint: a.client.fingerprint,
              address: a.client.address,
              operation: a.operation,
              object_id: a.objectId ?? null,
              result: a.result,
            },
          ];
        });
        // The rows and the new position in one statement (one round trip).
        await tx.query(
          `with written as (
           insert into ${this.tables.accessLog} (partition, "offset", id, at, tenant, fingerprint, address, operation,
                  object_id, result)
           select * from jsonb_to_recordset($1::jsonb) as r(partition int, "offset" bigint, id text, at text,
                  tenant text, fingerprint text, address text, operation text, object_id text, result text)
           on conflict (partition, "offset") do nothing
           returning 1
         )
         update ${this.tables.consumerPositions} set next_offset = $5
          where group_id = $2 and topic = $3 and partition = $4`,
          [
            JSON.stringify(rows),
            this.positions.groupId,
            this.positions.topic,
            partition,
            fresh[fresh.length - 1].offset + 1,
          ],
        );
      },
      { synchronousCommit: this.options.synchronousCommit !== false },
    );
  };
}
