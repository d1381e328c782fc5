import { ConnectionRegistry, type Disconnectable } from './connection-registry';

class Recorder implements Disconnectable {
  reasons: string[] = [];
  destroy(reason: 'client-removed' | 'server-closing'): void {
    this.reasons.push(reason);
  }
}

describe('ConnectionRegistry', () => {
  it('cuts every connection of one fingerprint and only those', () => {
    const registry = new ConnectionRegistry<Recorder>();
    const [a1, a2, b] = [new Recorder(), new Recorder(), new Recorder()];
    registry.add('aa', a1);
    registry.add('aa', a2);
    registry.add('bb', b);
    expect(registry.disconnect('aa')).toBe(2);
    expect([a1.reasons, a2.reasons, b.reasons]).toEqual([['client-removed'], ['client-removed'], []]);
    expect(registry.count('aa')).toBe(0);
    expect(registry.disconnect('aa')).toBe(0);
    expect(registry.count('bb')).toBe(1);
  });

  it('forgets closed connections', () => {
    const registry = new ConnectionRegistry<Recorder>();
    const c = new Recorder();
    registry.add('cc', c);
    registry.delete('cc', c);
    registry.delete('cc', c);
    expect(registry.disconnect('cc')).toBe(0);
    expect(c.reasons).toEqual([]);
  });
});
