import type { LoggedRecord } from '@kmip/event-log';
import { groupCommands } from './command-grouping';

let offset = 0;
function record(command?: [string, number | string]): LoggedRecord {
  return {
    topic: 'kmip.events',
    partition: 0,
    offset: offset++,
    key: 'tenant-a',
    value: Buffer.from('{}'),
    headers: command ? { 'command-id': command[0], 'command-events': String(command[1]) } : {},
    timestamp: 0,
  };
}

const shape = (records: readonly LoggedRecord[]) =>
  groupCommands(records).map((g) => `${g.commandId ?? '-'}:${g.records.map((r) => r.offset).join(',')}:${g.status}`);

beforeEach(() => (offset = 0));

describe('grouping records into commands', () => {
  it('keeps the events a command announced together, each record without headers alone', () => {
    const records = [record(['c1', 3]), record(['c1', 3]), record(['c1', 3]), record(), record(['c2', 1])];
    expect(shape(records)).toEqual(['c1:0,1,2:complete', '-:3:complete', 'c2:4:complete']);
  });

  it('reports a command cut by the end of the batch as pending', () => {
    expect(shape([record(['c1', 1]), record(['c2', 3]), record(['c2', 3])])).toEqual([
      'c1:0:complete',
      'c2:1,2:pending',
    ]);
  });

  it('reports a command interrupted by another one as interrupted, never merged with it', () => {
    expect(shape([record(['c1', 3]), record(['c2', 2]), record(['c2', 2]), record(['c1', 3])])).toEqual([
      'c1:0:interrupted',
      'c2:1,2:complete',
      'c1:3:pending',
    ]);
  });

  it('treats a record with an unusable event count as a command of its own', () => {
    expect(shape([record(['c1', 'two']), record(['c1', 0]), record(['c1', '99999999'])])).toEqual([
      'c1:0:complete',
      'c1:1:complete',
      'c1:2:complete',
    ]);
  });

  it('does not merge two commands that reuse an id with different counts', () => {
    expect(shape([record(['c1', 2]), record(['c1', 3])])).toEqual(['c1:0:interrupted', 'c1:1:pending']);
  });
});
