/**
 * The side effects of `kmip.events` with the service as a child process (local root key provider), the vault and
 * the consumer positions in PostgreSQL, a real Kafka topic, and the inventory projector (libs/inventory) running in
 * this process as the read model the service reads object states from: KeyDestroyed erases, RootKeyRotated rotates and
 * rewraps every blob and appends KeyRewrapped (finishing after a kill -9 in the middle), RootKeyRevoked
 * crypto-shreds across a restart. Each effect is replayed to show it changes nothing the second time.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { KafkaEventLog, type RecordPosition } from '@kmip/event-log';
import { startProjector, type RunningProjector } from '@kmip/inventory';
import { PgDatabase } from '@kmip/sql';
import { KeyWrappingClientError, type RpcKeyWrappingClient } from '@kmip/key-wrapping';
import { decodeEnvelope, type EventEnvelope } from '@kmip/key-lifecycle';
import {
  createTestPki,
  DATABASE_URL,
  freePort,
  KAFKA_BROKERS,
  ObjectStream,
  rootKeyRevokedEnvelope,
  rootKeyRotatedEnvelope,
  rpcClient,
  serviceEnv,
  ServiceProcess,
  toRecords,
  waitFor,
  type TestPki,
} from './service-harness';

jest.setTimeout(300_000);

const TENANT = 'tenant-local';
const run = randomBytes(4).toString('hex');
const schema = `kw_fx_${run}`;
const topic = `kw-fx-${run}`;
const group = `kw-fx-${run}`;
const inventory = { schema: `kw_inv_${run}`, group: `kw-inv-${run}` };
const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });

let dir: string;
let keystore: string;
let pki: TestPki;
let env: Record<string, string>;
let log: KafkaEventLog;
let service: ServiceProcess | undefined;
let client: RpcKeyWrappingClient;
let rootKeyId: string;
let projectorDb: PgDatabase;
let projector: RunningProjector;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kw-fx-'));
  keystore = join(dir, 'keystore.json');
  pki = await createTestPki(dir);
  log = await KafkaEventLog.connect({ brokers: [KAFKA_BROKERS], clientId: `kw-fx-test-${run}` });
  await log.createTopics([{ name: topic, partitions: 2 }]);
  projectorDb = PgDatabase.connect({ pool: { connectionString: DATABASE_URL, max: 4 } });
  projector = await startProjector(log, projectorDb, {
    schema: inventory.schema,
    eventsTopic: topic,
    accessTopic: false,
    groupId: inventory.group,
  });
  const port = await freePort();
  env = {
    ...serviceEnv(pki, { port, schema, topic, group, inventory }),
    KEY_WRAPPING_TENANT: TENANT,
    ROOT_KEY_PROVIDER: 'local',
    LOCAL_KEYSTORE_PATH: keystore,
    LOCAL_KEYSTORE_CREATE: 'true',
  };
  service = await ServiceProcess.start(env);
  client = rpcClient(pki, port);
  rootKeyId = (await client.health()).rootKeyId;
});

afterAll(async () => {
  await client?.close();
  await service?.stop();
  await projector?.stop();
  await projectorDb?.close();
  await log?.close();
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.query(`DROP SCHEMA IF EXISTS ${inventory.schema} CASCADE`);
  await pool.end();
  rmSync(dir, { recursive: true, force: true });
});

async function append(envelopes: readonly EventEnvelope[]): Promise<RecordPosition> {
  const positions = await log.append(topic, toRecords(envelopes));
  return positions[positions.length - 1];
}

/** Resolves once the service stored a position past `position`, i.e. handled that record and all before it. */
async function handled(position: RecordPosition): Promise<void> {
  await waitFor(
    async () => {
      const { rows } = await pool
        .query<{ next_offset: string }>(
          `SELECT next_offset FROM ${schema}.consumer_positions WHERE group_id = $1 AND topic = $2 AND partition = $3`,
          [group, topic, position.partition],
        )
        .catch(() => ({ rows: [] as { next_offset: string }[] }));
      return rows.length > 0 && Number(rows[0].next_offset) > position.offset;
    },
    120_000,
    `the service to handle offset ${position.offset}`,
  );
}

async function failureCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof KeyWrappingClientError) return error.code;
    throw error;
  }
  return 'succeeded';
}

async function versions(): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ v: string; n: number }>(
    `SELECT root_key_version AS v, count(*)::int AS n FROM ${schema}.wrapped_keks WHERE tenant = $1 GROUP BY 1`,
    [TENANT],
  );
  return new Map(rows.map((r) => [r.v, r.n]));
}

async function eventsOfType(type: EventEnvelope['type']): Promise<EventEnvelope[]> {
  const found: EventEnvelope[] = [];
  await log.read({
    topic,
    from: { offsets: new Map() },
    handle: (records) => {
      for (const record of records) {
        const decoded = decodeEnvelope(record.value.toString('utf8'));
        if (decoded.ok && decoded.value.type === type) found.push(decoded.value);
      }
      return Promise.resolve();
    },
  });
  return found;
}

/** Restarts the service with its consumer position rewound to the start of the log: a full replay. */
async function restartWithReplay(): Promise<void> {
  await service!.stop();
  await pool.query(`UPDATE ${schema}.consumer_positions SET next_offset = 0 WHERE group_id = $1`, [group]);
  service = await ServiceProcess.start(env);
}

test('KeyDestroyed erases the wrapped key; a destroy that lost a conflict erases nothing; a replay is a no-op', async () => {
  const wrappedBy = { rootKeyId, rootKeyVersion: 1 };
  const doomed = new ObjectStream(TENANT, 'destroy-me');
  const kept = new ObjectStream(TENANT, 'keep-me');
  const raced = new ObjectStream(TENANT, 'raced');
  const racedAsSeenByAnotherGateway = new ObjectStream(TENANT, 'raced');
  for (const stream of [doomed, kept, raced]) await client.generate({ tenant: TENANT, objectId: stream.objectId });
  const keptMaterial = await client.unwrap({ tenant: TENANT, objectId: 'keep-me' });
  const racedMaterial = await client.unwrap({ tenant: TENANT, objectId: 'raced' });

  racedAsSeenByAnotherGateway.created(wrappedBy);
  await append([...doomed.created(wrappedBy), ...kept.created(wrappedBy), ...raced.created(wrappedBy)]);
  // One gateway activates 'raced' while another, deciding on the same version, destroys it: the destroy conflicts.
  await append([...raced.activated(), ...racedAsSeenByAnotherGateway.destroyed()]);
  const last = await append(doomed.destroyed());
  await handled(last);

  expect(await failureCode(client.unwrap({ tenant: TENANT, objectId: 'destroy-me' }))).toBe('NOT_FOUND');
  expect((await client.unwrap({ tenant: TENANT, objectId: 'raced' })).equals(racedMaterial)).toBe(true);
  expect((await client.unwrap({ tenant: TENANT, objectId: 'keep-me' })).equals(keptMaterial)).toBe(true);

  await restartWithReplay();
  const marker = await append(new ObjectStream(TENANT, 'marker').created(wrappedBy));
  await handled(marker);
  expect(await failureCode(client.unwrap({ tenant: TENANT, objectId: 'destroy-me' }))).toBe('NOT_FOUND');
  expect((await client.unwrap({ tenant: TENANT, objectId: 'raced' })).equals(racedMaterial)).toBe(true);
  expect((await client.unwrap({ tenant: TENANT, objectId: 'keep-me' })).equals(keptMaterial)).toBe(true);
});

test('RootKeyRotated rotates the root key and rewraps every blob, finishing after a kill -9 in the middle', async () => {
  const count = 800;
  const streams = Array.from(
    { length: count },
    (_, i) => new ObjectStream(TENANT, `rot-${String(i).padStart(4, '0')}`),
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < streams.length) await client.generate({ tenant: TENANT, objectId: streams[next++].objectId });
    }),
  );
  const sample = [0, 399, 799].map((i) => streams[i].objectId);
  const before = await Promise.all(sample.map((objectId) => client.unwrap({ tenant: TENANT, objectId })));
  await append(streams.flatMap((s) => s.created({ rootKeyId, rootKeyVersion: 1 })));
  const blobs = [...(await versions()).values()].reduce((a, b) => a + b, 0);

  const rotation = await append([rootKeyRotatedEnvelope(TENANT, rootKeyId, 2)]);
  // Catch the service half-way through the rewrap and kill it.
  await waitFor(
    async () => {
      const v = await versions();
      return (v.get('2') ?? 0) > 0 && (v.get('1') ?? 0) > 0;
    },
    120_000,
    'the rewrap to be under way',
  );
  await service!.kill();
  const midway = await versions();
  expect(midway.get('1')).toBeGreaterThan(0);
  expect(midway.get('2')).toBeGreaterThan(0);

  service = await ServiceProcess.start(env);
  await handled(rotation);
  expect(await versions()).toEqual(new Map([['2', blobs]]));
  // Rotated once: the restart found the keystore already at version 2.
  const stored = JSON.parse(readFileSync(keystore, 'utf8')) as { versions: { version: number }[] };
  expect(stored.versions.map((v) => v.version)).toEqual([1, 2]);
  expect((await client.health()).currentRootKeyVersion).toBe('2');
  const after = await Promise.all(sample.map((objectId) => client.unwrap({ tenant: TENANT, objectId })));
  expect(after.map((b) => b.toString('hex'))).toEqual(before.map((b) => b.toString('hex')));

  // One KeyRewrapped per object the inventory knows at version 1, each expecting the object's version.
  const rewrapped = (await eventsOfType('KeyRewrapped')) as Extract<EventEnvelope, { type: 'KeyRewrapped' }>[];
  const rotObjects = rewrapped.filter((e) => e.objectId!.startsWith('rot-'));
  expect(new Set(rotObjects.map((e) => e.objectId)).size).toBe(count);
  expect(rotObjects).toHaveLength(count);
  for (const event of rotObjects) {
    expect(event).toMatchObject({
      expectedVersion: 1,
      data: { rootKeyId, rootKeyVersion: 2, previousRootKeyVersion: 1 },
    });
  }
  // The other live objects of the tenant moved too; the destroyed one has no key material and gets no event.
  expect(rewrapped.map((e) => e.objectId)).toEqual(expect.arrayContaining(['keep-me', 'raced']));
  expect(rewrapped.map((e) => e.objectId)).not.toContain('destroy-me');

  // A replay of the whole log rotates nothing more and appends no further KeyRewrapped.
  await restartWithReplay();
  const marker = await append(new ObjectStream(TENANT, 'marker-2').created({ rootKeyId, rootKeyVersion: 2 }));
  await handled(marker);
  expect((await eventsOfType('KeyRewrapped')).length).toBe(rewrapped.length);
  expect((JSON.parse(readFileSync(keystore, 'utf8')) as { versions: unknown[] }).versions).toHaveLength(2);
});

test('RootKeyRevoked crypto-shreds the tenant: unwrap and generate fail, also after a restart', async () => {
  const objectId = 'rot-0000';
  expect(await client.unwrap({ tenant: TENANT, objectId })).toHaveLength(32);
  const revocation = await append([rootKeyRevokedEnvelope(TENANT, rootKeyId)]);
  await handled(revocation);
  expect(await failureCode(client.unwrap({ tenant: TENANT, objectId }))).toBe('ROOT_KEY_REVOKED');
  expect(await failureCode(client.generate({ tenant: TENANT, objectId: 'after-revocation' }))).toBe('ROOT_KEY_REVOKED');

  // SIGTERM drains and exits cleanly.
  expect(await service!.stop()).toBe(0);
  service = await ServiceProcess.start(env);
  expect(await failureCode(client.unwrap({ tenant: TENANT, objectId }))).toBe('ROOT_KEY_REVOKED');
  // A rotation after the revocation changes nothing.
  const rotation = await append([rootKeyRotatedEnvelope(TENANT, rootKeyId, 3)]);
  await handled(rotation);
  expect((JSON.parse(readFileSync(keystore, 'utf8')) as { versions: unknown[] }).versions).toHaveLength(2);
});
