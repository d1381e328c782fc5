/**
 * The side-effect consumer's positions (next offset per partition of the events topic), kept in the vault database
 * and written in the same transaction as an effect that is a database change (DESIGN §3: the log's own committed
 * offsets are never the source of truth).
 */
import type { StartOffsets } from '@kmip/event-log';
import type { SqlClient } from '@kmip/sql';

export class ConsumerPositions {
  private readonly table: string;

  constructor(
    schema: string,
    private readonly groupId: string,
    private readonly topic: string,
  ) {
    this.table = `"${schema}"."consumer_positions"`;
  }

  async ensureSchema(db: SqlClient): Promise<void> {
    await db.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
      group_id text NOT NULL,
      topic text NOT NULL,
      partition integer NOT NULL,
      next_offset bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (group_id, topic, partition)
    )`);
  }

  async load(db: SqlClient, partitions: readonly number[]): Promise<StartOffsets> {
    const { rows } = await db.query<{ partition: number; next_offset: string | number }>(
      `SELECT partition, next_offset FROM ${this.table} WHERE group_id = $1 AND topic = $2 AND partition = ANY($3::int[])`,
      [this.groupId, this.topic, [...partitions]],
    );
    return new Map(rows.map((r) => [Number(r.partition), Number(r.next_offset)]));
  }

  /** Moves the partition's position forward (never back: a held-back store may land after a later one). */
  async store(db: SqlClient, partition: number, nextOffset: number): Promise<void> {
    await db.query(
      `INSERT INTO ${this.table} (group_id, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
       ON CONFLICT (group_id, topic, partition)
       DO UPDATE SET next_offset = GREATEST(${this.table}.next_offset, EXCLUDED.next_offset), updated_at = now()`,
      [this.groupId, this.topic, partition, nextOffset],
    );
  }
}
