import type { SqlDatabase } from '@kmip/sql';
import { REVOCATIONS_CHANNEL, RootKeyRevocations } from './root-key-revocations';

/** A database holding revoked tenants, counting the revocation lookups, delivering NOTIFYs when told to. */
function fakeDatabase() {
  const revoked = new Set<string>();
  const handlers: ((payload: string) => void)[] = [];
  let lookups = 0;
  const db = {
    query: (text: string, params: unknown[] = []) => {
      if (text.startsWith('SELECT 1')) {
        lookups++;
        return Promise.resolve({ rows: revoked.has(params[0] as string) ? [{}] : [] });
      }
      if (text.startsWith('INSERT')) revoked.add(params[0] as string);
      return Promise.resolve({ rows: [] });
    },
    listen: (channel: string, handler: (payload: string) => void) => {
      expect(channel).toBe(REVOCATIONS_CHANNEL);
      handlers.push(handler);
      return Promise.resolve(() => Promise.resolve());
    },
  } as unknown as SqlDatabase;
  return {
    db,
    revoked,
    lookups: () => lookups,
    notify: (payload: string) => handlers.forEach((h) => h(payload)),
  };
}

const revocation = (tenant: string) => ({ tenant, rootKeyId: 'crk', eventId: 'e1', revokedAt: '2026-01-01T00:00:00Z' });

describe('RootKeyRevocations', () => {
  it('asks the database on every call until it watches', async () => {
    const f = fakeDatabase();
    const revocations = new RootKeyRevocations('kw');
    await revocations.isRevoked(f.db, 'acme');
    await revocations.isRevoked(f.db, 'acme');
    expect(f.lookups()).toBe(2);
  });

  it('once watching, believes "not revoked" until the time limit, then asks again', async () => {
    const f = fakeDatabase();
    let now = 0;
    const revocations = new RootKeyRevocations('kw', { ttlMs: 100, now: () => now });
    await revocations.watch(f.db);
    expect(await revocations.isRevoked(f.db, 'acme')).toBe(false);
    expect(await revocations.isRevoked(f.db, 'acme')).toBe(false);
    expect(f.lookups()).toBe(1);
    now = 100;
    await revocations.isRevoked(f.db, 'acme');
    expect(f.lookups()).toBe(2);
  });

  it('asks again after a revocation of the tenant was heard from another instance', async () => {
    const f = fakeDatabase();
    const revocations = new RootKeyRevocations('kw', { ttlMs: 60_000 });
    await revocations.watch(f.db);
    expect(await revocations.isRevoked(f.db, 'acme')).toBe(false);
    f.revoked.add('acme');
    f.notify(JSON.stringify({ schema: 'other', tenant: 'acme' }));
    expect(await revocations.isRevoked(f.db, 'acme')).toBe(false);
    f.notify(JSON.stringify({ schema: 'kw', tenant: 'acme' }));
    expect(await revocations.isRevoked(f.db, 'acme')).toBe(true);
  });

  it('never answers from memory for a tenant whose revocation it records, and keeps "revoked" for good', async () => {
    const f = fakeDatabase();
    const revocations = new RootKeyRevocations('kw', { ttlMs: 60_000 });
    await revocations.watch(f.db);
    expect(await revocations.isRevoked(f.db, 'acme')).toBe(false);
    await revocations.record(f.db, revocation('acme'));
    expect(await revocations.isRevoked(f.db, 'acme')).toBe(true);
    const lookups = f.lookups();
    expect(await revocations.isRevoked(f.db, 'acme')).toBe(true);
    expect(f.lookups()).toBe(lookups);
  });
});
