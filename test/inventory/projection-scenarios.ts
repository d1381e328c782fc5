/**
 * What the projector guarantees, as one suite run against each pair of adapters (Kafka + PostgreSQL, and the
 * embedded PGlite as both log and database). Each test uses its own tenant; the last one rebuilds everything.
 */
import { randomUUID } from 'node:crypto';
import type { EventLog } from '@kmip/event-log';
import {
  clientAllowed,
  foldManagedObject,
  keyRewrapped,
  toEvent,
  type EventEnvelope,
  type ManagedObjectEvent,
} from '@kmip/key-lifecycle';
import {
  EventProjector,
  InventoryReadModel,
  InventoryTables,
  rebuildInventory,
  startProjector,
  toAccessAppendRecord,
  toCommandRecords,
  VerdictWaiter,
  VERDICTS_CHANNEL,
  watchClientRemovals,
  watchObjectChanges,
  TENANT_CHANGE_ID,
  type ObjectRef,
  type AccessRecord,
  type ClientRemoval,
  type CommandOutcome,
  type RunningProjector,
} from '@kmip/inventory';
import type { SqlDatabase } from '@kmip/sql';
import {
  activated,
  clientAllowedEvent,
  clientRemovedEvent,
  envelopesOf,
  keyCreatedEvent,
  OPERATOR,
  tenantCreatedEvent,
  text,
  vcenterAttributes,
  type KeyOptions,
} from '../../libs/inventory/src/testing/inventory-fixtures.spec-helper';
import { uniqueName, waitUntil } from './inventory-test-helpers';

export interface ProjectionSetup {
  readonly log: EventLog;
  readonly db: SqlDatabase;
  /** Partitions of the events topic to create. */
  readonly partitions: number;
  close(): Promise<void>;
}

const WAIT_MS = 30_000;

/** A snapshot of the whole read model but the access log, in an order that does not depend on timing. */
export async function readModelSnapshot(db: SqlDatabase, tables: InventoryTables): Promise<unknown> {
  const q = async (sql: string) => (await db.query(sql)).rows;
  return {
    objects: await q(
      `select tenant, object_id, version, state, object_type, kmip_state, algorithm, names, custom_attributes,
              attribute_keys, root_key_id, root_key_version, updated_at
         from ${tables.objects} order by tenant, created_seq`,
    ),
    tenants: await q(`select * from ${tables.tenants} order by tenant`),
    clients: await q(`select * from ${tables.clients} order by fingerprint`),
    audit: await q(`select * from ${tables.auditEvents} order by partition, "offset"`),
    verdicts: await q(`select * from ${tables.verdicts} order by event_id`),
  };
}

export function describeProjection(name: string, open: () => Promise<ProjectionSetup>): void {
  describe(`inventory projection over ${name}`, () => {
    let setup: ProjectionSetup;
    let projector: RunningProjector;
    let waiter: VerdictWaiter;
    let readModel: InventoryReadModel;
    const schema = uniqueName('inv');
    const tables = new InventoryTables(schema);
    const eventsTopic = uniqueName('events');
    const accessTopic = uniqueName('access');
    const groupId = uniqueName('inventory');
    const logged: string[] = [];
    const logger = { warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };

    async function append(envelopes: readonly EventEnvelope[]): Promise<void> {
      await setup.log.append(eventsTopic, toCommandRecords(envelopes, randomUUID()));
    }

    async function command(envelopes: readonly EventEnvelope[]): Promise<CommandOutcome> {
      await append(envelopes);
      return waiter.waitFor(
        envelopes.map((e) => e.id),
        WAIT_MS,
      );
    }

    async function newTenant(): Promise<string> {
      const tenant = uniqueName('tenant');
      expect(await command(envelopesOf([tenantCreatedEvent(tenant)], { tenant, expectedVersion: 0 }))).toMatchObject({
        outcome: 'applied',
        version: 1,
      });
      return tenant;
    }

    async function createKey(tenant: string, objectId: string, options: KeyOptions = {}): Promise<EventEnvelope[]> {
      const envelopes = envelopesOf([keyCreatedEvent(tenant, objectId, options)], {
        tenant,
        objectId,
        expectedVersion: 0,
      });
      expect((await command(envelopes)).outcome).toBe('applied');
      return envelopes;
    }

    async function auditCount(): Promise<number> {
      const { rows } = await setup.db.query<{ n: string }>(`select count(*) as n from ${tables.auditEvents}`);
      return Number(rows[0].n);
    }

    beforeAll(async () => {
      setup = await open();
      await setup.log.createTopics([
        { name: eventsTopic, partitions: setup.partitions },
        { name: accessTopic, partitions: 2 },
      ]);
      projector = await startProjector(setup.log, setup.db, { schema, eventsTopic, accessTopic, groupId, logger });
      waiter = await VerdictWaiter.start(setup.db, { schema });
      readModel = new InventoryReadModel(setup.db, { schema });
    });

    afterAll(async () => {
      await waiter?.close();
      await projector?.stop();
      await setup?.db.query(`drop schema if exists ${schema} cascade`);
      await setup?.close();
    });

    it('projects a vCenter key lifecycle: the object row is the fold of its events, one audit row each', async () => {
      const tenant = await newTenant();
      const created = await createKey(tenant, 'kek-1');
      const attributes = envelopesOf(vcenterAttributes(), { tenant, objectId: 'kek-1', expectedVersion: 1 });
      expect(await command(attributes)).toMatchObject({ outcome: 'applied', version: 4 });
      const activation = envelopesOf([activated()], { tenant, objectId: 'kek-1', expectedVersion: 4 });
      expect(await command(activation)).toMatchObject({ outcome: 'applied', version: 5 });

      const all = [...created, ...attributes, ...activation];
      const state = await readModel.getObject(tenant, 'kek-1');
      expect(state).toEqual(foldManagedObject(all.map((e) => toEvent(e) as ManagedObjectEvent)));
      expect(state).toMatchObject({ status: 'Known', state: 'Active', version: 5 });
      const history = await readModel.objectHistory(tenant, 'kek-1');
      expect(history.map((h) => [h.eventId, h.type, h.verdict, h.version])).toEqual(
        all.map((e, i) => [e.id, e.type, 'applied', i + 1]),
      );
      expect(history[0].actor).toEqual(created[0].actor);
    });

    it('records a stale expectedVersion as a conflict and changes nothing', async () => {
      const tenant = await newTenant();
      await createKey(tenant, 'kek-1');
      await command(envelopesOf([activated()], { tenant, objectId: 'kek-1', expectedVersion: 1 }));
      const before = await readModel.getObject(tenant, 'kek-1');

      const stale = envelopesOf(vcenterAttributes().slice(0, 1), { tenant, objectId: 'kek-1', expectedVersion: 1 });
      expect(await command(stale)).toMatchObject({ outcome: 'conflict', version: 2 });
      expect(await readModel.getObject(tenant, 'kek-1')).toEqual(before);
      const last = (await readModel.objectHistory(tenant, 'kek-1')).at(-1);
      expect(last).toMatchObject({ eventId: stale[0].id, verdict: 'conflict', expectedVersion: 1, version: 2 });
    });

    it("applies a command's events all or nothing", async () => {
      const tenant = await newTenant();
      await createKey(tenant, 'kek-1');
      const before = await readModel.getObject(tenant, 'kek-1');
      // The third event claims a version the object will not be at: none of the three may apply.
      const [a, b] = envelopesOf(vcenterAttributes().slice(0, 2), { tenant, objectId: 'kek-1', expectedVersion: 1 });
      const [c] = envelopesOf(vcenterAttributes().slice(2), { tenant, objectId: 'kek-1', expectedVersion: 7 });
      const outcome = await command([a, b, c]);
      expect(outcome.outcome).toBe('conflict');
      expect(outcome.verdicts.map((v) => v.verdict)).toEqual(['conflict', 'conflict', 'conflict']);
      expect(await readModel.getObject(tenant, 'kek-1')).toEqual(before);

      // A malformed record rejects its whole command, and the log goes on.
      const good = envelopesOf([activated()], { tenant, objectId: 'kek-1', expectedVersion: 1 });
      const badId = randomUUID();
      const records = toCommandRecords([...good, ...good.map((e) => ({ ...e, id: badId }))], randomUUID());
      await setup.log.append(eventsTopic, [records[0], { ...records[1], value: `{"id":"${badId}","type":"Key` }]);
      expect(await waiter.waitFor([good[0].id, badId], WAIT_MS)).toMatchObject({ outcome: 'rejected' });
      expect(await readModel.getObject(tenant, 'kek-1')).toEqual(before);
      const rejected = (await readModel.objectHistory(tenant, 'kek-1')).filter((h) => h.verdict === 'rejected');
      expect(rejected.map((r) => r.eventId)).toEqual([good[0].id]);

      const after = envelopesOf([activated()], { tenant, objectId: 'kek-1', expectedVersion: 1 });
      expect(await command(after)).toMatchObject({ outcome: 'applied', version: 2 });
    });

    it('records a record that is not an envelope as rejected and keeps projecting', async () => {
      const tenant = await newTenant();
      const before = await auditCount();
      await setup.log.append(eventsTopic, [{ key: tenant, value: 'not json at all' }]);
      await createKey(tenant, 'after-garbage');
      const { rows } = await setup.db.query<{ verdict: string; reason: string; event_id: string | null }>(
        `select verdict, reason, event_id from ${tables.auditEvents} where tenant = $1 and verdict = 'rejected'`,
        [tenant],
      );
      expect(rows).toEqual([{ verdict: 'rejected', reason: 'MalformedJson: the record is not JSON', event_id: null }]);
      expect(await auditCount()).toBe(before + 2);
    });

    it('lets a waiter fall back to the verdicts table when no notification reaches it', async () => {
      const tenant = await newTenant();
      const deaf: SqlDatabase = {
        query: (text, params) => setup.db.query(text, params),
        transaction: (work) => setup.db.transaction(work),
        listen: () => Promise.resolve(() => Promise.resolve()),
        close: () => Promise.resolve(),
      };
      const deafWaiter = await VerdictWaiter.start(deaf, { schema, pollIntervalMs: 100 });
      try {
        const envelopes = envelopesOf([keyCreatedEvent(tenant, 'k')], { tenant, objectId: 'k', expectedVersion: 0 });
        await append(envelopes);
        expect(await deafWaiter.waitFor([envelopes[0].id], WAIT_MS)).toMatchObject({
          outcome: 'applied',
          version: 1,
        });
        // A wait that starts long after the verdict was decided still finds it.
        expect(await deafWaiter.waitFor([envelopes[0].id], WAIT_MS)).toMatchObject({ outcome: 'applied' });
        expect(await deafWaiter.waitFor([randomUUID()], 300)).toMatchObject({ outcome: 'timeout' });
      } finally {
        await deafWaiter.close();
      }
    });

    it('ignores a repeated append of the same events: the first verdict stands', async () => {
      const tenant = await newTenant();
      const envelopes = await createKey(tenant, 'twice');
      // The waiter answers with the first verdict at once; the repeated records still get their audit rows.
      expect(await command(envelopes)).toMatchObject({ outcome: 'applied', version: 1 });
      await waitUntil('the repeated record', async () => (await readModel.objectHistory(tenant, 'twice')).length === 2);
      const history = await readModel.objectHistory(tenant, 'twice');
      expect(history.map((h) => h.verdict)).toEqual(['applied', 'rejected']);
      expect(history[1].reason).toMatch(/^DuplicateEvent/);
      expect((await readModel.getObject(tenant, 'twice')).version).toBe(1);
    });

    it('locates by every criterion, all of them at once, with stable paging in creation order', async () => {
      const tenant = await newTenant();
      await createKey(tenant, 'a', { names: ['alpha'] });
      await createKey(tenant, 'b', { names: ['beta', 'shared'] });
      await createKey(tenant, 'c', { names: ['shared'], algorithm: 'ChaCha20' });
      await createKey(tenant, 'd');
      await command(envelopesOf(vcenterAttributes('VMware vSAN'), { tenant, objectId: 'b', expectedVersion: 1 }));
      await command(envelopesOf(vcenterAttributes(), { tenant, objectId: 'd', expectedVersion: 1 }));
      await command(envelopesOf([activated()], { tenant, objectId: 'd', expectedVersion: 4 }));

      const locate = (criteria: Parameters<InventoryReadModel['locate']>[1]) => readModel.locate(tenant, criteria);
      expect(await locate({})).toEqual(['a', 'b', 'c', 'd']);
      expect(await locate({ names: ['shared'] })).toEqual(['b', 'c']);
      expect(await locate({ names: ['shared', 'beta'] })).toEqual(['b']);
      expect(await locate({ algorithm: 'ChaCha20' })).toEqual(['c']);
      expect(await locate({ state: 'Active' })).toEqual(['d']);
      expect(await locate({ state: 'PreActive', objectType: 'SymmetricKey' })).toEqual(['a', 'b', 'c']);
      expect(await locate({ customAttributes: [{ name: 'x-Vendor', value: text('VMware, Inc.') }] })).toEqual([
        'b',
        'd',
      ]);
      expect(
        await locate({
          customAttributes: [
            { name: 'x-Vendor', value: text('VMware, Inc.') },
            { name: 'x-Product', value: text('VMware vSAN') },
          ],
        }),
      ).toEqual(['b']);
      expect(await locate({ state: 'Active', names: ['shared'] })).toEqual([]);
      expect(await locate({ maxItems: 2 })).toEqual(['a', 'b']);
      expect(await locate({ maxItems: 2, offsetItems: 2 })).toEqual(['c', 'd']);
      expect(await locate({ offsetItems: 3 })).toEqual(['d']);
    });

    it("treats another tenant's object as unknown", async () => {
      const owner = await newTenant();
      const other = await newTenant();
      await createKey(owner, 'private');
      expect(await readModel.getObject(owner, 'private')).toMatchObject({ status: 'Known' });
      expect(await readModel.getObject(other, 'private')).toEqual({ status: 'Unknown', version: 0 });
      expect(await readModel.locate(other, {})).toEqual([]);
      expect(await readModel.objectHistory(other, 'private')).toEqual([]);
    });

    it('names the objects and tenants each projection changed, for the gateways to drop from their caches', async () => {
      const changes: ObjectRef[] = [];
      const unlisten = await watchObjectChanges(
        setup.db,
        (objects) => changes.push(...objects),
        () => changes.push({ tenant: 'unreadable', objectId: '?' }),
        { schema },
      );
      try {
        const tenant = await newTenant();
        // A created object had no state anyone could cache: its creation is not announced.
        await createKey(tenant, 'k1');
        await createKey(tenant, 'k2');
        expect(
          (await command(envelopesOf([activated()], { tenant, objectId: 'k1', expectedVersion: 1 }))).outcome,
        ).toBe('applied');
        await waitUntil('the tenant and key changes', () => changes.length >= 2);
        expect(changes).toEqual([
          { tenant, objectId: TENANT_CHANGE_ID },
          { tenant, objectId: 'k1' },
        ]);
      } finally {
        await unlisten();
      }
    });

    it("announces a command's verdicts on the channel it names only, others' on the shared channel", async () => {
      const tenant = await newTenant();
      const mine = await VerdictWaiter.start(setup.db, { schema });
      const other = await VerdictWaiter.start(setup.db, { schema });
      const heard: { channel: string; payload: string }[] = [];
      const unlisten = await Promise.all(
        [VERDICTS_CHANNEL, other.channel].map((channel) =>
          setup.db.listen(channel, (payload) => heard.push({ channel, payload })),
        ),
      );
      try {
        expect(mine.channel).not.toBe(other.channel);
        const named = envelopesOf([keyCreatedEvent(tenant, 'named')], {
          tenant,
          objectId: 'named',
          expectedVersion: 0,
        });
        await setup.log.append(eventsTopic, toCommandRecords(named, randomUUID(), mine.channel));
        expect(await mine.waitFor([named[0].id], WAIT_MS)).toMatchObject({ outcome: 'applied', version: 1 });

        // A later command naming no channel: once its verdict is heard on the shared channel, the first one's would
        // have been heard before it (notifications come in commit order), had it been sent anywhere else.
        const unnamed = envelopesOf([keyCreatedEvent(tenant, 'unnamed')], {
          tenant,
          objectId: 'unnamed',
          expectedVersion: 0,
        });
        await setup.log.append(eventsTopic, toCommandRecords(unnamed, randomUUID()));
        await waitUntil('the shared verdict', () => heard.some((h) => h.payload.includes(unnamed[0].id)));
        expect(heard.map((h) => h.channel)).toEqual([VERDICTS_CHANNEL]);
        expect(heard.some((h) => h.payload.includes(named[0].id))).toBe(false);
        // A waiter hears the shared channel too.
        expect(await other.waitFor([unnamed[0].id], WAIT_MS)).toMatchObject({ outcome: 'applied' });
      } finally {
        await Promise.all(unlisten.map((u) => u()));
        await mine.close();
        await other.close();
      }
    });

    it('keeps the allow-list for gateways and announces a removed client', async () => {
      const tenant = await newTenant();
      const fingerprint = randomUUID().replace(/-/g, '').repeat(2);
      const removals: ClientRemoval[] = [];
      const unlisten = await watchClientRemovals(setup.db, (r) => removals.push(r), { schema });
      try {
        expect(
          await command(
            envelopesOf([clientAllowedEvent(fingerprint)], { tenant, expectedVersion: 1, actor: OPERATOR }),
          ),
        ).toMatchObject({ outcome: 'applied', version: 2 });
        const upperColons = fingerprint.toUpperCase().replace(/(..)(?!$)/g, '$1:');
        expect(await readModel.findClient(upperColons)).toMatchObject({
          fingerprint,
          tenant,
          clientId: fingerprint,
          allowedOperations: ['Create', 'Get'],
          trust: 'PinnedFingerprint',
        });
        // A second tenant allowing the same certificate later does not take it over…
        const later = await newTenant();
        const laterAllow = clientAllowed({
          fingerprint,
          allowedOperations: ['Get'],
          trust: 'PinnedFingerprint',
          at: '2024-06-01T00:00:00Z',
        });
        await command(envelopesOf([laterAllow], { tenant: later, expectedVersion: 1, actor: OPERATOR }));
        expect(await readModel.findClient(fingerprint)).toMatchObject({ tenant });

        await command(envelopesOf([clientRemovedEvent(fingerprint)], { tenant, expectedVersion: 2, actor: OPERATOR }));
        // …but has it once the first tenant removed it.
        expect(await readModel.findClient(fingerprint)).toMatchObject({ tenant: later, allowedOperations: ['Get'] });
        await command(
          envelopesOf([clientRemovedEvent(fingerprint)], { tenant: later, expectedVersion: 2, actor: OPERATOR }),
        );
        expect(await readModel.findClient(fingerprint)).toBeUndefined();
        await waitUntil('both removal notifications', () => removals.length === 2);
        expect(removals).toEqual([
          { tenant, fingerprint },
          { tenant: later, fingerprint },
        ]);
        expect(await readModel.getTenant(tenant)).toMatchObject({ status: 'Known', clients: {}, version: 3 });
      } finally {
        await unlisten();
      }
    });

    it('groups objects by the root key version that wraps them', async () => {
      const tenant = await newTenant();
      await createKey(tenant, 'k1');
      await createKey(tenant, 'k2');
      await createKey(tenant, 'k3');
      const rewrap = keyRewrapped({
        rootKeyId: 'crk-1',
        rootKeyVersion: 2,
        previousRootKeyVersion: 1,
        at: '2024-05-02T00:00:00Z',
      });
      await command(
        envelopesOf([rewrap], {
          tenant,
          objectId: 'k2',
          expectedVersion: 1,
          actor: { kind: 'system', component: 'key-wrapping' },
        }),
      );
      expect(await readModel.objectsByRootKeyVersion(tenant)).toEqual([
        { rootKeyId: 'crk-1', rootKeyVersion: 1, objectIds: ['k1', 'k3'] },
        { rootKeyId: 'crk-1', rootKeyVersion: 2, objectIds: ['k2'] },
      ]);
    });

    it('projects kmip.access into the access log, skipping unreadable records', async () => {
      const tenant = await newTenant();
      const fingerprint = 'cd'.repeat(32);
      const access = (objectId: string, result: string, second: number): AccessRecord => ({
        id: randomUUID(),
        at: `2024-05-01T12:00:0${second}Z`,
        tenant,
        client: { fingerprint, address: '10.1.2.3:45678' },
        operation: 'Get',
        objectId,
        result,
      });
      const records = [access('k1', 'Success', 1), access('k2', 'ItemNotFound', 2), access('k1', 'Success', 3)];
      await setup.log.append(accessTopic, [
        toAccessAppendRecord(records[0]),
        { key: tenant, value: '{"broken":' },
        ...records.slice(1).map(toAccessAppendRecord),
      ]);
      await waitUntil('three access records', async () => (await readModel.accessHistory(tenant)).length === 3);
      expect(await readModel.accessHistory(tenant)).toEqual(records);
      // The unreadable record is reported by its position, never by its content.
      expect(logged).toEqual([
        expect.stringMatching(/^skipped unreadable \S+ record \d+@\d+: the record is not JSON$/),
      ]);
      expect(await readModel.accessHistory(tenant, { objectId: 'k1' })).toEqual([records[0], records[2]]);
      expect(await readModel.accessHistory(tenant, { limit: 1, offset: 1 })).toEqual([records[1]]);
      expect(await readModel.accessHistory(uniqueName('nobody'))).toEqual([]);
    });

    it('treats a replay of the whole topic as a no-op', async () => {
      const before = await readModelSnapshot(setup.db, tables);
      const again = new EventProjector(setup.db, tables, { topic: eventsTopic, groupId });
      const replayed = await setup.log.read({ topic: eventsTopic, from: { offsets: new Map() }, handle: again.handle });
      expect(replayed).toBeGreaterThan(0);
      expect(await readModelSnapshot(setup.db, tables)).toEqual(before);
    });

    it('rebuilds exactly the projected state from offset 0', async () => {
      const before = (await readModelSnapshot(setup.db, tables)) as { audit: unknown[] };
      await projector.stop();
      const replayed = await rebuildInventory(setup.log, setup.db, { schema, eventsTopic, groupId });
      expect(replayed).toBe(before.audit.length);
      expect(await readModelSnapshot(setup.db, tables)).toEqual(before);
      // The rebuilt projector carries on from where the replay ended.
      projector = await startProjector(setup.log, setup.db, { schema, eventsTopic, accessTopic, groupId, logger });
      await newTenant();
    });
  });
}
