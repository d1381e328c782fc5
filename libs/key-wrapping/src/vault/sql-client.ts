/**
 * The little the vault needs from a SQL connection. Both `pg` (Pool, Client) and PGlite satisfy it as they are.
 */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}
