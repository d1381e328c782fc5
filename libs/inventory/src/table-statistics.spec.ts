import type { SqlClient, SqlDatabase } from '@kmip/sql';
import { TableStatistics } from './table-statistics';

/** A database whose transactions record their statements; each ANALYZE is answered when the test says so. */
function scriptedClient() {
  const statements: string[] = [];
  const pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const tx: SqlClient = {
    query: <Row>(text: string) => {
      statements.push(text);
      if (!text.startsWith('analyze')) return Promise.resolve({ rows: [] as Row[] });
      return new Promise<{ rows: Row[] }>((resolve, reject) =>
        pending.push({ resolve: () => resolve({ rows: [] }), reject }),
      );
    },
  };
  const client: Pick<SqlDatabase, 'transaction'> = { transaction: (work) => work(tx) };
  return {
    client,
    statements: { analyses: () => statements.filter((s) => s.startsWith('analyze')), all: statements },
    pending,
  };
}

describe('TableStatistics', () => {
  it('analyzes the tables when the rows written reach 1,000, then each time they double', async () => {
    const { client, statements, pending } = scriptedClient();
    const statistics = new TableStatistics(client, ['s.objects', 's.verdicts']);
    statistics.noteWritten(999);
    expect(statements.all).toEqual([]);
    statistics.noteWritten(1);
    await Promise.resolve();
    expect(statements.all).toEqual(['set local default_statistics_target = 10', 'analyze s.objects, s.verdicts']);
    pending.shift()!.resolve();
    await statistics.settled();
    statistics.noteWritten(999); // 1,999 written: the next is at 2,000
    expect(statements.analyses()).toHaveLength(1);
    statistics.noteWritten(1);
    await Promise.resolve();
    expect(statements.analyses()).toHaveLength(2);
  });

  it('never runs two at once: a threshold passed meanwhile is taken by the next write after it ends', async () => {
    const { client, statements, pending } = scriptedClient();
    const statistics = new TableStatistics(client, ['t'], { firstAfterRows: 10 });
    statistics.noteWritten(10);
    statistics.noteWritten(30); // 40 written, over the next threshold (20), while the first runs
    await Promise.resolve();
    expect(statements.analyses()).toHaveLength(1);
    pending.shift()!.resolve();
    await statistics.settled();
    statistics.noteWritten(1);
    await Promise.resolve();
    expect(statements.analyses()).toHaveLength(2);
  });

  it('reports a failed ANALYZE and tries again at the next threshold', async () => {
    const { client, statements, pending } = scriptedClient();
    const errors: string[] = [];
    const statistics = new TableStatistics(client, ['t'], { firstAfterRows: 5, onError: (m) => errors.push(m) });
    statistics.noteWritten(5);
    await Promise.resolve();
    pending.shift()!.reject(new Error('permission denied for table t'));
    await statistics.settled();
    expect(errors).toEqual(['analyze failed: permission denied for table t']);
    statistics.noteWritten(5);
    await Promise.resolve();
    expect(statements.analyses()).toHaveLength(2);
  });
});
