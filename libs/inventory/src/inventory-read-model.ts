import {
  initialManagedObjectState,
  initialTenantState,
  normalizeFingerprint,
  type Actor,
  type ClientCredential,
  type ClientTrust,
  type KmipOperation,
  type ManagedObjectState,
  type TenantState,
} from '@kmip/key-lifecycle';
import type { SqlClient } from '@kmip/sql';
import type { AccessRecord } from './access-record';
import { InventoryTables, type InventoryOptions } from './inventory-tables';
import { locateQuery, type LocateCriteria } from './locate-query';
import type { VerdictKind } from './verdict';

/** A client certificate on an allow-list, as the gateways look it up at each connection. */
export interface ClientRecord {
  readonly fingerprint: string;
  readonly tenant: string;
  /** How operators name the client: its KMIP Credential username when it has one, else its fingerprint. */
  readonly clientId: string;
  readonly allowedOperations: readonly KmipOperation[];
  readonly trust: ClientTrust;
  /** Only the scrypt hash of the password, which the gateway checks a Credential against. */
  readonly credential?: ClientCredential;
  readonly allowedAt: string;
}

/** One record of `kmip.events` as the audit trail keeps it, with the projector's verdict. */
export interface AuditEvent {
  readonly partition: number;
  readonly offset: number;
  /** Absent for a record so malformed that it had no readable id. */
  readonly eventId?: string;
  readonly type?: string;
  readonly tenant: string;
  readonly objectId?: string;
  readonly actor?: Actor;
  readonly occurredAt?: string;
  readonly expectedVersion?: number;
  readonly verdict: VerdictKind;
  readonly version?: number;
  readonly reason?: string;
  readonly commandId?: string;
  readonly data?: Record<string, unknown>;
  /** When the log stored the record, in milliseconds since the epoch. */
  readonly loggedAt: number;
}

export interface AccessQuery {
  readonly objectId?: string;
  readonly fingerprint?: string;
  /** At most this many records (default 100, at most 10,000), oldest first. */
  readonly limit?: number;
  readonly offset?: number;
}

export interface RootKeyVersionObjects {
  readonly rootKeyId: string;
  readonly rootKeyVersion: number;
  readonly objectIds: readonly string[];
}

interface AuditRow {
  partition: number;
  offset: string | number;
  event_id: string | null;
  type: string | null;
  tenant: string;
  object_id: string | null;
  actor: Actor | null;
  occurred_at: string | null;
  expected_version: number | null;
  verdict: VerdictKind;
  version: number | null;
  reason: string | null;
  command_id: string | null;
  data: Record<string, unknown> | null;
  logged_at: string | number;
}

/** Drops the null columns, so absent fields stay absent as in the events. */
function present<T extends object>(fields: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as never;
}

function boundedInteger(value: number | undefined, fallback: number, min: number, max: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/**
 * The inventory as gateways, operators and auditors read it. Objects of another tenant do not exist for a
 * tenant's reader (DESIGN §5): they are Unknown, never refused.
 */
export class InventoryReadModel {
  private readonly tables: InventoryTables;

  constructor(
    private readonly db: SqlClient,
    options: InventoryOptions = {},
  ) {
    this.tables = new InventoryTables(options.schema);
  }

  async getObject(tenant: string, objectId: string): Promise<ManagedObjectState> {
    const { rows } = await this.db.query<{ state: ManagedObjectState }>(
      `select state from ${this.tables.objects} where tenant = $1 and object_id = $2`,
      [tenant, objectId],
    );
    return rows[0]?.state ?? initialManagedObjectState();
  }

  async getTenant(tenant: string): Promise<TenantState> {
    const { rows } = await this.db.query<{ state: TenantState }>(
      `select state from ${this.tables.tenants} where tenant = $1`,
      [tenant],
    );
    return rows[0]?.state ?? initialTenantState();
  }

  /**
   * The allow-list entry of a certificate fingerprint (any usual spelling), if some tenant allows it. A certificate
   * belongs to one tenant; should two tenants allow the same one, the tenant that allowed it first keeps it.
   */
  async findClient(fingerprint: string): Promise<ClientRecord | undefined> {
    const canonical = normalizeFingerprint(fingerprint);
    if (canonical === undefined) return undefined;
    const { rows } = await this.db.query<{
      fingerprint: string;
      tenant: string;
      client_id: string;
      allowed_operations: KmipOperation[];
      trust: ClientTrust;
      credential: ClientCredential | null;
      allowed_at: string;
    }>(
      `select fingerprint, tenant, client_id, allowed_operations, trust, credential, allowed_at
         from ${this.tables.clients} where fingerprint = $1 order by allowed_at, tenant limit 1`,
      [canonical],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      fingerprint: r.fingerprint,
      tenant: r.tenant,
      clientId: r.client_id,
      allowedOperations: r.allowed_operations,
      trust: r.trust,
      ...(r.credential === null ? {} : { credential: r.credential }),
      allowedAt: r.allowed_at,
    };
  }

  /** The identifiers of the tenant's objects matching every criterion, in creation order (KMIP 1.4 §4.9). */
  async locate(tenant: string, criteria: LocateCriteria = {}): Promise<string[]> {
    const query = locateQuery(this.tables, tenant, criteria);
    const { rows } = await this.db.query<{ object_id: string }>(query.text, query.params);
    return rows.map((r) => r.object_id);
  }

  /** Every event recorded for an object, in log order, with its verdict (conflicts and rejections included). */
  async objectHistory(tenant: string, objectId: string): Promise<AuditEvent[]> {
    const { rows } = await this.db.query<AuditRow>(
      `select partition, "offset", event_id, type, tenant, object_id, actor, occurred_at, expected_version, verdict,
              version, reason, command_id, data, logged_at
         from ${this.tables.auditEvents} where tenant = $1 and object_id = $2 order by partition, "offset"`,
      [tenant, objectId],
    );
    return rows.map((r) => ({
      ...present({
        eventId: r.event_id,
        type: r.type,
        objectId: r.object_id,
        actor: r.actor,
        occurredAt: r.occurred_at,
        expectedVersion: r.expected_version,
        version: r.version,
        reason: r.reason,
        commandId: r.command_id,
        data: r.data,
      }),
      partition: r.partition,
      offset: Number(r.offset),
      tenant: r.tenant,
      verdict: r.verdict,
      loggedAt: Number(r.logged_at),
    }));
  }

  /** Who read or was refused what in a tenant, oldest first: all of it, one object's, or one client's. */
  async accessHistory(tenant: string, query: AccessQuery = {}): Promise<AccessRecord[]> {
    const limit = boundedInteger(query.limit, 100, 1, 10_000, 'limit');
    const offset = boundedInteger(query.offset, 0, 0, Number.MAX_SAFE_INTEGER, 'offset');
    const { rows } = await this.db.query<{
      id: string;
      at: string;
      tenant: string | null;
      fingerprint: string;
      address: string;
      operation: string;
      object_id: string | null;
      result: string;
    }>(
      `select id, at, tenant, fingerprint, address, operation, object_id, result from ${this.tables.accessLog}
        where tenant = $1 and ($2::text is null or object_id = $2) and ($3::text is null or fingerprint = $3)
        order by at, partition, "offset" limit $4 offset $5`,
      [tenant, query.objectId ?? null, query.fingerprint ?? null, limit, offset],
    );
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      ...(r.tenant === null ? {} : { tenant: r.tenant }),
      client: { fingerprint: r.fingerprint, address: r.address },
      operation: r.operation,
      ...(r.object_id === null ? {} : { objectId: r.object_id }),
      result: r.result,
    }));
  }

  /** Which of the tenant's objects each root key version wraps (for rotation progress and audits). */
  async objectsByRootKeyVersion(tenant: string): Promise<RootKeyVersionObjects[]> {
    const { rows } = await this.db.query<{ root_key_id: string; root_key_version: number; object_ids: string[] }>(
      `select root_key_id, root_key_version, array_agg(object_id order by created_seq) as object_ids
         from ${this.tables.objects} where tenant = $1 and root_key_id is not null
        group by root_key_id, root_key_version order by root_key_id, root_key_version`,
      [tenant],
    );
    return rows.map((r) => ({ rootKeyId: r.root_key_id, rootKeyVersion: r.root_key_version, objectIds: r.object_ids }));
  }

  /**
   * The next offset the projection will apply in one partition of a topic (what it has applied lies below), or
   * undefined when it has applied nothing there yet. Tells whether a write that got no verdict is still ahead of it.
   */
  async projectedUpTo(topic: string, partition: number): Promise<number | undefined> {
    const { rows } = await this.db.query<{ next_offset: string | number | null }>(
      `select max(next_offset) as next_offset from ${this.tables.consumerPositions}
        where topic = $1 and partition = $2 and next_offset >= 0`,
      [topic, partition],
    );
    const next = rows[0]?.next_offset;
    return next === null || next === undefined ? undefined : Number(next);
  }
}
