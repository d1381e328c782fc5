import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventLog, type LoggedRecord } from '@kmip/event-log';
import { describeEventLogContract } from './event-log.contract';
import { recordsFor, waitFor } from './event-log-test-helpers';

jest.setTimeout(180_000);

const workDir = mkdtempSync(join(tmpdir(), 'event-log-embedded-'));
const dataDir = join(workDir, 'log');
const notADirectory = join(workDir, 'plain-file');
writeFileSync(notADirectory, 'not a database');

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describeEventLogContract({
  name: 'embedded (PGlite)',
  open: () => EmbeddedEventLog.open({ dataDir }),
  childConfig: { kind: 'embedded', dataDir },
  singleProcess: true,
  openBroken: () => EmbeddedEventLog.open({ dataDir: join(notADirectory, 'db') }),
});

describe('embedded event log sharing its database', () => {
  it('lets a consumer store its effect and position in the same PGlite transaction', async () => {
    const log = await EmbeddedEventLog.open({ dataDir });
    try {
      const db = log.database;
      await db.exec(`create table if not exists projection (k text primary key, last text not null);
                     create table if not exists projection_position (p int primary key, next bigint not null);`);
      await log.createTopics([{ name: 'shared-db', partitions: 2 }]);
      await log.append('shared-db', recordsFor('shared', 3, 30));
      const handle = (records: readonly LoggedRecord[]): Promise<void> =>
        db.transaction(async (tx) => {
          for (const r of records) {
            await tx.query(
              `insert into projection (k, last) values ($1, $2) on conflict (k) do update set last = excluded.last`,
              [r.key, r.value.toString()],
            );
            await tx.query(
              `insert into projection_position (p, next) values ($1, $2) on conflict (p) do update set next = excluded.next`,
              [r.partition, r.offset + 1],
            );
          }
        });
      const loadPositions = async (): Promise<Map<number, number>> =>
        new Map(
          (await db.query<{ p: number; next: number }>(`select p, next from projection_position`)).rows.map((r) => [
            r.p,
            Number(r.next),
          ]),
        );
      const consumption = await log.consume({ topic: 'shared-db', groupId: 'projector', loadPositions, handle });
      try {
        await waitFor('the projection to catch up', async () => {
          const positions = await loadPositions();
          return (await log.endOffsets('shared-db')).every((e) => positions.get(e.partition) === e.offset);
        });
      } finally {
        await consumption.stop();
      }
      const rows = await db.query<{ k: string; last: string }>(`select k, last from projection order by k`);
      expect(rows.rows).toEqual([
        { k: 'shared-k0', last: 'shared-27' },
        { k: 'shared-k1', last: 'shared-28' },
        { k: 'shared-k2', last: 'shared-29' },
      ]);
    } finally {
      await log.close();
    }
  });
});
