/**
 * The revoked root keys (DESIGN §4: RootKeyRevoked crypto-shreds the tenant's keys), persisted in the vault database
 * so that a restart, and every other instance, refuses the tenant's keys too. Written in the same transaction as the
 * consumer's position of the event that revoked it.
 */
import type { SqlClient } from '@kmip/sql';

export interface RevocationRecord {
  readonly tenant: string;
  readonly rootKeyId: string;
  readonly eventId: string;
  readonly revokedAt: string;
}

export class RootKeyRevocations {
  private readonly table: string;

  constructor(schema: string) {
    this.table = `"${schema}"."root_key_revocations"`;
  }

  async ensureSchema(db: SqlClient): Promise<void> {
    await db.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
      tenant text NOT NULL,
      root_key_id text NOT NULL,
      event_id text NOT NULL,
      revoked_at timestamptz NOT NULL,
      PRIMARY KEY (tenant, root_key_id)
    )`);
  }

  /** Records a revocation; the same one again (a replay) keeps the first record. */
  async record(db: SqlClient, revocation: RevocationRecord): Promise<void> {
    await db.query(
      `INSERT INTO ${this.table} (tenant, root_key_id, event_id, revoked_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant, root_key_id) DO NOTHING`,
      [revocation.tenant, revocation.rootKeyId, revocation.eventId, revocation.revokedAt],
    );
  }

  /**
   * Whether the tenant's root key was revoked. A tenant has one root key (DESIGN §5) and a revocation is final, so
   * any revocation of the tenant counts.
   */
  async isRevoked(db: SqlClient, tenant: string): Promise<boolean> {
    const { rows } = await db.query(`SELECT 1 FROM ${this.table} WHERE tenant = $1 LIMIT 1`, [tenant]);
    return rows.length > 0;
  }
}
