import type { ClientRecord } from '@kmip/inventory';
import { InventoryClientDirectory } from './inventory-client-directory';

const FP = 'ab'.repeat(32);
const entry: ClientRecord = {
  fingerprint: FP,
  tenant: 'tenant-a',
  clientId: 'vcenter',
  allowedOperations: ['DiscoverVersions', 'Get'],
  trust: 'PinnedFingerprint',
  credential: { username: 'vcenter', passwordHash: '$scrypt$ln=4,r=8,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA' },
  allowedAt: '2024-01-01T00:00:00Z',
};

function readModel(records: Map<string, ClientRecord>) {
  const calls: string[] = [];
  return {
    calls,
    findClient: (fingerprint: string) => {
      calls.push(fingerprint);
      return Promise.resolve(records.get(fingerprint));
    },
  };
}

describe('the allow-list directory', () => {
  it('answers the transport and the processor from the read model: tenant, pinned trust, operations, credential', async () => {
    const model = readModel(new Map([[FP, entry]]));
    const directory = new InventoryClientDirectory(model, { cacheMs: 1000 });
    expect(await directory.lookup(FP.toUpperCase())).toEqual({
      fingerprint: FP,
      tenant: 'tenant-a',
      clientId: 'vcenter',
      pinned: true,
      allowedOperations: ['DiscoverVersions', 'Get'],
      credential: entry.credential,
    });
    expect(await directory.lookup('not a fingerprint')).toBeUndefined();
  });

  it('shares one query among concurrent lookups and caches the answer until it expires', async () => {
    let now = 0;
    const model = readModel(new Map([[FP, entry]]));
    const directory = new InventoryClientDirectory(model, { cacheMs: 1000, now: () => now });
    await Promise.all([directory.lookup(FP), directory.lookup(FP), directory.lookup(FP)]);
    await directory.lookup(FP);
    expect(model.calls).toHaveLength(1);
    now = 1001;
    await directory.lookup(FP);
    expect(model.calls).toHaveLength(2);
  });

  it('forgets a removed client at once, and remembers an unknown one only briefly', async () => {
    let now = 0;
    const records = new Map([[FP, entry]]);
    const model = readModel(records);
    const directory = new InventoryClientDirectory(model, { cacheMs: 60_000, negativeCacheMs: 100, now: () => now });
    expect(await directory.lookup(FP)).toBeDefined();
    records.delete(FP);
    directory.forget(FP);
    expect(await directory.lookup(FP)).toBeUndefined();
    records.set(FP, entry);
    now = 50;
    expect(await directory.lookup(FP)).toBeUndefined();
    now = 101;
    expect(await directory.lookup(FP)).toBeDefined();
  });

  it('does not cache an entry read while the client was being removed', async () => {
    const records = new Map([[FP, entry]]);
    let release: () => void = () => undefined;
    const model = {
      findClient: async (fingerprint: string) => {
        const found = records.get(fingerprint);
        await new Promise<void>((resolve) => (release = resolve));
        return found;
      },
    };
    const directory = new InventoryClientDirectory(model, { cacheMs: 60_000 });
    const racing = directory.lookup(FP);
    records.delete(FP);
    directory.forget(FP);
    release();
    await racing;
    const after = directory.lookup(FP);
    release();
    expect(await after).toBeUndefined();
  });
});
