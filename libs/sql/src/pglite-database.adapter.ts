import { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from './sql-client';
import type { NotificationHandler, SqlDatabase, TransactionOptions, Unlisten } from './sql-database';
import { sqlIdentifier } from './sql-identifier';

/**
 * SqlDatabase on a PGlite instance (the embedded mode). PGlite is one connection: its own lock makes a statement
 * outside a transaction wait until the running transaction ends, so sharing the instance (with the embedded event
 * log, for instance) is safe.
 */
export class PgliteDatabase implements SqlDatabase {
  private closed = false;

  constructor(
    readonly pglite: PGlite,
    private readonly ownsDatabase = false,
  ) {}

  /** Opens (or creates) a database directory; `close()` then closes it. */
  static async open(dataDir?: string): Promise<PgliteDatabase> {
    return new PgliteDatabase(await PGlite.create(dataDir), true);
  }

  async query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }> {
    const result = await this.pglite.query<Row>(text, params);
    return { rows: result.rows };
  }

  transaction<T>(work: (tx: SqlClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.pglite.transaction(async (tx) => {
      if (options.synchronousCommit === false) await tx.query('set local synchronous_commit = off');
      return work({
        query: async <Row>(text: string, params?: unknown[]) => ({ rows: (await tx.query<Row>(text, params)).rows }),
      });
    });
  }

  async listen(channel: string, onPayload: NotificationHandler): Promise<Unlisten> {
    sqlIdentifier(channel, 'channel');
    const unlisten = await this.pglite.listen(channel, onPayload);
    return () => unlisten();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsDatabase) await this.pglite.close();
  }
}
