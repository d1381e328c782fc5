import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { PgListener, type PgListenerOptions } from './pg-listener';
import type { SqlClient } from './sql-client';
import { StatementNames } from './statement-names';
import type { NotificationHandler, SqlDatabase, TransactionOptions, Unlisten } from './sql-database';

/**
 * How long a pooled connection may stay unused before the pool closes it, unless `pool.idleTimeoutMillis` says
 * otherwise. `pg`'s own default, 10 s, closes connections under steady load whenever the number in use dips: each is
 * opened again at the next peak, costing PostgreSQL a new backend and the connection its prepared statements.
 */
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

export interface PgDatabaseConfig extends PgListenerOptions {
  /** `pg` pool settings (connection string, host, user, max connections, …); also used for the LISTEN client. */
  readonly pool: PoolConfig;
  /**
   * Distinct parameterized statements prepared once per connection (statement-names.ts). Default 64; 0 prepares
   * none (for a pooler in transaction mode, which cannot keep prepared statements).
   */
  readonly preparedStatements?: number;
}

/** Narrows a pg client to SqlClient (whose rows are typed by the caller), naming its statements. */
function asSqlClient(client: { query: PoolClient['query'] }, names: StatementNames): SqlClient {
  return {
    query: async <Row>(text: string, params?: unknown[]) => {
      const result = await client.query({ text, values: params, name: names.nameOf(text, params) });
      return { rows: result.rows as Row[] };
    },
  };
}

/** SqlDatabase on a `pg` Pool, with one dedicated, reconnecting connection for LISTEN. */
export class PgDatabase implements SqlDatabase {
  private readonly listener: PgListener;
  private readonly names: StatementNames;
  private closed = false;

  constructor(
    readonly pool: Pool,
    config: PgDatabaseConfig,
  ) {
    this.listener = new PgListener(config.pool, config);
    this.names = new StatementNames(config.preparedStatements ?? 64);
    // An idle pooled client whose server went away emits here; unhandled, it would end the process.
    pool.on('error', (error) => config.onError?.(`idle connection failed: ${error.message}`));
  }

  static connect(config: PgDatabaseConfig): PgDatabase {
    return new PgDatabase(new Pool({ idleTimeoutMillis: DEFAULT_IDLE_TIMEOUT_MS, ...config.pool }), config);
  }

  async query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }> {
    const result = await this.pool.query({ text, values: params, name: this.names.nameOf(text, params) });
    return { rows: result.rows as Row[] };
  }

  async transaction<T>(work: (tx: SqlClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      // One round trip: a parameterless query may hold several statements.
      await client.query(options.synchronousCommit === false ? 'begin; set local synchronous_commit = off' : 'begin');
      try {
        const result = await work(asSqlClient(client, this.names));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      }
    } finally {
      // A connection whose rollback failed is in an unknown state: destroy it rather than pool it.
      client.release(broken);
    }
  }

  listen(channel: string, onPayload: NotificationHandler): Promise<Unlisten> {
    return this.listener.listen(channel, onPayload);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.listener.close();
    await this.pool.end();
  }
}
