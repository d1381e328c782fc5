/**
 * The vault: one wrapped KEK per (tenant, object id), with the root key id, version and mechanism that wrapped
 * it. Written against SqlClient (PostgreSQL: `pg` or PGlite). Every operation is idempotent, because the
 * service also runs them from replayed events: storing the same blob again changes nothing, erasing an absent
 * object is fine, and a rewrap is a compare-and-set on the old ciphertext.
 *
 * Reads and first inserts made in the same turn of the event loop share one statement (MicroBatcher): under load, a
 * batch of Gets costs one SELECT and a batch of Creates one INSERT and one commit (one WAL flush) instead of one each.
 *
 * Erasing is a DELETE: PostgreSQL keeps the dead row version until VACUUM, so crypto-shredding of a single key
 * relies on the blob being useless without the root key, not on the row being gone from disk at once.
 */
import { MicroBatcher, type Settled } from '../batching/micro-batcher';
import { VaultConflict } from '../key-wrapping.errors';
import type { WrapMechanism, WrappedKey } from '../root-key-provider.port';
import type { SqlClient } from './sql-client';
import { VAULT_CHANGES_CHANNEL, type WrappedBlobCache } from './wrapped-blob.cache';

export interface VaultRecord {
  readonly tenant: string;
  readonly objectId: string;
  readonly wrapped: WrappedKey;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface WrappedKekVaultOptions {
  /** Default `wrapped_keks`. */
  readonly table?: string;
  /** Default: the connection's search_path. */
  readonly schema?: string;
  /** Reads or inserts sharing one statement at most. Default 128. */
  readonly maxBatch?: number;
  /** Blobs kept in memory for repeated reads (see WrappedBlobCache); none by default. */
  readonly cache?: WrappedBlobCache;
}

interface Address {
  readonly tenant: string;
  readonly objectId: string;
}

interface NewBlob extends Address {
  readonly wrapped: WrappedKey;
}

export interface VaultPage {
  /** Return objects whose id sorts after this one. */
  readonly after?: string;
  /** Default 100. */
  readonly limit?: number;
}

/** How a compare-and-set replacement ended. */
export type ReplaceOutcome =
  /** The expected blob was there and is replaced. */
  | 'replaced'
  /** The new blob was already there (a replay). */
  | 'unchanged'
  /** No blob for this object (erased meanwhile). */
  | 'missing'
  /** Another blob than the expected one is there (someone else replaced it first). */
  | 'superseded';

export interface RootKeyVersionCount {
  readonly rootKeyId: string;
  readonly rootKeyVersion: string;
  readonly count: number;
}

interface Row {
  tenant: string;
  object_id: string;
  ciphertext: Uint8Array;
  root_key_id: string;
  root_key_version: string;
  mechanism: string;
  created_at: Date | string;
  updated_at: Date | string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const COLUMNS = 'tenant, object_id, ciphertext, root_key_id, root_key_version, mechanism, created_at, updated_at';

export class WrappedKekVault {
  private readonly table: string;
  private readonly index: string;
  private readonly reads: MicroBatcher<Address, VaultRecord | undefined>;
  private readonly inserts: MicroBatcher<NewBlob, boolean>;
  private readonly cache: WrappedBlobCache | undefined;

  constructor(
    private readonly sql: SqlClient,
    options: WrappedKekVaultOptions = {},
  ) {
    const table = options.table ?? 'wrapped_keks';
    if (!IDENTIFIER.test(table) || (options.schema !== undefined && !IDENTIFIER.test(options.schema))) {
      throw new TypeError('vault table and schema names must be lower-case SQL identifiers');
    }
    this.table = options.schema ? `"${options.schema}"."${table}"` : `"${table}"`;
    this.index = `"${table}_by_root_key_version"`;
    this.cache = options.cache;
    const batching = { maxBatch: options.maxBatch ?? 128 };
    this.reads = new MicroBatcher((addresses) => this.readMany(addresses), batching);
    this.inserts = new MicroBatcher((blobs) => this.insertMany(blobs), batching);
  }

  /** Creates the table and its index if they do not exist. */
  async ensureSchema(): Promise<void> {
    await this.sql.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
      tenant text NOT NULL,
      object_id text NOT NULL,
      ciphertext bytea NOT NULL,
      root_key_id text NOT NULL,
      root_key_version text NOT NULL,
      mechanism text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant, object_id)
    )`);
    await this.sql.query(
      `CREATE INDEX IF NOT EXISTS ${this.index} ON ${this.table} (tenant, root_key_id, root_key_version, object_id)`,
    );
  }

  /** Stores a blob; the same blob again is a no-op, a different one for the same object is a VaultConflict. */
  async store(tenant: string, objectId: string, wrapped: WrappedKey): Promise<'stored' | 'unchanged'> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const mark = this.cache?.mark() ?? 0;
      const inserted =
        attempt === 0
          ? await this.inserts.call({ tenant, objectId, wrapped })
          : await this.insertOne(tenant, objectId, wrapped);
      if (inserted) {
        // The Get that usually follows a Create finds the blob here.
        this.cache?.keep(this.table, { tenant, objectId, wrapped, createdAt: new Date(), updatedAt: new Date() }, mark);
        return 'stored';
      }
      const existing = await this.getStored(tenant, objectId);
      if (!existing) continue; // erased between our insert and our read: insert again
      if (sameWrappedKey(existing.wrapped, wrapped)) return 'unchanged';
      throw new VaultConflict(`the vault already holds another wrapped KEK for ${tenant}/${objectId}`);
    }
    throw new VaultConflict(`the wrapped KEK for ${tenant}/${objectId} is being stored and erased concurrently`);
  }

  /** The object's blob, from memory when the vault has a cache and read it lately. */
  async get(tenant: string, objectId: string): Promise<VaultRecord | undefined> {
    const cached = this.cache?.get(this.table, tenant, objectId);
    if (cached !== undefined) return cached;
    const mark = this.cache?.mark() ?? 0;
    const record = await this.reads.call({ tenant, objectId });
    if (record !== undefined) this.cache?.keep(this.table, record, mark);
    return record;
  }

  /** The object's blob as stored now, never from memory. */
  getStored(tenant: string, objectId: string): Promise<VaultRecord | undefined> {
    return this.reads.call({ tenant, objectId });
  }

  /** Replaces `expected` by `next` if `expected` is still the stored blob. */
  async replace(tenant: string, objectId: string, expected: WrappedKey, next: WrappedKey): Promise<ReplaceOutcome> {
    this.cache?.forget(this.table, tenant, objectId);
    const updated = await this.sql.query(
      `WITH changed AS (
         UPDATE ${this.table}
         SET ciphertext = $3, root_key_id = $4, root_key_version = $5, mechanism = $6, updated_at = now()
         WHERE tenant = $1 AND object_id = $2 AND ciphertext = $7 RETURNING tenant, object_id
       ) ${this.announce('changed', 8)}`,
      [
        tenant,
        objectId,
        next.ciphertext,
        next.rootKeyId,
        next.rootKeyVersion,
        next.mechanism,
        expected.ciphertext,
        VAULT_CHANGES_CHANNEL,
        this.table,
      ],
    );
    this.cache?.forget(this.table, tenant, objectId);
    if (updated.rows.length === 1) return 'replaced';
    const current = await this.getStored(tenant, objectId);
    if (!current) return 'missing';
    return sameWrappedKey(current.wrapped, next) ? 'unchanged' : 'superseded';
  }

  /** Erases the blob of a destroyed object; true if there was one. */
  async erase(tenant: string, objectId: string): Promise<boolean> {
    this.cache?.forget(this.table, tenant, objectId);
    const { rows } = await this.sql.query(
      `WITH gone AS (
         DELETE FROM ${this.table} WHERE tenant = $1 AND object_id = $2 RETURNING tenant, object_id
       ) ${this.announce('gone', 3)}`,
      [tenant, objectId, VAULT_CHANGES_CHANNEL, this.table],
    );
    this.cache?.forget(this.table, tenant, objectId);
    return rows.length > 0;
  }

  /**
   * A SELECT announcing each changed row of `cte` on VAULT_CHANGES_CHANNEL (parameters $first: channel, $first+1:
   * table). Sent in the changing transaction, so every instance's cache hears of the change once it is committed.
   */
  private announce(cte: string, first: number): string {
    return `SELECT pg_notify($${first}, json_build_object(
      'table', $${first + 1}::text, 'tenant', tenant, 'objectId', object_id)::text) FROM ${cte}`;
  }

  /** The tenant's blobs wrapped by this root key version, by object id. */
  async listByRootKeyVersion(
    tenant: string,
    rootKeyId: string,
    rootKeyVersion: string,
    page: VaultPage = {},
  ): Promise<VaultRecord[]> {
    const { rows } = await this.sql.query(
      `SELECT ${COLUMNS} FROM ${this.table}
       WHERE tenant = $1 AND root_key_id = $2 AND root_key_version = $3 AND object_id > $4
       ORDER BY object_id LIMIT $5`,
      [tenant, rootKeyId, rootKeyVersion, page.after ?? '', limitOf(page)],
    );
    return rows.map((row) => toRecord(row as Row));
  }

  /** The tenant's blobs not wrapped by this root key version (what a rotation still has to rewrap), by object id. */
  async listNotAtVersion(
    tenant: string,
    rootKeyId: string,
    rootKeyVersion: string,
    page: VaultPage = {},
  ): Promise<VaultRecord[]> {
    const { rows } = await this.sql.query(
      `SELECT ${COLUMNS} FROM ${this.table}
       WHERE tenant = $1 AND (root_key_id <> $2 OR root_key_version <> $3) AND object_id > $4
       ORDER BY object_id LIMIT $5`,
      [tenant, rootKeyId, rootKeyVersion, page.after ?? '', limitOf(page)],
    );
    return rows.map((row) => toRecord(row as Row));
  }

  private async readMany(addresses: readonly Address[]): Promise<Settled<VaultRecord | undefined>[]> {
    const { rows } = await this.sql.query(
      `SELECT ${COLUMNS} FROM ${this.table}
       WHERE (tenant, object_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [addresses.map((a) => a.tenant), addresses.map((a) => a.objectId)],
    );
    const found = new Map((rows as Row[]).map((row) => [addressKey(row.tenant, row.object_id), toRecord(row)]));
    return addresses.map((a) => ({ ok: true, value: found.get(addressKey(a.tenant, a.objectId)) }));
  }

  /** One INSERT for the batch; true for each blob that is now stored (a repeated object is left to its retry). */
  private async insertMany(blobs: readonly NewBlob[]): Promise<Settled<boolean>[]> {
    const seen = new Set<string>();
    const first = blobs.map((b) => {
      const key = addressKey(b.tenant, b.objectId);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const rows = blobs.filter((_, i) => first[i]);
    const params = rows.flatMap((b) => [
      b.tenant,
      b.objectId,
      b.wrapped.ciphertext,
      b.wrapped.rootKeyId,
      b.wrapped.rootKeyVersion,
      b.wrapped.mechanism,
    ]);
    const values = rows.map(
      (_, i) => `($${6 * i + 1}, $${6 * i + 2}, $${6 * i + 3}, $${6 * i + 4}, $${6 * i + 5}, $${6 * i + 6})`,
    );
    const inserted = await this.sql.query(
      `INSERT INTO ${this.table} (tenant, object_id, ciphertext, root_key_id, root_key_version, mechanism)
       VALUES ${values.join(', ')} ON CONFLICT (tenant, object_id) DO NOTHING RETURNING tenant, object_id`,
      params,
    );
    const stored = new Set(
      (inserted.rows as Pick<Row, 'tenant' | 'object_id'>[]).map((r) => addressKey(r.tenant, r.object_id)),
    );
    return blobs.map((b, i) => ({ ok: true, value: first[i] && stored.has(addressKey(b.tenant, b.objectId)) }));
  }

  private async insertOne(tenant: string, objectId: string, wrapped: WrappedKey): Promise<boolean> {
    const inserted = await this.sql.query(
      `INSERT INTO ${this.table} (tenant, object_id, ciphertext, root_key_id, root_key_version, mechanism)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant, object_id) DO NOTHING RETURNING tenant`,
      [tenant, objectId, wrapped.ciphertext, wrapped.rootKeyId, wrapped.rootKeyVersion, wrapped.mechanism],
    );
    return inserted.rows.length === 1;
  }

  /** How many of the tenant's KEKs each root key version wraps (for operators and auditors). */
  async countByRootKeyVersion(tenant: string): Promise<RootKeyVersionCount[]> {
    const { rows } = await this.sql.query(
      `SELECT root_key_id, root_key_version, count(*)::int AS count FROM ${this.table}
       WHERE tenant = $1 GROUP BY root_key_id, root_key_version ORDER BY root_key_id, root_key_version`,
      [tenant],
    );
    return (rows as { root_key_id: string; root_key_version: string; count: number }[]).map((r) => ({
      rootKeyId: r.root_key_id,
      rootKeyVersion: r.root_key_version,
      count: Number(r.count),
    }));
  }
}

const addressKey = (tenant: string, objectId: string) => `${tenant}\u0000${objectId}`;

function limitOf(page: VaultPage): number {
  const limit = page.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new RangeError('page limit must be 1..10000');
  return limit;
}

/** Same ciphertext under the same root key version and mechanism. */
export function sameWrappedKey(a: WrappedKey, b: WrappedKey): boolean {
  return (
    a.ciphertext.equals(b.ciphertext) &&
    a.rootKeyId === b.rootKeyId &&
    a.rootKeyVersion === b.rootKeyVersion &&
    a.mechanism === b.mechanism
  );
}

function toRecord(row: Row): VaultRecord {
  return {
    tenant: row.tenant,
    objectId: row.object_id,
    wrapped: {
      ciphertext: Buffer.from(row.ciphertext),
      rootKeyId: row.root_key_id,
      rootKeyVersion: row.root_key_version,
      mechanism: row.mechanism as WrapMechanism,
    },
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
