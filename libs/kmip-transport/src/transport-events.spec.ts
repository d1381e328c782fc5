import { notify, type ConnectionRefusedEvent, type TransportObserver } from './transport-events';

describe('notify', () => {
  const event: ConnectionRefusedEvent = { reason: 'unknown-client', remoteAddress: '127.0.0.1' };

  it('calls the hook with the observer as this', () => {
    const seen: unknown[] = [];
    const observer = {
      prefix: 'refused',
      connectionRefused(this: { prefix: string }, e: ConnectionRefusedEvent) {
        seen.push(`${this.prefix}:${e.reason}`);
      },
    };
    notify(observer, 'connectionRefused', event);
    expect(seen).toEqual(['refused:unknown-client']);
  });

  it('ignores a missing hook and a hook that throws', () => {
    const throwing: TransportObserver = {
      connectionRefused: () => {
        throw new Error('logger down');
      },
    };
    expect(() => notify(throwing, 'connectionRefused', event)).not.toThrow();
    expect(() => notify({}, 'connectionRefused', event)).not.toThrow();
  });
});
