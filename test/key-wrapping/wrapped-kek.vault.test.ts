/**
 * The vault against a real PostgreSQL server (127.0.0.1:5432, database `test`, a schema of its own dropped
 * afterwards) through `pg`, and against PGlite (the embedded mode), with the same expectations.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';
import { SqlClient, VaultConflict, WrappedKekVault, WrappedKey } from '@kmip/key-wrapping';

interface Backend {
  readonly sql: SqlClient;
  readonly schema?: string;
}

let vault: WrappedKekVault;
let tables = 0;

const blob = (version: string, fill: number): WrappedKey => ({
  ciphertext: Buffer.alloc(60, fill),
  rootKeyId: 'local-root',
  rootKeyVersion: version,
  mechanism: 'AES-256-GCM',
});

describe('WrappedKekVault on PostgreSQL (pg)', () => {
  const schema = `kw_vault_${randomBytes(6).toString('hex')}`;
  const pool = new Pool({
    host: '127.0.0.1',
    port: 5432,
    database: 'test',
    user: process.env.PGUSER ?? 'postgres',
    max: 2,
  });
  const backend: Backend = { sql: pool, schema };

  beforeAll(async () => {
    await pool.query(`CREATE SCHEMA ${schema}`);
  });

  afterAll(async () => {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  beforeEach(async () => {
    vault = new WrappedKekVault(backend.sql, { schema, table: `vault_${++tables}` });
    await vault.ensureSchema();
  });

  vaultBehaviour(() => backend);

  it('keeps concurrent stores of the same blob idempotent and of different blobs exclusive', async () => {
    const same = await Promise.all(Array.from({ length: 8 }, () => vault.store('t', 'race', blob('1', 7))));
    expect(same.filter((o) => o === 'stored')).toHaveLength(1);

    const different = await Promise.allSettled([1, 2, 3, 4].map((fill) => vault.store('t', 'race2', blob('1', fill))));
    expect(different.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(different.filter((r) => r.status === 'rejected').every((r) => r.reason instanceof VaultConflict)).toBe(true);
  });
});

describe('WrappedKekVault on PGlite', () => {
  let db: PGlite;
  const backend = (): Backend => ({ sql: db });

  beforeAll(async () => {
    db = await PGlite.create();
  }, 60_000);

  afterAll(async () => {
    await db.close();
  });

  beforeEach(async () => {
    vault = new WrappedKekVault(db, { table: `vault_${++tables}` });
    await vault.ensureSchema();
  });

  vaultBehaviour(backend);
});

function vaultBehaviour(backend: () => Backend): void {
  it('creates its schema idempotently', async () => {
    await vault.ensureSchema();
    await vault.store('t', 'o', blob('1', 1));
    await vault.ensureSchema();
    expect(await vault.get('t', 'o')).toBeDefined();
  });

  it('stores and reads back a blob with its root key id, version, mechanism and timestamps', async () => {
    expect(await vault.store('t', 'o', blob('1', 1))).toBe('stored');
    const record = await vault.get('t', 'o');
    expect(record).toMatchObject({ tenant: 't', objectId: 'o', wrapped: blob('1', 1) });
    expect(record!.createdAt).toBeInstanceOf(Date);
    expect(record!.wrapped.ciphertext).toBeInstanceOf(Buffer);
    expect(await vault.get('t', 'other')).toBeUndefined();
    expect(await vault.get('other', 'o')).toBeUndefined();
  });

  it('storing the same blob twice is a no-op; another blob for the same object is a conflict', async () => {
    await vault.store('t', 'o', blob('1', 1));
    expect(await vault.store('t', 'o', blob('1', 1))).toBe('unchanged');
    await expect(vault.store('t', 'o', blob('1', 2))).rejects.toBeInstanceOf(VaultConflict);
    await expect(vault.store('t', 'o', blob('2', 1))).rejects.toBeInstanceOf(VaultConflict);
    expect((await vault.get('t', 'o'))!.wrapped).toEqual(blob('1', 1));
  });

  it('erases, and erasing an absent object is fine', async () => {
    await vault.store('t', 'o', blob('1', 1));
    expect(await vault.erase('t', 'o')).toBe(true);
    expect(await vault.erase('t', 'o')).toBe(false);
    expect(await vault.erase('t', 'never')).toBe(false);
    expect(await vault.get('t', 'o')).toBeUndefined();
  });

  it('replaces by compare-and-set on the old blob', async () => {
    await vault.store('t', 'o', blob('1', 1));
    expect(await vault.replace('t', 'o', blob('1', 1), blob('2', 2))).toBe('replaced');
    expect(await vault.replace('t', 'o', blob('1', 1), blob('2', 2))).toBe('unchanged');
    expect(await vault.replace('t', 'o', blob('1', 1), blob('2', 3))).toBe('superseded');
    expect(await vault.replace('t', 'gone', blob('1', 1), blob('2', 2))).toBe('missing');
    const record = await vault.get('t', 'o');
    expect(record!.wrapped).toEqual(blob('2', 2));
    expect(record!.updatedAt.getTime()).toBeGreaterThanOrEqual(record!.createdAt.getTime());
  });

  it('lists a tenant by root key version, page by page, and counts per version', async () => {
    for (let i = 0; i < 5; i++) await vault.store('t', `o${i}`, blob(i < 3 ? '1' : '2', i));
    await vault.store('other', 'o0', blob('1', 9));

    const first = await vault.listByRootKeyVersion('t', 'local-root', '1', { limit: 2 });
    const rest = await vault.listByRootKeyVersion('t', 'local-root', '1', { after: first[1].objectId, limit: 2 });
    expect([...first, ...rest].map((r) => r.objectId)).toEqual(['o0', 'o1', 'o2']);
    expect((await vault.listNotAtVersion('t', 'local-root', '2')).map((r) => r.objectId)).toEqual(['o0', 'o1', 'o2']);
    expect((await vault.listNotAtVersion('t', 'other-root', '2')).map((r) => r.objectId)).toHaveLength(5);
    expect(await vault.countByRootKeyVersion('t')).toEqual([
      { rootKeyId: 'local-root', rootKeyVersion: '1', count: 3 },
      { rootKeyId: 'local-root', rootKeyVersion: '2', count: 2 },
    ]);
  });

  it('answers reads and stores made together with one statement each, every caller getting its own answer', async () => {
    const statements: string[] = [];
    const { sql, schema } = backend();
    const counting: SqlClient = {
      query: (text, params) => {
        statements.push(text.trim().split(/\s+/)[0]);
        return sql.query(text, params);
      },
    };
    const batched = new WrappedKekVault(counting, { schema, table: `vault_${tables}` });
    const objects = Array.from({ length: 40 }, (_, i) => ({ tenant: i < 20 ? 'a' : 'b', objectId: `o${i % 20}` }));

    const stored = await Promise.all(objects.map((o, i) => batched.store(o.tenant, o.objectId, blob('1', i))));
    expect(stored.every((outcome) => outcome === 'stored')).toBe(true);
    expect(statements).toEqual(['INSERT']);

    statements.length = 0;
    const read = await Promise.all([
      ...objects.map((o) => batched.get(o.tenant, o.objectId)),
      batched.get('a', 'absent'),
      batched.get('c', 'o1'),
    ]);
    expect(statements).toEqual(['SELECT']);
    objects.forEach((o, i) =>
      expect(read[i]).toMatchObject({ tenant: o.tenant, objectId: o.objectId, wrapped: blob('1', i) }),
    );
    expect(read.slice(objects.length)).toEqual([undefined, undefined]);
  });

  it('keeps one blob per object when stores of the same object share a statement', async () => {
    const outcomes = await Promise.allSettled([
      vault.store('t', 'o', blob('1', 1)),
      vault.store('t', 'o', blob('1', 1)),
      vault.store('t', 'o', blob('1', 2)),
      vault.store('t', 'p', blob('1', 3)),
    ]);
    expect(outcomes.slice(0, 2)).toEqual([
      { status: 'fulfilled', value: 'stored' },
      { status: 'fulfilled', value: 'unchanged' },
    ]);
    expect(outcomes[2]).toMatchObject({ status: 'rejected', reason: expect.any(VaultConflict) });
    expect(outcomes[3]).toEqual({ status: 'fulfilled', value: 'stored' });
    expect((await vault.get('t', 'o'))!.wrapped).toEqual(blob('1', 1));
  });

  it('accepts only plain identifiers as table and schema names', () => {
    expect(() => new WrappedKekVault(backend().sql, { table: 'x"; DROP TABLE y; --' })).toThrow(TypeError);
    expect(() => new WrappedKekVault(backend().sql, { schema: 'Public' })).toThrow(TypeError);
  });
}
