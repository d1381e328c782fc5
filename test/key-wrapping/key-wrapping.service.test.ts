/**
 * The key-wrapping logic end to end: root key providers (local keystore; Key Protect through its local contract
 * server) and the vault in a real PostgreSQL (127.0.0.1:5432, database `test`, a schema of its own).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import {
  InvalidKeyMaterial,
  KekNotFound,
  KeyProtectRootKeyProvider,
  KeyWrappingService,
  LocalRootKeyProvider,
  RootKeyProvider,
  UnwrapFailed,
  VaultConflict,
  WrappedKekVault,
} from '@kmip/key-wrapping';
import { KeyProtectContractServer } from '../../libs/key-wrapping/src/keyprotect/testing/keyprotect-contract.server';

const schema = `kw_service_${randomBytes(6).toString('hex')}`;
const pool = new Pool({
  host: '127.0.0.1',
  port: 5432,
  database: 'test',
  user: process.env.PGUSER ?? 'postgres',
  max: 2,
});
let dir: string;
let tables = 0;
let vault: WrappedKekVault;
const providers = new Map<string, RootKeyProvider>();

async function localProvider(tenant: string): Promise<RootKeyProvider> {
  let provider = providers.get(tenant);
  if (!provider) {
    provider = await LocalRootKeyProvider.open({ keystorePath: join(dir, `${tenant}.json`), createIfMissing: true });
    providers.set(tenant, provider);
  }
  return provider;
}

function service(providerFor: (tenant: string) => Promise<RootKeyProvider> = localProvider): KeyWrappingService {
  return new KeyWrappingService({ providerFor, vault });
}

beforeAll(async () => {
  await pool.query(`CREATE SCHEMA ${schema}`);
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kw-service-'));
  vault = new WrappedKekVault(pool, { schema, table: `keks_${++tables}` });
  await vault.ensureSchema();
});

afterEach(async () => {
  await Promise.all([...providers.values()].map((p) => p.close()));
  providers.clear();
  await rm(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await pool.query(`DROP SCHEMA ${schema} CASCADE`);
  await pool.end();
});

describe('generate, register, unwrap, erase', () => {
  it('generates a KEK once per object and unwraps it for a Get', async () => {
    const keys = service();
    const created = await keys.generate('tenant-a', 'object-1');
    expect(created).toMatchObject({ tenant: 'tenant-a', objectId: 'object-1', rootKeyVersion: '1', created: true });

    const again = await keys.generate('tenant-a', 'object-1');
    expect(again).toEqual({ ...created, created: false });

    const kek = await keys.unwrap('tenant-a', 'object-1');
    expect(kek).toHaveLength(32);
    expect(await keys.unwrap('tenant-a', 'object-1')).toEqual(kek);
    expect(await keys.unwrap('tenant-a', 'object-2').catch((e: unknown) => e)).toBeInstanceOf(KekNotFound);
    expect((await keys.generate('tenant-a', 'object-128', 128)).created).toBe(true);
    expect(await keys.unwrap('tenant-a', 'object-128')).toHaveLength(16);
  });

  it('registers client material idempotently and refuses other material for the same object', async () => {
    const keys = service();
    const material = randomBytes(32);
    expect((await keys.register('tenant-a', 'reg-1', material)).created).toBe(true);
    expect((await keys.register('tenant-a', 'reg-1', Buffer.from(material))).created).toBe(false);
    await expect(keys.register('tenant-a', 'reg-1', randomBytes(32))).rejects.toBeInstanceOf(VaultConflict);
    await expect(keys.register('tenant-a', 'reg-2', randomBytes(20))).rejects.toBeInstanceOf(InvalidKeyMaterial);
    expect(await keys.unwrap('tenant-a', 'reg-1')).toEqual(material);
  });

  it('a blob copied to another object does not unwrap there', async () => {
    const keys = service();
    await keys.generate('tenant-a', 'object-1');
    const record = await vault.get('tenant-a', 'object-1');
    await vault.store('tenant-a', 'object-2', record!.wrapped);
    await expect(keys.unwrap('tenant-a', 'object-2')).rejects.toBeInstanceOf(UnwrapFailed);
  });

  it('keeps tenants apart', async () => {
    const keys = service();
    await keys.generate('tenant-a', 'shared-id');
    await expect(keys.unwrap('tenant-b', 'shared-id')).rejects.toBeInstanceOf(KekNotFound);
    await keys.generate('tenant-b', 'shared-id');
    expect((await keys.unwrap('tenant-a', 'shared-id')).equals(await keys.unwrap('tenant-b', 'shared-id'))).toBe(false);
  });

  it('erases on destroy, and erasing again is fine', async () => {
    const keys = service();
    await keys.generate('tenant-a', 'doomed');
    expect(await keys.erase('tenant-a', 'doomed')).toBe(true);
    expect(await keys.erase('tenant-a', 'doomed')).toBe(false);
    await expect(keys.unwrap('tenant-a', 'doomed')).rejects.toBeInstanceOf(KekNotFound);
  });
});

describe('root key rotation', () => {
  it('rewraps every blob of the tenant to the new version, once, and the KEKs stay the same', async () => {
    const keys = service();
    const ids = ['k1', 'k2', 'k3', 'k4', 'k5'];
    for (const id of ids) await keys.generate('tenant-a', id);
    await keys.generate('tenant-b', 'other');
    const before = await Promise.all(ids.map((id) => keys.unwrap('tenant-a', id)));

    const { version } = await (await localProvider('tenant-a')).rotate();
    const report = await keys.rewrapTenant('tenant-a', 2);
    expect(report.toVersion).toBe(version);
    expect(report.rewrapped.map((r) => r.objectId)).toEqual(ids);
    expect(report.rewrapped.every((r) => r.fromVersion === '1')).toBe(true);
    expect(report.failed).toEqual([]);

    const counts = await vault.countByRootKeyVersion('tenant-a');
    expect(counts).toEqual([{ rootKeyId: report.rootKeyId, rootKeyVersion: version, count: 5 }]);
    expect(await vault.countByRootKeyVersion('tenant-b')).toMatchObject([{ rootKeyVersion: '1', count: 1 }]);
    expect(await Promise.all(ids.map((id) => keys.unwrap('tenant-a', id)))).toEqual(before);

    const replay = await keys.rewrapTenant('tenant-a', 2);
    expect(replay.rewrapped).toEqual([]);
  });

  it('reports a blob it cannot rewrap and goes on with the others', async () => {
    const keys = service();
    await keys.generate('tenant-a', 'good');
    const bad = await vault.get('tenant-a', 'good');
    await vault.store('tenant-a', 'bad', { ...bad!.wrapped, ciphertext: Buffer.alloc(bad!.wrapped.ciphertext.length) });
    await (await localProvider('tenant-a')).rotate();

    const report = await keys.rewrapTenant('tenant-a');
    expect(report.rewrapped.map((r) => r.objectId)).toEqual(['good']);
    expect(report.failed).toEqual([{ objectId: 'bad', code: 'UNWRAP_FAILED' }]);
  });
});

describe('with Key Protect (local contract server)', () => {
  it('keeps the re-wrapped blob that unwrap returns after a rotation', async () => {
    const server = await KeyProtectContractServer.start({ apiKey: 'kp-key', instanceId: 'instance-1' });
    const rootKeyId = server.createRootKey();
    const provider = await KeyProtectRootKeyProvider.open({
      endpoint: server.url,
      iamEndpoint: server.url,
      apiKey: 'kp-key',
      instanceId: 'instance-1',
      rootKeyId,
      ca: server.ca,
    });
    try {
      const keys = service(() => Promise.resolve(provider));
      const created = await keys.generate('tenant-kp', 'object-1');
      const kek = await keys.unwrap('tenant-kp', 'object-1');
      const newVersion = server.rotateRootKey(rootKeyId);
      expect(newVersion).not.toBe(created.rootKeyVersion);

      expect(await keys.unwrap('tenant-kp', 'object-1')).toEqual(kek);
      expect((await vault.get('tenant-kp', 'object-1'))!.wrapped.rootKeyVersion).toBe(newVersion);
      expect(await keys.health('tenant-kp')).toMatchObject({
        provider: { provider: 'keyprotect', currentVersion: newVersion },
        vault: 'ok',
      });
    } finally {
      await provider.close();
      await server.close();
    }
  });
});
