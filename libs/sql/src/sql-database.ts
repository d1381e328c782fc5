import type { SqlClient } from './sql-client';

/** Receives the payload of each notification of a channel, in commit order. */
export type NotificationHandler = (payload: string) => void;

/** Stops one `listen` subscription. */
export type Unlisten = () => Promise<void>;

/**
 * A PostgreSQL database (a `pg` pool in the distributed mode, PGlite in the embedded mode): statements,
 * transactions, and LISTEN/NOTIFY. A NOTIFY sent inside a transaction is delivered when, and only if, it commits.
 */
export interface TransactionOptions {
  /**
   * Default true. False lets the commit return before its WAL record is flushed (`synchronous_commit = off` for
   * this transaction): for work that can be redone from elsewhere (a projection replayed from the log).
   */
  readonly synchronousCommit?: boolean;
}

export interface SqlDatabase extends SqlClient {
  /** Runs `work` in one transaction on one connection: commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>, options?: TransactionOptions): Promise<T>;

  /**
   * Subscribes to a channel. Resolves once the subscription is active. Notifications sent while a connection is
   * being re-established can be lost: a listener that must not miss one also polls the state it cares about.
   */
  listen(channel: string, onPayload: NotificationHandler): Promise<Unlisten>;

  /** Ends the subscriptions and releases the connections (or the database, when this adapter opened it). */
  close(): Promise<void>;
}
