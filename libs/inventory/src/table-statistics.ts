import type { SqlClient } from '@kmip/sql';
import type { InventoryTables } from './inventory-tables';

export interface TableStatisticsOptions {
  /** Rows written before the first ANALYZE. Default 1,000. */
  readonly firstAfterRows?: number;
  /** Told when an ANALYZE failed; the next doubling tries again. */
  readonly onError?: (message: string) => void;
}

/**
 * Runs ANALYZE on the tables the projector grows each time the rows it wrote since it started have doubled (from
 * 1,000 on), in the background.
 *
 * Why: the projector's statements are prepared once per connection, and PostgreSQL keeps the generic plan it made
 * after their first executions. Made on nearly empty tables, that plan scans them (or walks an index by tenant
 * alone), and it stays until the tables' statistics change, which invalidates it. Autovacuum changes them as tables
 * grow, but a server may run without it (PGlite never has it); then every chunk would scan the objects and verdicts
 * and the projector would slow down as the inventory grows. Doubling keeps the cost to a few ANALYZEs in all.
 */
export class TableStatistics {
  private written = 0;
  private nextAt: number;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: SqlClient,
    private readonly tables: readonly string[],
    private readonly options: TableStatisticsOptions = {},
  ) {
    this.nextAt = options.firstAfterRows ?? 1_000;
  }

  /** Counts rows written; starts an ANALYZE when they reached the next threshold and none is running. */
  noteWritten(rows: number): void {
    this.written += rows;
    if (this.written < this.nextAt || this.running !== undefined || this.tables.length === 0) return;
    this.nextAt = 2 * this.written;
    this.running = this.db
      .query(`analyze ${this.tables.join(', ')}`)
      .then(
        () => undefined,
        (error: unknown) =>
          this.options.onError?.(`analyze failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (this.running = undefined));
  }

  /** Resolves when no ANALYZE is running (before closing the database). */
  async settled(): Promise<void> {
    await this.running;
  }
}

/** The statistics of the tables every projected record grows: objects, verdicts and the audit trail. */
export function projectionStatistics(
  db: SqlClient,
  tables: InventoryTables,
  options: TableStatisticsOptions = {},
): TableStatistics {
  return new TableStatistics(db, [tables.objects, tables.verdicts, tables.auditEvents], options);
}
