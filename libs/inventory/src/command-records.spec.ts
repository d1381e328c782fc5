import {
  COMMAND_EVENTS_HEADER,
  COMMAND_ID_HEADER,
  EVENT_TYPE_HEADER,
  toCommandRecords,
  VERDICT_CHANNEL_HEADER,
} from './command-records';
import { activated, envelopesOf, keyCreatedEvent } from './testing/inventory-fixtures.spec-helper';

describe('command records', () => {
  const envelopes = envelopesOf([keyCreatedEvent('t', 'k1'), activated()], { tenant: 't', objectId: 'k1' });

  it('keys every event by tenant and heads it with the command, its size and the event type', () => {
    const records = toCommandRecords(envelopes, 'cmd-1');
    expect(records.map((r) => r.key)).toEqual(['t', 't']);
    expect(records.map((r) => r.headers)).toEqual([
      { [COMMAND_ID_HEADER]: 'cmd-1', [COMMAND_EVENTS_HEADER]: '2', [EVENT_TYPE_HEADER]: 'KeyCreated' },
      { [COMMAND_ID_HEADER]: 'cmd-1', [COMMAND_EVENTS_HEADER]: '2', [EVENT_TYPE_HEADER]: 'KeyActivated' },
    ]);
  });

  it("names the writer's verdict channel on every record when it has one", () => {
    const records = toCommandRecords(envelopes, 'cmd-1', 'kmip_verdicts_0123456789abcdef');
    expect(records.map((r) => r.headers?.[VERDICT_CHANNEL_HEADER])).toEqual([
      'kmip_verdicts_0123456789abcdef',
      'kmip_verdicts_0123456789abcdef',
    ]);
  });
});
