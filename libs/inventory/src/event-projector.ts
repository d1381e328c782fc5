import type { LoggedRecord, StartOffsets } from '@kmip/event-log';
import {
  initialManagedObjectState,
  initialTenantState,
  type ManagedObjectState,
  type Tenant,
  type TenantState,
} from '@kmip/key-lifecycle';
import type { SqlClient, SqlDatabase } from '@kmip/sql';
import { encodeClientRemoval, CLIENTS_CHANNEL } from './client-notification';
import { groupCommands, type CommandGroup } from './command-grouping';
import { judgeCommand, type RecordOutcome, type StreamState } from './command-judge';
import { ConsumerPositions } from './consumer-positions';
import { decodeEventRecord, type DecodedRecord } from './decoded-record';
import type { InventoryTables } from './inventory-tables';
import { objectRow } from './object-row';
import { streamKey, type StreamRef } from './stream-key';
import { encodeVerdictNotifications, VERDICTS_CHANNEL } from './verdict-notification';

export interface EventProjectorOptions {
  readonly topic: string;
  /** The name under which positions are stored. */
  readonly groupId: string;
  /** Records applied in one transaction at most (whole commands are never split). Default 500. */
  readonly maxRecordsPerTransaction?: number;
}

interface ChunkState {
  readonly loaded: Map<string, StreamState>;
  readonly changed: Map<string, { ref: StreamRef; state: StreamState; at: string }>;
  readonly verdictIds: Set<string>;
}

/**
 * Projects `kmip.events` into the read model (DESIGN §3, write protocol step 4). Per transaction: lock and read the
 * partition's stored position and skip what lies below it (a replay is a no-op); decide each command's events all or
 * nothing against the current versions; write the states, the audit rows, the verdicts and the new position; NOTIFY
 * the verdicts (delivered on commit). A command cut by the end of a batch is held until the next batch of its
 * partition, and the stored position stays at its first record until it is applied.
 */
export class EventProjector {
  private readonly positions: ConsumerPositions;
  private readonly maxRecords: number;
  private readonly held = new Map<number, { readonly records: LoggedRecord[]; readonly next: number }>();

  constructor(
    private readonly db: SqlDatabase,
    private readonly tables: InventoryTables,
    options: EventProjectorOptions,
  ) {
    this.positions = new ConsumerPositions(tables, options.groupId, options.topic);
    this.maxRecords = options.maxRecordsPerTransaction ?? 500;
  }

  readonly loadPositions = (partitions: readonly number[]): Promise<StartOffsets> => {
    for (const p of partitions) this.held.delete(p);
    return this.positions.load(this.db, partitions);
  };

  readonly handle = async (records: readonly LoggedRecord[]): Promise<void> => {
    if (records.length === 0) return;
    const partition = records[0].partition;
    const held = this.held.get(partition);
    this.held.delete(partition);
    const all = held && held.next === records[0].offset ? [...held.records, ...records] : records;
    const groups = groupCommands(all);
    const last = groups[groups.length - 1];
    const pending = last.status === 'pending' ? groups.pop() : undefined;

    let chunk: CommandGroup[] = [];
    let size = 0;
    for (const group of groups) {
      if (size > 0 && size + group.records.length > this.maxRecords) {
        await this.applyChunk(partition, chunk);
        chunk = [];
        size = 0;
      }
      chunk.push(group);
      size += group.records.length;
    }
    if (chunk.length > 0) await this.applyChunk(partition, chunk);
    if (pending) {
      const pendingRecords = [...pending.records];
      this.held.set(partition, { records: pendingRecords, next: pendingRecords[pendingRecords.length - 1].offset + 1 });
    }
  };

  private applyChunk(partition: number, groups: readonly CommandGroup[]): Promise<void> {
    return this.db.transaction(async (tx) => {
      const stored = await this.positions.lock(tx, partition);
      const fresh = stored === undefined ? groups : groups.filter((g) => lastOffset(g) >= stored);
      if (fresh.length === 0) return;
      const first = fresh[0].records[0].offset;
      if (stored !== undefined && first !== stored) {
        // Either a gap (records never handed over) or a stored position inside a command: both are bugs upstream.
        throw new Error(`partition ${partition}: stored position ${stored}, but the next records start at ${first}`);
      }
      const decoded = fresh.map((g) => g.records.map(decodeEventRecord));
      const state = await this.loadChunkState(tx, decoded.flat());
      const outcomes: { group: CommandGroup; outcome: RecordOutcome }[] = [];
      fresh.forEach((group, i) => {
        const current = (ref: StreamRef): StreamState => {
          const key = streamKey(ref);
          return (
            state.changed.get(key)?.state ??
            state.loaded.get(key) ??
            (ref.kind === 'object' ? initialManagedObjectState() : initialTenantState())
          );
        };
        const judgement = judgeCommand(group, decoded[i], current, (id) => state.verdictIds.has(id));
        for (const [key, change] of judgement.changes) state.changed.set(key, change);
        for (const outcome of judgement.outcomes) {
          outcomes.push({ group, outcome });
          const id = eventIdOf(outcome.decoded);
          if (id !== undefined && outcome.recordsVerdict) state.verdictIds.add(id);
        }
      });
      await this.writeStates(tx, state);
      await this.writeAudit(tx, outcomes);
      await this.writeVerdicts(tx, outcomes);
      await this.positions.store(tx, partition, lastOffset(fresh[fresh.length - 1]) + 1);
    });
  }

  private async loadChunkState(tx: SqlClient, decoded: readonly DecodedRecord[]): Promise<ChunkState> {
    const objects = new Map<string, { tenant: string; objectId: string }>();
    const tenants = new Set<string>();
    const ids: string[] = [];
    for (const d of decoded) {
      const id = eventIdOf(d);
      if (id !== undefined) ids.push(id);
      if (!d.ok) continue;
      tenants.add(d.envelope.tenant);
      if (d.envelope.objectId !== undefined) {
        const ref = { kind: 'object' as const, tenant: d.envelope.tenant, objectId: d.envelope.objectId };
        objects.set(streamKey(ref), ref);
      }
    }
    const loaded = new Map<string, StreamState>();
    if (objects.size > 0) {
      const refs = [...objects.values()];
      const { rows } = await tx.query<{ tenant: string; object_id: string; state: ManagedObjectState }>(
        `select o.tenant, o.object_id, o.state from ${this.tables.objects} o
           join unnest($1::text[], $2::text[]) as k(tenant, object_id)
             on o.tenant = k.tenant and o.object_id = k.object_id`,
        [refs.map((r) => r.tenant), refs.map((r) => r.objectId)],
      );
      for (const r of rows) loaded.set(streamKey({ kind: 'object', tenant: r.tenant, objectId: r.object_id }), r.state);
    }
    if (tenants.size > 0) {
      const { rows } = await tx.query<{ tenant: string; state: TenantState }>(
        `select tenant, state from ${this.tables.tenants} where tenant = any($1::text[])`,
        [[...tenants]],
      );
      for (const r of rows) loaded.set(streamKey({ kind: 'tenant', tenant: r.tenant }), r.state);
    }
    const verdictIds = new Set<string>();
    if (ids.length > 0) {
      const { rows } = await tx.query<{ event_id: string }>(
        `select event_id from ${this.tables.verdicts} where event_id = any($1::text[])`,
        [ids],
      );
      for (const r of rows) verdictIds.add(r.event_id);
    }
    return { loaded, changed: new Map(), verdictIds };
  }

  private async writeStates(tx: SqlClient, state: ChunkState): Promise<void> {
    const objectRows: unknown[] = [];
    const tenantRows: unknown[] = [];
    const tenants: Tenant[] = [];
    for (const { ref, state: s, at } of state.changed.values()) {
      if (ref.kind === 'object') {
        const row = objectRow(s as ManagedObjectState);
        objectRows.push({
          tenant: ref.tenant,
          object_id: ref.objectId,
          version: row.version,
          state: row.state,
          object_type: row.objectType,
          kmip_state: row.kmipState,
          algorithm: row.algorithm,
          names: row.names,
          custom_attributes: row.customAttributes,
          attribute_keys: row.attributeKeys,
          root_key_id: row.rootKeyId,
          root_key_version: row.rootKeyVersion,
          updated_at: at,
        });
      } else {
        tenantRows.push({ tenant: ref.tenant, version: s.version, state: s, updated_at: at });
        if ((s as TenantState).status === 'Known') tenants.push(s as Tenant);
      }
    }
    if (objectRows.length > 0) {
      await tx.query(
        `insert into ${this.tables.objects} (tenant, object_id, version, state, object_type, kmip_state, algorithm,
                names, custom_attributes, attribute_keys, root_key_id, root_key_version, updated_at)
         select * from jsonb_to_recordset($1::jsonb) as r(tenant text, object_id text, version int, state jsonb,
                object_type text, kmip_state text, algorithm text, names text[], custom_attributes jsonb,
                attribute_keys text[], root_key_id text, root_key_version int, updated_at text)
         on conflict (tenant, object_id) do update set version = excluded.version, state = excluded.state,
                object_type = excluded.object_type, kmip_state = excluded.kmip_state, algorithm = excluded.algorithm,
                names = excluded.names, custom_attributes = excluded.custom_attributes,
                attribute_keys = excluded.attribute_keys, root_key_id = excluded.root_key_id,
                root_key_version = excluded.root_key_version, updated_at = excluded.updated_at`,
        [JSON.stringify(objectRows)],
      );
    }
    if (tenantRows.length > 0) {
      await tx.query(
        `insert into ${this.tables.tenants} (tenant, version, state, updated_at)
         select * from jsonb_to_recordset($1::jsonb) as r(tenant text, version int, state jsonb, updated_at text)
         on conflict (tenant) do update set version = excluded.version, state = excluded.state,
                updated_at = excluded.updated_at`,
        [JSON.stringify(tenantRows)],
      );
      await this.syncClients(tx, tenants);
    }
  }

  /**
   * The `clients` table is the allow-lists of the changed tenants, flattened for the gateways' lookup by
   * fingerprint. A fingerprint already bound to another tenant stays with that tenant (first allowed wins).
   */
  private async syncClients(tx: SqlClient, tenants: readonly Tenant[]): Promise<void> {
    if (tenants.length === 0) return;
    const { rows: before } = await tx.query<{ tenant: string; fingerprint: string }>(
      `select tenant, fingerprint from ${this.tables.clients} where tenant = any($1::text[])`,
      [tenants.map((t) => t.tenant)],
    );
    const allowed = new Set(tenants.flatMap((t) => Object.keys(t.clients).map((fp) => `${t.tenant}\u0000${fp}`)));
    const removed = before.filter((r) => !allowed.has(`${r.tenant}\u0000${r.fingerprint}`));
    if (removed.length > 0) {
      await tx.query(
        `delete from ${this.tables.clients} c using unnest($1::text[], $2::text[]) as k(tenant, fingerprint)
          where c.tenant = k.tenant and c.fingerprint = k.fingerprint`,
        [removed.map((r) => r.tenant), removed.map((r) => r.fingerprint)],
      );
      await tx.query(`select pg_notify($1, p) from unnest($2::text[]) as p`, [
        CLIENTS_CHANNEL,
        removed.map((r) => encodeClientRemoval(this.tables.schema, r)),
      ]);
    }
    const rows = tenants.flatMap((t) =>
      Object.values(t.clients).map((c) => ({
        fingerprint: c.fingerprint,
        tenant: t.tenant,
        client_id: c.credential?.username ?? c.fingerprint,
        allowed_operations: c.allowedOperations,
        trust: c.trust,
        credential: c.credential ?? null,
        allowed_at: c.allowedAt,
      })),
    );
    if (rows.length > 0) {
      await tx.query(
        `insert into ${this.tables.clients} (fingerprint, tenant, client_id, allowed_operations, trust, credential,
                allowed_at)
         select * from jsonb_to_recordset($1::jsonb) as r(fingerprint text, tenant text, client_id text,
                allowed_operations text[], trust text, credential jsonb, allowed_at text)
         on conflict (fingerprint) do update set client_id = excluded.client_id,
                allowed_operations = excluded.allowed_operations, trust = excluded.trust,
                credential = excluded.credential, allowed_at = excluded.allowed_at
          where ${this.tables.clients}.tenant = excluded.tenant`,
        [JSON.stringify(rows)],
      );
    }
  }

  private async writeAudit(
    tx: SqlClient,
    outcomes: readonly { group: CommandGroup; outcome: RecordOutcome }[],
  ): Promise<void> {
    const rows = outcomes.map(({ group, outcome }) => {
      const d = outcome.decoded;
      const base = {
        partition: d.record.partition,
        offset: d.record.offset,
        verdict: outcome.verdict,
        version: outcome.version ?? null,
        reason: outcome.reason ?? null,
        command_id: group.commandId ?? null,
        logged_at: d.record.timestamp,
      };
      if (!d.ok) {
        return {
          ...base,
          event_id: d.salvaged.id ?? null,
          type: d.salvaged.type ?? null,
          tenant: d.salvaged.tenant ?? d.record.key,
          object_id: d.salvaged.objectId ?? null,
          occurred_at: d.salvaged.occurredAt ?? null,
        };
      }
      const e = d.envelope;
      return {
        ...base,
        event_id: e.id,
        type: e.type,
        schema_version: e.schemaVersion,
        tenant: e.tenant,
        object_id: e.objectId ?? null,
        actor: e.actor,
        occurred_at: e.occurredAt,
        expected_version: e.expectedVersion ?? null,
        data: e.data,
      };
    });
    await tx.query(
      `insert into ${this.tables.auditEvents} (partition, "offset", event_id, type, schema_version, tenant, object_id,
              actor, occurred_at, expected_version, verdict, version, reason, command_id, data, logged_at)
       select partition, "offset", event_id, type, schema_version, tenant, object_id, actor, occurred_at,
              expected_version, verdict, version, reason, command_id, data, logged_at
         from jsonb_to_recordset($1::jsonb) as r(partition int, "offset" bigint, event_id text, type text,
              schema_version int, tenant text, object_id text, actor jsonb, occurred_at text, expected_version int,
              verdict text, version int, reason text, command_id text, data jsonb, logged_at bigint)
       on conflict (partition, "offset") do nothing`,
      [JSON.stringify(rows)],
    );
  }

  private async writeVerdicts(
    tx: SqlClient,
    outcomes: readonly { group: CommandGroup; outcome: RecordOutcome }[],
  ): Promise<void> {
    const rows = outcomes.flatMap(({ group, outcome }) => {
      const eventId = eventIdOf(outcome.decoded);
      if (eventId === undefined || !outcome.recordsVerdict) return [];
      return [
        {
          event_id: eventId,
          verdict: outcome.verdict,
          version: outcome.version ?? null,
          command_id: group.commandId ?? null,
          reason: outcome.reason ?? null,
          partition: outcome.decoded.record.partition,
          offset: outcome.decoded.record.offset,
        },
      ];
    });
    if (rows.length === 0) return;
    await tx.query(
      `insert into ${this.tables.verdicts} (event_id, verdict, version, command_id, reason, partition, "offset")
       select event_id, verdict, version, command_id, reason, partition, "offset"
         from jsonb_to_recordset($1::jsonb) as r(event_id text, verdict text, version int, command_id text,
              reason text, partition int, "offset" bigint)
       on conflict (event_id) do nothing`,
      [JSON.stringify(rows)],
    );
    const payloads = encodeVerdictNotifications(
      rows.map((r) => ({
        eventId: r.event_id,
        verdict: r.verdict,
        ...(r.version === null ? {} : { version: r.version }),
      })),
    );
    await tx.query(`select pg_notify($1, p) from unnest($2::text[]) as p`, [VERDICTS_CHANNEL, payloads]);
  }
}

function lastOffset(group: CommandGroup): number {
  return group.records[group.records.length - 1].offset;
}

function eventIdOf(decoded: DecodedRecord): string | undefined {
  return decoded.ok ? decoded.envelope.id : decoded.salvaged.id;
}
