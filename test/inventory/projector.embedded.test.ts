import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { EmbeddedEventLog } from '@kmip/event-log';
import { startProjector, toCommandRecords, VerdictWaiter } from '@kmip/inventory';
import { PgliteDatabase } from '@kmip/sql';
import {
  envelopesOf,
  keyCreatedEvent,
  vcenterAttributes,
} from '../../libs/inventory/src/testing/inventory-fixtures.spec-helper';
import { describeProjection } from './projection-scenarios';

jest.setTimeout(120_000);

const workDir = mkdtempSync(join(tmpdir(), 'inventory-embedded-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// The embedded mode: one PGlite database on disk is both the event log and the read model.
describeProjection('the embedded log and PGlite (one database)', async () => {
  const log = await EmbeddedEventLog.open({ dataDir: join(workDir, 'db'), pollIntervalMs: 200 });
  const db = new PgliteDatabase(log.database);
  return { log, db, partitions: 3, close: () => log.close() };
});

describe('a command cut by the end of a batch', () => {
  it('is held until the rest of it arrives, then applied whole, with exact positions', async () => {
    // Batches of 3 records, commands of 4 events: every command straddles a batch boundary.
    const log = await EmbeddedEventLog.open({ dataDir: join(workDir, 'small-batches'), batchSize: 3 });
    const db = new PgliteDatabase(log.database);
    const schema = 'split_commands';
    await log.createTopics([{ name: 'events', partitions: 1 }]);
    // Also runs the projector without waiting for WAL flushes, which the database must accept.
    const projector = await startProjector(log, db, {
      schema,
      eventsTopic: 'events',
      accessTopic: false,
      synchronousCommit: false,
    });
    const waiter = await VerdictWaiter.start(db, { schema });
    try {
      const outcomes = [];
      for (const objectId of ['k1', 'k2', 'k3']) {
        const envelopes = envelopesOf([keyCreatedEvent('t', objectId), ...vcenterAttributes()], {
          tenant: 't',
          objectId,
          expectedVersion: 0,
        });
        await log.append('events', toCommandRecords(envelopes, randomUUID()));
        outcomes.push(
          await waiter.waitFor(
            envelopes.map((e) => e.id),
            30_000,
          ),
        );
      }
      expect(outcomes.map((o) => [o.outcome, o.verdicts.length])).toEqual([
        ['applied', 4],
        ['applied', 4],
        ['applied', 4],
      ]);
      const { rows } = await db.query<{ next_offset: number }>(
        `select next_offset from ${schema}.consumer_positions where topic = 'events'`,
      );
      expect(rows.map((r) => Number(r.next_offset))).toEqual([12]);
    } finally {
      await waiter.close();
      await projector.stop();
      await log.close();
    }
  });
});
