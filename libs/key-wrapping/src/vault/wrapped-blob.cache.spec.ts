import { VAULT_CHANGES_CHANNEL, WrappedBlobCache, type ListenTo } from './wrapped-blob.cache';
import type { VaultRecord } from './wrapped-kek.vault';

const TABLE = '"kw"."wrapped_keks"';

const record = (objectId: string, fill = 1, tenant = 't'): VaultRecord => ({
  tenant,
  objectId,
  wrapped: {
    ciphertext: Buffer.alloc(40, fill),
    rootKeyId: 'root',
    rootKeyVersion: '1',
    mechanism: 'AES-256-GCM',
  },
  createdAt: new Date(0),
  updatedAt: new Date(0),
});

/** A channel the test speaks on, standing in for LISTEN. */
function channel() {
  const heard: ((payload: string) => void)[] = [];
  const listen: ListenTo = (name, onPayload) => {
    expect(name).toBe(VAULT_CHANGES_CHANNEL);
    heard.push(onPayload);
    return Promise.resolve(() => Promise.resolve());
  };
  return { listen, say: (payload: string) => heard.forEach((h) => h(payload)) };
}

describe('WrappedBlobCache', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => (now = 1_000));

  it('keeps nothing until it listens for vault changes', async () => {
    const cache = new WrappedBlobCache({ now: clock });
    cache.keep(TABLE, record('o'), cache.mark());
    expect(cache.get(TABLE, 't', 'o')).toBeUndefined();

    await cache.watch(channel().listen);
    cache.keep(TABLE, record('o'), cache.mark());
    expect(cache.get(TABLE, 't', 'o')).toEqual(record('o'));
    expect(cache.get('"other"."wrapped_keks"', 't', 'o')).toBeUndefined();
    expect(cache.get(TABLE, 'u', 'o')).toBeUndefined();
  });

  it('trusts an entry for ttlMs only', async () => {
    const cache = new WrappedBlobCache({ now: clock, ttlMs: 500 });
    await cache.watch(channel().listen);
    cache.keep(TABLE, record('o'), cache.mark());
    now += 499;
    expect(cache.get(TABLE, 't', 'o')).toBeDefined();
    now += 1;
    expect(cache.get(TABLE, 't', 'o')).toBeUndefined();
  });

  it('drops the entry a change names, and everything on a payload it cannot read', async () => {
    const cache = new WrappedBlobCache({ now: clock });
    const { listen, say } = channel();
    await cache.watch(listen);
    for (const id of ['a', 'b', 'c']) cache.keep(TABLE, record(id), cache.mark());

    say(JSON.stringify({ table: TABLE, tenant: 't', objectId: 'a' }));
    expect(cache.get(TABLE, 't', 'a')).toBeUndefined();
    expect(cache.get(TABLE, 't', 'b')).toBeDefined();

    say(JSON.stringify({ table: '"other"."wrapped_keks"', tenant: 't', objectId: 'b' }));
    expect(cache.get(TABLE, 't', 'b')).toBeDefined();

    say('not json');
    expect(cache.get(TABLE, 't', 'b')).toBeUndefined();
    expect(cache.get(TABLE, 't', 'c')).toBeUndefined();
  });

  it('does not keep a read that overlapped a change, heard or made here', async () => {
    const cache = new WrappedBlobCache({ now: clock });
    const { listen, say } = channel();
    await cache.watch(listen);

    const beforeHeard = cache.mark();
    say(JSON.stringify({ table: TABLE, tenant: 't', objectId: 'elsewhere' }));
    cache.keep(TABLE, record('o'), beforeHeard);
    expect(cache.get(TABLE, 't', 'o')).toBeUndefined();

    const beforeForget = cache.mark();
    cache.forget(TABLE, 't', 'o');
    cache.keep(TABLE, record('o'), beforeForget);
    expect(cache.get(TABLE, 't', 'o')).toBeUndefined();

    cache.keep(TABLE, record('o', 2), cache.mark());
    expect(cache.get(TABLE, 't', 'o')?.wrapped.ciphertext).toEqual(Buffer.alloc(40, 2));
  });

  it('holds maxEntries at most, letting the oldest go', async () => {
    const cache = new WrappedBlobCache({ now: clock, maxEntries: 4 });
    await cache.watch(channel().listen);
    const ids = ['a', 'b', 'c', 'd', 'e'];
    for (const id of ids) cache.keep(TABLE, record(id), cache.mark());
    const held = ids.filter((id) => cache.get(TABLE, 't', id) !== undefined);
    expect(held.length).toBeLessThanOrEqual(4);
    expect(held).toEqual(expect.arrayContaining(['d', 'e']));
    expect(held).not.toContain('a');
  });

  it('lets expired entries go by time, without waiting for maxEntries', async () => {
    const cache = new WrappedBlobCache({ now: clock, ttlMs: 500 });
    await cache.watch(channel().listen);
    for (let i = 0; i < 10; i++) {
      cache.keep(TABLE, record(`a${i}`), cache.mark());
      now += 100;
    }
    // Every entry younger than ttlMs is still served across the turns.
    expect(cache.get(TABLE, 't', 'a9')).toBeDefined();
    expect(cache.get(TABLE, 't', 'a6')).toBeDefined();
    for (let i = 0; i < 10; i++) {
      cache.keep(TABLE, record(`b${i}`), cache.mark());
      now += 100;
    }
    // 2,000 ms of keeps at one per 100 ms: at most two TTLs' worth stays held.
    expect(cache.size).toBeLessThanOrEqual(10);
    expect(cache.get(TABLE, 't', 'b9')).toBeDefined();
    expect(cache.get(TABLE, 't', 'b6')).toBeDefined();
  });

  it('forgets everything and keeps nothing once it stops listening', async () => {
    const cache = new WrappedBlobCache({ now: clock });
    const unwatch = await cache.watch(channel().listen);
    cache.keep(TABLE, record('o'), cache.mark());
    await unwatch();
    expect(cache.get(TABLE, 't', 'o')).toBeUndefined();
    cache.keep(TABLE, record('o'), cache.mark());
    expect(cache.get(TABLE, 't', 'o')).toBeUndefined();
  });

  it('is off with ttlMs 0 and refuses nonsense sizes', async () => {
    const cache = new WrappedBlobCache({ now: clock, ttlMs: 0 });
    await cache.watch(channel().listen);
    cache.keep(TABLE, record('o'), cache.mark());
    expect(cache.get(TABLE, 't', 'o')).toBeUndefined();
    expect(() => new WrappedBlobCache({ maxEntries: 1 })).toThrow(RangeError);
    expect(() => new WrappedBlobCache({ ttlMs: -1 })).toThrow(RangeError);
  });
});
