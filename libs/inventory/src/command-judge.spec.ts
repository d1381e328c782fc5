import {
  foldManagedObject,
  toEvent,
  type ManagedObjectEvent,
  initialManagedObjectState,
  initialTenantState,
} from '@kmip/key-lifecycle';
import { groupCommands } from './command-grouping';
import { judgeCommand, type StreamState } from './command-judge';
import { toCommandRecords } from './command-records';
import { decodeEventRecord } from './decoded-record';
import { streamKey, type StreamRef } from './stream-key';
import {
  activated,
  asLogged,
  envelopesOf,
  keyCreatedEvent,
  vcenterAttributes,
} from './testing/inventory-fixtures.spec-helper';

const TENANT = 'tenant-a';

function judge(
  records: ReturnType<typeof asLogged>,
  states = new Map<string, StreamState>(),
  known = new Set<string>(),
) {
  const [group] = groupCommands(records);
  const current = (ref: StreamRef): StreamState =>
    states.get(streamKey(ref)) ?? (ref.kind === 'object' ? initialManagedObjectState() : initialTenantState());
  return judgeCommand(group, group.records.map(decodeEventRecord), current, (id) => known.has(id));
}

describe('judging one command', () => {
  it('applies every event of a command in order and reports each new version', () => {
    const envelopes = envelopesOf([keyCreatedEvent(TENANT, 'k1'), ...vcenterAttributes()], {
      tenant: TENANT,
      objectId: 'k1',
      expectedVersion: 0,
    });
    const result = judge(asLogged(toCommandRecords(envelopes, 'cmd-1')));
    expect(result.outcomes.map((o) => [o.verdict, o.version])).toEqual([
      ['applied', 1],
      ['applied', 2],
      ['applied', 3],
      ['applied', 4],
    ]);
    const change = result.changes.get(streamKey({ kind: 'object', tenant: TENANT, objectId: 'k1' }));
    expect(change?.state).toEqual(foldManagedObject(envelopes.map((e) => toEvent(e) as ManagedObjectEvent)));
  });

  it('makes the whole command a conflict, changing nothing, when one event expects another version', () => {
    const existing = foldManagedObject([keyCreatedEvent(TENANT, 'k1') as ManagedObjectEvent]);
    const states = new Map([[streamKey({ kind: 'object', tenant: TENANT, objectId: 'k1' }), existing]]);
    // Decided against version 1, but the second event claims version 3: the command cannot apply as decided.
    const [first] = envelopesOf([activated()], { tenant: TENANT, objectId: 'k1', expectedVersion: 1 });
    const [second] = envelopesOf(vcenterAttributes().slice(0, 1), {
      tenant: TENANT,
      objectId: 'k1',
      expectedVersion: 3,
    });
    const result = judge(asLogged(toCommandRecords([first, second], 'cmd-2')), states);
    expect(result.outcomes.map((o) => [o.verdict, o.version])).toEqual([
      ['conflict', 1],
      ['conflict', 1],
    ]);
    expect(result.changes.size).toBe(0);
  });

  it('is a conflict when a stale command expects a version the object has left', () => {
    const existing = foldManagedObject([keyCreatedEvent(TENANT, 'k1'), activated()] as ManagedObjectEvent[]);
    const states = new Map([[streamKey({ kind: 'object', tenant: TENANT, objectId: 'k1' }), existing]]);
    const stale = envelopesOf([activated()], { tenant: TENANT, objectId: 'k1', expectedVersion: 1 });
    const result = judge(asLogged(toCommandRecords(stale, 'cmd-3')), states);
    expect(result.outcomes[0]).toMatchObject({ verdict: 'conflict', version: 2 });
    expect(result.outcomes[0].reason).toContain('expected version 1');
  });

  it('applies an event without expectedVersion unconditionally', () => {
    const [created] = envelopesOf([keyCreatedEvent(TENANT, 'k1')], { tenant: TENANT, objectId: 'k1' });
    expect(judge(asLogged(toCommandRecords([created], 'cmd')))).toMatchObject({
      outcomes: [{ verdict: 'applied', version: 1 }],
    });
  });

  it('rejects the whole command when one of its records is malformed', () => {
    const records = toCommandRecords(
      envelopesOf([keyCreatedEvent(TENANT, 'k1'), activated()], { tenant: TENANT, objectId: 'k1', expectedVersion: 0 }),
      'cmd-4',
    );
    const broken = [records[0], { ...records[1], value: '{"id":"not-a-uuid","type":"KeyActivated"}' }];
    const result = judge(asLogged(broken));
    expect(result.outcomes.map((o) => o.verdict)).toEqual(['rejected', 'rejected']);
    expect(result.outcomes[1].reason).toMatch(/^InvalidEnvelope/);
    expect(result.outcomes[0].reason).toMatch(/another event of its command/);
    expect(result.changes.size).toBe(0);
  });

  it('rejects a record whose tenant is not its key', () => {
    const [created] = toCommandRecords(
      envelopesOf([keyCreatedEvent(TENANT, 'k1')], { tenant: TENANT, objectId: 'k1' }),
      'c',
    );
    const result = judge(asLogged([{ ...created, key: 'tenant-b' }]));
    expect(result.outcomes[0]).toMatchObject({ verdict: 'rejected' });
    expect(result.outcomes[0].reason).toContain('record key');
  });

  it('rejects a repeated event id without recording a second verdict for it', () => {
    const envelopes = envelopesOf([keyCreatedEvent(TENANT, 'k1')], {
      tenant: TENANT,
      objectId: 'k1',
      expectedVersion: 0,
    });
    const result = judge(asLogged(toCommandRecords(envelopes, 'c')), new Map(), new Set([envelopes[0].id]));
    expect(result.outcomes[0]).toMatchObject({ verdict: 'rejected', recordsVerdict: false });
  });

  it('rejects an interrupted command', () => {
    const first = toCommandRecords(
      envelopesOf([keyCreatedEvent(TENANT, 'k1'), activated()], { tenant: TENANT, objectId: 'k1', expectedVersion: 0 }),
      'cmd-a',
    )[0];
    const other = toCommandRecords(
      envelopesOf([keyCreatedEvent(TENANT, 'k2')], { tenant: TENANT, objectId: 'k2' }),
      'cmd-b',
    );
    const [group] = groupCommands(asLogged([first, ...other]));
    const result = judgeCommand(
      group,
      group.records.map(decodeEventRecord),
      () => initialManagedObjectState(),
      () => false,
    );
    expect(result.outcomes[0]).toMatchObject({ verdict: 'rejected' });
    expect(result.outcomes[0].reason).toMatch(/^IncompleteCommand/);
  });
});
