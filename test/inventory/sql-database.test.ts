/**
 * The two SqlDatabase adapters against real databases: `pg` on the PostgreSQL server of the integration tests and
 * PGlite in a temporary directory, with the same expectations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_IDLE_TIMEOUT_MS, PgDatabase, PgliteDatabase, type SqlDatabase } from '@kmip/sql';
import { TEST_DATABASE_URL, testDatabase, uniqueName, waitUntil } from './inventory-test-helpers';

jest.setTimeout(60_000);

function describeAdapter(name: string, open: () => Promise<SqlDatabase>, cleanup: () => void): void {
  describe(`SqlDatabase on ${name}`, () => {
    let db: SqlDatabase;
    const schema = uniqueName('sqltest');

    beforeAll(async () => {
      db = await open();
      await db.query(`create schema ${schema}`);
      await db.query(`create table ${schema}.t (k text primary key, n int not null)`);
    });

    afterAll(async () => {
      await db.query(`drop schema if exists ${schema} cascade`);
      await db.close();
      cleanup();
    });

    it('runs parameterized statements and returns rows', async () => {
      await db.query(`insert into ${schema}.t (k, n) values ($1, $2), ($3, $4)`, ['a', 1, 'b', 2]);
      const { rows } = await db.query<{ k: string; n: number }>(`select k, n from ${schema}.t order by k`);
      expect(rows).toEqual([
        { k: 'a', n: 1 },
        { k: 'b', n: 2 },
      ]);
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      const answer = await db.transaction(async (tx) => {
        await tx.query(`insert into ${schema}.t (k, n) values ('c', 3)`);
        return 'done';
      });
      expect(answer).toBe('done');
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`insert into ${schema}.t (k, n) values ('d', 4)`);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      const { rows } = await db.query<{ k: string }>(`select k from ${schema}.t where k in ('c', 'd') order by k`);
      expect(rows.map((r) => r.k)).toEqual(['c']);
    });

    it('runs a transaction without a synchronous commit when asked, and only that transaction', async () => {
      const setting = async (client: { query: SqlDatabase['query'] }) =>
        (await client.query<{ synchronous_commit: string }>('show synchronous_commit')).rows[0].synchronous_commit;
      const inside = await db.transaction(
        async (tx) => {
          await tx.query(`insert into ${schema}.t (k, n) values ('async', 5)`);
          return setting(tx);
        },
        { synchronousCommit: false },
      );
      expect(inside).toBe('off');
      expect(await db.transaction((tx) => setting(tx))).toBe('on');
      expect(await setting(db)).toBe('on');
      const { rows } = await db.query<{ n: number }>(`select n from ${schema}.t where k = 'async'`);
      expect(rows).toEqual([{ n: 5 }]);
    });

    it('answers a repeated parameterized statement the same way each time, in and out of transactions', async () => {
      const text = `select n from ${schema}.t where k = $1`;
      for (let i = 0; i < 3; i++) {
        expect((await db.query<{ n: number }>(text, ['a'])).rows).toEqual([{ n: 1 }]);
        expect(await db.transaction(async (tx) => (await tx.query<{ n: number }>(text, ['b'])).rows)).toEqual([
          { n: 2 },
        ]);
      }
    });

    it('delivers a NOTIFY sent in a transaction on commit only, and nothing after unlisten', async () => {
      const channel = uniqueName('chan');
      const received: string[] = [];
      const unlisten = await db.listen(channel, (payload) => received.push(payload));
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`select pg_notify($1, 'rolled-back')`, [channel]);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      await db.transaction(async (tx) => {
        await tx.query(`select pg_notify($1, 'first')`, [channel]);
        await tx.query(`select pg_notify($1, 'second')`, [channel]);
      });
      await waitUntil('two notifications', () => received.length >= 2);
      expect(received).toEqual(['first', 'second']);

      await unlisten();
      await db.query(`select pg_notify($1, 'after')`, [channel]);
      // A later notification on another channel proves the earlier one had its chance to arrive.
      const marker: string[] = [];
      const other = await db.listen(`${channel}_m`, (p) => marker.push(p));
      await db.query(`select pg_notify($1, 'marker')`, [`${channel}_m`]);
      await waitUntil('the marker', () => marker.length === 1);
      await other();
      expect(received).toEqual(['first', 'second']);
    });

    it('refuses a channel name that is not a plain identifier', async () => {
      await expect(db.listen('bad channel; drop', () => undefined)).rejects.toThrow(/channel/);
    });
  });
}

describeAdapter(
  'pg (PostgreSQL server)',
  () => Promise.resolve(testDatabase()),
  () => undefined,
);

const pgliteDir = mkdtempSync(join(tmpdir(), 'sql-pglite-'));
describeAdapter(
  'PGlite (on disk)',
  () => PgliteDatabase.open(join(pgliteDir, 'db')),
  () => rmSync(pgliteDir, { recursive: true, force: true }),
);

describe('pg LISTEN connection', () => {
  it('reconnects and listens again after its backend is terminated', async () => {
    const db = testDatabase();
    const channel = uniqueName('reconnect');
    const received: string[] = [];
    try {
      await db.listen(channel, (payload) => received.push(payload));
      await db.query(`select pg_notify($1, 'before')`, [channel]);
      await waitUntil('the first notification', () => received.includes('before'));

      const killed = await db.query<{ n: string }>(
        `select count(pg_terminate_backend(pid)) as n from pg_stat_activity
          where pid <> pg_backend_pid() and query ilike $1`,
        [`listen ${channel}%`],
      );
      expect(Number(killed.rows[0].n)).toBe(1);

      // Notifications sent while it reconnects may be lost (by design): keep sending until one arrives.
      await waitUntil('a notification after the reconnect', async () => {
        await db.query(`select pg_notify($1, 'after')`, [channel]);
        await new Promise((r) => setTimeout(r, 100));
        return received.includes('after');
      });
    } finally {
      await db.close();
    }
  });
});

describe('pg prepared statements', () => {
  it('prepares a parameterized statement once per connection, and none when told not to', async () => {
    const prepared = async (db: SqlDatabase) =>
      db.transaction(async (tx) => {
        await tx.query('select $1::int + 1 as n', [1]);
        await tx.query('select $1::int + 1 as n', [2]);
        const { rows } = await tx.query<{ statement: string }>(
          `select statement from pg_prepared_statements where statement like $1`,
          ['select $1::int + 1%'],
        );
        return rows.length;
      });
    const named = testDatabase(1);
    const unnamed = PgDatabase.connect({
      pool: { connectionString: TEST_DATABASE_URL, max: 1 },
      preparedStatements: 0,
    });
    try {
      expect(await prepared(named)).toBe(1);
      expect(await prepared(unnamed)).toBe(0);
    } finally {
      await named.close();
      await unnamed.close();
    }
  });
});

describe('pg pool', () => {
  const backend = async (db: PgDatabase) =>
    (await db.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;

  it('keeps an idle connection for a minute by default, and for as long as it is told', async () => {
    const lasting = PgDatabase.connect({ pool: { connectionString: TEST_DATABASE_URL, max: 1 } });
    const brief = PgDatabase.connect({ pool: { connectionString: TEST_DATABASE_URL, max: 1, idleTimeoutMillis: 100 } });
    try {
      expect(lasting.pool.options.idleTimeoutMillis).toBe(DEFAULT_IDLE_TIMEOUT_MS);
      expect(DEFAULT_IDLE_TIMEOUT_MS).toBe(60_000);
      const [first, briefFirst] = [await backend(lasting), await backend(brief)];
      await new Promise((resolve) => setTimeout(resolve, 400));
      // The same backend serves again after a pause; the briefly kept one was closed and another opened.
      expect(await backend(lasting)).toBe(first);
      expect(await backend(brief)).not.toBe(briefFirst);
    } finally {
      await lasting.close();
      await brief.close();
    }
  });
});
