import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalRootKeyProvider, type RootKeyProviderConfig } from '@kmip/key-wrapping';
import type { RootKeyRef } from '@kmip/key-lifecycle';

/** Tenant names that can name a keystore file. */
const FILE_SAFE_TENANT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isFileSafeTenant(tenant: string): boolean {
  return FILE_SAFE_TENANT.test(tenant) && !tenant.endsWith('.json');
}

export function keystorePath(directory: string, tenant: string): string {
  if (!isFileSafeTenant(tenant)) {
    throw new RangeError('a tenant name is 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
  return join(directory, `${tenant}.json`);
}

function localConfig(directory: string, tenant: string): RootKeyProviderConfig {
  return { kind: 'local', keystorePath: keystorePath(directory, tenant), createIfMissing: false };
}

/**
 * The tenants the local root key provider serves: one keystore file per tenant in a directory, looked up when asked,
 * so that a tenant kmipctl creates while the server runs is served at once. Shaped as the key-wrapping service's
 * `TenantsConfig.providers` map.
 */
export class TenantKeystores implements ReadonlyMap<string, RootKeyProviderConfig> {
  private readonly known = new Set<string>();

  constructor(readonly directory: string) {}

  has(tenant: string): boolean {
    if (this.known.has(tenant)) return true;
    if (!isFileSafeTenant(tenant) || !existsSync(keystorePath(this.directory, tenant))) return false;
    this.known.add(tenant);
    return true;
  }

  get(tenant: string): RootKeyProviderConfig | undefined {
    return this.has(tenant) ? localConfig(this.directory, tenant) : undefined;
  }

  get size(): number {
    return [...this.keys()].length;
  }

  *keys(): MapIterator<string> {
    let names: string[];
    try {
      names = readdirSync(this.directory);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const tenant = name.replace(/\.json$/, '');
      if (name.endsWith('.json') && isFileSafeTenant(tenant)) yield tenant;
    }
  }

  *values(): MapIterator<RootKeyProviderConfig> {
    for (const tenant of this.keys()) yield localConfig(this.directory, tenant);
  }

  *entries(): MapIterator<[string, RootKeyProviderConfig]> {
    for (const tenant of this.keys()) yield [tenant, localConfig(this.directory, tenant)];
  }

  [Symbol.iterator](): MapIterator<[string, RootKeyProviderConfig]> {
    return this.entries();
  }

  forEach(
    callback: (value: RootKeyProviderConfig, key: string, map: ReadonlyMap<string, RootKeyProviderConfig>) => void,
  ): void {
    for (const [tenant, config] of this.entries()) callback(config, tenant, this);
  }
}

/**
 * The tenant's local root key: its keystore is created (mode 0600, a first AES-256 version) unless it exists.
 * Answers the reference the `TenantCreated` event records.
 */
export async function ensureTenantKeystore(directory: string, tenant: string): Promise<RootKeyRef> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const provider = await LocalRootKeyProvider.open({
    keystorePath: keystorePath(directory, tenant),
    createIfMissing: true,
  });
  try {
    const described = await provider.describe();
    return { rootKeyId: described.rootKeyId, rootKeyVersion: Number(described.currentVersion) };
  } finally {
    await provider.close();
  }
}
