/**
 * The little a component needs from a SQL connection: one parameterized statement at a time. `pg` (Pool, Client),
 * PGlite and the transactions of both satisfy it. Rows come back as the driver parses them: a `bigint` column may
 * arrive as a string (pg) or a number (PGlite), so callers convert with `Number()`.
 */
export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}
