import { Pool, type PoolClient } from 'pg';
import type { LoggedRecord, StartOffsets } from '@kmip/event-log';

/** The real PostgreSQL server of the integration tests (trust auth, database `test`). */
export function testPool(): Pool {
  return new Pool({
    host: '127.0.0.1',
    port: 5432,
    database: 'test',
    user: process.env.PGUSER ?? 'postgres',
    max: 3,
  });
}

/** Creates a schema holding a consumer's positions and effects; one schema per test run. */
export async function createConsumerSchema(pool: Pool, schema: string): Promise<void> {
  await pool.query(`create schema ${schema}`);
  await pool.query(`create table ${schema}.positions (
    group_id text not null, topic text not null, partition int not null, next_offset bigint not null,
    primary key (group_id, topic, partition))`);
  await pool.query(`create table ${schema}.effects (
    seq bigserial primary key, group_id text not null, partition int not null, "offset" bigint not null,
    key text not null, value text not null)`);
}

export async function dropConsumerSchema(pool: Pool, schema: string): Promise<void> {
  await pool.query(`drop schema if exists ${schema} cascade`);
}

/**
 * A consumer that keeps its position in PostgreSQL: each record's effect (a row in `effects`) and the position
 * after it are written in one transaction, so a crash at any point leaves them consistent.
 */
export class PgPositionedConsumer {
  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly groupId: string,
    private readonly topic: string,
    private readonly perRecordDelayMs = 0,
  ) {}

  readonly loadPositions = async (partitions: readonly number[]): Promise<StartOffsets> => {
    const result = await this.pool.query<{ partition: number; next_offset: string }>(
      `select partition, next_offset from ${this.schema}.positions
        where group_id = $1 and topic = $2 and partition = any($3::int[])`,
      [this.groupId, this.topic, [...partitions]],
    );
    return new Map(result.rows.map((r) => [r.partition, Number(r.next_offset)]));
  };

  readonly handle = async (records: readonly LoggedRecord[]): Promise<void> => {
    const client = await this.pool.connect();
    try {
      for (const record of records) {
        await this.applyOne(client, record);
        if (this.perRecordDelayMs > 0) await new Promise((r) => setTimeout(r, this.perRecordDelayMs));
      }
    } finally {
      client.release();
    }
  };

  async positions(): Promise<Map<number, number>> {
    const result = await this.pool.query<{ partition: number; next_offset: string }>(
      `select partition, next_offset from ${this.schema}.positions where group_id = $1 and topic = $2`,
      [this.groupId, this.topic],
    );
    return new Map(result.rows.map((r) => [r.partition, Number(r.next_offset)]));
  }

  private async applyOne(client: PoolClient, record: LoggedRecord): Promise<void> {
    await client.query('begin');
    try {
      await client.query(
        `insert into ${this.schema}.effects (group_id, partition, "offset", key, value) values ($1, $2, $3, $4, $5)`,
        [this.groupId, record.partition, record.offset, record.key, record.value.toString('utf8')],
      );
      await client.query(
        `insert into ${this.schema}.positions (group_id, topic, partition, next_offset) values ($1, $2, $3, $4)
         on conflict (group_id, topic, partition) do update set next_offset = excluded.next_offset`,
        [this.groupId, this.topic, record.partition, record.offset + 1],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
  }
}
