import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTenantKeystore, keystorePath, TenantKeystores } from './tenant-keystores';

let dir: string;

beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'tenant-keystores-')), 'keystores');
});

afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

test('a tenant is served once its keystore exists, even when it was made after the map', async () => {
  const tenants = new TenantKeystores(dir);
  expect(tenants.has('acme')).toBe(false);
  expect(tenants.get('acme')).toBeUndefined();
  const rootKey = await ensureTenantKeystore(dir, 'acme');
  expect(rootKey.rootKeyId).toMatch(/^local-/);
  expect(rootKey.rootKeyVersion).toBe(1);
  expect(statSync(keystorePath(dir, 'acme')).mode & 0o777).toBe(0o600);
  expect(tenants.has('acme')).toBe(true);
  expect(tenants.get('acme')).toEqual({ kind: 'local', keystorePath: join(dir, 'acme.json'), createIfMissing: false });
  expect([...tenants.keys()]).toEqual(['acme']);
  expect(tenants.size).toBe(1);
});

test('making the keystore again keeps the same root key', async () => {
  const first = await ensureTenantKeystore(dir, 'acme');
  expect(await ensureTenantKeystore(dir, 'acme')).toEqual(first);
  expect(readdirSync(dir)).toEqual(['acme.json']);
});

test('tenant names that are no file name are never served and get no keystore', async () => {
  const tenants = new TenantKeystores(dir);
  for (const name of ['../acme', 'a/b', '', '.hidden', 'x'.repeat(65)]) {
    expect(tenants.has(name)).toBe(false);
    await expect(ensureTenantKeystore(dir, name)).rejects.toThrow(RangeError);
  }
});
