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
import { VERDICT_CHANNEL_HEADER } from './command-records';
import { groupCommands, type CommandGroup } from './command-grouping';
import { judgeCommand, streamOf, type RecordOutcome, type StreamState } from './command-judge';
import { ConsumerPositions, UNSET_POSITION } from './consumer-positions';
import { PartitionMemory } from './partition-memory';
import { decodeEventRecord, type DecodedRecord } from './decoded-record';
import type { InventoryTables } from './inventory-tables';
import type { TableStatistics } from './table-statistics';
import { objectRow } from './object-row';
import { projectionLoadSql, projectionWriteSql } from './projection-write.sql';
import { isObjectStreamKey, streamKey, type StreamRef } from './stream-key';
import { encodeObjectChanges, OBJECTS_CHANNEL, TENANT_CHANGE_ID, type ObjectRef } from './object-change-notification';
import type { EventVerdict } from './verdict';
import { encodeVerdictNotifications, verdictChannelFor } from './verdict-notification';

export interface EventProjectorOptions {
  readonly topic: string;
  /** The name under which positions are stored. */
  readonly groupId: string;
  /** Records applied in one transaction at most (whole commands are never split). Default 500. */
  readonly maxRecordsPerTransaction?: number;
  /**
   * Default true. False lets PostgreSQL acknowledge a commit before its WAL is flushed (`synchronous_commit = off`),
   * which saves a disk flush per transaction. A database crash then loses the last few projected transactions, and
   * their positions with them: the projector applies those records again from Kafka, to the same result, but
   * verdicts already announced are briefly not visible in the read model until it has.
   */
  readonly synchronousCommit?: boolean;
  /** Told how many records each write stored, to keep the planner's statistics of the growing tables. */
  readonly statistics?: Pick<TableStatistics, 'noteWritten'>;
}

interface ChunkState {
  readonly loaded: Map<string, StreamState>;
  readonly changed: Map<string, { ref: StreamRef; state: StreamState; at: string }>;
  readonly verdictIds: Set<string>;
  /** The stored position as read (UNSET_POSITION: a row without one), undefined without a row. */
  readonly position: number | undefined;
}

/** What a chunk writes, judged on a ChunkState. */
interface ChunkPlan {
  readonly outcomes: readonly { group: CommandGroup; outcome: RecordOutcome }[];
  readonly objectRows: unknown[];
  readonly tenantRows: unknown[];
  readonly tenants: Tenant[];
  readonly changedObjects: ObjectRef[];
}

/** The object states a chunk read and left: what the database holds once its write took effect. */
function objectStates(state: ChunkState): [string, StreamState][] {
  return [
    ...state.loaded,
    ...[...state.changed].map(([key, change]) => [key, change.state] as [string, StreamState]),
  ].filter(([key]) => isObjectStreamKey(key));
}

/** Judges each command of the chunk, in order, on the states the earlier ones left. */
function judgeChunk(fresh: readonly CommandGroup[], decoded: readonly DecodedRecord[][], state: ChunkState): ChunkPlan {
  const outcomes: { group: CommandGroup; outcome: RecordOutcome }[] = [];
  const current = (ref: StreamRef): StreamState => {
    const key = streamKey(ref);
    return (
      state.changed.get(key)?.state ??
      state.loaded.get(key) ??
      (ref.kind === 'object' ? initialManagedObjectState() : initialTenantState())
    );
  };
  fresh.forEach((group, i) => {
    const judgement = judgeCommand(group, decoded[i], current, (id) => state.verdictIds.has(id));
    for (const [key, change] of judgement.changes) state.changed.set(key, change);
    for (const outcome of judgement.outcomes) {
      outcomes.push({ group, outcome });
      const id = eventIdOf(outcome.decoded);
      if (id !== undefined && outcome.recordsVerdict) state.verdictIds.add(id);
    }
  });
  return { outcomes, ...stateRows(state), changedObjects: changedObjects(state) };
}

/**
 * The groups at or after the stored position. Records before it were applied already (a replay); a stored position
 * that is not the first fresh record is either a gap (records never handed over) or a position inside a command:
 * a bug upstream, thrown, or reported for the locked path to look at again.
 */
function freshGroups(
  partition: number,
  groups: readonly CommandGroup[],
  stored: number | undefined,
  onUnexpected: 'throw',
): readonly CommandGroup[];
function freshGroups(
  partition: number,
  groups: readonly CommandGroup[],
  stored: number | undefined,
  onUnexpected: 'report',
): readonly CommandGroup[] | 'unexpected';
function freshGroups(
  partition: number,
  groups: readonly CommandGroup[],
  stored: number | undefined,
  onUnexpected: 'throw' | 'report',
): readonly CommandGroup[] | 'unexpected' {
  const fresh = stored === undefined ? groups : groups.filter((g) => lastOffset(g) >= stored);
  if (fresh.length === 0 || stored === undefined || fresh[0].records[0].offset === stored) return fresh;
  if (onUnexpected === 'report') return 'unexpected';
  throw new Error(
    `partition ${partition}: stored position ${stored}, but the next records start at ${fresh[0].records[0].offset}`,
  );
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
  private readonly synchronousCommit: boolean;
  private readonly statistics: Pick<TableStatistics, 'noteWritten'> | undefined;
  private readonly held = new Map<number, { readonly records: LoggedRecord[]; readonly next: number }>();
  private readonly memory = new PartitionMemory();

  constructor(
    private readonly db: SqlDatabase,
    private readonly tables: InventoryTables,
    options: EventProjectorOptions,
  ) {
    this.positions = new ConsumerPositions(tables, options.groupId, options.topic);
    this.maxRecords = options.maxRecordsPerTransaction ?? 500;
    this.synchronousCommit = options.synchronousCommit ?? true;
    this.statistics = options.statistics;
  }

  readonly loadPositions = (partitions: readonly number[]): Promise<StartOffsets> => {
    for (const p of partitions) {
      this.held.delete(p);
      this.memory.forget(p);
    }
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

  /**
   * Applies a chunk in one round trip when it can: judged on the states this projector remembers from its last
   * write to the partition, written in one statement that takes effect only if the position and those states are
   * still the stored ones. Else in two: read the states and the position, judge, write likewise (no lock is held
   * across the judging). A chunk that changes a tenant (its clients are mirrored with several statements), that
   * meets a position it did not expect, or that lost a race to another projector is applied in a transaction
   * holding the position's row lock instead.
   */
  private async applyChunk(partition: number, groups: readonly CommandGroup[]): Promise<void> {
    // Decoding needs no lock: done before the database is asked.
    const decodedGroups = new Map(groups.map((g) => [g, g.records.map(decodeEventRecord)]));
    if (await this.applyRemembered(partition, groups, decodedGroups)) return;
    if (await this.applyUnlocked(partition, groups, decodedGroups)) return;
    this.memory.forget(partition);
    await this.db.transaction(
      async (tx) => {
        const stored = await this.positions.lock(tx, partition);
        const fresh = freshGroups(partition, groups, stored, 'throw');
        if (fresh.length === 0) return;
        const decoded = fresh.map((g) => decodedGroups.get(g)!);
        const state = await this.loadChunkState(tx, decoded.flat(), partition);
        const plan = judgeChunk(fresh, decoded, state);
        if (plan.tenants.length > 0) await this.syncClients(tx, plan.tenants);
        await this.write(tx, partition, fresh, plan, null);
      },
      { synchronousCommit: this.synchronousCommit },
    );
  }

  /** True when the chunk was applied (or had nothing new) without a lock; false leaves it to the locked path. */
  private async applyUnlocked(
    partition: number,
    groups: readonly CommandGroup[],
    decodedGroups: ReadonlyMap<CommandGroup, DecodedRecord[]>,
  ): Promise<boolean> {
    const state = await this.loadChunkState(this.db, [...decodedGroups.values()].flat(), partition);
    if (state.position === undefined) return false; // no position row yet: the locked path creates it
    const fresh = freshGroups(
      partition,
      groups,
      state.position === UNSET_POSITION ? undefined : state.position,
      'report',
    );
    if (fresh === 'unexpected') return false;
    if (fresh.length === 0) return true;
    const plan = judgeChunk(
      fresh,
      fresh.map((g) => decodedGroups.get(g)!),
      state,
    );
    if (plan.tenants.length > 0) return false;
    if (!(await this.write(this.db, partition, fresh, plan, state.position))) return false;
    this.memory.remember(partition, lastOffset(fresh[fresh.length - 1]) + 1, objectStates(state));
    return true;
  }

  /** True when the chunk was applied on remembered states (or had nothing new); false: read and judge again. */
  private async applyRemembered(
    partition: number,
    groups: readonly CommandGroup[],
    decodedGroups: ReadonlyMap<CommandGroup, DecodedRecord[]>,
  ): Promise<boolean> {
    const position = this.memory.position(partition);
    if (position === undefined) return false;
    const fresh = freshGroups(partition, groups, position === UNSET_POSITION ? undefined : position, 'report');
    if (fresh === 'unexpected') return false;
    if (fresh.length === 0) return true;
    const decoded = fresh.map((g) => decodedGroups.get(g)!);
    const loaded = new Map<string, StreamState>();
    const assumed: { tenant: string; objectId: string; version: number }[] = [];
    const seen = new Set<string>();
    const ids: string[] = [];
    for (const d of decoded.flat()) {
      const id = eventIdOf(d);
      if (id !== undefined) ids.push(id);
      if (!d.ok) continue;
      const ref = streamOf(d.envelope);
      if (ref.kind !== 'object') return false;
      const key = streamKey(ref);
      if (seen.has(key)) continue;
      seen.add(key);
      const remembered = this.memory.state(partition, key);
      // An object not remembered is assumed absent only where its writer expected that (a creation).
      if (remembered === undefined && d.envelope.expectedVersion !== 0) return false;
      if (remembered !== undefined) loaded.set(key, remembered);
      assumed.push({ tenant: ref.tenant, objectId: ref.objectId, version: remembered?.version ?? 0 });
    }
    const state: ChunkState = { loaded, changed: new Map(), verdictIds: new Set(), position };
    const plan = judgeChunk(fresh, decoded, state);
    if (plan.tenants.length > 0) return false;
    const applied = await this.write(this.db, partition, fresh, plan, position, { assumed, ids });
    if (!applied) {
      this.memory.forget(partition);
      return false;
    }
    this.memory.remember(partition, lastOffset(fresh[fresh.length - 1]) + 1, objectStates(state));
    return true;
  }

  /** One statement; true when it took effect (the position was `expected`, or any when null). */
  private async write(
    client: SqlClient,
    partition: number,
    fresh: readonly CommandGroup[],
    plan: ChunkPlan,
    expected: number | null,
    remembered?: {
      readonly assumed: readonly { tenant: string; objectId: string; version: number }[];
      readonly ids: readonly string[];
    },
  ): Promise<boolean> {
    const verdicts = verdictRows(plan.outcomes);
    const audit = auditRows(plan.outcomes);
    const { rows } = await client.query<{ applied: number }>(projectionWriteSql(this.tables), [
      JSON.stringify(plan.objectRows),
      JSON.stringify(plan.tenantRows),
      JSON.stringify(audit),
      JSON.stringify(verdicts),
      this.positions.groupId,
      this.positions.topic,
      partition,
      lastOffset(fresh[fresh.length - 1]) + 1,
      ...verdictNotifications(verdicts),
      OBJECTS_CHANNEL,
      encodeObjectChanges(this.tables.schema, plan.changedObjects),
      expected,
      this.synchronousCommit ? 'on' : 'off',
      remembered ? remembered.assumed.map((a) => a.tenant) : null,
      remembered ? remembered.assumed.map((a) => a.objectId) : null,
      remembered ? remembered.assumed.map((a) => a.version) : null,
      remembered ? remembered.ids : null,
    ]);
    const applied = rows[0]?.applied === 1;
    // Every record gets an audit row; objects and verdicts grow no faster.
    if (applied) this.statistics?.noteWritten(audit.length);
    return applied;
  }

  private async loadChunkState(
    client: SqlClient,
    decoded: readonly DecodedRecord[],
    partition: number,
  ): Promise<ChunkState> {
    const objects = new Map<string, { tenant: string; objectId: string }>();
    const tenants = new Set<string>();
    const ids: string[] = [];
    for (const d of decoded) {
      const id = eventIdOf(d);
      if (id !== undefined) ids.push(id);
      if (!d.ok) continue;
      const ref = streamOf(d.envelope);
      if (ref.kind === 'object') objects.set(streamKey(ref), ref);
      else tenants.add(ref.tenant);
    }
    const refs = [...objects.values()];
    const { rows } = await client.query<{
      kind: 'object' | 'tenant' | 'verdict' | 'position';
      tenant: string;
      id: string;
      state: StreamState;
    }>(projectionLoadSql(this.tables), [
      refs.map((r) => r.tenant),
      refs.map((r) => r.objectId),
      [...tenants],
      ids,
      this.positions.groupId,
      this.positions.topic,
      partition,
    ]);
    const loaded = new Map<string, StreamState>();
    const verdictIds = new Set<string>();
    let position: number | undefined;
    for (const r of rows) {
      if (r.kind === 'verdict') verdictIds.add(r.id);
      else if (r.kind === 'position') position = Number(r.id);
      else if (r.kind === 'object')
        loaded.set(streamKey({ kind: 'object', tenant: r.tenant, objectId: r.id }), r.state);
      else loaded.set(streamKey({ kind: 'tenant', tenant: r.tenant }), r.state);
    }
    return { loaded, changed: new Map(), verdictIds, position };
  }

  /** The `clients` table mirrors the allow-lists of the changed tenants, for the gateways' lookup by fingerprint. */
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
         on conflict (fingerprint, tenant) do update set client_id = excluded.client_id,
                allowed_operations = excluded.allowed_operations, trust = excluded.trust,
                credential = excluded.credential, allowed_at = excluded.allowed_at`,
        [JSON.stringify(rows)],
      );
    }
  }
}

function lastOffset(group: CommandGroup): number {
  return group.records[group.records.length - 1].offset;
}

function eventIdOf(decoded: DecodedRecord): string | undefined {
  return decoded.ok ? decoded.envelope.id : decoded.salvaged.id;
}

type Judged = readonly { group: CommandGroup; outcome: RecordOutcome }[];

/**
 * The objects whose cached states the chunk makes stale, and each changed tenant as the object with the empty id
 * (TENANT_CHANGE_ID). An object created by the chunk is left out: it had no state before, and a gateway caches known
 * objects only, so no gateway can hold one (and every Create would otherwise wake every gateway).
 */
function changedObjects(state: ChunkState): ObjectRef[] {
  return [...state.changed].flatMap(([key, { ref }]): ObjectRef[] => {
    if (ref.kind !== 'object') return [{ tenant: ref.tenant, objectId: TENANT_CHANGE_ID }];
    const before = state.loaded.get(key);
    return before === undefined || before.version === 0 ? [] : [{ tenant: ref.tenant, objectId: ref.objectId }];
  });
}

/** The rows of the streams a chunk changed. */
function stateRows(state: ChunkState): { objectRows: unknown[]; tenantRows: unknown[]; tenants: Tenant[] } {
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
  return { objectRows, tenantRows, tenants };
}

/** One audit row per record: the envelope's fields, or what could be salvaged of a malformed record. */
function auditRows(judged: Judged): unknown[] {
  return judged.map(({ group, outcome }) => {
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
}

/** One verdict row per event id, except for records repeating an id that already has one. */
function verdictRows(judged: Judged) {
  return judged.flatMap(({ group, outcome }) => {
    const eventId = eventIdOf(outcome.decoded);
    if (eventId === undefined || !outcome.recordsVerdict) return [];
    return [
      {
        channel: verdictChannelFor(group.records[0].headers[VERDICT_CHANNEL_HEADER]),
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
}

/** The verdicts' NOTIFYs: per channel (each waiting gateway has its own), as few payloads as fit; channels, payloads. */
function verdictNotifications(rows: ReturnType<typeof verdictRows>): [string[], string[]] {
  const byChannel = new Map<string, EventVerdict[]>();
  for (const r of rows) {
    let verdicts = byChannel.get(r.channel);
    if (verdicts === undefined) byChannel.set(r.channel, (verdicts = []));
    verdicts.push({ eventId: r.event_id, verdict: r.verdict, ...(r.version === null ? {} : { version: r.version }) });
  }
  const channels: string[] = [];
  const payloads: string[] = [];
  for (const [channel, verdicts] of byChannel) {
    for (const payload of encodeVerdictNotifications(verdicts)) {
      channels.push(channel);
      payloads.push(payload);
    }
  }
  return [channels, payloads];
}
