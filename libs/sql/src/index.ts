export type { SqlClient } from './sql-client';
export type { NotificationHandler, SqlDatabase, TransactionOptions, Unlisten } from './sql-database';
export { isSqlIdentifier, sqlIdentifier } from './sql-identifier';
export { DEFAULT_IDLE_TIMEOUT_MS, PgDatabase, type PgDatabaseConfig } from './pg-database.adapter';
export type { PgListenerOptions } from './pg-listener';
export { PgliteDatabase } from './pglite-database.adapter';
