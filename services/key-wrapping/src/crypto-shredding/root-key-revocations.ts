/**
 * The revoked root keys (DESIGN §4: RootKeyRevoked crypto-shreds the tenant's keys), persisted in the vault database
 * so that a restart, and every other instance, refuses the tenant's keys too. Written in the same transaction as the
 * consumer's position of the event that revoked it.
 */
import type { SqlClient, SqlDatabase, Unlisten } from '@kmip/sql';

/** NOTIFY channel of recorded revocations, sent in the recording transaction (delivered on commit). */
export const REVOCATIONS_CHANNEL = 'kmip_root_key_revocations';

export interface RevocationRecord {
  readonly tenant: string;
  readonly rootKeyId: string;
  readonly eventId: string;
  readonly revokedAt: string;
}

export interface RevocationCacheOptions {
  /** How long "not revoked" is believed without asking again. Default 1,000 ms. */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

/**
 * The answers are cached once `watch` listens for recorded revocations: "revoked" for good (a revocation is final),
 * "not revoked" until a revocation of the tenant is heard or `ttlMs` passed (which only bounds a notification lost
 * while the listening connection reconnected). This saves a database round trip on every unwrap. A tenant whose
 * revocation this instance is recording is always asked from the database, and an answer read across a notification
 * is not kept. Without `watch`, every call asks the database.
 */
export class RootKeyRevocations {
  private readonly table: string;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private watching = false;
  private readonly revoked = new Set<string>();
  private readonly notRevokedUntil = new Map<string, number>();
  /** Tenants this instance is recording a revocation of: never answered from memory. */
  private readonly recording = new Set<string>();
  /** Counts notifications: an answer read while one came in is not kept. */
  private generation = 0;

  constructor(
    private readonly schema: string,
    options: RevocationCacheOptions = {},
  ) {
    this.table = `"${schema}"."root_key_revocations"`;
    this.ttlMs = options.ttlMs ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  /** Listens for revocations recorded by any instance and from then on caches answers. */
  async watch(db: SqlDatabase): Promise<Unlisten> {
    const unlisten = await db.listen(REVOCATIONS_CHANNEL, (payload) => this.heard(payload));
    this.watching = this.ttlMs > 0;
    return async () => {
      this.watching = false;
      this.notRevokedUntil.clear();
      await unlisten();
    };
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
    this.recording.add(revocation.tenant);
    this.notRevokedUntil.delete(revocation.tenant);
    await db.query(`SELECT pg_notify($1, $2)`, [
      REVOCATIONS_CHANNEL,
      JSON.stringify({ schema: this.schema, tenant: revocation.tenant }),
    ]);
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
    if (this.revoked.has(tenant)) return true;
    const cacheable = this.watching && !this.recording.has(tenant);
    if (cacheable && (this.notRevokedUntil.get(tenant) ?? 0) > this.now()) return false;
    const started = this.generation;
    const until = this.now() + this.ttlMs;
    const { rows } = await db.query(`SELECT 1 FROM ${this.table} WHERE tenant = $1 LIMIT 1`, [tenant]);
    if (rows.length > 0) {
      if (this.watching) this.revoked.add(tenant);
      return true;
    }
    if (cacheable && this.generation === started && !this.recording.has(tenant)) {
      this.notRevokedUntil.set(tenant, until);
    }
    return false;
  }

  private heard(payload: string): void {
    this.generation++;
    try {
      const p = JSON.parse(payload) as { schema?: unknown; tenant?: unknown };
      if (p.schema !== this.schema) return;
      if (typeof p.tenant === 'string') {
        this.notRevokedUntil.delete(p.tenant);
        return;
      }
    } catch {
      // Unreadable: forget everything below.
    }
    this.notRevokedUntil.clear();
  }
}
