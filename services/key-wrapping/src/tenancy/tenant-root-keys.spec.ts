import type { RootKeyProviderConfig } from '@kmip/key-wrapping';
import type { TenantsConfig } from '../config/service-config';
import { TenantRootKeys } from './tenant-root-keys';

const config = (keystore: string) => ({ kind: 'local', keystorePath: keystore }) as unknown as RootKeyProviderConfig;
const tenants = (...names: string[]): TenantsConfig => ({
  defaultTenant: 'default',
  providers: new Map(names.map((n) => [n, config(`${n}.keystore`)])),
});
const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() };

describe('TenantRootKeys', () => {
  it('serves a tenant added to the tenants file while running, reading them at most once per interval', () => {
    let now = 0;
    let file = tenants('default');
    const read = jest.fn(() => file);
    const roots = new TenantRootKeys(tenants('default'), logger, undefined, {
      read,
      intervalMs: 1_000,
      now: () => now,
    });
    expect(roots.serves('default')).toBe(true);
    expect(read).not.toHaveBeenCalled();

    expect(roots.serves('new')).toBe(false);
    file = tenants('default', 'new');
    now = 500;
    expect(roots.serves('new')).toBe(false);
    expect(read).toHaveBeenCalledTimes(1);
    now = 1_000;
    expect(roots.serves('new')).toBe(true);
    expect(read).toHaveBeenCalledTimes(2);
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining('tenant new: now served'));
  });

  it('keeps serving what it served when the tenants cannot be read again, and never drops a tenant', () => {
    let fail = true;
    const read = jest.fn(() => {
      if (fail) throw new Error('unreadable');
      return tenants('default');
    });
    let now = 0;
    const roots = new TenantRootKeys(tenants('default', 'old'), logger, undefined, { read, now: () => now });
    expect(roots.serves('other')).toBe(false);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('reading the tenants again failed'));
    fail = false;
    now = 5_000;
    expect(roots.serves('other')).toBe(false);
    expect(roots.serves('old')).toBe(true);
  });

  it('without a reload, serves the tenants it started with only', () => {
    const roots = new TenantRootKeys(tenants('default'), logger);
    expect(roots.serves('default')).toBe(true);
    expect(roots.serves('new')).toBe(false);
  });

  it('asks the configured map each time, so a map that looks tenants up as asked (embedded mode) serves new ones', () => {
    const known = new Map([['default', config('default.keystore')]]);
    const lookingUp = {
      get: (tenant: string) => known.get(tenant),
      has: (tenant: string) => known.has(tenant),
    } as unknown as TenantsConfig['providers'];
    const roots = new TenantRootKeys({ defaultTenant: 'default', providers: lookingUp }, logger);
    expect(roots.serves('later')).toBe(false);
    known.set('later', config('later.keystore'));
    expect(roots.serves('later')).toBe(true);
  });
});
