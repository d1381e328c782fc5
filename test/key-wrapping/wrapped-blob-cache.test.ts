/**
 * The vault's blob cache against a real PostgreSQL server (127.0.0.1:5432, database `test`, a schema of its own):
 * repeated reads cost no statement, and an erase or rewrap made by another instance (another vault on another
 * connection, as the side-effects consumer or a second key-wrapping process does) is heard through NOTIFY.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  kekAad,
  KeyWrappingService,
  LocalRootKeyProvider,
  WrappedBlobCache,
  WrappedKekVault,
  type SqlClient,
  type WrappedKey,
} from '@kmip/key-wrapping';
import { PgDatabase } from '@kmip/sql';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `kw_cache_${randomBytes(6).toString('hex')}`;
let db: PgDatabase;
let tables = 0;
let dir: string;
let provider: LocalRootKeyProvider;

/** Instance A: a cached vault whose statements are counted. Instance B: a plain vault on the same table. */
async function twoInstances() {
  const table = `vault_${++tables}`;
  const statements: string[] = [];
  const counting: SqlClient = {
    query: (text, params) => {
      statements.push(text.trim().split(/\s+/)[0]);
      return db.query(text, params);
    },
  };
  const cache = new WrappedBlobCache({ ttlMs: 60_000 });
  const unwatch = await cache.watch((channel, onPayload) => db.listen(channel, onPayload));
  const a = new WrappedKekVault(counting, { schema, table, cache });
  const b = new WrappedKekVault(db, { schema, table });
  await b.ensureSchema();
  return { a, b, cache, statements, unwatch };
}

const blob = (fill: number, version = '1'): WrappedKey => ({
  ciphertext: Buffer.alloc(60, fill),
  rootKeyId: 'local-root',
  rootKeyVersion: version,
  mechanism: 'AES-256-GCM',
});

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await read();
    if (done(value) || i === 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  db = PgDatabase.connect({ pool: { connectionString: DATABASE_URL, max: 4 } });
  await db.query(`CREATE SCHEMA ${schema}`);
  dir = await mkdtemp(join(tmpdir(), 'kw-cache-'));
  provider = await LocalRootKeyProvider.open({ keystorePath: join(dir, 'root.json'), createIfMissing: true });
});

afterAll(async () => {
  await provider.close();
  await rm(dir, { recursive: true, force: true });
  await db.query(`DROP SCHEMA ${schema} CASCADE`);
  await db.close();
});

describe('the vault with a blob cache', () => {
  it('answers repeated reads, and the read after its own store, without a statement', async () => {
    const { a, b, statements, unwatch } = await twoInstances();
    await a.store('t', 'created-here', blob(1));
    await b.store('t', 'created-elsewhere', blob(2));
    statements.length = 0;

    expect((await a.get('t', 'created-here'))?.wrapped).toEqual(blob(1));
    expect(statements).toEqual([]);
    expect((await a.get('t', 'created-elsewhere'))?.wrapped).toEqual(blob(2));
    expect((await a.get('t', 'created-elsewhere'))?.wrapped).toEqual(blob(2));
    expect(statements).toEqual(['SELECT']);
    await unwatch();
  });

  it('hears an erase made by another instance and answers "no blob" from then on', async () => {
    const { a, b, unwatch } = await twoInstances();
    await b.store('t', 'o', blob(3));
    expect(await a.get('t', 'o')).toBeDefined();

    // As the side-effects consumer erases: in its own transaction, heard on commit.
    await db.transaction(async (tx) => {
      expect(await new WrappedKekVault(tx, { schema, table: `vault_${tables}` }).erase('t', 'o')).toBe(true);
    });
    expect(
      await eventually(
        () => a.get('t', 'o'),
        (r) => r === undefined,
      ),
    ).toBeUndefined();
    await unwatch();
  });

  it('hears a rewrap made by another instance and answers the new blob', async () => {
    const { a, b, unwatch } = await twoInstances();
    await b.store('t', 'o', blob(4));
    expect((await a.get('t', 'o'))?.wrapped).toEqual(blob(4));

    expect(await b.replace('t', 'o', blob(4), blob(5, '2'))).toBe('replaced');
    const seen = await eventually(
      () => a.get('t', 'o'),
      (r) => r?.wrapped.rootKeyVersion === '2',
    );
    expect(seen?.wrapped).toEqual(blob(5, '2'));
    await unwatch();
  });

  it('forgets at once what it erases or replaces itself', async () => {
    const { a, unwatch } = await twoInstances();
    await a.store('t', 'o', blob(6));
    expect(await a.replace('t', 'o', blob(6), blob(7, '2'))).toBe('replaced');
    expect((await a.get('t', 'o'))?.wrapped).toEqual(blob(7, '2'));
    expect(await a.erase('t', 'o')).toBe(true);
    expect(await a.get('t', 'o')).toBeUndefined();
    await unwatch();
  });
});

describe('unwrap through a cache that missed a change', () => {
  it('falls back to the stored blob when the kept one no longer unwraps', async () => {
    // A cache whose change notifications never arrive (a LISTEN connection that was down when the change was made).
    const cache = new WrappedBlobCache({ ttlMs: 60_000 });
    await cache.watch(() => Promise.resolve(() => Promise.resolve()));
    const table = `vault_${++tables}`;
    const vault = new WrappedKekVault(db, { schema, table, cache });
    await vault.ensureSchema();
    const service = new KeyWrappingService({ providerFor: () => provider, vault });
    await service.generate('t', 'o');
    const plaintext = await service.unwrap('t', 'o');

    // Another instance rewraps; this one still holds the old blob, which is made unusable here.
    const other = new WrappedKekVault(db, { schema, table });
    const stored = (await other.get('t', 'o'))!;
    const next = await provider.rewrap(stored.wrapped, kekAad('t', 'o'));
    expect(await other.replace('t', 'o', stored.wrapped, next)).toBe('replaced');
    const kept = (await vault.get('t', 'o'))!;
    kept.wrapped.ciphertext.fill(0);

    expect(await service.unwrap('t', 'o')).toEqual(plaintext);
  });
});
