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
 * Projects `kmip.access` into `access_log`, each batch in one statement with its position (one round trip: the rows
 * are keyed by their log position, so a replay changes nothing and needs no lock). `kmip.access` is audit only: a
 * record that cannot be read is reported (by position) and skipped, so it can never block the trail.
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
    const rows = records.flatMap((record) => {
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
    // One statement, atomic on its own: the rows (a record already there, from a replay or another projector, is
    // left as it is) and the position, which only moves forward.
    await this.db.query(
      `with written as (
         insert into ${this.tables.accessLog} (partition, "offset", id, at, tenant, fingerprint, address, operation,
                object_id, result)
         select * from jsonb_to_recordset($1::jsonb) as r(partition int, "offset" bigint, id text, at text,
                tenant text, fingerprint text, address text, operation text, object_id text, result text)
         on conflict (partition, "offset") do nothing
         returning 1
       ),
       position_written as (
         insert into ${this.tables.consumerPositions} as p (group_id, topic, partition, next_offset)
         values ($2, $3, $4, $5)
         on conflict (group_id, topic, partition) do update set next_offset = greatest(p.next_offset, excluded.next_offset)
         returning 1
       ),
       commit_setting as (select set_config('synchronous_commit', $6::text, true))
       select (select count(*) from written)::int as written, (select count(*) from commit_setting)::int as configured`,
      [
        JSON.stringify(rows),
        this.positions.groupId,
        this.positions.topic,
        partition,
        records[records.length - 1].offset + 1,
        this.options.synchronousCommit === false ? 'off' : 'on',
      ],
    );
  };
}
