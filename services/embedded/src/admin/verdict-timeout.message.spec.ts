import { verdictTimeoutMessage } from './verdict-timeout.message';

const appended = { partition: 2, offset: 41 };
const say = (projected: number | undefined | null) =>
  verdictTimeoutMessage('AllowClient', 15_000, 'kmip.events', appended, projected);

describe('verdictTimeoutMessage', () => {
  it('counts the records the projector still has to apply up to and including the command', () => {
    expect(say(39)).toBe(
      'no verdict on the AllowClient events within 15000 ms: the projector is 3 records behind them in partition 2 of kmip.events (running behind, or stopped); the events are stored at offset 41 and take effect when it gets there',
    );
    expect(say(41)).toContain('the projector is 1 record behind them');
  });

  it('says when the projector has applied nothing of the partition', () => {
    expect(say(undefined)).toBe(
      'no verdict on the AllowClient events within 15000 ms: the projector has applied nothing of partition 2 of kmip.events yet (is it running?); the events are stored and take effect when it gets to offset 41',
    );
  });

  it('says to check before repeating when the projector passed the command just as the wait ended', () => {
    expect(say(42)).toBe(
      'no verdict on the AllowClient events within 15000 ms, though the projector has passed them in partition 2 of kmip.events since: check whether the change was made before repeating it',
    );
  });

  it('falls back to the plain question when the position could not be read', () => {
    expect(say(null)).toBe('no verdict on the AllowClient events within 15000 ms (is the projector running?)');
  });
});
