import type { ManagedObjectState, TenantState } from '@kmip/key-lifecycle';
import { TENANT_CHANGE_ID } from '@kmip/inventory';
import type { InventoryReader } from '@kmip/kmip-server';
import { CachedInventoryReader } from './cached-inventory-reader.adapter';

const known = (version: number) => ({ status: 'Known', version }) as unknown as ManagedObjectState;
const unknown = { status: 'Unknown', version: 0 } as ManagedObjectState;

function reader(states: Map<string, ManagedObjectState>) {
  const reads: string[] = [];
  const inner: InventoryReader = {
    getObject: (tenant, id) => {
      reads.push(`${tenant}/${id}`);
      return Promise.resolve(states.get(`${tenant}/${id}`) ?? unknown);
    },
    getTenant: (tenant) => {
      reads.push(`tenant ${tenant}`);
      return Promise.resolve((states.get(`tenant ${tenant}`) ?? unknown) as unknown as TenantState);
    },
    locate: () => Promise.resolve([]),
  };
  return { inner, reads };
}

describe('CachedInventoryReader', () => {
  it('reads a known object once while it is fresh, and again once it expired', async () => {
    const { inner, reads } = reader(new Map([['t/k', known(1)]]));
    let now = 0;
    const cache = new CachedInventoryReader(inner, { ttlMs: 100, now: () => now });
    expect(await cache.getObject('t', 'k')).toEqual(known(1));
    expect(await cache.getObject('t', 'k')).toEqual(known(1));
    expect(reads).toEqual(['t/k']);
    now = 100;
    await cache.getObject('t', 'k');
    expect(reads).toEqual(['t/k', 't/k']);
  });

  it('reads an object again after it was invalidated, and keeps other tenants apart', async () => {
    const states = new Map([['t/k', known(1)]]);
    const { inner, reads } = reader(states);
    const cache = new CachedInventoryReader(inner, { ttlMs: 60_000 });
    await cache.getObject('t', 'k');
    states.set('t/k', known(2));
    cache.invalidate([{ tenant: 't', objectId: 'k' }]);
    expect(await cache.getObject('t', 'k')).toEqual(known(2));
    expect(await cache.getObject('u', 'k')).toEqual(unknown);
    expect(reads).toEqual(['t/k', 't/k', 'u/k']);
  });

  it('does not keep a state read while an invalidation happened', async () => {
    let release: (state: ManagedObjectState) => void = () => undefined;
    const reads: string[] = [];
    const inner: InventoryReader = {
      getObject: (tenant, id) => {
        reads.push(`${tenant}/${id}`);
        return new Promise((resolve) => (release = resolve));
      },
      getTenant: () => Promise.reject(new Error('not used')),
      locate: () => Promise.resolve([]),
    };
    const cache = new CachedInventoryReader(inner, { ttlMs: 60_000 });
    const first = cache.getObject('t', 'k');
    cache.invalidate([{ tenant: 't', objectId: 'k' }]);
    release(known(1));
    await first;
    const second = cache.getObject('t', 'k');
    release(known(2));
    expect(await second).toEqual(known(2));
    expect(reads).toEqual(['t/k', 't/k']);
  });

  it('never keeps an unknown object, and clear drops everything', async () => {
    const states = new Map<string, ManagedObjectState>([['t/a', known(1)]]);
    const { inner, reads } = reader(states);
    const cache = new CachedInventoryReader(inner, { ttlMs: 60_000 });
    await cache.getObject('t', 'new');
    await cache.getObject('t', 'new');
    await cache.getObject('t', 'a');
    cache.clear();
    await cache.getObject('t', 'a');
    expect(reads).toEqual(['t/new', 't/new', 't/a', 't/a']);
  });

  it("keeps a known tenant's state until the projector names the tenant as changed", async () => {
    const states = new Map([['tenant t', known(1)]]);
    const { inner, reads } = reader(states);
    const cache = new CachedInventoryReader(inner, { ttlMs: 60_000 });
    await cache.getTenant('t');
    await cache.getTenant('t');
    await cache.getTenant('absent');
    await cache.getTenant('absent');
    expect(reads).toEqual(['tenant t', 'tenant absent', 'tenant absent']);
    cache.invalidate([{ tenant: 't', objectId: 'k' }]);
    await cache.getTenant('t');
    expect(reads).toHaveLength(3);
    states.set('tenant t', known(2));
    cache.invalidate([{ tenant: 't', objectId: TENANT_CHANGE_ID }]);
    expect(await cache.getTenant('t')).toEqual(known(2));
    expect(reads).toHaveLength(4);
  });
});
